-- Array concatenation (array_cat, array_append, array_prepend) and CASE with untyped branches.
SELECT ARRAY[1,2] || ARRAY[3], ARRAY[1] || 2, 0 || ARRAY[1], ARRAY['a'] || '{b,c}';
: ?column?|?column?|?column?|?column?
> {1,2,3}|{1,2}|{0,1}|{a,b,c}
SELECT NULL::int[] || ARRAY[1], ARRAY[1] || NULL::int, ARRAY[1] || NULL::int[], (NULL::text[] || NULL::text[]) IS NULL;
: ?column?|?column?|?column?|?column?
> {1}|{1,NULL}|{1}|t
SELECT array_to_string(NULL::text[] || ARRAY(SELECT 'x' WHERE false), ', ') = '';
: ?column?
> t
SELECT ARRAY[1] || 'x';
! 22P02
SELECT CASE WHEN true THEN NULL ELSE 1 END, CASE WHEN false THEN NULL ELSE 2 END + 1, CASE WHEN false THEN '1' ELSE 2 END;
: case|?column?|case
> NULL|3|2
