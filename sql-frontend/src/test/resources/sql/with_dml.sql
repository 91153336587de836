-- WITH before INSERT, UPDATE and DELETE (read-only WITH queries), as PostgreSQL 15.
CREATE TABLE wd (id int PRIMARY KEY, v text, n int);
CREATE TABLE wd_log (id int, v text);
INSERT INTO wd VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30), (4, 'd', 40);
WITH x AS (SELECT id, v FROM wd WHERE n >= 20) INSERT INTO wd_log SELECT * FROM x;
SELECT * FROM wd_log ORDER BY id;
: id|v
> 2|b
> 3|c
> 4|d
WITH x AS (SELECT 5 AS id, 'e' AS v, 50 AS n) INSERT INTO wd SELECT id, v, n FROM x RETURNING id, v;
: id|v
> 5|e
WITH m AS (SELECT max(n) AS top FROM wd) INSERT INTO wd VALUES (6, 'f', (SELECT top + 1 FROM m)) RETURNING *;
: id|v|n
> 6|f|51
WITH RECURSIVE s(i) AS (SELECT 100 UNION ALL SELECT i + 1 FROM s WHERE i < 103) INSERT INTO wd (id, v) SELECT i, 'r' || i FROM s;
SELECT id, v, n FROM wd WHERE id >= 100 ORDER BY id;
: id|v|n
> 100|r100|NULL
> 101|r101|NULL
> 102|r102|NULL
> 103|r103|NULL
WITH x AS (SELECT id FROM wd WHERE v = 'b') UPDATE wd SET n = n + 1 WHERE id IN (SELECT id FROM x) RETURNING id, n;
: id|n
> 2|21
WITH x AS (SELECT id, 'z' || v AS nv FROM wd WHERE id <= 2) UPDATE wd SET v = x.nv FROM x WHERE wd.id = x.id;
SELECT id, v FROM wd WHERE id <= 3 ORDER BY id;
: id|v
> 1|za
> 2|zb
> 3|c
WITH x AS (SELECT id FROM wd WHERE id >= 100) DELETE FROM wd WHERE id IN (SELECT id FROM x) RETURNING id;
: id
> 100
> 101
> 102
> 103
WITH x AS (SELECT 3 AS id) DELETE FROM wd USING x WHERE wd.id = x.id RETURNING wd.id, (SELECT count(*) FROM x) AS seen;
: id|seen
> 3|1
SELECT count(*) FROM wd;
: count
> 5
WITH x AS (SELECT 1 AS id, 'dup' AS v) INSERT INTO wd (id, v) SELECT id, v FROM x ON CONFLICT (id) DO UPDATE SET v = EXCLUDED.v || (SELECT count(*) FROM x) RETURNING id, v;
: id|v
> 1|dup1
WITH x AS (SELECT 1 AS a), x AS (SELECT 2 AS a) INSERT INTO wd_log SELECT a, 'q' FROM x;
! 42712
WITH x AS (SELECT 1 AS a) UPDATE wd SET n = 0 WHERE id IN (SELECT nope FROM x);
! 42703
WITH x AS (SELECT 1 AS a) DELETE FROM wd WHERE id IN (SELECT a FROM y);
! 42P01
SELECT count(*) FROM wd;
: count
> 5
DROP TABLE wd, wd_log;
