-- EXPLAIN (COSTS OFF) of IN lists, = ANY (array) and LIKE prefixes as index conditions (one descent per distinct list value; a LIKE prefix as a range under the C collation, the LIKE kept as the filter), compared with PostgreSQL's for plans both choose.
CREATE TABLE xl (id int PRIMARY KEY, k int, big bigint, name text, label varchar(20), note text);
CREATE INDEX xl_k_name ON xl (k, name);
CREATE INDEX xl_big ON xl (big);
CREATE INDEX xl_label ON xl (label);
CREATE INDEX xl_name ON xl (name);
INSERT INTO xl SELECT i, i % 100, i * 1000, 'n' || i, 'l' || i, repeat('x', 20) FROM generate_series(1, 5000) i;
ANALYZE xl;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT * FROM xl WHERE id IN (9, 1, 5, 5);
: QUERY PLAN
> Index Scan using xl_pkey on xl
>   Index Cond: (id = ANY ('{9,1,5,5}'::integer[]))
EXPLAIN (COSTS OFF) SELECT * FROM xl WHERE id IN (9, 1, 5) ORDER BY id;
: QUERY PLAN
> Index Scan using xl_pkey on xl
>   Index Cond: (id = ANY ('{9,1,5}'::integer[]))
EXPLAIN (COSTS OFF) SELECT * FROM xl WHERE id IN (9, 1, 5) ORDER BY id DESC;
: QUERY PLAN
> Index Scan Backward using xl_pkey on xl
>   Index Cond: (id = ANY ('{9,1,5}'::integer[]))
EXPLAIN (COSTS OFF) SELECT * FROM xl WHERE id IN (9, 1, 5) AND note = 'x';
: QUERY PLAN
> Index Scan using xl_pkey on xl
>   Index Cond: (id = ANY ('{9,1,5}'::integer[]))
>   Filter: (note = 'x'::text)
EXPLAIN (COSTS OFF) SELECT * FROM xl WHERE id IN (1, NULL);
: QUERY PLAN
> Index Scan using xl_pkey on xl
>   Index Cond: (id = ANY ('{1,NULL}'::integer[]))
EXPLAIN (COSTS OFF) SELECT * FROM xl WHERE id IN (7);
: QUERY PLAN
> Index Scan using xl_pkey on xl
>   Index Cond: (id = 7)
EXPLAIN (COSTS OFF) SELECT * FROM xl WHERE id IN (1, 2.5);
: QUERY PLAN
> Seq Scan on xl
>   Filter: ((id)::numeric = ANY ('{1,2.5}'::numeric[]))
EXPLAIN (COSTS OFF) SELECT * FROM xl WHERE id NOT IN (1, 2);
: QUERY PLAN
> Seq Scan on xl
>   Filter: (id <> ALL ('{1,2}'::integer[]))
EXPLAIN (COSTS OFF) SELECT * FROM xl WHERE big IN (1000, 2000);
: QUERY PLAN
> Index Scan using xl_big on xl
>   Index Cond: (big = ANY ('{1000,2000}'::bigint[]))
EXPLAIN (COSTS OFF) SELECT * FROM xl WHERE k = 9 AND name IN ('n109', 'n9');
: QUERY PLAN
> Index Scan using xl_k_name on xl
>   Index Cond: ((k = 9) AND (name = ANY ('{n109,n9}'::text[])))
EXPLAIN (COSTS OFF) SELECT * FROM xl WHERE label IN ('l1', 'l2');
: QUERY PLAN
> Index Scan using xl_label on xl
>   Index Cond: ((label)::text = ANY ('{l1,l2}'::text[]))
EXPLAIN (COSTS OFF) SELECT * FROM xl WHERE id = ANY ('{1,2}');
: QUERY PLAN
> Index Scan using xl_pkey on xl
>   Index Cond: (id = ANY ('{1,2}'::integer[]))
EXPLAIN (COSTS OFF) SELECT * FROM xl WHERE id = ANY (ARRAY[3, 4]);
: QUERY PLAN
> Index Scan using xl_pkey on xl
>   Index Cond: (id = ANY ('{3,4}'::integer[]))
EXPLAIN (COSTS OFF) SELECT * FROM xl WHERE big = ANY ('{1000,2000}');
: QUERY PLAN
> Index Scan using xl_big on xl
>   Index Cond: (big = ANY ('{1000,2000}'::bigint[]))
EXPLAIN (COSTS OFF) SELECT * FROM xl WHERE id = ANY ('{}');
: QUERY PLAN
> Index Scan using xl_pkey on xl
>   Index Cond: (id = ANY ('{}'::integer[]))
EXPLAIN (COSTS OFF) SELECT * FROM xl WHERE id = ANY (NULL::int[]);
: QUERY PLAN
> Index Scan using xl_pkey on xl
>   Index Cond: (id = ANY (NULL::integer[]))
EXPLAIN (COSTS OFF) SELECT * FROM xl WHERE name LIKE 'n123%';
: QUERY PLAN
> Index Scan using xl_name on xl
>   Index Cond: ((name >= 'n123'::text) AND (name < 'n124'::text))
>   Filter: (name ~~ 'n123%'::text)
EXPLAIN (COSTS OFF) SELECT * FROM xl WHERE label LIKE 'l123%';
: QUERY PLAN
> Index Scan using xl_label on xl
>   Index Cond: (((label)::text >= 'l123'::text) AND ((label)::text < 'l124'::text))
>   Filter: ((label)::text ~~ 'l123%'::text)
EXPLAIN (COSTS OFF) SELECT * FROM xl WHERE label LIKE 'l123';
: QUERY PLAN
> Index Scan using xl_label on xl
>   Index Cond: ((label)::text = 'l123'::text)
>   Filter: ((label)::text ~~ 'l123'::text)
EXPLAIN (COSTS OFF) SELECT * FROM xl WHERE name LIKE 'n123';
: QUERY PLAN
> Index Scan using xl_name on xl
>   Index Cond: (name = 'n123'::text)
>   Filter: (name ~~ 'n123'::text)
EXPLAIN (COSTS OFF) SELECT * FROM xl WHERE name LIKE 'n1234%' AND id > 3;
: QUERY PLAN
> Index Scan using xl_name on xl
>   Index Cond: ((name >= 'n1234'::text) AND (name < 'n1235'::text))
>   Filter: ((name ~~ 'n1234%'::text) AND (id > 3))
EXPLAIN (COSTS OFF) SELECT * FROM xl WHERE k = 4 AND name LIKE 'n10%';
: QUERY PLAN
> Index Scan using xl_k_name on xl
>   Index Cond: ((k = 4) AND (name >= 'n10'::text) AND (name < 'n11'::text))
>   Filter: (name ~~ 'n10%'::text)
EXPLAIN (COSTS OFF) SELECT * FROM xl WHERE name LIKE 'n\_1%';
: QUERY PLAN
> Index Scan using xl_name on xl
>   Index Cond: ((name >= 'n_1'::text) AND (name < 'n_2'::text))
>   Filter: (name ~~ 'n\_1%'::text)
EXPLAIN (COSTS OFF) SELECT * FROM xl WHERE name LIKE 'n99' || '%';
: QUERY PLAN
> Index Scan using xl_name on xl
>   Index Cond: ((name >= 'n99'::text) AND (name < 'n9:'::text))
>   Filter: (name ~~ 'n99%'::text)
EXPLAIN (COSTS OFF) SELECT * FROM xl WHERE name LIKE 'n1_3';
: QUERY PLAN
> Seq Scan on xl
>   Filter: (name ~~ 'n1_3'::text)
EXPLAIN (COSTS OFF) SELECT * FROM xl WHERE name LIKE '%3';
: QUERY PLAN
> Seq Scan on xl
>   Filter: (name ~~ '%3'::text)
EXPLAIN (COSTS OFF) SELECT * FROM xl WHERE name ILIKE 'n123%';
: QUERY PLAN
> Seq Scan on xl
>   Filter: (name ~~* 'n123%'::text)
EXPLAIN (COSTS OFF) SELECT * FROM xl WHERE name NOT LIKE 'n123%' AND id < 5;
: QUERY PLAN
> Index Scan using xl_pkey on xl
>   Index Cond: (id < 5)
>   Filter: (name !~~ 'n123%'::text)
