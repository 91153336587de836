-- ORDER BY an indexed expression walks the expression index (forwards and backwards, after keys pinned by equality, a partial index only when the WHERE implies its predicate). EXPLAIN here only for shapes both systems print alike (Borealis prints no Sort Key and no Index Cond on an expression key); IndexExprOrderPlanTest checks the orders that must still sort.
CREATE TABLE eo (id int PRIMARY KEY, name text, grp int, active boolean);
CREATE INDEX eo_lower ON eo (lower(name));
CREATE INDEX eo_grp_lower_id ON eo (grp, lower(name), id);
CREATE INDEX eo_sum ON eo ((id % 7 + grp));
INSERT INTO eo SELECT i, CASE WHEN i % 50 = 0 THEN NULL WHEN i % 3 = 0 THEN upper('n' || (i % 97)) ELSE 'n' || (i % 97) END, i % 10, i % 4 <> 0 FROM generate_series(1, 3000) i;
ANALYZE eo;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT id, name FROM eo ORDER BY lower(name) LIMIT 10;
: QUERY PLAN
> Limit
>   ->  Index Scan using eo_lower on eo
EXPLAIN (COSTS OFF) SELECT id, name FROM eo ORDER BY lower(name) DESC LIMIT 10;
: QUERY PLAN
> Limit
>   ->  Index Scan Backward using eo_lower on eo
EXPLAIN (COSTS OFF) SELECT lower(name) FROM eo ORDER BY 1 LIMIT 3;
: QUERY PLAN
> Limit
>   ->  Index Scan using eo_lower on eo
EXPLAIN (COSTS OFF) SELECT id, name FROM eo WHERE grp = 3 ORDER BY lower(name) LIMIT 5;
: QUERY PLAN
> Limit
>   ->  Index Scan using eo_grp_lower_id on eo
>         Index Cond: (grp = 3)
EXPLAIN (COSTS OFF) SELECT id, name FROM eo WHERE grp = 3 ORDER BY lower(name) DESC, id DESC LIMIT 5;
: QUERY PLAN
> Limit
>   ->  Index Scan Backward using eo_grp_lower_id on eo
>         Index Cond: (grp = 3)
EXPLAIN (COSTS OFF) SELECT id FROM eo ORDER BY id % 7 + grp DESC LIMIT 4;
: QUERY PLAN
> Limit
>   ->  Index Scan Backward using eo_sum on eo
SELECT lower(name) FROM eo ORDER BY lower(name) LIMIT 12;
: lower
> n0
> n0
> n0
> n0
> n0
> n0
> n0
> n0
> n0
> n0
> n0
> n0
SELECT lower(name) FROM eo ORDER BY lower(name) DESC LIMIT 12;
: lower
> NULL
> NULL
> NULL
> NULL
> NULL
> NULL
> NULL
> NULL
> NULL
> NULL
> NULL
> NULL
SELECT lower(name) AS l FROM eo ORDER BY l DESC LIMIT 3 OFFSET 60;
: l
> n96
> n96
> n96
SELECT id, name FROM eo WHERE grp = 3 ORDER BY lower(name), id LIMIT 8;
: id|name
> 873|N0
> 1843|n0
> 2813|n0
> 583|n1
> 1553|n1
> 2523|N1
> 883|n10
> 1853|n10
SELECT id, name FROM eo WHERE grp = 3 ORDER BY lower(name) DESC, id DESC LIMIT 8;
: id|name
> 2133|N96
> 1163|n96
> 193|n96
> 2423|n95
> 1453|n95
> 483|N95
> 2713|n94
> 1743|N94
SELECT id, name FROM eo WHERE grp = 0 ORDER BY lower(name) DESC, id DESC LIMIT 4;
: id|name
> 3000|NULL
> 2950|NULL
> 2900|NULL
> 2850|NULL
SELECT lower(name) FROM eo WHERE lower(name) > 'n9' ORDER BY lower(name) LIMIT 5;
: lower
> n90
> n90
> n90
> n90
> n90
SELECT lower(name) FROM eo WHERE lower(name) BETWEEN 'n5' AND 'n6' ORDER BY lower(name) DESC LIMIT 5;
: lower
> n6
> n6
> n6
> n6
> n6
SELECT id % 7 + grp AS s FROM eo ORDER BY id % 7 + grp DESC LIMIT 4;
: s
> 15
> 15
> 15
> 15
SELECT id % 7 + grp AS s FROM eo ORDER BY 1 LIMIT 4;
: s
> 0
> 0
> 0
> 0
SELECT count(*) FROM (SELECT id FROM eo ORDER BY lower(name) LIMIT 3000) s;
: count
> 3000
SELECT lower(name) FROM eo ORDER BY lower(name) NULLS FIRST LIMIT 3;
: lower
> NULL
> NULL
> NULL
-- A partial index orders only the queries whose WHERE implies its predicate.
CREATE TABLE ep (id int PRIMARY KEY, email text, active boolean);
CREATE INDEX ep_live ON ep (lower(email)) WHERE active;
CREATE INDEX ep_id_live ON ep (id) WHERE active;
INSERT INTO ep SELECT i, 'User' || (i * 37 % 1000) || '@x.org', i % 3 <> 0 FROM generate_series(1, 2000) i;
ANALYZE ep;
EXPLAIN (COSTS OFF) SELECT id, email FROM ep WHERE active ORDER BY lower(email) LIMIT 5;
: QUERY PLAN
> Limit
>   ->  Index Scan using ep_live on ep
EXPLAIN (COSTS OFF) SELECT id, email FROM ep WHERE active ORDER BY lower(email) DESC LIMIT 5;
: QUERY PLAN
> Limit
>   ->  Index Scan Backward using ep_live on ep
SELECT id, email FROM ep WHERE active ORDER BY lower(email) LIMIT 5;
: id|email
> 1000|User0@x.org
> 2000|User0@x.org
> 1300|User100@x.org
> 1273|User101@x.org
> 1246|User102@x.org
SELECT id, email FROM ep WHERE active ORDER BY lower(email) DESC LIMIT 5;
: id|email
> 1757|User9@x.org
> 757|User9@x.org
> 1327|User99@x.org
> 1027|User999@x.org
> 1054|User998@x.org
SELECT id, email FROM ep ORDER BY lower(email), id LIMIT 5;
: id|email
> 1000|User0@x.org
> 2000|User0@x.org
> 300|User100@x.org
> 1300|User100@x.org
> 273|User101@x.org
SELECT id FROM ep WHERE active AND id > 1990 ORDER BY id DESC LIMIT 3;
: id
> 2000
> 1999
> 1997
RESET enable_bitmapscan;
DROP TABLE eo;
DROP TABLE ep;
