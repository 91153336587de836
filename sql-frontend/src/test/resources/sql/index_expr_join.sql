-- Nested-loop joins probing an expression index: lower(u.email) = lower(a.x) over an index on lower(email), a partial index when the query implies its predicate; the rows as PostgreSQL's (IndexExprJoinPlanTest checks the plan shape).
CREATE TABLE ej_users (id int PRIMARY KEY, email text, active boolean, n int);
CREATE INDEX ej_users_lower ON ej_users (lower(email));
CREATE INDEX ej_users_n2 ON ej_users ((n * 2)) WHERE active;
INSERT INTO ej_users SELECT i, CASE WHEN i % 40 = 0 THEN NULL WHEN i % 2 = 0 THEN 'User' || i || '@X.org' ELSE 'user' || i || '@x.org' END, i % 3 <> 0, i % 50 FROM generate_series(1, 2000) i;
CREATE TABLE ej_a (id int PRIMARY KEY, x text, m int);
INSERT INTO ej_a VALUES (1, 'USER7@x.ORG', 7), (2, 'user8@x.org', 8), (3, 'nobody@x.org', 9), (4, NULL, NULL), (5, 'user40@x.org', 40), (6, 'User7@X.org', 14);
ANALYZE ej_users;
ANALYZE ej_a;
SELECT a.id, u.id, u.email FROM ej_a a JOIN ej_users u ON lower(u.email) = lower(a.x) ORDER BY a.id, u.id;
: id|id|email
> 1|7|user7@x.org
> 2|8|User8@X.org
> 6|7|user7@x.org
SELECT a.id, u.id FROM ej_a a LEFT JOIN ej_users u ON lower(a.x) = lower(u.email) ORDER BY a.id, u.id;
: id|id
> 1|7
> 2|8
> 3|NULL
> 4|NULL
> 5|NULL
> 6|7
SELECT a.id, count(u.id) FROM ej_a a JOIN ej_users u ON u.n * 2 = a.m * 2 AND u.active GROUP BY a.id ORDER BY a.id;
: id|count
> 1|27
> 2|27
> 3|26
> 5|27
> 6|27
SELECT a.id, u.id FROM ej_a a, ej_users u WHERE lower(u.email) = lower(a.x) AND u.id < 8 ORDER BY a.id, u.id;
: id|id
> 1|7
> 6|7
DROP TABLE ej_a;
DROP TABLE ej_users;
