-- Temporary tables: CREATE TEMP TABLE, ON COMMIT, shadowing, indexes, pg_temp.
CREATE TABLE tt_shadow (id int PRIMARY KEY, v text);
INSERT INTO tt_shadow VALUES (1, 'permanent');
CREATE TEMP TABLE tt_shadow (id int PRIMARY KEY, v text);
INSERT INTO tt_shadow VALUES (2, 'temporary');
SELECT * FROM tt_shadow;
: id|v
> 2|temporary
SELECT * FROM public.tt_shadow;
: id|v
> 1|permanent
SELECT * FROM pg_temp.tt_shadow;
: id|v
> 2|temporary
SELECT c.relname, c.relpersistence, n.nspname LIKE 'pg_temp_%' AS in_temp FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relname LIKE 'tt_shadow%' ORDER BY 1, 3;
: relname|relpersistence|in_temp
> tt_shadow|p|f
> tt_shadow|t|t
> tt_shadow_pkey|p|f
> tt_shadow_pkey|t|t
SELECT pg_table_is_visible('public.tt_shadow'::regclass), pg_table_is_visible('pg_temp.tt_shadow'::regclass);
: pg_table_is_visible|pg_table_is_visible
> f|t
DROP TABLE tt_shadow;
SELECT * FROM tt_shadow;
: id|v
> 1|permanent
DROP TABLE tt_shadow;
CREATE TEMPORARY TABLE tt_items (id serial PRIMARY KEY, name text NOT NULL, qty int DEFAULT 1);
CREATE INDEX tt_items_name ON tt_items (name);
INSERT INTO tt_items (name) VALUES ('a'), ('b'), ('c');
UPDATE tt_items SET qty = qty + 1 WHERE name = 'b';
SELECT * FROM tt_items WHERE name = 'b';
: id|name|qty
> 2|b|2
SELECT c.relname, c.relkind, c.relpersistence FROM pg_class c WHERE c.relname LIKE 'tt_items%' ORDER BY 1;
: relname|relkind|relpersistence
> tt_items|r|t
> tt_items_id_seq|S|t
> tt_items_name|i|t
> tt_items_pkey|i|t
CREATE TEMP TABLE tt_items (x int);
! 42P07
CREATE TEMP TABLE IF NOT EXISTS tt_items (x int);
CREATE TEMP TABLE public.tt_bad (x int);
! 42P16
CREATE TABLE pg_temp.tt_qualified (x int);
SELECT relpersistence FROM pg_class WHERE relname = 'tt_qualified';
: relpersistence
> t
CREATE TABLE tt_plain (x int) ON COMMIT DROP;
! 42P16
CREATE TEMP TABLE tt_as AS SELECT g AS n, g * 2 AS dbl FROM generate_series(1, 3) g;
SELECT * FROM tt_as ORDER BY n;
: n|dbl
> 1|2
> 2|4
> 3|6
CREATE GLOBAL TEMPORARY TABLE tt_global (x int);
DROP TABLE tt_global;
-- ON COMMIT DELETE ROWS empties the table at each commit.
CREATE TEMP TABLE tt_del (x int) ON COMMIT DELETE ROWS;
BEGIN;
INSERT INTO tt_del VALUES (1), (2);
SELECT count(*) FROM tt_del;
: count
> 2
COMMIT;
SELECT count(*) FROM tt_del;
: count
> 0
INSERT INTO tt_del VALUES (3);
SELECT count(*) FROM tt_del;
: count
> 0
-- ON COMMIT DROP drops the table when its transaction commits.
BEGIN;
CREATE TEMP TABLE tt_drop (x int) ON COMMIT DROP;
INSERT INTO tt_drop VALUES (1);
SELECT * FROM tt_drop;
: x
> 1
COMMIT;
SELECT * FROM tt_drop;
! 42P01
CREATE TEMP TABLE tt_drop2 ON COMMIT DROP AS SELECT 1 AS x;
SELECT * FROM tt_drop2;
! 42P01
-- ON COMMIT PRESERVE ROWS is the default; a rolled-back creation leaves nothing.
CREATE TEMP TABLE tt_keep (x int) ON COMMIT PRESERVE ROWS;
INSERT INTO tt_keep VALUES (7);
SELECT * FROM tt_keep;
: x
> 7
BEGIN;
CREATE TEMP TABLE tt_gone (x int) ON COMMIT DELETE ROWS;
ROLLBACK;
SELECT * FROM tt_gone;
! 42P01
-- A permanent table created unqualified never goes to the temporary schema.
CREATE TABLE tt_perm (x int);
SELECT relpersistence FROM pg_class WHERE relname = 'tt_perm';
: relpersistence
> p
DROP TABLE tt_perm;
DROP TABLE tt_items, tt_as, tt_del, tt_keep, tt_qualified;
-- pg_my_temp_schema(): the session's temporary schema (kept after its tables are dropped).
SELECT pg_my_temp_schema()::regnamespace::text LIKE 'pg_temp_%', pg_my_temp_schema() = (SELECT oid FROM pg_namespace WHERE nspname = pg_my_temp_schema()::regnamespace::text);
: ?column?|?column?
> t|t
-- DISCARD TEMP drops the session's temporary relations; in a transaction block a ROLLBACK brings them back.
CREATE TEMP TABLE tt_disc (x int PRIMARY KEY);
INSERT INTO tt_disc VALUES (1);
BEGIN;
DISCARD TEMP;
SELECT * FROM tt_disc;
! 42P01
ROLLBACK;
SELECT * FROM tt_disc;
: x
> 1
DISCARD TEMPORARY;
SELECT * FROM tt_disc;
! 42P01
SELECT count(*) FROM pg_class WHERE relpersistence = 't';
: count
> 0
-- DISCARD SEQUENCES forgets currval/lastval; DISCARD ALL does what TEMP, SEQUENCES and RESET ALL do, outside a transaction block only.
CREATE SEQUENCE tt_seq;
SELECT nextval('tt_seq');
: nextval
> 1
DISCARD SEQUENCES;
SELECT currval('tt_seq');
! 55000
SELECT lastval();
! 55000
CREATE TEMP TABLE tt_disc (x int);
SELECT nextval('tt_seq');
: nextval
> 2
SET application_name = 'tt';
BEGIN;
DISCARD ALL;
! 25001
ROLLBACK;
DISCARD ALL;
SELECT * FROM tt_disc;
! 42P01
SELECT currval('tt_seq');
! 55000
SHOW application_name;
: application_name
> 
DISCARD PLANS;
DROP SEQUENCE tt_seq;
-- CREATE TEMP SEQUENCE and CREATE TEMP VIEW live in the temporary schema; a view reading a temporary relation becomes temporary (42P16 when qualified with a permanent schema).
CREATE TEMP SEQUENCE tt_tseq START 5;
SELECT nextval('tt_tseq'), nextval('pg_temp.tt_tseq');
: nextval|nextval
> 5|6
CREATE TEMPORARY VIEW tt_tview AS SELECT 1 AS x;
SELECT * FROM tt_tview;
: x
> 1
CREATE TEMP TABLE tt_base (a int);
INSERT INTO tt_base VALUES (3);
CREATE VIEW tt_auto AS SELECT a FROM tt_base;
CREATE VIEW tt_auto2 AS SELECT x FROM tt_tview;
CREATE VIEW public.tt_bad AS SELECT a FROM tt_base;
! 42P16
CREATE TEMP VIEW public.tt_bad AS SELECT 1 AS x;
! 42P16
CREATE TEMP SEQUENCE public.tt_bad;
! 42P16
CREATE OR REPLACE VIEW tt_auto AS SELECT a, a + 1 AS b FROM tt_base;
SELECT * FROM tt_auto;
: a|b
> 3|4
SELECT c.relname, c.relkind, c.relpersistence, n.nspname LIKE 'pg_temp%' AS in_temp FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relname LIKE 'tt_t%' OR c.relname LIKE 'tt_auto%' OR c.relname = 'tt_bad' ORDER BY 1;
: relname|relkind|relpersistence|in_temp
> tt_auto|v|t|t
> tt_auto2|v|t|t
> tt_tseq|S|t|t
> tt_tview|v|t|t
SELECT table_schema LIKE 'pg_temp%', table_name FROM information_schema.views WHERE table_name LIKE 'tt_%' ORDER BY 2;
: ?column?|table_name
> t|tt_auto
> t|tt_auto2
> t|tt_tview
DISCARD TEMP;
SELECT count(*) FROM pg_class WHERE relname LIKE 'tt_t%' OR relname LIKE 'tt_auto%' OR relname = 'tt_base';
: count
> 0
