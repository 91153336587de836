-- Views: CREATE [OR REPLACE] VIEW, DROP VIEW [IF EXISTS] [CASCADE], dependencies, catalogs.
CREATE TABLE vw_items (id int PRIMARY KEY, name text NOT NULL, price numeric(8,2), qty int);
INSERT INTO vw_items VALUES (1, 'apple', 1.50, 10), (2, 'pear', 2.25, 0), (3, 'plum', 0.75, 5), (4, 'fig', NULL, 7);
CREATE VIEW vw_stock AS SELECT id, name, qty FROM vw_items WHERE qty > 0;
SELECT * FROM vw_stock ORDER BY id;
: id|name|qty
> 1|apple|10
> 3|plum|5
> 4|fig|7
SELECT name FROM vw_stock WHERE id = 3;
: name
> plum
SELECT s.name, s.qty * 2 AS dbl FROM vw_stock AS s WHERE s.qty < 8 ORDER BY s.name;
: name|dbl
> fig|14
> plum|10
SELECT count(*), sum(qty) FROM vw_stock;
: count|sum
> 3|22
SELECT x.a, x.b FROM vw_stock AS x(a, b) WHERE x.a > 1 ORDER BY x.a;
: a|b
> 3|plum
> 4|fig
CREATE VIEW vw_stock AS SELECT 1;
! 42P07
CREATE VIEW vw_items AS SELECT 1;
! 42P07
CREATE VIEW vw_named (item_id, item_name) AS SELECT id, name FROM vw_items;
SELECT item_id, item_name FROM vw_named ORDER BY item_id DESC LIMIT 2;
: item_id|item_name
> 4|fig
> 3|plum
CREATE VIEW vw_bad (a, b, c) AS SELECT id, name FROM vw_items;
! 42601
CREATE VIEW vw_dup AS SELECT id, id FROM vw_items;
! 42701
CREATE VIEW vw_missing AS SELECT * FROM vw_nosuch;
! 42P01
CREATE VIEW vw_badcol AS SELECT nosuch FROM vw_items;
! 42703
-- Views on views, joins, aggregates, ORDER BY and LIMIT inside a view.
CREATE VIEW vw_totals AS SELECT name, price * qty AS total FROM vw_items WHERE price IS NOT NULL;
CREATE VIEW vw_big AS SELECT t.name, t.total, s.qty FROM vw_totals t JOIN vw_stock s ON s.name = t.name WHERE t.total > 3;
SELECT * FROM vw_big ORDER BY name;
: name|total|qty
> apple|15.00|10
> plum|3.75|5
CREATE VIEW vw_agg AS SELECT qty > 0 AS in_stock, count(*) AS n, max(price) AS top FROM vw_items GROUP BY qty > 0;
SELECT * FROM vw_agg ORDER BY in_stock;
: in_stock|n|top
> f|1|2.25
> t|3|1.50
CREATE VIEW vw_top AS SELECT name FROM vw_items ORDER BY price DESC NULLS LAST LIMIT 2;
SELECT * FROM vw_top;
: name
> apple
> pear
SELECT v.name, i.qty FROM vw_top v LEFT JOIN vw_items i ON i.name = v.name ORDER BY v.name;
: name|qty
> apple|10
> pear|0
-- A WHERE on a view filters its output rows, whatever the view computes.
CREATE VIEW vw_win AS SELECT id, count(*) OVER () AS total, row_number() OVER (ORDER BY id) AS rn FROM vw_items;
SELECT * FROM vw_win WHERE id = 3;
: id|total|rn
> 3|4|3
SELECT * FROM vw_agg WHERE n > 1;
: in_stock|n|top
> t|3|1.50
SELECT * FROM vw_top WHERE name <> 'pear';
: name
> apple
SELECT s.id FROM vw_stock s, vw_named n WHERE s.id = n.item_id AND n.item_name LIKE 'p%' AND s.qty > 1 ORDER BY 1;
: id
> 3
-- An unknown-typed literal becomes a text column.
CREATE VIEW vw_lit AS SELECT 'x' AS s, 1 AS i, 2.5 AS n;
SELECT s, i, n, pg_typeof(s), pg_typeof(i), pg_typeof(n) FROM vw_lit;
: s|i|n|pg_typeof|pg_typeof|pg_typeof
> x|1|2.5|text|integer|numeric
-- A view's WITH is its own; the WITH of a query using the view does not reach into it.
CREATE VIEW vw_cte AS WITH cheap AS (SELECT id FROM vw_items WHERE price < 1) SELECT id FROM cheap;
WITH vw_items AS (SELECT 99 AS id) SELECT * FROM vw_cte;
: id
> 3
WITH vw_cte AS (SELECT 42 AS id) SELECT * FROM vw_cte;
: id
> 42
-- Views in subquery expressions, correlated or not.
SELECT id FROM vw_items WHERE id IN (SELECT id FROM vw_stock) AND EXISTS (SELECT 1 FROM vw_named n WHERE n.item_id = vw_items.id) ORDER BY id;
: id
> 1
> 3
> 4
SELECT name, (SELECT count(*) FROM vw_stock s WHERE s.qty <= i.qty) AS below FROM vw_items i ORDER BY name;
: name|below
> apple|3
> fig|2
> pear|0
> plum|1
-- A view reads the current rows of its tables.
UPDATE vw_items SET qty = 3 WHERE id = 2;
SELECT id FROM vw_stock ORDER BY id;
: id
> 1
> 2
> 3
> 4
-- CREATE OR REPLACE VIEW may add columns at the end, nothing else.
CREATE OR REPLACE VIEW vw_stock AS SELECT id, name, qty, price FROM vw_items WHERE qty >= 5;
SELECT * FROM vw_stock ORDER BY id;
: id|name|qty|price
> 1|apple|10|1.50
> 3|plum|5|0.75
> 4|fig|7|NULL
CREATE OR REPLACE VIEW vw_stock AS SELECT id, name FROM vw_items;
! 42P16
CREATE OR REPLACE VIEW vw_stock AS SELECT id, name AS label, qty, price FROM vw_items;
! 42P16
CREATE OR REPLACE VIEW vw_stock AS SELECT id, name, qty::bigint, price FROM vw_items;
! 42P16
CREATE OR REPLACE VIEW vw_items AS SELECT 1 AS id;
! 42809
CREATE OR REPLACE VIEW vw_new AS SELECT 1 AS one;
SELECT * FROM vw_new;
: one
> 1
-- Writes through a simple view go to its table; UPDATE and DELETE see only the view's rows.
CREATE TABLE vw_w (id int PRIMARY KEY, name text, qty int DEFAULT 1, note text);
CREATE VIEW vw_wv AS SELECT id, name AS label, qty FROM vw_w WHERE qty > 0;
INSERT INTO vw_wv VALUES (1, 'a', 5), (2, 'b', 0);
INSERT INTO vw_wv (id, label) VALUES (3, 'c');
INSERT INTO vw_wv (label) VALUES ('x');
! 23502
INSERT INTO vw_wv (id, nosuch) VALUES (9, 1);
! 42703
SELECT * FROM vw_w ORDER BY id;
: id|name|qty|note
> 1|a|5|NULL
> 2|b|0|NULL
> 3|c|1|NULL
SELECT * FROM vw_wv ORDER BY id;
: id|label|qty
> 1|a|5
> 3|c|1
UPDATE vw_wv SET qty = qty + 10 WHERE label <> 'c';
UPDATE vw_wv v SET label = upper(v.label) WHERE v.id = 3;
SELECT * FROM vw_w ORDER BY id;
: id|name|qty|note
> 1|a|15|NULL
> 2|b|0|NULL
> 3|C|1|NULL
DELETE FROM vw_wv WHERE qty > 10;
DELETE FROM vw_wv WHERE id = 2;
SELECT * FROM vw_w ORDER BY id;
: id|name|qty|note
> 2|b|0|NULL
> 3|C|1|NULL
CREATE VIEW vw_wcalc AS SELECT id, qty * 2 AS dbl FROM vw_w;
UPDATE vw_wcalc SET dbl = 4;
! 0A000
INSERT INTO vw_wcalc (id, dbl) VALUES (7, 2);
! 0A000
DELETE FROM vw_wcalc WHERE dbl = 2;
SELECT * FROM vw_w ORDER BY id;
: id|name|qty|note
> 2|b|0|NULL
INSERT INTO vw_agg VALUES (true, 1, 1);
! 55000
UPDATE vw_top SET name = 'z';
! 55000
DELETE FROM vw_cte;
! 55000
INSERT INTO vw_lit VALUES ('y', 2, 3);
! 55000
DROP TABLE vw_w CASCADE;
-- A view where a table is expected, and the reverse.
DROP TABLE vw_stock;
! 42809
DROP VIEW vw_items;
! 42809
DROP VIEW vw_nosuch;
! 42P01
DROP VIEW IF EXISTS vw_nosuch;
DROP VIEW IF EXISTS vw_nosuch, vw_new;
SELECT * FROM vw_new;
! 42P01
CREATE INDEX vw_idx ON vw_stock (id);
! 42809
TRUNCATE vw_stock;
! 42809
CREATE TABLE vw_stock (id int);
! 42P07
-- Dependencies: a table or view that a view reads needs CASCADE to be dropped.
DROP TABLE vw_items;
! 2BP01
DROP VIEW vw_totals;
! 2BP01
DROP VIEW vw_big, vw_totals;
SELECT * FROM vw_big;
! 42P01
-- DDL on views is transactional.
BEGIN;
CREATE VIEW vw_tx AS SELECT id FROM vw_items;
SELECT count(*) FROM vw_tx;
: count
> 4
ROLLBACK;
SELECT * FROM vw_tx;
! 42P01
BEGIN;
DROP VIEW vw_named;
SELECT * FROM vw_named;
! 42P01
ROLLBACK;
SELECT count(*) FROM vw_named;
: count
> 4
-- Catalogs.
SELECT relname, relkind, relnatts FROM pg_class WHERE relname LIKE 'vw\_%' ORDER BY relname;
: relname|relkind|relnatts
> vw_agg|v|3
> vw_cte|v|1
> vw_items|r|4
> vw_items_pkey|i|1
> vw_lit|v|3
> vw_named|v|2
> vw_stock|v|4
> vw_top|v|1
> vw_win|v|3
SELECT attname, format_type(atttypid, atttypmod), attnum, attnotnull FROM pg_attribute WHERE attrelid = 'vw_stock'::regclass ORDER BY attnum;
: attname|format_type|attnum|attnotnull
> id|integer|1|f
> name|text|2|f
> qty|integer|3|f
> price|numeric(8,2)|4|f
SELECT schemaname, viewname FROM pg_views WHERE viewname LIKE 'vw\_%' ORDER BY viewname;
: schemaname|viewname
> public|vw_agg
> public|vw_cte
> public|vw_lit
> public|vw_named
> public|vw_stock
> public|vw_top
> public|vw_win
SELECT table_schema, table_name, table_type FROM information_schema.tables WHERE table_name LIKE 'vw\_%' ORDER BY table_name;
: table_schema|table_name|table_type
> public|vw_agg|VIEW
> public|vw_cte|VIEW
> public|vw_items|BASE TABLE
> public|vw_lit|VIEW
> public|vw_named|VIEW
> public|vw_stock|VIEW
> public|vw_top|VIEW
> public|vw_win|VIEW
SELECT table_schema, table_name, check_option FROM information_schema.views WHERE table_name LIKE 'vw\_%' ORDER BY table_name;
: table_schema|table_name|check_option
> public|vw_agg|NONE
> public|vw_cte|NONE
> public|vw_lit|NONE
> public|vw_named|NONE
> public|vw_stock|NONE
> public|vw_top|NONE
> public|vw_win|NONE
SELECT column_name, data_type, ordinal_position, is_nullable FROM information_schema.columns WHERE table_name = 'vw_named' ORDER BY ordinal_position;
: column_name|data_type|ordinal_position|is_nullable
> item_id|integer|1|YES
> item_name|text|2|YES
SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'v' AND n.nspname = 'public' AND c.relname LIKE 'vw\_%' ORDER BY 1;
: relname
> vw_agg
> vw_cte
> vw_lit
> vw_named
> vw_stock
> vw_top
> vw_win
-- CASCADE drops every view reading the table, directly or through other views.
CREATE VIEW vw_on_named AS SELECT item_name FROM vw_named;
DROP VIEW vw_named;
! 2BP01
DROP TABLE vw_items CASCADE;
SELECT relname FROM pg_class WHERE relname LIKE 'vw\_%' ORDER BY relname;
: relname
> vw_lit
DROP VIEW vw_lit;
