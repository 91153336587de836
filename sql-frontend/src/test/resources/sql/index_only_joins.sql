-- Index-only scans as join inputs (each side of a join, the inner side of an index nested loop, joins in WITH queries and subqueries): rows must equal PostgreSQL's before and after VACUUM and after updates and deletes, whatever the visibility map says; EXPLAIN (COSTS OFF) where both choose the same plan.
CREATE TABLE ioj_a (id int PRIMARY KEY, k int, v text, pad text);
CREATE INDEX ioj_a_k_v ON ioj_a (k, v);
CREATE TABLE ioj_b (id int PRIMARY KEY, a_id int, w int, pad text);
CREATE INDEX ioj_b_a_w ON ioj_b (a_id, w);
INSERT INTO ioj_a SELECT i, i % 20, 'v' || i, repeat('p', 50) FROM generate_series(1, 2000) i;
INSERT INTO ioj_b SELECT i, i % 1000 + 1, i * 3, repeat('q', 50) FROM generate_series(1, 3000) i;
INSERT INTO ioj_b VALUES (3001, NULL, NULL, 'nulls'), (3002, 7, -5, 'neg');
ANALYZE ioj_a;
ANALYZE ioj_b;
SET enable_bitmapscan = off;
SELECT a.id, b.w FROM ioj_a a JOIN ioj_b b ON b.a_id = a.id WHERE a.id < 8 ORDER BY a.id, b.w;
: id|w
> 1|3000
> 1|6000
> 1|9000
> 2|3
> 2|3003
> 2|6003
> 3|6
> 3|3006
> 3|6006
> 4|9
> 4|3009
> 4|6009
> 5|12
> 5|3012
> 5|6012
> 6|15
> 6|3015
> 6|6015
> 7|-5
> 7|18
> 7|3018
> 7|6018
SELECT a.id, b.id FROM ioj_a a JOIN ioj_b b ON b.id = a.id WHERE a.id < 12 AND b.id > 5 ORDER BY a.id;
: id|id
> 6|6
> 7|7
> 8|8
> 9|9
> 10|10
> 11|11
SELECT a.k, count(*), sum(b.w) FROM ioj_a a JOIN ioj_b b ON b.a_id = a.id WHERE a.id BETWEEN 10 AND 200 GROUP BY a.k ORDER BY a.k;
: k|count|sum
> 0|30|99810
> 1|27|89100
> 2|27|89181
> 3|27|89262
> 4|27|89343
> 5|27|89424
> 6|27|89505
> 7|27|89586
> 8|27|89667
> 9|27|89748
> 10|30|98910
> 11|30|99000
> 12|30|99090
> 13|30|99180
> 14|30|99270
> 15|30|99360
> 16|30|99450
> 17|30|99540
> 18|30|99630
> 19|30|99720
WITH x AS (SELECT a.k, b.w FROM ioj_a a JOIN ioj_b b ON b.a_id = a.id WHERE a.id < 10) SELECT k, sum(w) FROM x GROUP BY k ORDER BY k;
: k|sum
> 1|18000
> 2|9009
> 3|9018
> 4|9027
> 5|9036
> 6|9045
> 7|9049
> 8|9063
> 9|9072
SELECT count(*) FROM (SELECT a.id FROM ioj_a a JOIN ioj_b b ON b.id = a.id WHERE a.id BETWEEN 100 AND 400) t;
: count
> 301
SELECT a.id, b.w FROM ioj_a a JOIN ioj_b b ON b.a_id = a.id WHERE a.id < 4 AND b.w < 0;
: id|w
VACUUM ioj_a;
VACUUM ioj_b;
EXPLAIN (COSTS OFF) SELECT a.id, b.w FROM ioj_a a JOIN ioj_b b ON b.a_id = a.id WHERE a.id < 3;
: QUERY PLAN
> Nested Loop
>   ->  Index Only Scan using ioj_a_pkey on ioj_a a
>         Index Cond: (id < 3)
>   ->  Index Only Scan using ioj_b_a_w on ioj_b b
>         Index Cond: (a_id = a.id)
SELECT a.id, b.w FROM ioj_a a JOIN ioj_b b ON b.a_id = a.id WHERE a.id < 8 ORDER BY a.id, b.w;
: id|w
> 1|3000
> 1|6000
> 1|9000
> 2|3
> 2|3003
> 2|6003
> 3|6
> 3|3006
> 3|6006
> 4|9
> 4|3009
> 4|6009
> 5|12
> 5|3012
> 5|6012
> 6|15
> 6|3015
> 6|6015
> 7|-5
> 7|18
> 7|3018
> 7|6018
SELECT a.k, count(*), sum(b.w) FROM ioj_a a JOIN ioj_b b ON b.a_id = a.id WHERE a.id BETWEEN 10 AND 200 GROUP BY a.k ORDER BY a.k;
: k|count|sum
> 0|30|99810
> 1|27|89100
> 2|27|89181
> 3|27|89262
> 4|27|89343
> 5|27|89424
> 6|27|89505
> 7|27|89586
> 8|27|89667
> 9|27|89748
> 10|30|98910
> 11|30|99000
> 12|30|99090
> 13|30|99180
> 14|30|99270
> 15|30|99360
> 16|30|99450
> 17|30|99540
> 18|30|99630
> 19|30|99720
UPDATE ioj_b SET w = w + 1 WHERE id % 7 = 0;
DELETE FROM ioj_b WHERE id % 11 = 0;
UPDATE ioj_a SET pad = 'changed' WHERE id % 3 = 0;
DELETE FROM ioj_a WHERE id = 5;
SELECT a.id, b.w FROM ioj_a a JOIN ioj_b b ON b.a_id = a.id WHERE a.id < 8 ORDER BY a.id, b.w;
: id|w
> 1|3000
> 1|6000
> 1|9000
> 2|3
> 2|6003
> 3|6
> 3|3006
> 4|9
> 4|3009
> 4|6009
> 6|15
> 6|3015
> 6|6015
> 7|-5
> 7|18
> 7|3018
> 7|6018
SELECT a.k, count(*), sum(b.w) FROM ioj_a a JOIN ioj_b b ON b.a_id = a.id WHERE a.id BETWEEN 10 AND 200 GROUP BY a.k ORDER BY a.k;
: k|count|sum
> 0|27|89681
> 1|26|85803
> 2|25|82519
> 3|25|85835
> 4|24|79481
> 5|24|79792
> 6|24|79443
> 7|24|79755
> 8|24|79407
> 9|24|79720
> 10|28|89082
> 11|28|92405
> 12|28|95728
> 13|27|89415
> 14|27|89736
> 15|27|89397
> 16|27|89719
> 17|27|89381
> 18|27|89701
> 19|27|89361
SELECT a.id, b.id FROM ioj_a a JOIN ioj_b b ON b.id = a.id WHERE a.id < 12 AND b.id > 5 ORDER BY a.id;
: id|id
> 6|6
> 7|7
> 8|8
> 9|9
> 10|10
BEGIN;
DELETE FROM ioj_b WHERE a_id = 3;
SELECT a.id, b.w FROM ioj_a a JOIN ioj_b b ON b.a_id = a.id WHERE a.id < 5 ORDER BY a.id, b.w;
: id|w
> 1|3000
> 1|6000
> 1|9000
> 2|3
> 2|6003
> 4|9
> 4|3009
> 4|6009
ROLLBACK;
SELECT a.id, b.w FROM ioj_a a JOIN ioj_b b ON b.a_id = a.id WHERE a.id < 5 ORDER BY a.id, b.w;
: id|w
> 1|3000
> 1|6000
> 1|9000
> 2|3
> 2|6003
> 3|6
> 3|3006
> 4|9
> 4|3009
> 4|6009
