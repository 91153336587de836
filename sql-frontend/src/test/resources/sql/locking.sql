-- SELECT ... FOR UPDATE / FOR SHARE in one session: what is locked, which queries may lock, and the
-- errors for those that may not (two-session behaviour: RowLockingTest).
CREATE TABLE lk (id int PRIMARY KEY, v text);
INSERT INTO lk VALUES (1, 'a'), (2, 'b'), (3, 'c');
SELECT * FROM lk WHERE id = 2 FOR UPDATE;
: id|v
> 2|b
SELECT * FROM lk ORDER BY id DESC LIMIT 2 FOR SHARE;
: id|v
> 3|c
> 2|b
SELECT v FROM lk WHERE id > 1 ORDER BY id FOR NO KEY UPDATE;
: v
> b
> c
SELECT v FROM lk WHERE id = 1 FOR KEY SHARE NOWAIT;
: v
> a
SELECT * FROM lk ORDER BY id FOR UPDATE SKIP LOCKED;
: id|v
> 1|a
> 2|b
> 3|c
SELECT lk.* FROM lk WHERE id = 1 FOR UPDATE;
: id|v
> 1|a
SELECT id * 10 AS x, upper(v) FROM lk ORDER BY v DESC OFFSET 1 FOR UPDATE;
: x|upper
> 20|B
> 10|A
SELECT * FROM (SELECT * FROM lk WHERE id < 3) s ORDER BY id FOR UPDATE;
: id|v
> 1|a
> 2|b
SELECT * FROM lk l1 JOIN lk l2 ON l1.id = l2.id WHERE l1.id = 3 FOR UPDATE OF l1;
: id|v|id|v
> 3|c|3|c
SELECT * FROM lk l1, lk l2 WHERE l1.id = l2.id AND l2.v = 'a' FOR SHARE OF l1 FOR UPDATE OF l2;
: id|v|id|v
> 1|a|1|a
SELECT * FROM lk WHERE id = 1 FOR UPDATE FOR SHARE;
: id|v
> 1|a
(SELECT * FROM lk WHERE id = 1) FOR UPDATE;
: id|v
> 1|a
SELECT * FROM lk l LEFT JOIN lk r ON l.id = r.id + 1 ORDER BY l.id FOR UPDATE OF l;
: id|v|id|v
> 1|a|NULL|NULL
> 2|b|1|a
> 3|c|2|b
SELECT * FROM generate_series(1, 2) g FOR UPDATE;
: g
> 1
> 2
WITH w AS (SELECT * FROM lk) SELECT * FROM w ORDER BY id FOR UPDATE;
: id|v
> 1|a
> 2|b
> 3|c
WITH w AS (SELECT * FROM lk WHERE id = 3 FOR UPDATE) SELECT v FROM w;
: v
> c
SELECT * FROM lk WHERE id IN (SELECT id FROM lk WHERE v > 'a' FOR UPDATE) ORDER BY id;
: id|v
> 2|b
> 3|c
SELECT * FROM lk FOR UPDATE OF nope;
! 42P01
SELECT DISTINCT v FROM lk FOR UPDATE;
! 0A000
SELECT count(*) FROM lk FOR UPDATE;
! 0A000
SELECT v FROM lk GROUP BY v FOR UPDATE;
! 0A000
SELECT v FROM lk WHERE true HAVING true FOR SHARE;
! 0A000
SELECT row_number() OVER () FROM lk FOR UPDATE;
! 0A000
SELECT 1 UNION SELECT 2 FOR UPDATE;
! 0A000
SELECT * FROM (VALUES (1)) v (x) FOR UPDATE OF v;
: x
> 1
SELECT * FROM lk l LEFT JOIN lk r ON l.id = r.id FOR UPDATE;
! 0A000
SELECT * FROM lk l FULL JOIN lk r ON l.id = r.id FOR UPDATE OF l;
! 0A000
SELECT * FROM generate_series(1, 2) g FOR UPDATE OF g;
! 0A000
WITH w AS (SELECT * FROM lk) SELECT * FROM w FOR UPDATE OF w;
! 0A000
SELECT generate_series(1, 2) FROM lk FOR UPDATE;
! 0A000
BEGIN READ ONLY;
SELECT * FROM lk FOR UPDATE;
! 25006
ROLLBACK;
UPDATE lk SET v = 'B' WHERE id = 2;
BEGIN;
SELECT v FROM lk WHERE id = 2 FOR UPDATE;
: v
> B
UPDATE lk SET v = v || '!' WHERE id = 2 RETURNING v;
: v
> B!
SELECT v FROM lk WHERE id = 2 FOR UPDATE;
: v
> B!
COMMIT;
CREATE VIEW lkv AS SELECT * FROM lk WHERE id > 1;
SELECT * FROM lkv ORDER BY id FOR UPDATE;
: id|v
> 2|B!
> 3|c
SELECT v FROM lkv WHERE id = 3 FOR SHARE OF lkv;
: v
> c
DROP VIEW lkv;
DROP TABLE lk;
