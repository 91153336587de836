-- numeric NaN, Infinity and -Infinity (PostgreSQL 14+): input, output, order, arithmetic, functions, casts, typmods, indexes.
SELECT 'NaN'::numeric, 'nan'::numeric, ' Infinity '::numeric, 'INF'::numeric, '+inf'::numeric, '-Infinity'::numeric, '-inf'::numeric, '+Infinity'::numeric;
: numeric|numeric|numeric|numeric|numeric|numeric|numeric|numeric
> NaN|NaN|Infinity|Infinity|Infinity|-Infinity|-Infinity|Infinity
SELECT 'infinit'::numeric;
! 22P02
SELECT '+nan'::numeric;
! 22P02
SELECT '-nan'::numeric;
! 22P02
SELECT 'NaN'::numeric::text, pg_typeof('inf'::numeric), 'Infinity'::numeric::varchar;
: text|pg_typeof|varchar
> NaN|numeric|Infinity
-- comparison: NaN equals NaN and sorts above Infinity
SELECT 'nan'::numeric = 'NaN'::numeric, 'nan'::numeric > 'inf'::numeric, 'inf'::numeric > 1e100, '-inf'::numeric < -1e100, 'inf'::numeric = 'infinity'::numeric, '-inf'::numeric < 'inf'::numeric;
: ?column?|?column?|?column?|?column?|?column?|?column?
> t|t|t|t|t|t
SELECT x FROM (VALUES ('nan'::numeric), ('inf'), ('-inf'), (0), (-1e10), (1e10), (0.5), ('NaN'), ('-Infinity')) v(x) ORDER BY x;
: x
> -Infinity
> -Infinity
> -10000000000
> 0
> 0.5
> 10000000000
> Infinity
> NaN
> NaN
SELECT x FROM (VALUES ('nan'::numeric), ('inf'), ('-inf'), (0), (-1e10), (1e10)) v(x) ORDER BY x DESC;
: x
> NaN
> Infinity
> 10000000000
> 0
> -10000000000
> -Infinity
SELECT DISTINCT x FROM (VALUES ('nan'::numeric), ('inf'), ('NaN'), ('Infinity'), (1)) v(x);
: x
> 1
> Infinity
> NaN
SELECT x, count(*) FROM (VALUES ('nan'::numeric), ('inf'), ('NaN'), ('Infinity'), (1), ('-inf')) v(x) GROUP BY x;
: x|count
> -Infinity|1
> 1|1
> Infinity|2
> NaN|2
SELECT greatest(1, 'nan'::numeric, 'inf'::numeric), least(1, '-inf'::numeric, 'nan'::numeric);
: greatest|least
> NaN|-Infinity
-- arithmetic
SELECT 'inf'::numeric + 1, 'inf'::numeric - 'inf'::numeric, 'inf'::numeric + '-inf'::numeric, '-inf'::numeric + '-inf'::numeric, 'nan'::numeric + 1, 1 - 'inf'::numeric;
: ?column?|?column?|?column?|?column?|?column?|?column?
> Infinity|NaN|NaN|-Infinity|NaN|-Infinity
SELECT 0 * 'inf'::numeric, 'inf'::numeric * -2, '-inf'::numeric * '-inf'::numeric, 'nan'::numeric * 0, -('-inf'::numeric), -('nan'::numeric);
: ?column?|?column?|?column?|?column?|?column?|?column?
> NaN|-Infinity|Infinity|NaN|Infinity|NaN
SELECT 1.5 / 'inf'::numeric, 'inf'::numeric / -3, 'inf'::numeric / 'inf'::numeric, 'nan'::numeric / 0, 'nan'::numeric % 0, 5.5 % '-inf'::numeric, 'inf'::numeric % 3;
: ?column?|?column?|?column?|?column?|?column?|?column?|?column?
> 0|-Infinity|NaN|NaN|NaN|5.5|NaN
SELECT 'inf'::numeric / 0;
! 22012
SELECT 'inf'::numeric % 0;
! 22012
SELECT 1::numeric / 0;
! 22012
SELECT 'inf'::numeric ^ 2, 'inf'::numeric ^ -2, 'nan'::numeric ^ 0, 2.0 ^ 'inf'::numeric, 0.5 ^ 'inf'::numeric;
: ?column?|?column?|?column?|?column?|?column?
> Infinity|0|1|Infinity|0
SELECT 0 ^ '-inf'::numeric;
! 2201F
SELECT power('inf'::numeric, 0), power('nan'::numeric, 0), power(1.0, 'nan'::numeric), power(0.5, 'inf'::numeric), power(2.0, '-inf'::numeric), power('-inf'::numeric, 3), power('-inf'::numeric, 2), power('-inf'::numeric, -1), power(-1.0, 'inf'::numeric), power(0::numeric, 'inf'::numeric);
: power|power|power|power|power|power|power|power|power|power
> 1|1|1|0|0|-Infinity|Infinity|0|1|0
SELECT power('-inf'::numeric, 2.5);
! 2201F
SELECT power('nan'::numeric, 2), power(2::numeric, 'nan'::numeric);
: power|power
> NaN|NaN
-- functions
SELECT abs('-inf'::numeric), abs('nan'::numeric), sign('-inf'::numeric), sign('inf'::numeric), sign('nan'::numeric);
: abs|abs|sign|sign|sign
> Infinity|NaN|-1|1|NaN
SELECT round('inf'::numeric, 2), round('nan'::numeric), trunc('nan'::numeric), trunc('-inf'::numeric, 1), ceil('-inf'::numeric), floor('inf'::numeric), ceiling('nan'::numeric);
: round|round|trunc|trunc|ceil|floor|ceiling
> Infinity|NaN|NaN|-Infinity|-Infinity|Infinity|NaN
SELECT sqrt('inf'::numeric), sqrt('nan'::numeric), exp('-inf'::numeric), exp('inf'::numeric), ln('inf'::numeric), ln('nan'::numeric);
: sqrt|sqrt|exp|exp|ln|ln
> Infinity|NaN|0|Infinity|Infinity|NaN
SELECT sqrt('-inf'::numeric);
! 2201F
SELECT ln('-inf'::numeric);
! 2201E
SELECT scale('nan'::numeric), scale('inf'::numeric), scale(1.50), scale(-0.001), scale(7);
: scale|scale|scale|scale|scale
> NULL|NULL|2|3|0
SELECT div('inf'::numeric, 2), div(2, 'inf'::numeric), div('nan'::numeric, 0), mod('inf'::numeric, 2), mod(2, '-inf'::numeric), mod('nan'::numeric, 1);
: div|div|div|mod|mod|mod
> Infinity|0|NaN|NaN|2|NaN
SELECT div('-inf'::numeric, 0);
! 22012
SELECT log('inf'::numeric, 10), log(10, 'inf'::numeric), log('nan'::numeric, 2), log('inf'::numeric, 'inf'::numeric);
: log|log|log|log
> 0|Infinity|NaN|NaN
SELECT log('-inf'::numeric, 10);
! 2201E
SELECT log(10, 0::numeric);
! 2201E
-- aggregates
SELECT sum(x), avg(x), min(x), max(x) FROM (VALUES (1::numeric), ('inf'), (2)) v(x);
: sum|avg|min|max
> Infinity|Infinity|1|Infinity
SELECT sum(x), avg(x), min(x), max(x) FROM (VALUES (1::numeric), ('inf'), ('-inf')) v(x);
: sum|avg|min|max
> NaN|NaN|-Infinity|Infinity
SELECT sum(x), avg(x), min(x), max(x) FROM (VALUES (1::numeric), ('nan'), ('-inf')) v(x);
: sum|avg|min|max
> NaN|NaN|-Infinity|NaN
SELECT sum(x), avg(x) FROM (VALUES ('-inf'::numeric), ('-inf')) v(x);
: sum|avg
> -Infinity|-Infinity
SELECT g, sum(x) OVER (PARTITION BY g ORDER BY x) FROM (VALUES (1, 1::numeric), (1, 'inf'), (2, 'nan'), (2, 3)) v(g, x) ORDER BY g, x;
: g|sum
> 1|1
> 1|Infinity
> 2|3
> 2|NaN
-- casts
SELECT 'inf'::numeric::float8, '-inf'::numeric::float4, 'nan'::numeric::float8, 'inf'::float8::numeric, '-inf'::float4::numeric, 'nan'::float8::numeric, 'nan'::float4::numeric;
: float8|float4|float8|numeric|numeric|numeric|numeric
> Infinity|-Infinity|NaN|Infinity|-Infinity|NaN|NaN
SELECT 'NaN'::numeric::int;
! 0A000
SELECT 'inf'::numeric::int;
! 0A000
SELECT '-inf'::numeric::bigint;
! 0A000
SELECT 'nan'::numeric::smallint;
! 0A000
SELECT 'inf'::numeric::int8;
! 0A000
SELECT 'nan'::numeric(5,2), 'nan'::numeric(3), pg_typeof('nan'::numeric(5,2));
: numeric|numeric|pg_typeof
> NaN|NaN|numeric
SELECT 'inf'::numeric(5,2);
! 22003
SELECT '-inf'::numeric(10,0);
! 22003
SELECT to_jsonb('nan'::numeric), to_json('inf'::numeric), to_jsonb('-inf'::numeric), jsonb_build_array('nan'::numeric, 1.5);
: to_jsonb|to_json|to_jsonb|jsonb_build_array
> "NaN"|"Infinity"|"-Infinity"|["NaN", 1.5]
SELECT * FROM generate_series(1::numeric, 'inf'::numeric) LIMIT 1;
! 22023
SELECT * FROM generate_series('nan'::numeric, 3) LIMIT 1;
! 22023
SELECT * FROM generate_series(1, 3, 'inf'::numeric);
! 22023
-- columns and indexes
CREATE TABLE ns (id int PRIMARY KEY, v numeric, p numeric(6,2));
CREATE INDEX ns_v ON ns (v);
INSERT INTO ns VALUES (1, 'inf', 1.5), (2, '-inf', 'NaN'), (3, 'nan', -2), (4, 0, NULL), (5, -12.5, 3), (6, 1e20, 4), (7, 'NaN', 5), (8, NULL, 6);
INSERT INTO ns VALUES (9, 1, 'inf');
! 22003
INSERT INTO ns VALUES (9, 1, '-Infinity');
! 22003
SELECT id, v FROM ns ORDER BY v, id;
: id|v
> 2|-Infinity
> 5|-12.5
> 4|0
> 6|100000000000000000000
> 1|Infinity
> 3|NaN
> 7|NaN
> 8|NULL
SELECT id, v FROM ns ORDER BY v DESC NULLS LAST, id;
: id|v
> 3|NaN
> 7|NaN
> 1|Infinity
> 6|100000000000000000000
> 4|0
> 5|-12.5
> 2|-Infinity
> 8|NULL
SELECT id FROM ns WHERE v = 'NaN' ORDER BY id;
: id
> 3
> 7
SELECT id FROM ns WHERE v > 1e10 ORDER BY id;
: id
> 1
> 3
> 6
> 7
SELECT id FROM ns WHERE v < 0 ORDER BY id;
: id
> 2
> 5
SELECT id FROM ns WHERE v BETWEEN '-inf' AND 'inf' ORDER BY id;
: id
> 1
> 2
> 4
> 5
> 6
SELECT id FROM ns WHERE v >= 'inf' ORDER BY id;
: id
> 1
> 3
> 7
SELECT id, p FROM ns WHERE p = 'nan' OR p IS NULL ORDER BY id;
: id|p
> 2|NaN
> 4|NULL
UPDATE ns SET v = v * -1 WHERE id IN (1, 2, 3) RETURNING id, v;
: id|v
> 1|-Infinity
> 2|Infinity
> 3|NaN
SELECT id, v FROM ns ORDER BY v, id;
: id|v
> 1|-Infinity
> 5|-12.5
> 4|0
> 6|100000000000000000000
> 2|Infinity
> 3|NaN
> 7|NaN
> 8|NULL
ANALYZE ns;
SELECT id FROM ns WHERE v > 100 ORDER BY id;
: id
> 2
> 3
> 6
> 7
CREATE UNIQUE INDEX ns_p ON ns (p);
INSERT INTO ns VALUES (10, 2, 'NaN');
! 23505
SELECT count(*), sum(v), avg(p) FROM ns;
: count|sum|avg
> 8|NaN|NaN
DROP TABLE ns;
