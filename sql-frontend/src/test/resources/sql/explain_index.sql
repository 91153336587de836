-- EXPLAIN (COSTS OFF) of index and sequential scans and an index nested loop: the node lines and the Index Cond / Filter lines as PostgreSQL deparses them (comparisons with constants, BETWEEN, IN lists, LIKE, IS NULL, OR, NOT, integer, bigint, text, varchar, numeric, date and boolean columns), for plans both systems choose.
CREATE TABLE ex (id int PRIMARY KEY, k int, big bigint, name text, label varchar(20), score numeric, d date, note text);
CREATE INDEX ex_k_name ON ex (k, name);
CREATE INDEX ex_big ON ex (big);
CREATE INDEX ex_label ON ex (label);
CREATE INDEX ex_score ON ex (score);
CREATE INDEX ex_d ON ex (d);
INSERT INTO ex SELECT i, i % 100, i * 1000, 'n' || i, 'l' || i, i / 4.0, DATE '2024-01-01' + i, repeat('x', 20) FROM generate_series(1, 5000) i;
ANALYZE ex;
CREATE TABLE ex_small (id int PRIMARY KEY, ref int);
INSERT INTO ex_small SELECT i, i * 457 FROM generate_series(1, 10) i;
ANALYZE ex_small;
CREATE TABLE ex_v (id int PRIMARY KEY, k int, tag varchar(10), flag boolean);
INSERT INTO ex_v SELECT i, i % 10, 't' || (i % 10), i % 2 = 0 FROM generate_series(1, 500) i;
VACUUM ANALYZE ex_v;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT * FROM ex WHERE id = 5;
: QUERY PLAN
> Index Scan using ex_pkey on ex
>   Index Cond: (id = 5)
EXPLAIN (COSTS OFF) SELECT id FROM ex WHERE id = 5;
: QUERY PLAN
> Index Only Scan using ex_pkey on ex
>   Index Cond: (id = 5)
EXPLAIN (COSTS OFF) SELECT * FROM ex WHERE id BETWEEN 10 AND 20;
: QUERY PLAN
> Index Scan using ex_pkey on ex
>   Index Cond: ((id >= 10) AND (id <= 20))
EXPLAIN (COSTS OFF) SELECT * FROM ex WHERE 30 > id;
: QUERY PLAN
> Index Scan using ex_pkey on ex
>   Index Cond: (id < 30)
EXPLAIN (COSTS OFF) SELECT * FROM ex WHERE k = 3 AND name = 'n103';
: QUERY PLAN
> Index Scan using ex_k_name on ex
>   Index Cond: ((k = 3) AND (name = 'n103'::text))
EXPLAIN (COSTS OFF) SELECT * FROM ex WHERE id < 20 AND note LIKE 'x%';
: QUERY PLAN
> Index Scan using ex_pkey on ex
>   Index Cond: (id < 20)
>   Filter: (note ~~ 'x%'::text)
EXPLAIN (COSTS OFF) SELECT * FROM ex WHERE id < 20 AND note NOT LIKE 'y%';
: QUERY PLAN
> Index Scan using ex_pkey on ex
>   Index Cond: (id < 20)
>   Filter: (note !~~ 'y%'::text)
EXPLAIN (COSTS OFF) SELECT * FROM ex WHERE id < 20 AND k IN (1, 2, 3);
: QUERY PLAN
> Index Scan using ex_pkey on ex
>   Index Cond: (id < 20)
>   Filter: (k = ANY ('{1,2,3}'::integer[]))
EXPLAIN (COSTS OFF) SELECT * FROM ex WHERE id < 20 AND k NOT IN (1, 2, 3);
: QUERY PLAN
> Index Scan using ex_pkey on ex
>   Index Cond: (id < 20)
>   Filter: (k <> ALL ('{1,2,3}'::integer[]))
EXPLAIN (COSTS OFF) SELECT * FROM ex WHERE id < 20 AND name IN ('n1', 'n 2');
: QUERY PLAN
> Index Scan using ex_pkey on ex
>   Index Cond: (id < 20)
>   Filter: (name = ANY ('{n1,"n 2"}'::text[]))
EXPLAIN (COSTS OFF) SELECT * FROM ex WHERE id < 20 AND (k = 1 OR note IS NULL);
: QUERY PLAN
> Index Scan using ex_pkey on ex
>   Index Cond: (id < 20)
>   Filter: ((k = 1) OR (note IS NULL))
EXPLAIN (COSTS OFF) SELECT * FROM ex WHERE id < 20 AND k IS NOT NULL;
: QUERY PLAN
> Index Scan using ex_pkey on ex
>   Index Cond: (id < 20)
>   Filter: (k IS NOT NULL)
EXPLAIN (COSTS OFF) SELECT * FROM ex WHERE k + 0 = 3;
: QUERY PLAN
> Seq Scan on ex
>   Filter: ((k + 0) = 3)
EXPLAIN (COSTS OFF) SELECT * FROM ex e WHERE e.k + 0 = 3;
: QUERY PLAN
> Seq Scan on ex e
>   Filter: ((k + 0) = 3)
EXPLAIN (COSTS OFF) SELECT * FROM ex WHERE big = 5000;
: QUERY PLAN
> Index Scan using ex_big on ex
>   Index Cond: (big = 5000)
EXPLAIN (COSTS OFF) SELECT * FROM ex WHERE big = 5000000000;
: QUERY PLAN
> Index Scan using ex_big on ex
>   Index Cond: (big = '5000000000'::bigint)
EXPLAIN (COSTS OFF) SELECT * FROM ex WHERE big > -5;
: QUERY PLAN
> Seq Scan on ex
>   Filter: (big > '-5'::integer)
EXPLAIN (COSTS OFF) SELECT * FROM ex WHERE id = -5;
: QUERY PLAN
> Index Scan using ex_pkey on ex
>   Index Cond: (id = '-5'::integer)
EXPLAIN (COSTS OFF) SELECT * FROM ex WHERE label = 'l3';
: QUERY PLAN
> Index Scan using ex_label on ex
>   Index Cond: ((label)::text = 'l3'::text)
EXPLAIN (COSTS OFF) SELECT * FROM ex WHERE score = 1.50;
: QUERY PLAN
> Index Scan using ex_score on ex
>   Index Cond: (score = 1.50)
EXPLAIN (COSTS OFF) SELECT * FROM ex WHERE score = 2;
: QUERY PLAN
> Index Scan using ex_score on ex
>   Index Cond: (score = '2'::numeric)
EXPLAIN (COSTS OFF) SELECT * FROM ex WHERE d = '2024-01-05';
: QUERY PLAN
> Index Scan using ex_d on ex
>   Index Cond: (d = '2024-01-05'::date)
EXPLAIN (COSTS OFF) SELECT * FROM ex WHERE d = DATE '2024-01-05';
: QUERY PLAN
> Index Scan using ex_d on ex
>   Index Cond: (d = '2024-01-05'::date)
EXPLAIN (COSTS OFF) SELECT * FROM ex WHERE id = 5 AND name = 'it''s';
: QUERY PLAN
> Index Scan using ex_pkey on ex
>   Index Cond: (id = 5)
>   Filter: (name = 'it''s'::text)
EXPLAIN (COSTS OFF) SELECT * FROM ex WHERE id = 5 AND NOT (k > 2);
: QUERY PLAN
> Index Scan using ex_pkey on ex
>   Index Cond: (id = 5)
>   Filter: (k <= 2)
EXPLAIN (COSTS OFF) SELECT * FROM ex WHERE id = 5 AND name <> 'x';
: QUERY PLAN
> Index Scan using ex_pkey on ex
>   Index Cond: (id = 5)
>   Filter: (name <> 'x'::text)
EXPLAIN (COSTS OFF) SELECT id FROM ex WHERE id > 4990 ORDER BY id DESC;
: QUERY PLAN
> Index Only Scan Backward using ex_pkey on ex
>   Index Cond: (id > 4990)
EXPLAIN (COSTS OFF) SELECT * FROM ex_v WHERE k = 3;
: QUERY PLAN
> Seq Scan on ex_v
>   Filter: (k = 3)
EXPLAIN (COSTS OFF) SELECT * FROM ex_v WHERE tag = 't3';
: QUERY PLAN
> Seq Scan on ex_v
>   Filter: ((tag)::text = 't3'::text)
EXPLAIN (COSTS OFF) SELECT * FROM ex_v WHERE flag;
: QUERY PLAN
> Seq Scan on ex_v
>   Filter: flag
EXPLAIN (COSTS OFF) SELECT * FROM ex_v WHERE NOT flag AND k = 2;
: QUERY PLAN
> Seq Scan on ex_v
>   Filter: ((NOT flag) AND (k = 2))
EXPLAIN (COSTS OFF) SELECT id, k FROM ex_v WHERE id < 3 OR id > 498;
: QUERY PLAN
> Seq Scan on ex_v
>   Filter: ((id < 3) OR (id > 498))
EXPLAIN (COSTS OFF) SELECT s.id, e.name FROM ex_small s JOIN ex e ON e.id = s.ref;
: QUERY PLAN
> Nested Loop
>   ->  Seq Scan on ex_small s
>   ->  Index Scan using ex_pkey on ex e
>         Index Cond: (id = s.ref)
EXPLAIN (COSTS OFF) SELECT s.id, e.name FROM ex_small s JOIN ex e ON e.id = s.ref WHERE e.k > 5;
: QUERY PLAN
> Nested Loop
>   ->  Seq Scan on ex_small s
>   ->  Index Scan using ex_pkey on ex e
>         Index Cond: (id = s.ref)
>         Filter: (k > 5)
