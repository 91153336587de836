-- SELECT ... INTO [UNLOGGED] [TABLE] name: CREATE TABLE name AS the query, as PostgreSQL 15.
CREATE TABLE si_src (a int PRIMARY KEY, b varchar(5), c numeric(6,2));
INSERT INTO si_src VALUES (1, 'x', 1.50), (2, 'y', NULL), (3, 'z', 2);
SELECT a, b INTO si_one FROM si_src WHERE a = 1;
SELECT * FROM si_one;
: a|b
> 1|x
SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'si_one'::regclass AND attnum > 0 ORDER BY attnum;
: attname|format_type
> a|integer
> b|character varying(5)
SELECT a * 10 AS ten, upper(b) INTO TABLE si_two FROM si_src ORDER BY a;
SELECT * FROM si_two ORDER BY ten;
: ten|upper
> 10|X
> 20|Y
> 30|Z
SELECT a INTO UNLOGGED si_three FROM si_src WHERE a > 1;
SELECT count(*) FROM si_three;
: count
> 2
SELECT 1 AS x INTO si_union UNION SELECT 2;
SELECT * FROM si_union ORDER BY x;
: x
> 1
> 2
(SELECT a INTO si_paren FROM si_src WHERE a = 3);
SELECT * FROM si_paren;
: a
> 3
WITH w AS (SELECT a, c FROM si_src WHERE c IS NOT NULL) SELECT * INTO si_with FROM w;
SELECT * FROM si_with ORDER BY a;
: a|c
> 1|1.50
> 3|2.00
SELECT 1 AS k INTO si_empty WHERE false;
SELECT * FROM si_empty;
: k
SELECT a, a INTO si_dup FROM si_src;
! 42701
SELECT a INTO si_one FROM si_src;
! 42P07
SELECT 1 UNION SELECT 2 INTO si_bad;
! 42601
SELECT * FROM (SELECT 1 INTO si_bad) q;
! 42601
WITH w AS (SELECT 1 INTO si_bad) SELECT * FROM w;
! 42601
INSERT INTO si_src SELECT 4 INTO si_bad;
! 42601
CREATE TABLE si_bad AS SELECT 1 INTO si_bad2;
! 42601
SELECT a IN (SELECT 1 INTO si_bad) FROM si_src;
! 42601
SELECT count(*) FROM pg_class WHERE relname LIKE 'si_bad%';
: count
> 0
BEGIN;
SELECT a INTO si_rolled FROM si_src;
ROLLBACK;
SELECT count(*) FROM pg_class WHERE relname = 'si_rolled';
: count
> 0
SELECT a, b INTO TEMP si_temp FROM si_src WHERE a < 3;
SELECT a, b FROM si_temp ORDER BY a;
: a|b
> 1|x
> 2|y
SELECT relpersistence FROM pg_class WHERE relname = 'si_temp';
: relpersistence
> t
SELECT a INTO TEMPORARY TABLE si_temp2 FROM si_src WHERE a = 1;
SELECT count(*) FROM si_temp2;
: count
> 1
DROP TABLE si_temp, si_temp2;
DROP TABLE si_one, si_two, si_three, si_union, si_paren, si_with, si_empty, si_src;
