-- CREATE TABLE ... AS query [WITH [NO] DATA]: column names and types (with their modifiers) from the query.
CREATE TABLE cta_src (id int PRIMARY KEY, name varchar(10) NOT NULL, price numeric(8,2), at date, tags text[]);
INSERT INTO cta_src VALUES (1, 'apple', 1.50, DATE '2026-01-02', ARRAY['a','b']), (2, 'pear', 2.25, NULL, NULL), (3, 'plum', NULL, DATE '2026-03-04', ARRAY['c']);
CREATE TABLE cta_copy AS SELECT * FROM cta_src;
SELECT * FROM cta_copy ORDER BY id;
: id|name|price|at|tags
> 1|apple|1.50|2026-01-02|{a,b}
> 2|pear|2.25|NULL|NULL
> 3|plum|NULL|2026-03-04|{c}
SELECT column_name, data_type, character_maximum_length, numeric_precision, numeric_scale, is_nullable FROM information_schema.columns WHERE table_name = 'cta_copy' ORDER BY ordinal_position;
: column_name|data_type|character_maximum_length|numeric_precision|numeric_scale|is_nullable
> id|integer|NULL|32|0|YES
> name|character varying|10|NULL|NULL|YES
> price|numeric|NULL|8|2|YES
> at|date|NULL|NULL|NULL|YES
> tags|ARRAY|NULL|NULL|NULL|YES
SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'cta_copy'::regclass AND attnum > 0 ORDER BY attnum;
: format_type
> integer
> character varying(10)
> numeric(8,2)
> date
> text[]
CREATE TABLE cta_expr AS SELECT id * 2, upper(name) AS loud, 'lit' AS lit, 1.5 AS num, NULL AS nothing, now() IS NOT NULL AS ok FROM cta_src WHERE id < 3;
SELECT * FROM cta_expr ORDER BY 1;
: ?column?|loud|lit|num|nothing|ok
> 2|APPLE|lit|1.5|NULL|t
> 4|PEAR|lit|1.5|NULL|t
SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'cta_expr'::regclass AND attnum > 0 ORDER BY attnum;
: attname|format_type
> ?column?|integer
> loud|text
> lit|text
> num|numeric
> nothing|text
> ok|boolean
CREATE TABLE cta_named (a, b) AS SELECT id, name FROM cta_src;
SELECT a, b FROM cta_named ORDER BY a;
: a|b
> 1|apple
> 2|pear
> 3|plum
CREATE TABLE cta_partial (x) AS SELECT id, name FROM cta_src;
SELECT * FROM cta_partial ORDER BY x;
: x|name
> 1|apple
> 2|pear
> 3|plum
CREATE TABLE cta_toomany (a, b, c) AS SELECT id, name FROM cta_src;
! 42601
CREATE TABLE cta_dup AS SELECT id, id FROM cta_src;
! 42701
CREATE TABLE cta_copy AS SELECT 1;
! 42P07
CREATE TABLE IF NOT EXISTS cta_copy AS SELECT 1;
SELECT count(*) FROM cta_copy;
: count
> 3
CREATE TABLE cta_empty AS SELECT * FROM cta_src WITH NO DATA;
SELECT count(*) FROM cta_empty;
: count
> 0
INSERT INTO cta_empty SELECT * FROM cta_src WHERE id = 2;
SELECT id, name FROM cta_empty;
: id|name
> 2|pear
CREATE TABLE cta_agg AS SELECT count(*) AS n, sum(price) AS total, max(at) AS last FROM cta_src WITH DATA;
SELECT * FROM cta_agg;
: n|total|last
> 3|3.75|2026-03-04
CREATE TABLE cta_join AS WITH w AS (SELECT id FROM cta_src WHERE id > 1) SELECT s.id, s.name FROM cta_src s JOIN w ON w.id = s.id;
SELECT * FROM cta_join ORDER BY id;
: id|name
> 2|pear
> 3|plum
CREATE TABLE cta_values AS VALUES (1, 'x'), (2, 'y');
SELECT * FROM cta_values ORDER BY column1;
: column1|column2
> 1|x
> 2|y
CREATE TABLE cta_opts WITH (fillfactor = 70) AS SELECT 1 AS one;
SELECT one FROM cta_opts;
: one
> 1
BEGIN;
CREATE TABLE cta_tx AS SELECT generate_series(1, 5) AS g;
SELECT sum(g) FROM cta_tx;
: sum
> 15
ROLLBACK;
SELECT * FROM cta_tx;
! 42P01
CREATE TABLE cta_bad AS SELECT 1 / 0 AS boom;
! 22012
SELECT * FROM cta_bad;
! 42P01
CREATE TABLE cta_nocol AS SELECT FROM cta_src;
SELECT count(*) FROM cta_nocol;
: count
> 3
DROP TABLE cta_copy, cta_expr, cta_named, cta_partial, cta_empty, cta_agg, cta_join, cta_values, cta_opts, cta_nocol, cta_src;
