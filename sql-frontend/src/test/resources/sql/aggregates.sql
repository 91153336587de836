-- GROUP BY by expression and ordinal, HAVING, the aggregates, FILTER.
CREATE TABLE g_t (k text, n int, f float8, b boolean);
INSERT INTO g_t VALUES ('a', 1, 1.5, true), ('a', 2, 2.5, false), ('b', 3, NULL, true), ('b', NULL, 4.0, true), ('c', 5, 5.0, NULL);
SELECT k, count(*), count(n), sum(n), avg(n), min(n), max(n) FROM g_t GROUP BY k ORDER BY k;
: k|count|count|sum|avg|min|max
> a|2|2|3|1.5000000000000000|1|2
> b|2|1|3|3.0000000000000000|3|3
> c|1|1|5|5.0000000000000000|5|5
SELECT k, sum(f), avg(f) FROM g_t GROUP BY 1 ORDER BY 1;
: k|sum|avg
> a|4|2
> b|4|4
> c|5|5
SELECT upper(k) AS u, count(*) FROM g_t GROUP BY upper(k) ORDER BY u;
: u|count
> A|2
> B|2
> C|1
SELECT n % 2 AS parity, count(*) FROM g_t GROUP BY n % 2 ORDER BY parity NULLS FIRST;
: parity|count
> NULL|1
> 0|1
> 1|3
SELECT k, count(*) FROM g_t GROUP BY k HAVING count(*) > 1 ORDER BY k;
: k|count
> a|2
> b|2
SELECT k FROM g_t GROUP BY k HAVING max(n) >= 5;
: k
> c
SELECT bool_and(b), bool_or(b), every(b) FROM g_t;
: bool_and|bool_or|every
> f|t|f
SELECT k, bool_and(b), bool_or(b) FROM g_t GROUP BY k ORDER BY k;
: k|bool_and|bool_or
> a|f|t
> b|t|t
> c|NULL|NULL
SELECT count(*) FILTER (WHERE n > 1), sum(n) FILTER (WHERE k = 'a') FROM g_t;
: count|sum
> 3|3
SELECT count(DISTINCT k), sum(DISTINCT n) FROM g_t;
: count|sum
> 3|11
SELECT sum(n), count(*) FROM g_t WHERE false;
: sum|count
> NULL|0
SELECT k, n FROM g_t GROUP BY k;
! 42803
SELECT k, string_agg(n::text, '+' ORDER BY n) FROM g_t GROUP BY k ORDER BY k;
: k|string_agg
> a|1+2
> b|3
> c|5
SELECT max(k), min(f) FROM g_t;
: max|min
> c|1.5
SELECT sum(n) * 2 + 1, avg(n)::numeric(10,2) FROM g_t;
: ?column?|avg
> 23|2.75
SELECT k, count(*) AS c FROM g_t GROUP BY k ORDER BY c DESC, k LIMIT 2;
: k|c
> a|2
> b|2
SELECT k, count(*) FROM g_t GROUP BY k ORDER BY count(*) DESC, k OFFSET 1 FETCH FIRST 1 ROWS ONLY;
: k|count
> b|2
SELECT avg(x), sum(x) FROM (VALUES (1::int8), (2::int8)) v(x);
: avg|sum
> 1.5000000000000000|3
SELECT sum(x) FROM (VALUES (2147483647), (1)) v(x);
: sum
> 2147483648
DROP TABLE g_t;
