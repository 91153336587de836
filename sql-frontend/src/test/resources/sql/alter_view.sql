-- ALTER VIEW / SEQUENCE / INDEX / SCHEMA, ALTER TABLE SET SCHEMA: renames and moves, views reading what moved.
CREATE TABLE av_t (id int PRIMARY KEY, name text, qty int);
INSERT INTO av_t VALUES (1, 'one', 10), (2, 'two', 0), (3, 'three', 5);
CREATE VIEW av_v AS SELECT id, name FROM av_t WHERE qty > 0;
CREATE VIEW av_w AS SELECT v.id, v.name, av_t.qty FROM av_v v JOIN av_t ON av_t.id = v.id;
ALTER VIEW av_v RENAME TO av_v2;
SELECT * FROM av_v2 ORDER BY id;
: id|name
> 1|one
> 3|three
SELECT * FROM av_w ORDER BY id;
: id|name|qty
> 1|one|10
> 3|three|5
SELECT * FROM av_v;
! 42P01
ALTER VIEW av_t RENAME TO av_x;
! 42809
ALTER VIEW av_nope RENAME TO av_x;
! 42P01
ALTER VIEW IF EXISTS av_nope RENAME TO av_x;
ALTER VIEW av_v2 RENAME TO av_w;
! 42P07
ALTER SEQUENCE av_v2 RENAME TO av_x;
! 42809
ALTER TABLE av_v2 RENAME TO av_v3;
ALTER VIEW av_v3 RENAME TO av_v2;
SELECT relname, relkind FROM pg_class WHERE relname LIKE 'av\_%' ORDER BY relname;
: relname|relkind
> av_t|r
> av_t_pkey|i
> av_v2|v
> av_w|v
-- Renaming a table that views read: the views follow.
ALTER TABLE av_t RENAME TO av_t2;
SELECT * FROM av_v2 ORDER BY id;
: id|name
> 1|one
> 3|three
SELECT * FROM av_w ORDER BY id;
: id|name|qty
> 1|one|10
> 3|three|5
INSERT INTO av_t2 VALUES (4, 'four', 1);
SELECT count(*) FROM av_w;
: count
> 3
-- Column renames of a view nobody reads, and column defaults used by INSERT through the view.
CREATE VIEW av_simple AS SELECT id, name, qty FROM av_t2;
ALTER VIEW av_simple RENAME COLUMN name TO label;
ALTER VIEW av_simple RENAME qty TO amount;
SELECT * FROM av_simple WHERE id = 1;
: id|label|amount
> 1|one|10
ALTER VIEW av_simple RENAME COLUMN nosuch TO x;
! 42703
ALTER VIEW av_simple RENAME COLUMN label TO id;
! 42701
ALTER TABLE av_simple RENAME COLUMN amount TO qty;
SELECT id, label, qty FROM av_simple WHERE id = 3;
: id|label|qty
> 3|three|5
ALTER VIEW av_simple ALTER COLUMN qty SET DEFAULT 42;
ALTER VIEW av_simple ALTER label SET DEFAULT 'dflt';
INSERT INTO av_simple (id) VALUES (10);
INSERT INTO av_simple VALUES (11, DEFAULT, DEFAULT), (12, 'x', 7);
INSERT INTO av_simple (id, qty) VALUES (13, DEFAULT);
SELECT * FROM av_t2 WHERE id >= 10 ORDER BY id;
: id|name|qty
> 10|dflt|42
> 11|dflt|42
> 12|x|7
> 13|dflt|42
SELECT * FROM av_simple WHERE id >= 10 ORDER BY id;
: id|label|qty
> 10|dflt|42
> 11|dflt|42
> 12|x|7
> 13|dflt|42
ALTER VIEW av_simple ALTER COLUMN qty DROP DEFAULT;
INSERT INTO av_simple (id) VALUES (14);
SELECT * FROM av_t2 WHERE id = 14;
: id|name|qty
> 14|dflt|NULL
ALTER VIEW av_simple ALTER COLUMN nosuch SET DEFAULT 1;
! 42703
ALTER VIEW av_simple ALTER COLUMN qty SET DEFAULT 'abc';
! 22P02
ALTER VIEW av_simple ALTER COLUMN qty SET NOT NULL;
! 42809
ALTER VIEW av_simple ALTER COLUMN qty TYPE bigint;
! 42809
SELECT column_name, column_default FROM information_schema.columns WHERE table_name = 'av_simple' ORDER BY ordinal_position;
: column_name|column_default
> id|NULL
> label|'dflt'::text
> qty|NULL
-- Schemas: SET SCHEMA of views and tables (with their indexes and sequences), ALTER SCHEMA RENAME.
CREATE SCHEMA av_s1;
CREATE SCHEMA av_s2;
ALTER VIEW av_simple SET SCHEMA av_s1;
SELECT count(*) FROM av_s1.av_simple;
: count
> 9
SELECT count(*) FROM av_simple;
! 42P01
ALTER VIEW av_s1.av_simple SET SCHEMA av_nos;
! 3F000
ALTER VIEW av_s1.av_simple SET SCHEMA av_s1;
CREATE TABLE av_s (id serial PRIMARY KEY, v text);
CREATE INDEX av_s_v ON av_s (v);
INSERT INTO av_s (v) VALUES ('a'), ('b');
CREATE VIEW av_sv AS SELECT s.id, s.v FROM av_s s WHERE s.v <> 'z';
CREATE VIEW av_s1.av_qual AS SELECT av_s.v, av_s.id FROM public.av_s;
ALTER TABLE av_s SET SCHEMA av_s2;
SELECT n.nspname, c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relname LIKE 'av\_s%' ORDER BY c.relname;
: nspname|relname|relkind
> av_s2|av_s|r
> av_s2|av_s_id_seq|S
> av_s2|av_s_pkey|i
> av_s2|av_s_v|i
> av_s1|av_simple|v
> public|av_sv|v
SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'S' ORDER BY c.relname;
: nspname|relname
> av_s2|av_s_id_seq
SELECT column_default FROM information_schema.columns WHERE table_name = 'av_s' AND column_name = 'id';
: column_default
> nextval('av_s2.av_s_id_seq'::regclass)
INSERT INTO av_s2.av_s (v) VALUES ('c');
SELECT * FROM av_s2.av_s ORDER BY id;
: id|v
> 1|a
> 2|b
> 3|c
SELECT * FROM av_sv ORDER BY id;
: id|v
> 1|a
> 2|b
> 3|c
SELECT * FROM av_s1.av_qual ORDER BY id;
: v|id
> a|1
> b|2
> c|3
SELECT * FROM av_s;
! 42P01
ALTER SCHEMA av_s2 RENAME TO av_s3;
SELECT nspname FROM pg_namespace WHERE nspname LIKE 'av\_%' ORDER BY 1;
: nspname
> av_s1
> av_s3
SELECT * FROM av_s3.av_s ORDER BY id;
: id|v
> 1|a
> 2|b
> 3|c
INSERT INTO av_s3.av_s (v) VALUES ('d');
SELECT column_default FROM information_schema.columns WHERE table_name = 'av_s' AND column_name = 'id';
: column_default
> nextval('av_s3.av_s_id_seq'::regclass)
SELECT * FROM av_sv ORDER BY id;
: id|v
> 1|a
> 2|b
> 3|c
> 4|d
SELECT * FROM av_s1.av_qual ORDER BY id;
: v|id
> a|1
> b|2
> c|3
> d|4
SELECT table_schema, table_name FROM information_schema.views WHERE table_name LIKE 'av\_%' ORDER BY 2;
: table_schema|table_name
> av_s1|av_qual
> av_s1|av_simple
> public|av_sv
> public|av_v2
> public|av_w
ALTER SCHEMA av_s1 RENAME TO av_s3;
! 42P06
ALTER SCHEMA av_nos RENAME TO av_x;
! 3F000
ALTER SCHEMA av_s1 RENAME TO pg_av;
! 42939
ALTER SCHEMA av_s1 OWNER TO av_nobody;
! 42704
ALTER SCHEMA av_s1 OWNER TO CURRENT_USER;
ALTER SCHEMA av_s1 RENAME TO av_s4;
SELECT * FROM av_s4.av_qual ORDER BY id;
: v|id
> a|1
> b|2
> c|3
> d|4
SELECT * FROM av_s4.av_simple WHERE id = 1;
: id|label|qty
> 1|one|10
-- Sequences and indexes.
CREATE SEQUENCE av_seq;
SELECT nextval('av_seq');
: nextval
> 1
ALTER SEQUENCE av_seq RENAME TO av_seq2;
SELECT nextval('av_seq2');
: nextval
> 2
ALTER SEQUENCE av_seq2 SET SCHEMA av_s3;
SELECT nextval('av_s3.av_seq2');
: nextval
> 3
ALTER SEQUENCE IF EXISTS av_nope RENAME TO av_x;
ALTER INDEX av_s3.av_s_v RENAME TO av_s_v2;
SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'i' AND c.relname LIKE 'av\_s%' ORDER BY 2;
: nspname|relname
> av_s3|av_s_pkey
> av_s3|av_s_v2
ALTER INDEX av_s3.av_s_v2 RENAME TO av_s_pkey;
! 42P07
ALTER INDEX IF EXISTS av_nope RENAME TO av_x;
ALTER VIEW av_sv OWNER TO av_nobody;
! 42704
-- Renames are transactional.
BEGIN;
ALTER TABLE av_t2 RENAME TO av_t3;
ALTER SCHEMA av_s3 RENAME TO av_s5;
SELECT count(*) FROM av_t3;
: count
> 9
SELECT count(*) FROM av_s5.av_s;
: count
> 4
ROLLBACK;
SELECT count(*) FROM av_t2;
: count
> 9
SELECT count(*) FROM av_s3.av_s;
: count
> 4
SELECT count(*) FROM av_t3;
! 42P01
DROP SCHEMA av_s3 CASCADE;
DROP SCHEMA av_s4 CASCADE;
DROP VIEW av_w;
DROP VIEW av_v2;
DROP TABLE av_t2;
