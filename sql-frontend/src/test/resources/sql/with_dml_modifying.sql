-- Data-modifying statements in WITH (INSERT, UPDATE, DELETE with RETURNING as WITH queries), as PostgreSQL 15: each runs once and to completion, all of them and the main statement see the same snapshot (only RETURNING rows pass between them), errors undo everything.
CREATE TABLE wm (id int PRIMARY KEY, v text, n int);
CREATE TABLE wm_arch (id int, v text, n int);
CREATE TABLE wm_ser (id serial PRIMARY KEY, label text UNIQUE, hits int DEFAULT 0);
INSERT INTO wm VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30), (4, 'd', 40), (5, 'e', 50);
-- move rows: DELETE ... RETURNING feeding INSERT
WITH d AS (DELETE FROM wm WHERE n >= 40 RETURNING *) INSERT INTO wm_arch SELECT * FROM d;
SELECT * FROM wm ORDER BY id;
: id|v|n
> 1|a|10
> 2|b|20
> 3|c|30
SELECT * FROM wm_arch ORDER BY id;
: id|v|n
> 4|d|40
> 5|e|50
-- INSERT ... RETURNING read by a SELECT (serial ids from the sequence)
WITH i AS (INSERT INTO wm_ser (label) VALUES ('x'), ('y') RETURNING id, label) SELECT id, upper(label) AS l FROM i ORDER BY id;
: id|l
> 1|X
> 2|Y
SELECT * FROM wm_ser ORDER BY id;
: id|label|hits
> 1|x|0
> 2|y|0
-- UPDATE ... RETURNING counted
WITH u AS (UPDATE wm SET n = n + 1 WHERE id <= 2 RETURNING *) SELECT count(*), sum(n) FROM u;
: count|sum
> 2|32
SELECT * FROM wm ORDER BY id;
: id|v|n
> 1|a|11
> 2|b|21
> 3|c|30
-- the main query sees the snapshot from before the WITH queries' changes
WITH i AS (INSERT INTO wm VALUES (6, 'f', 60) RETURNING id) SELECT (SELECT count(*) FROM wm) AS before, (SELECT count(*) FROM i) AS added;
: before|added
> 3|1
WITH d AS (DELETE FROM wm WHERE id = 6 RETURNING id) SELECT id FROM wm ORDER BY id;
: id
> 1
> 2
> 3
> 6
SELECT * FROM wm ORDER BY id;
: id|v|n
> 1|a|11
> 2|b|21
> 3|c|30
WITH u AS (UPDATE wm SET v = 'changed' WHERE id = 1 RETURNING v) SELECT w.v AS seen, u.v AS returned FROM wm w, u WHERE w.id = 1;
: seen|returned
> a|changed
SELECT * FROM wm ORDER BY id;
: id|v|n
> 1|changed|11
> 2|b|21
> 3|c|30
UPDATE wm SET v = 'a' WHERE id = 1;
-- a WITH query runs to completion whether the main query reads all of its rows, some or none
WITH u AS (UPDATE wm SET n = n * 10 RETURNING id) SELECT id FROM u ORDER BY id LIMIT 1;
: id
> 1
SELECT * FROM wm ORDER BY id;
: id|v|n
> 1|a|110
> 2|b|210
> 3|c|300
WITH u AS (UPDATE wm SET n = n / 10) SELECT 'untouched' AS r;
: r
> untouched
SELECT * FROM wm ORDER BY id;
: id|v|n
> 1|a|11
> 2|b|21
> 3|c|30
WITH d AS (DELETE FROM wm WHERE id = 3 RETURNING *) SELECT 1 AS one FROM d WHERE false;
: one
SELECT * FROM wm ORDER BY id;
: id|v|n
> 1|a|11
> 2|b|21
INSERT INTO wm VALUES (3, 'c', 30);
-- index scans read the same snapshot: a key a WITH query inserted or changed is not found yet
WITH i AS (INSERT INTO wm VALUES (50, 'new', 0) RETURNING id) SELECT count(*) FROM wm WHERE id = 50;
: count
> 0
WITH u AS (UPDATE wm SET id = id + 100 WHERE id = 50 RETURNING id) SELECT (SELECT count(*) FROM wm WHERE id = 150) AS new_key, (SELECT count(*) FROM wm WHERE id = 50) AS old_key, (SELECT id FROM u) AS returned;
: new_key|old_key|returned
> 0|1|150
SELECT id FROM wm WHERE id >= 50 ORDER BY id;
: id
> 150
DELETE FROM wm WHERE id = 150;
-- through an updatable view (RETURNING on a view is not supported here yet)
CREATE VIEW wm_view_upd AS SELECT id, v FROM wm WHERE id < 100;
WITH d AS (UPDATE wm_view_upd SET v = v || '+' WHERE id = 1), e AS (DELETE FROM wm_view_upd WHERE id = 3) SELECT count(*) FROM wm_view_upd;
: count
> 3
SELECT * FROM wm ORDER BY id;
: id|v|n
> 1|a+|11
> 2|b|21
INSERT INTO wm VALUES (3, 'c', 30);
WITH d AS (UPDATE wm_view_upd SET v = 'a' WHERE id = 1) SELECT v FROM wm WHERE id = 1;
: v
> a+
SELECT * FROM wm ORDER BY id;
: id|v|n
> 1|a|11
> 2|b|21
> 3|c|30
DROP VIEW wm_view_upd;
-- read twice, run once
WITH i AS (INSERT INTO wm_arch VALUES (100, 'p', 1), (101, 'q', 2) RETURNING id) SELECT a.id, b.id FROM i a JOIN i b ON a.id < b.id;
: id|id
> 100|101
SELECT count(*) FROM wm_arch WHERE id >= 100;
: count
> 2
-- column aliases, expressions in RETURNING, a read-only WITH query over a data-modifying one
WITH d(k, label) AS (DELETE FROM wm_arch WHERE id >= 100 RETURNING id * 2, v || '!') SELECT k, label FROM d ORDER BY k;
: k|label
> 200|p!
> 202|q!
WITH d AS (DELETE FROM wm_arch WHERE id = 4 RETURNING n), s AS (SELECT sum(n) AS total FROM d) SELECT total FROM s;
: total
> 40
SELECT * FROM wm_arch ORDER BY id;
: id|v|n
> 5|e|50
-- a data-modifying WITH query reading a read-only one, and one with a WITH of its own
WITH x AS (SELECT 5 AS id), d AS (DELETE FROM wm_arch WHERE id IN (SELECT id FROM x) RETURNING id) SELECT id FROM d;
: id
> 5
WITH d AS (WITH x AS (SELECT 2 AS id) UPDATE wm SET v = 'bb' WHERE id IN (SELECT id FROM x) RETURNING id, v) SELECT * FROM d;
: id|v
> 2|bb
SELECT * FROM wm ORDER BY id;
: id|v|n
> 1|a|11
> 2|bb|21
> 3|c|30
SELECT count(*) FROM wm_arch;
: count
> 0
-- chains: one WITH query reading another's RETURNING rows
WITH a AS (INSERT INTO wm VALUES (7, 'g', 70), (8, 'h', 80) RETURNING *), b AS (INSERT INTO wm_arch SELECT id + 100, v, n FROM a RETURNING id) SELECT id FROM b ORDER BY id;
: id
> 107
> 108
SELECT * FROM wm ORDER BY id;
: id|v|n
> 1|a|11
> 2|bb|21
> 3|c|30
> 7|g|70
> 8|h|80
SELECT * FROM wm_arch ORDER BY id;
: id|v|n
> 107|g|70
> 108|h|80
WITH a AS (DELETE FROM wm WHERE id >= 7 RETURNING id), b AS (DELETE FROM wm_arch WHERE id - 100 IN (SELECT id FROM a) RETURNING id) SELECT (SELECT count(*) FROM a) AS a, (SELECT count(*) FROM b) AS b;
: a|b
> 2|2
SELECT count(*) FROM wm;
: count
> 3
SELECT count(*) FROM wm_arch;
: count
> 0
-- WITH at the top of INSERT, UPDATE and DELETE
DELETE FROM wm;
INSERT INTO wm VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30), (4, 'd', 40), (5, 'e', 50);
DELETE FROM wm_arch;
WITH d AS (DELETE FROM wm WHERE id = 5 RETURNING *) INSERT INTO wm_arch SELECT id, v, n FROM d RETURNING id, v;
: id|v
> 5|e
WITH a AS (SELECT id FROM wm_arch WHERE id = 5), u AS (UPDATE wm_arch SET n = 0 WHERE id IN (SELECT id FROM a) RETURNING id) UPDATE wm SET n = n + 1000 WHERE id IN (SELECT id - 4 FROM u) RETURNING id, n;
: id|n
> 1|1010
WITH i AS (INSERT INTO wm VALUES (5, 'e', 50) RETURNING id) DELETE FROM wm_arch USING i WHERE wm_arch.id = i.id RETURNING wm_arch.id, wm_arch.n;
: id|n
> 5|0
WITH i AS (INSERT INTO wm_arch VALUES (9, 'z', 9) RETURNING id) DELETE FROM wm WHERE id IN (SELECT id - 5 FROM i) RETURNING *;
: id|v|n
> 4|d|40
WITH u AS (UPDATE wm_arch SET v = 'zz' WHERE id = 9 RETURNING id, v) UPDATE wm SET v = u.v FROM u WHERE wm.id = u.id - 7 RETURNING wm.*;
: id|v|n
> 2|zz|20
SELECT * FROM wm ORDER BY id;
: id|v|n
> 1|a|1010
> 2|zz|20
> 3|c|30
> 5|e|50
SELECT * FROM wm_arch ORDER BY id;
: id|v|n
> 9|zz|9
-- ON CONFLICT inside a WITH query and in the main statement
WITH i AS (INSERT INTO wm_ser (label) VALUES ('x'), ('z') ON CONFLICT (label) DO NOTHING RETURNING id, label) SELECT label FROM i;
: label
> z
WITH i AS (INSERT INTO wm_ser (label) VALUES ('x'), ('w') ON CONFLICT (label) DO UPDATE SET hits = wm_ser.hits + 1 RETURNING label, hits) SELECT * FROM i ORDER BY label;
: label|hits
> w|0
> x|1
WITH i AS (INSERT INTO wm_ser (label) VALUES ('q') RETURNING label) INSERT INTO wm_arch SELECT 50, label, 0 FROM i ON CONFLICT DO NOTHING RETURNING id, v;
: id|v
> 50|q
SELECT label, hits FROM wm_ser ORDER BY label;
: label|hits
> q|0
> w|0
> x|1
> y|0
> z|0
-- a row the main statement's ON CONFLICT DO UPDATE would change a second time (21000), the same key inserted twice (23505)
WITH s AS (UPDATE wm_ser SET hits = hits + 10 WHERE label = 'y' RETURNING label) INSERT INTO wm_ser (label) SELECT label FROM s ON CONFLICT (label) DO UPDATE SET hits = -1 RETURNING label, hits;
! 21000
WITH i AS (INSERT INTO wm VALUES (20, 't', 0)) INSERT INTO wm VALUES (20, 'u', 0);
! 23505
WITH i AS (INSERT INTO wm_ser (label) VALUES ('dup') RETURNING id) INSERT INTO wm_ser (label) VALUES ('dup') ON CONFLICT (label) DO UPDATE SET hits = 5;
! 23505
SELECT label, hits FROM wm_ser ORDER BY label;
: label|hits
> q|0
> w|0
> x|1
> y|0
> z|0
SELECT count(*) FROM wm WHERE id = 20;
: count
> 0
-- ON CONFLICT meeting a row another part of the statement deleted (no conflict) or updated
CREATE TABLE wm_oc (k text PRIMARY KEY, h int DEFAULT 0);
INSERT INTO wm_oc VALUES ('a'), ('b');
WITH d AS (DELETE FROM wm_oc WHERE k = 'a' RETURNING k) INSERT INTO wm_oc (k) SELECT k FROM d ON CONFLICT (k) DO UPDATE SET h = 9 RETURNING *;
: k|h
> a|0
SELECT * FROM wm_oc ORDER BY k;
: k|h
> a|0
> b|0
WITH d AS (DELETE FROM wm_oc WHERE k = 'b' RETURNING k) INSERT INTO wm_oc (k) SELECT k FROM d ON CONFLICT DO NOTHING RETURNING *;
: k|h
> b|0
SELECT * FROM wm_oc ORDER BY k;
: k|h
> a|0
> b|0
WITH d AS (UPDATE wm_oc SET h = 5 WHERE k = 'b' RETURNING k) INSERT INTO wm_oc (k) SELECT k FROM d ON CONFLICT DO NOTHING RETURNING *;
: k|h
SELECT * FROM wm_oc ORDER BY k;
: k|h
> a|0
> b|5
WITH d AS (DELETE FROM wm_oc WHERE k = 'b' RETURNING k) INSERT INTO wm_oc (k) SELECT k FROM d RETURNING k, h;
: k|h
> b|0
SELECT * FROM wm_oc ORDER BY k;
: k|h
> a|0
> b|0
-- a row another part of the statement inserted: a conflict for DO NOTHING
WITH i AS (INSERT INTO wm_oc (k) VALUES ('c') RETURNING k) INSERT INTO wm_oc (k) SELECT k FROM i ON CONFLICT DO NOTHING RETURNING k;
: k
WITH i AS (INSERT INTO wm_oc (k) VALUES ('d') RETURNING k) INSERT INTO wm_oc (k) SELECT k FROM i ON CONFLICT (k) DO NOTHING RETURNING k;
: k
SELECT * FROM wm_oc ORDER BY k;
: k|h
> a|0
> b|0
> c|0
> d|0
DELETE FROM wm_oc WHERE k IN ('c', 'd');
-- unread WITH queries run after the main statement: it meets the rows before their changes
WITH d AS (DELETE FROM wm_oc WHERE k = 'a' RETURNING k) INSERT INTO wm_oc (k) VALUES ('a') ON CONFLICT (k) DO UPDATE SET h = 7 RETURNING *;
: k|h
> a|7
SELECT * FROM wm_oc ORDER BY k;
: k|h
> a|7
> b|0
WITH d AS (DELETE FROM wm_oc WHERE k = 'b') INSERT INTO wm_oc (k) VALUES ('b');
! 23505
WITH d AS (DELETE FROM wm_oc WHERE k = 'b') INSERT INTO wm_oc (k) VALUES ('b') ON CONFLICT DO NOTHING RETURNING k;
: k
SELECT * FROM wm_oc ORDER BY k;
: k|h
> a|7
DROP TABLE wm_oc;
-- two changes of the same row in one statement: the first to reach it wins, the other skips it
DELETE FROM wm;
INSERT INTO wm VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30), (4, 'd', 40), (5, 'e', 50);
DELETE FROM wm_arch;
WITH a AS (UPDATE wm SET n = 1 WHERE id = 1), b AS (UPDATE wm SET n = 2 WHERE id = 1) SELECT 'done' AS r;
: r
> done
SELECT n FROM wm WHERE id = 1;
: n
> 2
WITH a AS (UPDATE wm SET n = 3 WHERE id = 1) UPDATE wm SET n = 4 WHERE id = 1;
SELECT n FROM wm WHERE id = 1;
: n
> 4
WITH a AS (UPDATE wm SET n = 5 WHERE id = 1 RETURNING id) UPDATE wm SET n = 6 WHERE id IN (SELECT id FROM a) RETURNING n;
: n
SELECT n FROM wm WHERE id = 1;
: n
> 5
WITH a AS (UPDATE wm SET n = 7 WHERE id = 1 RETURNING id) DELETE FROM wm WHERE id IN (SELECT id FROM a) RETURNING id;
: id
SELECT * FROM wm ORDER BY id;
: id|v|n
> 1|a|7
> 2|b|20
> 3|c|30
> 4|d|40
> 5|e|50
WITH a AS (DELETE FROM wm WHERE id = 1 RETURNING id), b AS (DELETE FROM wm WHERE id = 1 RETURNING id) SELECT (SELECT count(*) FROM a) AS a, (SELECT count(*) FROM b) AS b;
: a|b
> 1|0
SELECT count(*) FROM wm WHERE id = 1;
: count
> 0
WITH a AS (DELETE FROM wm WHERE id = 2 RETURNING id) UPDATE wm SET n = 0 WHERE id = 2 RETURNING id;
: id
> 2
SELECT * FROM wm ORDER BY id;
: id|v|n
> 2|b|0
> 3|c|30
> 4|d|40
> 5|e|50
WITH a AS (UPDATE wm SET n = n + 1 RETURNING id), b AS (UPDATE wm SET n = n + 100 WHERE id IN (SELECT id FROM a) RETURNING id) SELECT count(*) FROM b;
: count
> 0
SELECT * FROM wm ORDER BY id;
: id|v|n
> 2|b|1
> 3|c|31
> 4|d|41
> 5|e|51
-- an error anywhere undoes everything
DELETE FROM wm;
INSERT INTO wm VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30), (4, 'd', 40), (5, 'e', 50);
DELETE FROM wm_arch;
WITH d AS (DELETE FROM wm RETURNING *) INSERT INTO wm_arch SELECT id, v, n / (id - 3) FROM d;
! 22012
WITH d AS (DELETE FROM wm RETURNING *), e AS (INSERT INTO wm VALUES (1, NULL, NULL) RETURNING id) SELECT count(*) FROM d;
: count
> 5
WITH d AS (DELETE FROM wm RETURNING *), e AS (UPDATE wm_arch SET n = n / 0 RETURNING id) SELECT count(*) FROM d;
: count
> 1
WITH d AS (DELETE FROM wm_arch RETURNING *), e AS (INSERT INTO wm_arch SELECT id, v, n / 0 FROM wm RETURNING id) SELECT count(*) FROM d;
: count
> 0
WITH d AS (DELETE FROM wm WHERE id = 1 RETURNING *) SELECT n / 0 FROM d;
: ?column?
WITH u AS (UPDATE wm SET n = NULL WHERE id = 2 RETURNING *) INSERT INTO wm_ser (id, label) SELECT id, v FROM u WHERE n IS NULL AND v = 'nothing';
SELECT * FROM wm ORDER BY id;
: id|v|n
SELECT * FROM wm_arch ORDER BY id;
: id|v|n
-- in an explicit transaction and under a savepoint
DELETE FROM wm;
INSERT INTO wm VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30), (4, 'd', 40), (5, 'e', 50);
DELETE FROM wm_arch;
BEGIN;
WITH d AS (DELETE FROM wm WHERE id = 2 RETURNING *) INSERT INTO wm_arch SELECT * FROM d;
SAVEPOINT s1;
WITH d AS (DELETE FROM wm WHERE id = 3 RETURNING *) INSERT INTO wm_arch SELECT * FROM d;
SELECT id FROM wm ORDER BY id;
: id
> 1
> 4
> 5
ROLLBACK TO SAVEPOINT s1;
SELECT id FROM wm ORDER BY id;
: id
> 1
> 3
> 4
> 5
SELECT id FROM wm_arch ORDER BY id;
: id
> 2
WITH d AS (DELETE FROM wm WHERE id = 4 RETURNING *) INSERT INTO wm_arch SELECT * FROM d RETURNING id / 0;
! 22012
ROLLBACK;
SELECT * FROM wm ORDER BY id;
: id|v|n
> 1|a|10
> 2|b|20
> 3|c|30
> 4|d|40
> 5|e|50
SELECT * FROM wm_arch ORDER BY id;
: id|v|n
BEGIN;
WITH d AS (DELETE FROM wm WHERE id = 2 RETURNING *) INSERT INTO wm_arch SELECT * FROM d;
SAVEPOINT s2;
WITH d AS (DELETE FROM wm WHERE id = 3 RETURNING *) INSERT INTO wm_arch SELECT id, v, n / 0 FROM d;
! 22012
ROLLBACK TO SAVEPOINT s2;
WITH d AS (DELETE FROM wm WHERE id = 5 RETURNING *) INSERT INTO wm_arch SELECT * FROM d;
COMMIT;
SELECT id FROM wm ORDER BY id;
: id
> 1
> 3
> 4
SELECT id FROM wm_arch ORDER BY id;
: id
> 2
> 5
BEGIN READ ONLY;
WITH d AS (DELETE FROM wm RETURNING *) SELECT count(*) FROM d;
! 25006
ROLLBACK;
BEGIN READ ONLY;
WITH d AS (DELETE FROM wm RETURNING *) INSERT INTO wm_arch SELECT * FROM d;
! 25006
ROLLBACK;
SELECT id FROM wm ORDER BY id;
: id
> 1
> 3
> 4
-- where data-modifying WITH queries are refused
WITH d AS (DELETE FROM wm WHERE id = 1) SELECT * FROM d;
! 0A000
WITH d AS (DELETE FROM wm WHERE id = 1) INSERT INTO wm_arch SELECT * FROM d;
! 0A000
SELECT * FROM (WITH d AS (DELETE FROM wm RETURNING *) SELECT * FROM d) s;
! 0A000
SELECT (WITH d AS (DELETE FROM wm RETURNING *) SELECT count(*) FROM d);
! 0A000
SELECT 1 WHERE EXISTS (WITH d AS (DELETE FROM wm RETURNING *) SELECT 1 FROM d);
! 0A000
WITH x AS (WITH d AS (DELETE FROM wm RETURNING *) SELECT * FROM d) SELECT * FROM x;
! 0A000
WITH x AS (WITH d AS (DELETE FROM wm RETURNING *) DELETE FROM wm_arch RETURNING *) SELECT * FROM x;
! 0A000
(WITH d AS (DELETE FROM wm RETURNING *) SELECT 1) UNION SELECT 2;
! 0A000
INSERT INTO wm_arch WITH d AS (DELETE FROM wm RETURNING *) SELECT * FROM d;
! 0A000
UPDATE wm SET n = (WITH d AS (DELETE FROM wm_arch RETURNING n) SELECT max(n) FROM d);
! 0A000
WITH RECURSIVE d AS (INSERT INTO wm_arch SELECT id + 1, v, n FROM d RETURNING *) SELECT * FROM d;
! 42P19
CREATE VIEW wm_view AS WITH d AS (DELETE FROM wm RETURNING *) SELECT * FROM d;
! 0A000
WITH d(a, b, c, e) AS (DELETE FROM wm RETURNING *) SELECT * FROM d;
! 42P10
WITH d AS (DELETE FROM nope RETURNING *) SELECT * FROM d;
! 42P01
WITH d AS (UPDATE wm SET nope = 1 RETURNING *) SELECT * FROM d;
! 42703
WITH d AS (DELETE FROM wm RETURNING nope) SELECT * FROM d;
! 42703
WITH d AS (DELETE FROM wm RETURNING *), d AS (SELECT 1) SELECT * FROM d;
! 42712
WITH d AS (DELETE FROM wm RETURNING *) SELECT nope FROM d;
! 42703
SELECT id FROM wm ORDER BY id;
: id
> 1
> 3
> 4
SELECT count(*) FROM wm_arch;
: count
> 2
-- WITH RECURSIVE with a data-modifying query that does not refer to itself, a set operation at the top
WITH RECURSIVE s(i) AS (SELECT 30 UNION ALL SELECT i + 1 FROM s WHERE i < 32), i AS (INSERT INTO wm SELECT i, 'r', i FROM s RETURNING id) SELECT count(*) FROM i;
: count
> 3
WITH d AS (DELETE FROM wm WHERE id >= 30 RETURNING id) SELECT id FROM d UNION ALL SELECT -1 ORDER BY 1;
: id
> -1
> 30
> 31
> 32
SELECT id FROM wm ORDER BY id;
: id
> 1
> 3
> 4
-- the main query locking rows, and a data-modifying query ordered, limited and aggregated
WITH i AS (INSERT INTO wm_arch VALUES (40, 'l', 1) RETURNING id) SELECT w.id FROM wm w WHERE w.id = (SELECT id - 39 FROM i) FOR UPDATE;
: id
> 1
WITH u AS (UPDATE wm SET n = n + 1 RETURNING id, n) SELECT id, n FROM u ORDER BY n DESC LIMIT 2;
: id|n
> 4|41
> 3|31
WITH u AS (UPDATE wm SET n = n - 1 RETURNING v, n) SELECT string_agg(v, ',' ORDER BY v) AS vs, max(n) FROM u;
: vs|max
> a,c,d|40
SELECT * FROM wm ORDER BY id;
: id|v|n
> 1|a|10
> 3|c|30
> 4|d|40
-- PREPARE with parameters in the WITH query and the main statement
DELETE FROM wm;
INSERT INTO wm VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30), (4, 'd', 40), (5, 'e', 50);
DELETE FROM wm_arch;
PREPARE wm_move(int, text) AS WITH d AS (DELETE FROM wm WHERE id = $1 RETURNING *) INSERT INTO wm_arch SELECT id, $2, n FROM d RETURNING id, v;
EXECUTE wm_move(4, 'moved');
: id|v
> 4|moved
EXECUTE wm_move(4, 'again');
: id|v
EXECUTE wm_move(3, 'three');
: id|v
> 3|three
SELECT * FROM wm_arch ORDER BY id;
: id|v|n
> 3|three|30
> 4|moved|40
SELECT id FROM wm ORDER BY id;
: id
> 1
> 2
> 5
DEALLOCATE wm_move;
-- CREATE TABLE AS and SELECT INTO over a data-modifying WITH
CREATE TABLE wm_copy AS WITH d AS (DELETE FROM wm_arch WHERE id = 4 RETURNING *) SELECT id, v FROM d;
SELECT * FROM wm_copy;
: id|v
> 4|moved
SELECT id FROM wm_arch ORDER BY id;
: id
> 3
WITH d AS (DELETE FROM wm_arch RETURNING *) SELECT id, v INTO wm_copy2 FROM d;
SELECT * FROM wm_copy2;
: id|v
> 3|three
SELECT count(*) FROM wm_arch;
: count
> 0
DROP TABLE wm_copy, wm_copy2, wm, wm_arch, wm_ser;
