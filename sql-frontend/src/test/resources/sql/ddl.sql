-- Tables, constraints and indexes: creation, errors, ALTER TABLE, TRUNCATE, DROP.
CREATE TABLE c_t (id int PRIMARY KEY, code varchar(5) NOT NULL UNIQUE, qty int CHECK (qty >= 0), price numeric(8,2) DEFAULT 1.5) WITH (fillfactor = 90);
CREATE TABLE c_t (id int);
! 42P07
CREATE TABLE IF NOT EXISTS c_t (id int);
INSERT INTO c_t (id, code, qty) VALUES (1, 'a', 1);
INSERT INTO c_t (id, code, qty) VALUES (2, 'toolong', 1);
! 22001
INSERT INTO c_t (id, code, qty) VALUES (2, 'b', -1);
! 23514
INSERT INTO c_t (id, code, qty) VALUES (2, NULL, 1);
! 23502
INSERT INTO c_t (id, code, qty) VALUES (2, 'a', 1);
! 23505
INSERT INTO c_t (id, code, qty, price) VALUES (2, 'b', 2, 123456.789);
INSERT INTO c_t (id, code, qty, price) VALUES (2, 'b', 2, 12.345), (3, 'c', 3, DEFAULT);
! 23505
SELECT * FROM c_t ORDER BY id;
: id|code|qty|price
> 1|a|1|1.50
> 2|b|2|123456.79
CREATE INDEX c_t_qty ON c_t (qty);
CREATE INDEX c_t_qty ON c_t (qty);
! 42P07
CREATE INDEX IF NOT EXISTS c_t_qty ON c_t (qty);
CREATE UNIQUE INDEX c_t_multi ON c_t (qty, code);
SELECT id FROM c_t WHERE qty = 2 AND code = 'b';
: id
> 2
SELECT id FROM c_t WHERE qty >= 2 ORDER BY id;
: id
> 2
DROP INDEX c_t_multi;
DROP INDEX c_t_multi;
! 42704
DROP INDEX IF EXISTS c_t_multi;
ALTER TABLE c_t ADD COLUMN note text;
ALTER TABLE c_t RENAME COLUMN note TO remark;
SELECT id, remark FROM c_t ORDER BY id;
: id|remark
> 1|NULL
> 2|NULL
ALTER TABLE c_t RENAME COLUMN remark TO code;
! 42701
ALTER TABLE c_t RENAME COLUMN nope TO x;
! 42703
ALTER TABLE c_t ADD COLUMN code text;
! 42701
ALTER TABLE c_t ADD COLUMN IF NOT EXISTS code text;
ALTER TABLE c_t ADD COLUMN flag boolean NOT NULL;
! 23502
ALTER TABLE c_t ADD COLUMN flag boolean NOT NULL DEFAULT true, ADD COLUMN n int DEFAULT 7;
SELECT id, flag, n FROM c_t ORDER BY id;
: id|flag|n
> 1|t|7
> 2|t|7
INSERT INTO c_t (id, code, qty) VALUES (3, 'c', 3) RETURNING flag, n;
: flag|n
> t|7
ALTER TABLE c_t ALTER COLUMN n SET NOT NULL;
ALTER TABLE c_t ALTER COLUMN remark SET NOT NULL;
! 23502
ALTER TABLE c_t ALTER COLUMN n DROP DEFAULT;
INSERT INTO c_t (id, code, qty) VALUES (4, 'd', 4);
! 23502
ALTER TABLE c_t ALTER COLUMN n DROP NOT NULL, ALTER COLUMN remark SET DEFAULT 'r';
INSERT INTO c_t (id, code, qty) VALUES (4, 'd', 4) RETURNING n, remark;
: n|remark
> NULL|r
ALTER TABLE c_t ALTER COLUMN id DROP NOT NULL;
! 42P16
ALTER TABLE c_t ALTER COLUMN qty SET DEFAULT 'x';
! 22P02
ALTER TABLE c_t ALTER COLUMN nope SET DEFAULT 1;
! 42703
ALTER TABLE c_t ADD COLUMN bad int DEFAULT 'x';
! 22P02
ALTER TABLE c_t ADD COLUMN v2 int CHECK (v2 > 0);
ALTER TABLE c_t ADD COLUMN v3 int DEFAULT 0 CHECK (v3 > 0);
! 23514
ALTER TABLE c_t ADD CONSTRAINT c_t_qty_small CHECK (qty < 100);
INSERT INTO c_t (id, code, qty) VALUES (5, 'e', 100);
! 23514
ALTER TABLE c_t DROP CONSTRAINT c_t_qty_small;
ALTER TABLE c_t DROP CONSTRAINT c_t_qty_small;
! 42704
ALTER TABLE c_t DROP CONSTRAINT IF EXISTS c_t_qty_small;
ALTER TABLE IF EXISTS c_nope ADD COLUMN x int;
ALTER TABLE c_nope ADD COLUMN x int;
! 42P01
SELECT column_name, data_type, column_default, is_nullable FROM information_schema.columns WHERE table_name = 'c_t' ORDER BY ordinal_position;
: column_name|data_type|column_default|is_nullable
> id|integer|NULL|NO
> code|character varying|NULL|NO
> qty|integer|NULL|YES
> price|numeric|1.5|YES
> remark|text|'r'::text|YES
> flag|boolean|true|NO
> n|integer|NULL|YES
> v2|integer|NULL|YES
SELECT * FROM c_t WHERE id = 1;
: id|code|qty|price|remark|flag|n|v2
> 1|a|1|1.50|NULL|t|7|NULL
CREATE SEQUENCE c_seq;
ALTER TABLE c_t ADD COLUMN s bigint DEFAULT nextval('c_seq');
SELECT count(DISTINCT s), min(s), max(s) FROM c_t;
: count|min|max
> 4|1|4
CREATE TABLE c_u (a int, b int);
INSERT INTO c_u VALUES (1, 1), (1, 2);
ALTER TABLE c_u ADD PRIMARY KEY (a);
! 23505
ALTER TABLE c_u ADD UNIQUE (a, b);
ALTER TABLE c_u RENAME TO c_t;
! 42P07
ALTER TABLE c_u RENAME TO c_v;
SELECT count(*) FROM c_v;
: count
> 2
SELECT count(*) FROM c_u;
! 42P01
TRUNCATE c_v;
SELECT count(*) FROM c_v;
: count
> 0
DROP TABLE c_v, c_t;
DROP TABLE c_t;
! 42P01
DROP TABLE IF EXISTS c_t;
DROP SEQUENCE c_seq;
TRUNCATE c_v;
! 42P01
