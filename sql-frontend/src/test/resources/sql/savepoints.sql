-- SAVEPOINT, RELEASE and ROLLBACK TO: what a rolled-back subtransaction leaves behind (nothing),
-- what a released one leaves (everything), errors inside savepoints, and DDL inside them.
CREATE TABLE sp_t (id int PRIMARY KEY, v text);
INSERT INTO sp_t VALUES (1, 'one');
-- Outside a transaction block.
SAVEPOINT a;
! 25P01
RELEASE a;
! 25P01
ROLLBACK TO a;
! 25P01
-- A rolled-back insert, update and delete.
BEGIN;
INSERT INTO sp_t VALUES (2, 'two');
SAVEPOINT a;
INSERT INTO sp_t VALUES (3, 'three');
UPDATE sp_t SET v = 'ONE' WHERE id = 1;
DELETE FROM sp_t WHERE id = 2;
SELECT * FROM sp_t ORDER BY id;
: id|v
> 1|ONE
> 3|three
ROLLBACK TO SAVEPOINT a;
SELECT * FROM sp_t ORDER BY id;
: id|v
> 1|one
> 2|two
-- The savepoint stays after ROLLBACK TO: use it again.
INSERT INTO sp_t VALUES (4, 'four');
ROLLBACK TO a;
SELECT * FROM sp_t ORDER BY id;
: id|v
> 1|one
> 2|two
UPDATE sp_t SET v = 'uno' WHERE id = 1;
RELEASE SAVEPOINT a;
COMMIT;
SELECT * FROM sp_t ORDER BY id;
: id|v
> 1|uno
> 2|two
-- Nested savepoints; RELEASE of an outer one releases the inner ones too.
BEGIN;
SAVEPOINT outer_sp;
INSERT INTO sp_t VALUES (10, 'ten');
SAVEPOINT inner_sp;
INSERT INTO sp_t VALUES (11, 'eleven');
SAVEPOINT innermost;
INSERT INTO sp_t VALUES (12, 'twelve');
RELEASE outer_sp;
ROLLBACK TO inner_sp;
! 3B001
SELECT * FROM sp_t WHERE id >= 10 ORDER BY id;
! 25P02
COMMIT;
SELECT * FROM sp_t WHERE id >= 10 ORDER BY id;
: id|v
-- Releasing an inner savepoint keeps its work in the outer one, which can still roll it back.
BEGIN;
SAVEPOINT o;
INSERT INTO sp_t VALUES (13, 'thirteen');
SAVEPOINT i;
INSERT INTO sp_t VALUES (14, 'fourteen');
RELEASE i;
SELECT id FROM sp_t WHERE id >= 10 ORDER BY id;
: id
> 13
> 14
SAVEPOINT j;
INSERT INTO sp_t VALUES (15, 'fifteen');
RELEASE j;
RELEASE o;
SAVEPOINT o2;
INSERT INTO sp_t VALUES (16, 'sixteen');
SAVEPOINT i2;
INSERT INTO sp_t VALUES (17, 'seventeen');
RELEASE i2;
ROLLBACK TO o2;
COMMIT;
SELECT id FROM sp_t WHERE id >= 10 ORDER BY id;
: id
> 13
> 14
> 15
DELETE FROM sp_t WHERE id BETWEEN 13 AND 15;
-- Rolled back to an outer savepoint: the inner ones are gone with it.
BEGIN;
SAVEPOINT s1;
INSERT INTO sp_t VALUES (20, 'twenty');
SAVEPOINT s2;
INSERT INTO sp_t VALUES (21, 'twenty-one');
ROLLBACK TO s1;
SELECT * FROM sp_t WHERE id >= 20 ORDER BY id;
: id|v
ROLLBACK TO s2;
! 3B001
ROLLBACK;
SELECT * FROM sp_t WHERE id >= 20 ORDER BY id;
: id|v
-- A name used twice: the later one counts until it is released.
BEGIN;
SAVEPOINT x;
INSERT INTO sp_t VALUES (30, 'a');
SAVEPOINT x;
INSERT INTO sp_t VALUES (31, 'b');
ROLLBACK TO x;
SELECT id FROM sp_t WHERE id >= 30 ORDER BY id;
: id
> 30
RELEASE x;
ROLLBACK TO x;
SELECT id FROM sp_t WHERE id >= 30 ORDER BY id;
: id
COMMIT;
SELECT id FROM sp_t WHERE id >= 30 ORDER BY id;
: id
-- An error inside a savepoint: the block is failed until ROLLBACK TO, then goes on.
BEGIN;
INSERT INTO sp_t VALUES (40, 'kept');
SAVEPOINT e;
INSERT INTO sp_t VALUES (41, 'lost');
INSERT INTO sp_t VALUES (1, 'duplicate');
! 23505
SELECT 1;
! 25P02
RELEASE e;
! 25P02
ROLLBACK TO e;
SELECT id, v FROM sp_t WHERE id >= 40 ORDER BY id;
: id|v
> 40|kept
INSERT INTO sp_t VALUES (42, 'after');
COMMIT;
SELECT id, v FROM sp_t WHERE id >= 40 ORDER BY id;
: id|v
> 40|kept
> 42|after
-- An unknown savepoint is an error that fails the block; COMMIT then rolls back.
BEGIN;
INSERT INTO sp_t VALUES (50, 'gone');
SAVEPOINT p;
ROLLBACK TO q;
! 3B001
ROLLBACK TO p;
RELEASE q;
! 3B001
COMMIT;
SELECT count(*) FROM sp_t WHERE id >= 50;
: count
> 0
-- An error with no savepoint: ROLLBACK TO cannot save the block.
BEGIN;
SELECT 1/0;
! 22012
ROLLBACK TO nothing;
! 3B001
ROLLBACK;
-- The same row updated in two levels; the inner update rolled back.
BEGIN;
UPDATE sp_t SET v = 'v1' WHERE id = 1;
SAVEPOINT u;
UPDATE sp_t SET v = 'v2' WHERE id = 1;
UPDATE sp_t SET v = v || '+' WHERE id = 1;
SELECT v FROM sp_t WHERE id = 1;
: v
> v2+
ROLLBACK TO u;
SELECT v FROM sp_t WHERE id = 1;
: v
> v1
UPDATE sp_t SET v = v || '!' WHERE id = 1;
COMMIT;
SELECT v FROM sp_t WHERE id = 1;
: v
> v1!
-- A unique key freed by a rolled-back insert can be taken again.
BEGIN;
SAVEPOINT k;
INSERT INTO sp_t VALUES (60, 'first');
ROLLBACK TO k;
INSERT INTO sp_t VALUES (60, 'second');
COMMIT;
SELECT v FROM sp_t WHERE id = 60;
: v
> second
-- DDL inside savepoints.
BEGIN;
SAVEPOINT d;
CREATE TABLE sp_new (a int);
INSERT INTO sp_new VALUES (1);
SELECT * FROM sp_new;
: a
> 1
ROLLBACK TO d;
SELECT * FROM sp_new;
! 42P01
ROLLBACK TO d;
CREATE TABLE sp_new (b text);
INSERT INTO sp_new VALUES ('x');
SAVEPOINT d2;
DROP TABLE sp_t;
ROLLBACK TO d2;
ALTER TABLE sp_new ADD COLUMN c int DEFAULT 7;
COMMIT;
SELECT * FROM sp_new;
: b|c
> x|7
SELECT count(*) FROM sp_t;
: count
> 5
-- Sequences are not transactional: a rolled-back nextval is not given back.
CREATE SEQUENCE sp_seq;
BEGIN;
SAVEPOINT q;
SELECT nextval('sp_seq');
: nextval
> 1
ROLLBACK TO q;
SELECT nextval('sp_seq');
: nextval
> 2
COMMIT;
-- Under REPEATABLE READ the snapshot is kept across ROLLBACK TO.
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT count(*) FROM sp_t;
: count
> 5
SAVEPOINT r;
INSERT INTO sp_t VALUES (70, 'rr');
SELECT count(*) FROM sp_t;
: count
> 6
ROLLBACK TO r;
SELECT count(*) FROM sp_t;
: count
> 5
COMMIT;
DROP TABLE sp_new;
DROP TABLE sp_t;
DROP SEQUENCE sp_seq;
-- SET inside a savepoint: undone by ROLLBACK TO and by an error inside it, kept by RELEASE.
BEGIN;
SET search_path = pg_catalog;
SAVEPOINT g;
SET search_path = information_schema;
SHOW search_path;
: search_path
> information_schema
ROLLBACK TO g;
SHOW search_path;
: search_path
> pg_catalog
SAVEPOINT g2;
SET statement_timeout = '7s';
SELECT 1/0;
! 22012
ROLLBACK TO g2;
SHOW statement_timeout;
: statement_timeout
> 0
SAVEPOINT g3;
SET extra_float_digits = 1;
RELEASE g3;
SHOW extra_float_digits;
: extra_float_digits
> 1
COMMIT;
SHOW search_path;
: search_path
> pg_catalog
SHOW extra_float_digits;
: extra_float_digits
> 1
RESET ALL;
