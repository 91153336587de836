-- Type resolution of CASE/COALESCE/GREATEST/LEAST/UNION/VALUES/ARRAY (select_common_type),
-- numeric sqrt/exp/ln/log/power with PostgreSQL's result scales, float output and float errors.
SELECT pg_typeof(greatest(1.5::numeric, 2::real)), greatest(1.5::numeric, 2::real), least(1.5::numeric, 2::real);
: pg_typeof|greatest|least
> real|2|1.5
SELECT pg_typeof(least(1::int, 2.5)), pg_typeof(coalesce(1::int2, 2::int8)), pg_typeof(greatest(1::oid, 2)), pg_typeof(greatest(1::int8, 2::oid));
: pg_typeof|pg_typeof|pg_typeof|pg_typeof
> numeric|bigint|oid|oid
SELECT pg_typeof(coalesce('a'::char(3), 'b'::text)), pg_typeof(coalesce('a'::varchar, 'b'::char(2))), pg_typeof(coalesce('a'::varchar, 'b'::text)), pg_typeof(coalesce('a'::text, 'b'::varchar));
: pg_typeof|pg_typeof|pg_typeof|pg_typeof
> character|character varying|character varying|text
SELECT pg_typeof(coalesce(NULL, 'x'::char(2), 'y'::varchar)), '[' || coalesce('a'::char(3), 'b'::text) || ']';
: pg_typeof|?column?
> character|[a]
SELECT pg_typeof(CASE WHEN true THEN 1 ELSE 2.5::real END), pg_typeof(CASE WHEN false THEN 1::int2 ELSE 2::int8 END);
: pg_typeof|pg_typeof
> real|bigint
SELECT pg_typeof(x) FROM (SELECT 1.5::numeric AS x UNION SELECT 2::real) s LIMIT 1;
: pg_typeof
> real
SELECT pg_typeof(x) FROM (SELECT 'a'::char(2) AS x UNION SELECT 'b'::varchar) s LIMIT 1;
: pg_typeof
> character
SELECT pg_typeof(x), x FROM (VALUES ('a'::varchar(1)), ('bb'::text)) s(x) ORDER BY x;
: pg_typeof|x
> character varying|a
> character varying|bb
SELECT pg_typeof(x) FROM (VALUES (1::int), (2.5::real)) s(x) LIMIT 1;
: pg_typeof
> real
SELECT pg_typeof(array['a'::char(2), 'b'::text]), pg_typeof(array[1, 2.5::real]);
: pg_typeof|pg_typeof
> character[]|real[]
SELECT pg_typeof(1::real + 2.5), pg_typeof(1.5::numeric < 2::real), 1.5::numeric < 2::real;
: pg_typeof|pg_typeof|?column?
> double precision|boolean|t
SELECT sqrt(2::numeric), exp(1::numeric), ln(10::numeric), log(1000::numeric), log(2::numeric, 8::numeric);
: sqrt|exp|ln|log|log
> 1.414213562373095|2.7182818284590452|2.3025850929940457|3.0000000000000000|3.0000000000000000
SELECT sqrt(2.0), exp(1.0), ln(2.0), log(2.0), log10(2.0), pg_typeof(sqrt(2::numeric)), pg_typeof(sqrt(2)), pg_typeof(ln(2));
: sqrt|exp|ln|log|log10|pg_typeof|pg_typeof|pg_typeof
> 1.414213562373095|2.7182818284590452|0.6931471805599453|0.3010299956639812|0.3010299956639812|numeric|double precision|double precision
SELECT sqrt(1234567.891::numeric), exp(10.5::numeric), ln(0.0001::numeric), log(0.5), ln(1.0000001), log(1.1);
: sqrt|exp|ln|log|ln|log
> 1111.1111065055555|36315.502674246638|-9.2103403719761827|-0.3010299956639812|0.00000009999999500000033|0.04139268515822504
SELECT sqrt(0::numeric), sqrt(0.000::numeric), sqrt(1e-30), exp(0::numeric), ln(1::numeric), log(1.000);
: sqrt|sqrt|sqrt|exp|ln|log
> 0.000000000000000|0.000000000000000|0.0000000000000010000000000000000|1.0000000000000000|0.0000000000000000|0.0000000000000000
SELECT exp(-100::numeric), exp(100::numeric), exp(-6000::numeric), exp(5999.9::numeric) > 0;
: exp|exp|exp|?column?
> 0.00000000000000000000000000000000000000000003720075976020836|26881171418161354484126255515800135873611119|0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000|t
SELECT sqrt('NaN'::numeric), sqrt('Infinity'::numeric), exp('-Infinity'::numeric), ln('Infinity'::numeric), log('NaN'::numeric);
: sqrt|sqrt|exp|ln|log
> NaN|Infinity|0|Infinity|NaN
SELECT exp(6000::numeric);
! 22003
SELECT sqrt(-1::numeric);
! 2201F
SELECT sqrt('-Infinity'::numeric);
! 2201F
SELECT ln(0::numeric);
! 2201E
SELECT ln(-1.5);
! 2201E
SELECT log(0::numeric);
! 2201E
SELECT ln('-Infinity'::numeric);
! 2201E
SELECT log(1, 10::numeric);
! 22012
SELECT power(2::numeric, 0.5), pg_typeof(power(2::numeric, 0.5)), power(2.0, 100), power(1.5, 3), power(100::numeric, 0.5), power(4::numeric, 0.5);
: power|pg_typeof|power|power|power|power
> 1.4142135623730950|numeric|1267650600228229401496703205376.0000000000000000|3.3750000000000000|10.000000000000000|2.0000000000000000
SELECT power(0::numeric, 0.5), power(0.00000000000000000000, 1.5), power(0.00000000000000000000, 2), power(2::numeric, 3.00000000000000000000);
: power|power|power|power
> 0.0000000000000000|0.0000000000000000|0.00000000000000000000|8.0000000000000000
SELECT power(1.5, -3), power(10::numeric, -20), power(0.5::numeric, 2000000), power(-1.5, -1001), power(0.99::numeric, 5000);
: power|power|power|power|power
> 0.2962962962962963|0.0000000000000000|0.0000000000000000|0.0000000000000000|0.0000000000000000
SELECT power(1.000001, 3000000), power(0.9999, 10001), power(2.5, 1.5), power(10::numeric, 0.3010299956639812), 7.5 ^ -2.25;
: power|power|power|power|?column?
> 20.0855067949249647|0.3678242603282866|3.9528470752104742|2.0000000000000000|0.01074266807949073
SELECT power(10::numeric, 400000);
! 22003
SELECT power(2::numeric, 1e10);
! 22003
SELECT power(-8::numeric, 0.5);
! 2201F
SELECT -1.5e10::float4, 1e-5::float4, 123456789::float4, 0.1::float4, 1.0e38::float4, 3.4028235e38::float4, '15000000512'::float4;
: ?column?|float4|float4|float4|float4|float4|float4
> -1.5000001e+10|1e-05|1.2345679e+08|0.1|1e+38|3.4028235e+38|1.5000001e+10
SELECT 1e16::float8, 1e15::float8, 0.1::float8 + 0.2::float8, 'NaN'::float8, '-Infinity'::float4, 5e-324::float8, 1e23::float8, '-0'::float8;
: float8|float8|?column?|float8|float4|float8|float8|float8
> 1e+16|1e+15|0.30000000000000004|NaN|-Infinity|5e-324|9.999999999999999e+22|-0
SELECT '1.00000005960464477539062500001'::float4, 1.17549435e-38::float4, 1e-45::float4, 16777217::float4;
: float4|float4|float4|float4
> 1.0000001|1.1754944e-38|1e-45|1.6777216e+07
SET extra_float_digits = 0;
SELECT 0.1::float8 + 0.2::float8, -1.5e10::float4, 1e-5::float4, 123456789::float8 / 7, 2::float4 / 3;
: ?column?|?column?|float4|?column?|?column?
> 0.3|-1.5e+10|1e-05|17636684.1428571|0.666666666666667
SET extra_float_digits = -4;
SELECT 0.1::float8 + 0.2::float8, -1.5e10::float4, 123456789::float8 / 7, 2::float4 / 3;
: ?column?|?column?|?column?|?column?
> 0.3|-1.5e+10|17636684.143|0.66666666667
RESET extra_float_digits;
SELECT 1::float8 ^ 'NaN'::float8, 'NaN'::float8 ^ 0::float8, (-1)::float8 ^ 'Infinity'::float8, 2::float8 ^ '-Infinity'::float8, 0.5::float8 ^ '-Infinity'::float8;
: ?column?|?column?|?column?|?column?|?column?
> 1|1|1|0|Infinity
SELECT '-Infinity'::float8 ^ 3, '-Infinity'::float8 ^ 2, '-Infinity'::float8 ^ -3, 'Infinity'::float8 ^ 0, (-2)::float8 ^ 3::float8;
: ?column?|?column?|?column?|?column?|?column?
> -Infinity|Infinity|-0|1|-8
SELECT 'Infinity'::float8 / 'Infinity'::float8, 0::float8 / 'Infinity'::float8, 1::float8 / 'Infinity'::float8, 'Infinity'::float8 - 'Infinity'::float8, 'Infinity'::float4 * 0::float4;
: ?column?|?column?|?column?|?column?|?column?
> NaN|0|0|NaN|NaN
SELECT 0.5::float8 ^ 10000;
! 22003
SELECT (-8)::float8 ^ 0.5::float8;
! 2201F
SELECT 0::float8 ^ (-1)::float8;
! 2201F
SELECT power(0.5::float8, 10000);
! 22003
SELECT 1e-300::float8 * 1e-300::float8;
! 22003
SELECT 1e-300::float8 / 1e300::float8;
! 22003
SELECT 1e300::float8 * 1e300::float8;
! 22003
SELECT 1e300::float8 / 1e-300::float8;
! 22003
SELECT 1e-30::float4 * 1e-30::float4;
! 22003
SELECT 1e30::float4 * 1e30::float4;
! 22003
SELECT 1::float8 / 0;
! 22012
SELECT 'NaN'::float8 / 0;
: ?column?
> NaN
SELECT exp(1000::float8);
! 22003
SELECT exp(-1000::float8);
! 22003
SELECT exp('-Infinity'::float8), exp('NaN'::float8), ln(1::float8), sqrt(2::float8), degrees(pi()), radians(180);
: exp|exp|ln|sqrt|degrees|radians
> 0|NaN|0|1.4142135623730951|180|3.141592653589793
SELECT sqrt(-1::float8);
! 2201F
SELECT ln(0::float8);
! 2201E
SELECT ln(-1::float8);
! 2201E
