-- String functions and operators, regular expressions, COLLATE and OPERATOR() syntax.
SELECT length('héllo'), char_length('abc'), octet_length('héllo'), lower('AbC'), upper('aBc');
: length|char_length|octet_length|lower|upper
> 5|3|6|abc|ABC
SELECT substring('abcdef' FROM 2 FOR 3), substring('abcdef', 3), substr('abcdef', 2, 2), substring('abc' FROM 0 FOR 2);
: substring|substring|substr|substring
> bcd|cdef|bc|a
SELECT position('cd' IN 'abcdef'), strpos('abc', 'z');
: position|strpos
> 3|0
SELECT replace('a-b-c', '-', '+'), split_part('a,b,c', ',', 2), split_part('a,b', ',', 5);
: replace|split_part|split_part
> a+b+c|b|
SELECT trim('  x  ') || '|', ltrim('xxaxx', 'x'), rtrim('xxaxx', 'x'), btrim('xyax', 'xy'), trim(both 'x' from 'xxaxx');
: ?column?|ltrim|rtrim|btrim|btrim
> x||axx|xxa|a|a
SELECT concat('a', 1, NULL, true), concat_ws('-', 'a', NULL, 'b', 2), 'a' || 'b' || 3, 'x' || NULL;
: concat|concat_ws|?column?|?column?
> a1t|a-b-2|ab3|NULL
SELECT left('abcdef', 2), right('abcdef', 2), left('abc', -1), right('abc', -1);
: left|right|left|right
> ab|ef|ab|bc
SELECT repeat('ab', 3), lpad('7', 3, '0'), rpad('ab', 5, 'xy'), lpad('abcdef', 3), reverse('abc'), initcap('hello wORLD');
: repeat|lpad|rpad|lpad|reverse|initcap
> ababab|007|abxyx|abc|cba|Hello World
SELECT format('%s has %s items', 'cart', 3), format('%I.%L', 'my tab', 'it''s'), format('%%|%s|', NULL);
: format|format|format
> cart has 3 items|"my tab".'it''s'|%||
SELECT ascii('A'), chr(66), md5('abc'), to_hex(255), starts_with('alpha', 'al');
: ascii|chr|md5|to_hex|starts_with
> 65|B|900150983cd24fb0d6963f7d28e17f72|ff|t
SELECT quote_ident('a b'), quote_ident('ab'), quote_literal('it''s'), quote_nullable(NULL);
: quote_ident|quote_ident|quote_literal|quote_nullable
> "a b"|ab|'it''s'|NULL
SELECT 'abc' ~ 'b', 'abc' ~ '^b', 'ABC' ~* 'b', 'abc' !~ 'z', 'abc' !~* 'B';
: ?column?|?column?|?column?|?column?|?column?
> t|f|t|t|f
SELECT regexp_replace('a1b22c', '[0-9]+', '#'), regexp_replace('a1b22c', '[0-9]+', '#', 'g'), regexp_replace('Hello', 'l(l)', '<\1>');
: regexp_replace|regexp_replace|regexp_replace
> a#b22c|a#b#c|He<l>o
SELECT 'abc' OPERATOR(pg_catalog.~) '^a', 1 OPERATOR(pg_catalog.+) 2, 'b' OPERATOR(pg_catalog.=) 'b';
: ?column?|?column?|?column?
> t|3|t
SELECT 'b' < 'a' COLLATE "C", 'x' COLLATE pg_catalog."default" = 'x';
: ?column?|?column?
> f|t
SELECT 'abc' LIKE 'a%', 'abc' ILIKE 'A_C', 'a%c' LIKE 'a\%c', 'abc' NOT LIKE '%b';
: ?column?|?column?|?column?|?column?
> t|t|t|t
SELECT 'abc'::varchar(2), 'abc'::char(5) || '|', cast('12' AS int) + 1, '3.5'::numeric * 2;
: varchar|?column?|?column?|?column?
> ab|abc||13|7.0
SELECT length(NULL), upper(NULL), replace('abc', NULL, 'x');
: length|upper|replace
> NULL|NULL|NULL
SELECT string_agg(x, ',') FROM (VALUES ('a'), ('b'), (NULL), ('c')) v(x);
: string_agg
> a,b,c
SELECT string_agg(x, '-' ORDER BY x DESC) FROM (VALUES ('a'), ('b'), ('c')) v(x);
: string_agg
> c-b-a
SELECT chr(0);
! 54000
SELECT repeat('x', -1) = '';
: ?column?
> t
