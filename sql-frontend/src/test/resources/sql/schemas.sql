-- Schemas: CREATE/DROP SCHEMA, schema-qualified names, search_path.
CREATE SCHEMA sc_a;
CREATE SCHEMA sc_a;
! 42P06
CREATE SCHEMA IF NOT EXISTS sc_a;
CREATE SCHEMA pg_nope;
! 42939
CREATE SCHEMA public;
! 42P06
CREATE TABLE sc_a.sc_items (id int PRIMARY KEY, v text);
CREATE TABLE sc_nosuch.sc_items (id int);
! 3F000
CREATE VIEW sc_nosuch.sc_v AS SELECT 1;
! 3F000
CREATE SEQUENCE sc_nosuch.sc_seq;
! 3F000
INSERT INTO sc_a.sc_items VALUES (1, 'a'), (2, 'b'), (3, 'c');
SELECT * FROM sc_a.sc_items ORDER BY id;
: id|v
> 1|a
> 2|b
> 3|c
SELECT * FROM sc_items;
! 42P01
UPDATE sc_a.sc_items SET v = 'bb' WHERE id = 2 RETURNING id, v;
: id|v
> 2|bb
DELETE FROM sc_a.sc_items WHERE id = 3;
SELECT i.id, i.v FROM sc_a.sc_items i WHERE i.id < 3 ORDER BY 1;
: id|v
> 1|a
> 2|bb
CREATE INDEX sc_items_v_idx ON sc_a.sc_items (v);
CREATE SEQUENCE sc_a.sc_seq;
SELECT nextval('sc_a.sc_seq'), nextval('sc_a.sc_seq');
: nextval|nextval
> 1|2
CREATE TABLE sc_a.sc_serial (id serial PRIMARY KEY, v text);
INSERT INTO sc_a.sc_serial (v) VALUES ('x'), ('y') RETURNING id;
: id
> 1
> 2
CREATE VIEW sc_a.sc_view AS SELECT id, v FROM sc_a.sc_items WHERE id > 1;
SELECT * FROM sc_a.sc_view;
: id|v
> 2|bb
CREATE TABLE sc_pub (id int, item int REFERENCES sc_a.sc_items(id));
INSERT INTO sc_pub VALUES (10, 1);
INSERT INTO sc_pub VALUES (11, 7);
! 23503
SELECT n.nspname, c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname LIKE 'sc\_%' ORDER BY c.relname;
: nspname|relname|relkind
> sc_a|sc_items|r
> sc_a|sc_items_pkey|i
> sc_a|sc_items_v_idx|i
> sc_a|sc_seq|S
> sc_a|sc_serial|r
> sc_a|sc_serial_id_seq|S
> sc_a|sc_serial_pkey|i
> sc_a|sc_view|v
SELECT nspname FROM pg_namespace WHERE nspname LIKE 'sc\_%' ORDER BY 1;
: nspname
> sc_a
SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 'sc\_%' ORDER BY 1;
: schema_name
> sc_a
SELECT table_schema, table_name, table_type FROM information_schema.tables WHERE table_schema = 'sc_a' ORDER BY table_name;
: table_schema|table_name|table_type
> sc_a|sc_items|BASE TABLE
> sc_a|sc_serial|BASE TABLE
> sc_a|sc_view|VIEW
SELECT 'sc_a.sc_items'::regclass, 'sc_a.sc_items'::regclass::oid = (SELECT oid FROM pg_class WHERE relname = 'sc_items');
: regclass|?column?
> sc_a.sc_items|t
-- Unqualified names go through search_path; new objects go to its first existing schema.
SHOW search_path;
: search_path
> "$user", public
SELECT current_schema();
: current_schema
> public
SET search_path TO sc_a, public;
SHOW search_path;
: search_path
> sc_a, public
SELECT current_schema(), current_schemas(false);
: current_schema|current_schemas
> sc_a|{sc_a,public}
SELECT * FROM sc_items ORDER BY id;
: id|v
> 1|a
> 2|bb
SELECT * FROM sc_view;
: id|v
> 2|bb
SELECT count(*) FROM sc_pub;
: count
> 1
SELECT nextval('sc_seq');
: nextval
> 3
CREATE TABLE sc_made (x int);
SELECT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relname = 'sc_made';
: nspname
> sc_a
SELECT 'sc_items'::regclass, 'sc_made'::regclass;
: regclass|regclass
> sc_items|sc_made
CREATE SCHEMA sc_b;
CREATE TABLE sc_b.sc_items (id int, w text);
INSERT INTO sc_b.sc_items VALUES (10, 'ten');
CREATE VIEW sc_b.sc_bview AS SELECT id FROM sc_items;
SET search_path TO sc_b, sc_a;
SELECT * FROM sc_items;
: id|w
> 10|ten
SELECT * FROM sc_view;
: id|v
> 2|bb
SELECT * FROM sc_bview;
: id
> 1
> 2
SELECT count(*) FROM sc_pub;
! 42P01
SET search_path TO sc_nosuch, sc_b;
SELECT current_schema();
: current_schema
> sc_b
CREATE TABLE sc_later (id int);
SELECT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relname = 'sc_later';
: nspname
> sc_b
SET search_path TO sc_nosuch;
CREATE TABLE sc_nowhere (id int);
! 3F000
SELECT current_schema();
: current_schema
> NULL
RESET search_path;
SELECT count(*) FROM sc_items;
! 42P01
-- DROP SCHEMA: refused while the schema holds something, unless CASCADE.
DROP SCHEMA sc_a;
! 2BP01
DROP SCHEMA sc_nosuch;
! 3F000
DROP SCHEMA IF EXISTS sc_nosuch;
CREATE SCHEMA sc_empty;
DROP SCHEMA sc_empty;
BEGIN;
CREATE SCHEMA sc_tx;
CREATE TABLE sc_tx.t1 (id int);
ROLLBACK;
SELECT count(*) FROM pg_namespace WHERE nspname = 'sc_tx';
: count
> 0
CREATE TABLE sc_tx.t1 (id int);
! 3F000
BEGIN;
DROP SCHEMA sc_a CASCADE;
SELECT count(*) FROM sc_a.sc_items;
! 42P01
ROLLBACK;
SELECT count(*) FROM sc_a.sc_items;
: count
> 2
DROP SCHEMA sc_a, sc_b CASCADE;
SELECT nspname FROM pg_namespace WHERE nspname LIKE 'sc\_%';
: nspname
SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname LIKE 'sc\_%';
: relname
INSERT INTO sc_pub VALUES (12, 99);
SELECT * FROM sc_pub ORDER BY id;
: id|item
> 10|1
> 12|99
SELECT count(*) FROM sc_a.sc_items;
! 42P01
-- AUTHORIZATION names the owner, which must be a role.
CREATE SCHEMA sc_auth AUTHORIZATION postgres;
SELECT nspname, pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'sc_auth';
: nspname|pg_get_userbyid
> sc_auth|postgres
CREATE SCHEMA sc_x AUTHORIZATION sc_nosuch_role;
! 42704
DROP SCHEMA sc_auth;
DROP TABLE sc_pub;
