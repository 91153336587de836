-- LATERAL subqueries and set-returning functions reading earlier FROM items.
CREATE TABLE lt_a (id int PRIMARY KEY, n int, tag text);
INSERT INTO lt_a VALUES (1, 2, 'x'), (2, 0, 'y'), (3, 3, NULL);
CREATE TABLE lt_b (id int PRIMARY KEY, a_id int, v int);
INSERT INTO lt_b VALUES (10, 1, 5), (11, 1, 7), (12, 3, 1), (13, 3, 9), (14, 3, 4);
SELECT a.id, s.total FROM lt_a a, LATERAL (SELECT sum(v) AS total FROM lt_b b WHERE b.a_id = a.id) s ORDER BY a.id;
: id|total
> 1|12
> 2|NULL
> 3|14
SELECT a.id, s.v FROM lt_a a CROSS JOIN LATERAL (SELECT v FROM lt_b b WHERE b.a_id = a.id ORDER BY v DESC LIMIT 2) s ORDER BY a.id, s.v;
: id|v
> 1|5
> 1|7
> 3|4
> 3|9
SELECT a.id, s.v FROM lt_a a LEFT JOIN LATERAL (SELECT v FROM lt_b b WHERE b.a_id = a.id ORDER BY v LIMIT 1) s ON true ORDER BY a.id;
: id|v
> 1|5
> 2|NULL
> 3|1
SELECT a.id, s.v FROM lt_a a LEFT JOIN LATERAL (SELECT v FROM lt_b b WHERE b.a_id = a.id) s ON s.v > 4 ORDER BY a.id, s.v;
: id|v
> 1|5
> 1|7
> 2|NULL
> 3|9
SELECT a.id, s.v FROM lt_a a JOIN LATERAL (SELECT v FROM lt_b b WHERE b.a_id = a.id) s ON s.v > 4 ORDER BY a.id, s.v;
: id|v
> 1|5
> 1|7
> 3|9
SELECT a.id, g FROM lt_a a, generate_series(1, a.n) g ORDER BY a.id, g;
: id|g
> 1|1
> 1|2
> 3|1
> 3|2
> 3|3
SELECT a.id, g.x FROM lt_a a, generate_series(1, a.n) AS g(x) WHERE g.x > 1 ORDER BY 1, 2;
: id|x
> 1|2
> 3|2
> 3|3
SELECT a.id, g FROM lt_a a LEFT JOIN generate_series(1, a.n) g ON true ORDER BY a.id, g;
: id|g
> 1|1
> 1|2
> 2|NULL
> 3|1
> 3|2
> 3|3
SELECT a.id, g, b.v FROM lt_a a, generate_series(1, a.n) g, lt_b b WHERE b.a_id = a.id AND b.v > g * 3 ORDER BY 1, 2, 3;
: id|g|v
> 1|1|5
> 1|1|7
> 1|2|7
> 3|1|4
> 3|1|9
> 3|2|9
SELECT a.id, s.doubled, t.tripled FROM lt_a a, LATERAL (SELECT a.n * 2 AS doubled) s, LATERAL (SELECT s.doubled + a.n AS tripled) t ORDER BY a.id;
: id|doubled|tripled
> 1|4|6
> 2|0|0
> 3|6|9
SELECT a.id, s.c FROM lt_a a, LATERAL (SELECT count(*) AS c FROM lt_b b WHERE b.a_id = a.id AND b.v > (SELECT min(v) FROM lt_b)) s WHERE a.id < 3 ORDER BY 1;
: id|c
> 1|2
> 2|0
SELECT id, (SELECT string_agg(x::text, ',') FROM lt_a a2, LATERAL (SELECT a2.n + o.id AS x) s) FROM lt_a o ORDER BY id;
: id|string_agg
> 1|3,1,4
> 2|4,2,5
> 3|5,3,6
SELECT o.id FROM lt_a o WHERE EXISTS (SELECT 1 FROM lt_b b, LATERAL (SELECT b.v AS w) s WHERE s.w > o.n * 3 AND b.a_id = o.id) ORDER BY 1;
: id
> 1
SELECT o.id, (SELECT max(s.w) FROM lt_b b LEFT JOIN LATERAL (SELECT b.v + o.n AS w WHERE b.v > o.n) s ON true WHERE b.a_id = o.id) FROM lt_a o ORDER BY 1;
: id|max
> 1|9
> 2|NULL
> 3|12
CREATE TABLE lt_docs (id int, doc jsonb);
INSERT INTO lt_docs VALUES (1, '[1, 2, 3]'), (2, '[]'), (3, '["a", {"k": true}]');
SELECT d.id, e FROM lt_docs d, jsonb_array_elements(d.doc) e ORDER BY d.id, e::text;
: id|e
> 1|1
> 1|2
> 1|3
> 3|"a"
> 3|{"k": true}
SELECT d.id, e FROM lt_docs d, jsonb_array_elements_text(d.doc) AS e ORDER BY d.id, e;
: id|e
> 1|1
> 1|2
> 1|3
> 3|a
> 3|{"k": true}
SELECT d.id, count(e) FROM lt_docs d LEFT JOIN LATERAL jsonb_array_elements(d.doc) e ON true GROUP BY d.id ORDER BY d.id;
: id|count
> 1|3
> 2|0
> 3|2
SELECT d.id, t.elem, t.ordinality FROM lt_docs d, jsonb_array_elements(d.doc) WITH ORDINALITY AS t(elem, ordinality) ORDER BY 1, 3;
: id|elem|ordinality
> 1|1|1
> 1|2|2
> 1|3|3
> 3|"a"|1
> 3|{"k": true}|2
CREATE VIEW lt_v AS SELECT a.id, g FROM lt_a a, generate_series(1, a.n) g;
SELECT * FROM lt_v ORDER BY id, g;
: id|g
> 1|1
> 1|2
> 3|1
> 3|2
> 3|3
-- Errors as PostgreSQL.
SELECT * FROM lt_a a, (SELECT a.id) s;
! 42P01
SELECT * FROM lt_a a RIGHT JOIN LATERAL (SELECT a.id AS x) s ON true;
! 42P10
SELECT * FROM lt_a a FULL JOIN LATERAL generate_series(1, a.n) g ON true;
! 42P10
SELECT * FROM LATERAL (SELECT a.id) s, lt_a a;
! 42P01
SELECT * FROM lt_a a, LATERAL (SELECT nosuch.id) s;
! 42P01
SELECT * FROM lt_a a, LATERAL (SELECT a.nosuch) s;
! 42703
DROP VIEW lt_v;
DROP TABLE lt_docs;
DROP TABLE lt_b;
DROP TABLE lt_a;
