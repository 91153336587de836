-- WITH queries, recursive ones included.
CREATE TABLE w_tree (id int PRIMARY KEY, parent int, name text);
INSERT INTO w_tree VALUES (1, NULL, 'root'), (2, 1, 'a'), (3, 1, 'b'), (4, 2, 'a1'), (5, 4, 'a1x'), (6, 3, 'b1');
WITH t AS (SELECT id, name FROM w_tree WHERE parent = 1) SELECT name FROM t ORDER BY name;
: name
> a
> b
WITH a AS (SELECT 1 AS x), b AS (SELECT x + 1 AS y FROM a) SELECT * FROM a, b;
: x|y
> 1|2
WITH t(n, label) AS (VALUES (1, 'one'), (2, 'two')) SELECT label FROM t WHERE n = 2;
: label
> two
WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 5) SELECT sum(n), count(*) FROM r;
: sum|count
> 15|5
WITH RECURSIVE sub AS (
  SELECT id, name, 0 AS depth FROM w_tree WHERE id = 2
  UNION ALL
  SELECT c.id, c.name, s.depth + 1 FROM w_tree c JOIN sub s ON c.parent = s.id
) SELECT * FROM sub ORDER BY depth, id;
: id|name|depth
> 2|a|0
> 4|a1|1
> 5|a1x|2
WITH RECURSIVE path(id, p) AS (
  SELECT id, name FROM w_tree WHERE parent IS NULL
  UNION ALL
  SELECT c.id, path.p || '/' || c.name FROM w_tree c, path WHERE c.parent = path.id
) SELECT p FROM path ORDER BY p;
: p
> root
> root/a
> root/a/a1
> root/a/a1/a1x
> root/b
> root/b/b1
WITH RECURSIVE cyc(n) AS (SELECT 1 UNION SELECT (n % 3) + 1 FROM cyc) SELECT n FROM cyc ORDER BY n;
: n
> 1
> 2
> 3
WITH t AS (SELECT id FROM w_tree) SELECT count(*) FROM t a JOIN t b ON a.id = b.id;
: count
> 6
WITH t AS (SELECT 1 AS x) SELECT (SELECT x FROM t) + 1 AS y;
: y
> 2
SELECT * FROM (WITH q AS (SELECT 7 AS v) SELECT v FROM q) s;
: v
> 7
WITH t AS (SELECT 1), t AS (SELECT 2) SELECT 1;
! 42712
WITH t AS (SELECT id FROM w_tree) SELECT nope FROM t;
! 42703
DROP TABLE w_tree;
