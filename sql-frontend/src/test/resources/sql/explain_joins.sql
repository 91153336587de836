-- EXPLAIN (COSTS OFF) of joins: Hash Cond and Join Filter lines, the Hash node over a hash join's inner input (the smaller side hashed), and an index nested loop's inner Index Cond, as PostgreSQL 15 prints them, for plans both systems choose.
CREATE TABLE ja (id int PRIMARY KEY, bid int, x int, name text);
CREATE TABLE jb (id int PRIMARY KEY, y int, tag text);
CREATE TABLE jc (id int PRIMARY KEY, ref int);
INSERT INTO ja SELECT i, i % 50, i % 7, 'a' || i FROM generate_series(1, 2000) i;
INSERT INTO jb SELECT i, i % 5, 't' || i FROM generate_series(1, 50) i;
INSERT INTO jc SELECT i, i * 397 FROM generate_series(1, 5) i;
ANALYZE ja;
ANALYZE jb;
ANALYZE jc;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT * FROM ja JOIN jb ON jb.id = ja.bid;
: QUERY PLAN
> Hash Join
>   Hash Cond: (ja.bid = jb.id)
>   ->  Seq Scan on ja
>   ->  Hash
>         ->  Seq Scan on jb
EXPLAIN (COSTS OFF) SELECT * FROM ja a JOIN jb b ON b.id = a.bid AND b.y < a.x;
: QUERY PLAN
> Hash Join
>   Hash Cond: (a.bid = b.id)
>   Join Filter: (b.y < a.x)
>   ->  Seq Scan on ja a
>   ->  Hash
>         ->  Seq Scan on jb b
EXPLAIN (COSTS OFF) SELECT * FROM ja a LEFT JOIN jb b ON b.id = a.bid;
: QUERY PLAN
> Hash Left Join
>   Hash Cond: (a.bid = b.id)
>   ->  Seq Scan on ja a
>   ->  Hash
>         ->  Seq Scan on jb b
EXPLAIN (COSTS OFF) SELECT * FROM ja a LEFT JOIN jb b ON b.id = a.bid AND b.y > a.x;
: QUERY PLAN
> Hash Left Join
>   Hash Cond: (a.bid = b.id)
>   Join Filter: (b.y > a.x)
>   ->  Seq Scan on ja a
>   ->  Hash
>         ->  Seq Scan on jb b
EXPLAIN (COSTS OFF) SELECT * FROM ja a JOIN jb b ON b.id = a.bid AND b.tag = a.name;
: QUERY PLAN
> Hash Join
>   Hash Cond: ((a.bid = b.id) AND (a.name = b.tag))
>   ->  Seq Scan on ja a
>   ->  Hash
>         ->  Seq Scan on jb b
EXPLAIN (COSTS OFF) SELECT * FROM ja a JOIN jb b ON a.bid = b.id WHERE b.tag <> 'x';
: QUERY PLAN
> Hash Join
>   Hash Cond: (a.bid = b.id)
>   ->  Seq Scan on ja a
>   ->  Hash
>         ->  Seq Scan on jb b
>               Filter: (tag <> 'x'::text)
EXPLAIN (COSTS OFF) SELECT * FROM ja a JOIN jb b ON b.id = a.bid + 1;
: QUERY PLAN
> Hash Join
>   Hash Cond: ((a.bid + 1) = b.id)
>   ->  Seq Scan on ja a
>   ->  Hash
>         ->  Seq Scan on jb b
EXPLAIN (COSTS OFF) SELECT * FROM ja a, jb b WHERE a.bid = b.id AND a.x = 3;
: QUERY PLAN
> Hash Join
>   Hash Cond: (a.bid = b.id)
>   ->  Seq Scan on ja a
>         Filter: (x = 3)
>   ->  Hash
>         ->  Seq Scan on jb b
EXPLAIN (COSTS OFF) SELECT c.id, a.name FROM jc c JOIN ja a ON a.id = c.ref;
: QUERY PLAN
> Nested Loop
>   ->  Seq Scan on jc c
>   ->  Index Scan using ja_pkey on ja a
>         Index Cond: (id = c.ref)
EXPLAIN (COSTS OFF) SELECT c.id, a.name FROM jc c JOIN ja a ON a.id = c.ref WHERE a.x > 2;
: QUERY PLAN
> Nested Loop
>   ->  Seq Scan on jc c
>   ->  Index Scan using ja_pkey on ja a
>         Index Cond: (id = c.ref)
>         Filter: (x > 2)
EXPLAIN (COSTS OFF) SELECT * FROM ja a JOIN jb b ON b.y < a.x WHERE a.id = 5 AND b.id < 3;
: QUERY PLAN
> Nested Loop
>   Join Filter: (b.y < a.x)
>   ->  Index Scan using ja_pkey on ja a
>         Index Cond: (id = 5)
>   ->  Seq Scan on jb b
>         Filter: (id < 3)
