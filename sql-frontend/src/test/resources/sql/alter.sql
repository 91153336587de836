-- ALTER TABLE DROP COLUMN: the column is marked dropped, rows keep their other values.
CREATE TABLE al_t (a int PRIMARY KEY, b text, c numeric(6,2) DEFAULT 1.5, d varchar(10) NOT NULL);
INSERT INTO al_t VALUES (1, 'one', 1.25, 'x'), (2, NULL, NULL, 'y'), (3, 'three', 3.5, 'z');
ALTER TABLE al_t DROP COLUMN b;
SELECT * FROM al_t ORDER BY a;
: a|c|d
> 1|1.25|x
> 2|NULL|y
> 3|3.50|z
SELECT a, b FROM al_t;
! 42703
ALTER TABLE al_t DROP COLUMN b;
! 42703
ALTER TABLE al_t DROP COLUMN IF EXISTS b;
ALTER TABLE al_t DROP COLUMN nosuch RESTRICT;
! 42703
INSERT INTO al_t VALUES (4, 4.75, 'w');
INSERT INTO al_t VALUES (5, 5, 'v', 'extra');
! 42601
INSERT INTO al_t (a, d) VALUES (6, 'u') RETURNING *;
: a|c|d
> 6|1.50|u
UPDATE al_t SET c = c + 1 WHERE a IN (1, 4) RETURNING *;
: a|c|d
> 1|2.25|x
> 4|5.75|w
DELETE FROM al_t WHERE a = 2 RETURNING *;
: a|c|d
> 2|NULL|y
SELECT * FROM al_t WHERE a = 3;
: a|c|d
> 3|3.50|z
SELECT attnum, attname, atttypid, attisdropped, attnotnull, atthasdef FROM pg_attribute WHERE attrelid = 'al_t'::regclass AND attnum > 0 ORDER BY attnum;
: attnum|attname|atttypid|attisdropped|attnotnull|atthasdef
> 1|a|23|f|t|f
> 2|........pg.dropped.2........|0|t|f|f
> 3|c|1700|f|f|t
> 4|d|1043|f|t|f
SELECT column_name, ordinal_position, data_type FROM information_schema.columns WHERE table_name = 'al_t' ORDER BY ordinal_position;
: column_name|ordinal_position|data_type
> a|1|integer
> c|3|numeric
> d|4|character varying
SELECT relnatts FROM pg_class WHERE relname = 'al_t';
: relnatts
> 4
-- A later ADD COLUMN takes the next attnum; old rows read it as its default.
ALTER TABLE al_t ADD COLUMN b text DEFAULT 'new';
SELECT * FROM al_t ORDER BY a;
: a|c|d|b
> 1|2.25|x|new
> 3|3.50|z|new
> 4|5.75|w|new
> 6|1.50|u|new
SELECT attnum, attname FROM pg_attribute WHERE attrelid = 'al_t'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum;
: attnum|attname
> 1|a
> 3|c
> 4|d
> 5|b
-- Several actions in one statement; the whole statement fails together.
ALTER TABLE al_t DROP COLUMN c, DROP COLUMN nosuch;
! 42703
SELECT * FROM al_t ORDER BY a;
: a|c|d|b
> 1|2.25|x|new
> 3|3.50|z|new
> 4|5.75|w|new
> 6|1.50|u|new
ALTER TABLE al_t DROP COLUMN c, ADD COLUMN e int DEFAULT 7, DROP b;
SELECT * FROM al_t ORDER BY a;
: a|d|e
> 1|x|7
> 3|z|7
> 4|w|7
> 6|u|7
-- Inside a transaction: rolled back, the column comes back with its values.
BEGIN;
ALTER TABLE al_t DROP COLUMN e;
SELECT * FROM al_t ORDER BY a;
: a|d
> 1|x
> 3|z
> 4|w
> 6|u
ROLLBACK;
SELECT * FROM al_t ORDER BY a;
: a|d|e
> 1|x|7
> 3|z|7
> 4|w|7
> 6|u|7
-- The primary key goes with its column; dropping the last columns leaves a table without columns.
ALTER TABLE al_t DROP COLUMN a;
SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = 'al_t'::regclass;
: relname
SELECT conname FROM pg_constraint WHERE conrelid = 'al_t'::regclass;
: conname
INSERT INTO al_t VALUES ('t', 8);
SELECT * FROM al_t ORDER BY d;
: d|e
> t|8
> u|7
> w|7
> x|7
> z|7
ALTER TABLE al_t DROP COLUMN d, DROP COLUMN e;
SELECT count(*) FROM al_t;
: count
> 5
ALTER TABLE al_t ADD COLUMN f int DEFAULT 3;
SELECT * FROM al_t;
: f
> 3
> 3
> 3
> 3
> 3
DROP TABLE al_t;
-- Indexes and constraints using the column go with it; others stay.
CREATE TABLE al_k (id int PRIMARY KEY, x int, y int, z text, UNIQUE (x, y), CONSTRAINT al_k_xy CHECK (x < y), CONSTRAINT al_k_id CHECK (id > 0));
CREATE INDEX al_k_z ON al_k (z);
CREATE INDEX al_k_yz ON al_k (y, z);
INSERT INTO al_k VALUES (1, 1, 2, 'a'), (2, 2, 3, 'b');
ALTER TABLE al_k DROP COLUMN y;
SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = 'al_k'::regclass ORDER BY 1;
: relname
> al_k_pkey
> al_k_z
SELECT conname, contype FROM pg_constraint WHERE conrelid = 'al_k'::regclass ORDER BY conname;
: conname|contype
> al_k_id|c
> al_k_pkey|p
INSERT INTO al_k VALUES (3, 1, 'a');
INSERT INTO al_k VALUES (0, 1, 'c');
! 23514
SELECT * FROM al_k WHERE z = 'a' ORDER BY id;
: id|x|z
> 1|1|a
> 3|1|a
SELECT * FROM al_k WHERE id = 3;
: id|x|z
> 3|1|a
-- A foreign key referencing the column needs CASCADE.
CREATE TABLE al_p (id int PRIMARY KEY, code int UNIQUE);
CREATE TABLE al_c (id int PRIMARY KEY, p_code int REFERENCES al_p (code));
INSERT INTO al_p VALUES (1, 10);
INSERT INTO al_c VALUES (1, 10);
ALTER TABLE al_p DROP COLUMN code;
! 2BP01
ALTER TABLE al_p DROP COLUMN code CASCADE;
SELECT conname FROM pg_constraint WHERE conrelid = 'al_c'::regclass ORDER BY conname;
: conname
> al_c_pkey
INSERT INTO al_c VALUES (2, 99);
ALTER TABLE al_c DROP COLUMN p_code;
SELECT * FROM al_c ORDER BY id;
: id
> 1
> 2
-- Views: one using the column needs CASCADE; one not using it stays.
CREATE TABLE al_v (id int, u text, w text);
INSERT INTO al_v VALUES (1, 'u1', 'w1');
CREATE VIEW al_vu AS SELECT id, u FROM al_v;
CREATE VIEW al_vw AS SELECT id, w FROM al_v;
CREATE VIEW al_vstar AS SELECT * FROM al_v;
CREATE VIEW al_vu2 AS SELECT u FROM al_vu;
ALTER TABLE al_v DROP COLUMN u;
! 2BP01
ALTER TABLE al_v DROP COLUMN w;
! 2BP01
ALTER TABLE al_v DROP COLUMN u CASCADE;
SELECT viewname FROM pg_views WHERE viewname LIKE 'al\_v%' ORDER BY viewname;
: viewname
> al_vw
ALTER TABLE al_v DROP COLUMN w;
! 2BP01
ALTER TABLE al_v DROP COLUMN w CASCADE;
SELECT viewname FROM pg_views WHERE viewname LIKE 'al\_v%' ORDER BY viewname;
: viewname
SELECT * FROM al_v;
: id
> 1
DROP TABLE al_v;
DROP TABLE al_c;
DROP TABLE al_p;
DROP TABLE al_k;
-- A table with a dropped column in the middle: foreign keys, ON CONFLICT, row locks, index scans.
CREATE TABLE al_fp (gone1 int, id int PRIMARY KEY, gone2 text, code text UNIQUE);
ALTER TABLE al_fp DROP COLUMN gone1;
CREATE TABLE al_fc (x int, gone text, id int PRIMARY KEY, fp_code text REFERENCES al_fp (code), fp_id int REFERENCES al_fp);
ALTER TABLE al_fc DROP COLUMN gone, DROP COLUMN x;
ALTER TABLE al_fp DROP COLUMN gone2;
INSERT INTO al_fp VALUES (1, 'one'), (2, 'two');
INSERT INTO al_fc VALUES (10, 'one', 2), (11, 'two', NULL);
INSERT INTO al_fc VALUES (12, 'three', NULL);
! 23503
INSERT INTO al_fc VALUES (13, NULL, 3);
! 23503
DELETE FROM al_fp WHERE id = 2;
! 23503
UPDATE al_fp SET code = 'uno' WHERE id = 1;
! 23503
INSERT INTO al_fp VALUES (1, 'dup') ON CONFLICT (id) DO UPDATE SET code = excluded.code || '!' RETURNING *;
! 23503
INSERT INTO al_fp VALUES (3, 'two') ON CONFLICT (code) DO NOTHING RETURNING *;
: id|code
INSERT INTO al_fp VALUES (3, 'three') ON CONFLICT (code) DO NOTHING RETURNING *;
: id|code
> 3|three
SELECT * FROM al_fp WHERE code = 'three' FOR UPDATE;
: id|code
> 3|three
UPDATE al_fc SET fp_id = 3 WHERE id = 11 RETURNING *;
: id|fp_code|fp_id
> 11|two|3
SELECT f.id, p.code FROM al_fc f JOIN al_fp p ON p.id = f.fp_id ORDER BY f.id;
: id|code
> 10|two
> 11|three
ALTER TABLE al_fp ADD COLUMN extra int DEFAULT 5;
SELECT * FROM al_fp ORDER BY id;
: id|code|extra
> 1|one|5
> 2|two|5
> 3|three|5
DROP TABLE al_fc;
DROP TABLE al_fp;
-- ALTER COLUMN TYPE after a DROP COLUMN.
CREATE TABLE al_dt (a text, b int, c numeric);
INSERT INTO al_dt VALUES ('x', 1, 1.5), ('y', 2, 2.5);
ALTER TABLE al_dt DROP COLUMN a;
ALTER TABLE al_dt ALTER COLUMN c TYPE int, ALTER COLUMN b TYPE text USING b || '!';
SELECT * FROM al_dt ORDER BY b;
: b|c
> 1!|2
> 2!|3
INSERT INTO al_dt VALUES ('z', 3);
SELECT * FROM al_dt ORDER BY b;
: b|c
> 1!|2
> 2!|3
> z|3
DROP TABLE al_dt;
-- ALTER COLUMN TYPE: every row goes through the assignment cast or the USING expression.
CREATE TABLE al_ty (id int PRIMARY KEY, n numeric(8,3), s text, v varchar(4) UNIQUE, flag text DEFAULT '1', CONSTRAINT al_ty_n CHECK (n > -100));
CREATE INDEX al_ty_n_idx ON al_ty (n);
CREATE INDEX al_ty_sn_idx ON al_ty (s, n);
INSERT INTO al_ty VALUES (1, 1.4, '10', 'ab', 't'), (2, 2.6, '20', 'cd', 'f'), (3, NULL, NULL, NULL, NULL);
ALTER TABLE al_ty ALTER COLUMN n TYPE int;
SELECT * FROM al_ty ORDER BY id;
: id|n|s|v|flag
> 1|1|10|ab|t
> 2|3|20|cd|f
> 3|NULL|NULL|NULL|NULL
SELECT attname, atttypid::regtype, atttypmod FROM pg_attribute WHERE attrelid = 'al_ty'::regclass AND attnum > 0 ORDER BY attnum;
: attname|atttypid|atttypmod
> id|integer|-1
> n|integer|-1
> s|text|-1
> v|character varying|8
> flag|text|-1
SELECT id FROM al_ty WHERE n = 3;
: id
> 2
SELECT id, s FROM al_ty WHERE s = '20' AND n = 3;
: id|s
> 2|20
SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = 'al_ty'::regclass ORDER BY 1;
: relname
> al_ty_n_idx
> al_ty_pkey
> al_ty_sn_idx
> al_ty_v_key
INSERT INTO al_ty VALUES (4, 7.7, '40', 'ef', 'f');
SELECT n, pg_typeof(n) FROM al_ty WHERE id = 4;
: n|pg_typeof
> 8|integer
ALTER TABLE al_ty ALTER s TYPE int;
! 42804
ALTER TABLE al_ty ALTER s SET DATA TYPE int USING s::int;
SELECT id, s + 1 AS s1 FROM al_ty ORDER BY id;
: id|s1
> 1|11
> 2|21
> 3|NULL
> 4|41
ALTER TABLE al_ty ALTER COLUMN s TYPE text USING 'x' || s;
SELECT id, s FROM al_ty ORDER BY id;
: id|s
> 1|x10
> 2|x20
> 3|NULL
> 4|x40
ALTER TABLE al_ty ALTER COLUMN s TYPE int USING s::int;
! 22P02
SELECT id, s FROM al_ty ORDER BY id;
: id|s
> 1|x10
> 2|x20
> 3|NULL
> 4|x40
ALTER TABLE al_ty ALTER COLUMN s TYPE int USING length(s) + id;
SELECT id, s FROM al_ty ORDER BY id;
: id|s
> 1|4
> 2|5
> 3|NULL
> 4|7
ALTER TABLE al_ty ALTER COLUMN n TYPE smallint USING n * 20000;
! 22003
SELECT n FROM al_ty ORDER BY id;
: n
> 1
> 3
> NULL
> 8
ALTER TABLE al_ty ALTER COLUMN n TYPE numeric(3,1) USING n - 200;
! 22003
ALTER TABLE al_ty ALTER COLUMN nosuch TYPE int;
! 42703
ALTER TABLE al_ty ALTER COLUMN flag TYPE boolean;
! 42804
ALTER TABLE al_ty ALTER COLUMN flag TYPE boolean USING flag::boolean;
! 42804
ALTER TABLE al_ty ALTER COLUMN flag DROP DEFAULT, ALTER COLUMN flag TYPE boolean USING flag::boolean;
SELECT id, flag FROM al_ty ORDER BY id;
: id|flag
> 1|t
> 2|f
> 3|NULL
> 4|f
ALTER TABLE al_ty ALTER COLUMN flag TYPE int USING 1;
-- varchar: longer keeps the rows as they are; shorter checks every value.
ALTER TABLE al_ty ALTER COLUMN v TYPE varchar(10);
INSERT INTO al_ty VALUES (5, 1, 2, 'longer-val', 1);
ALTER TABLE al_ty ALTER COLUMN v TYPE varchar(3);
! 22001
ALTER TABLE al_ty ALTER COLUMN v TYPE varchar;
SELECT id, v FROM al_ty ORDER BY id;
: id|v
> 1|ab
> 2|cd
> 3|NULL
> 4|ef
> 5|longer-val
INSERT INTO al_ty VALUES (6, 1, 2, 'ab', 1);
! 23505
ALTER TABLE al_ty ALTER COLUMN v TYPE char(2) USING left(v, 2);
SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'al_ty'::regclass AND attname = 'v';
: format_type
> character(2)
-- The primary key is rebuilt; values colliding after the cast fail the statement.
ALTER TABLE al_ty ALTER COLUMN id TYPE bigint;
SELECT id, pg_typeof(id) FROM al_ty WHERE id = 2;
: id|pg_typeof
> 2|bigint
INSERT INTO al_ty VALUES (2, 1, 2, 'zz', 1);
! 23505
INSERT INTO al_ty VALUES (7, 1, 2, 'zz', 1);
SELECT id, n, v FROM al_ty WHERE id >= 5 ORDER BY id;
: id|n|v
> 5|1|lo
> 7|1|zz
CREATE TABLE al_ty2 (k numeric PRIMARY KEY, w text);
INSERT INTO al_ty2 VALUES (1.2, 'a'), (1.4, 'b'), (2, 'c');
ALTER TABLE al_ty2 ALTER COLUMN k TYPE int;
! 23505
SELECT * FROM al_ty2 ORDER BY k;
: k|w
> 1.2|a
> 1.4|b
> 2|c
DELETE FROM al_ty2 WHERE k = 1.4;
ALTER TABLE al_ty2 ALTER COLUMN k TYPE int;
SELECT k, pg_typeof(k), w FROM al_ty2 ORDER BY k;
: k|pg_typeof|w
> 1|integer|a
> 2|integer|c
SELECT w FROM al_ty2 WHERE k = 1;
: w
> a
BEGIN;
ALTER TABLE al_ty2 ALTER COLUMN w TYPE int USING length(w);
SELECT * FROM al_ty2 ORDER BY k;
: k|w
> 1|1
> 2|1
ROLLBACK;
SELECT w, pg_typeof(w) FROM al_ty2 ORDER BY k;
: w|pg_typeof
> a|text
> c|text
-- A view using the column: refused; one not using it: allowed.
CREATE VIEW al_ty_v AS SELECT id, w FROM al_ty2 AS t(id, w);
CREATE VIEW al_ty_v2 AS SELECT k FROM al_ty2;
ALTER TABLE al_ty2 ALTER COLUMN k TYPE bigint;
! 0A000
DROP VIEW al_ty_v;
ALTER TABLE al_ty2 ALTER COLUMN k TYPE bigint;
! 0A000
DROP VIEW al_ty_v2;
CREATE VIEW al_ty_v3 AS SELECT w FROM al_ty2;
ALTER TABLE al_ty2 ALTER COLUMN k TYPE bigint;
SELECT * FROM al_ty_v3 ORDER BY w;
: w
> a
> c
DROP VIEW al_ty_v3;
DROP TABLE al_ty2;
DROP TABLE al_ty;
