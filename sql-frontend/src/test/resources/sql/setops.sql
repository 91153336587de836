-- UNION, INTERSECT, EXCEPT with and without ALL; DISTINCT and DISTINCT ON.
CREATE TABLE o_a (v int, w text);
CREATE TABLE o_b (v int, w text);
INSERT INTO o_a VALUES (1, 'x'), (1, 'x'), (2, 'y'), (3, NULL), (NULL, NULL);
INSERT INTO o_b VALUES (1, 'x'), (3, NULL), (3, NULL), (4, 'z'), (NULL, NULL);
SELECT v FROM o_a UNION SELECT v FROM o_b ORDER BY 1;
: v
> 1
> 2
> 3
> 4
> NULL
SELECT v FROM o_a UNION ALL SELECT v FROM o_b ORDER BY 1;
: v
> 1
> 1
> 1
> 2
> 3
> 3
> 3
> 4
> NULL
> NULL
SELECT v, w FROM o_a INTERSECT SELECT v, w FROM o_b ORDER BY 1;
: v|w
> 1|x
> 3|NULL
> NULL|NULL
SELECT v, w FROM o_a INTERSECT ALL SELECT v, w FROM o_b ORDER BY 1;
: v|w
> 1|x
> 3|NULL
> NULL|NULL
SELECT v, w FROM o_a EXCEPT SELECT v, w FROM o_b ORDER BY 1;
: v|w
> 2|y
SELECT v, w FROM o_a EXCEPT ALL SELECT v, w FROM o_b ORDER BY 1;
: v|w
> 1|x
> 2|y
SELECT v FROM o_b EXCEPT ALL SELECT v FROM o_a ORDER BY 1;
: v
> 3
> 4
SELECT v FROM o_a UNION SELECT v FROM o_b INTERSECT SELECT v FROM o_a ORDER BY v;
: v
> 1
> 2
> 3
> NULL
(SELECT v FROM o_a ORDER BY v LIMIT 2) UNION ALL (SELECT v FROM o_b ORDER BY v DESC LIMIT 1);
: v
> 1
> 1
> NULL
SELECT v FROM o_a UNION SELECT w FROM o_b;
! 42804
SELECT v FROM o_a UNION SELECT v, w FROM o_b;
! 42601
SELECT 1 AS one UNION SELECT 2 ORDER BY one DESC;
: one
> 2
> 1
SELECT DISTINCT v FROM o_a ORDER BY v;
: v
> 1
> 2
> 3
> NULL
SELECT DISTINCT v, w FROM o_a ORDER BY v, w;
: v|w
> 1|x
> 2|y
> 3|NULL
> NULL|NULL
SELECT DISTINCT ON (v) v, w FROM o_b ORDER BY v, w NULLS FIRST;
: v|w
> 1|x
> 3|NULL
> 4|z
> NULL|NULL
SELECT DISTINCT ON (w) w, v FROM o_a ORDER BY w DESC, v;
: w|v
> NULL|3
> y|2
> x|1
SELECT count(DISTINCT v), count(v), count(*) FROM o_a;
: count|count|count
> 3|4|5
DROP TABLE o_a, o_b;
