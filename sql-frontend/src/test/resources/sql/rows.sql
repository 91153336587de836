-- Row values: ROW(...) and (a, b) constructors, a table's whole row, row_to_json/to_json/json_agg of rows, row comparison.
CREATE TABLE rw (a int PRIMARY KEY, b text, c numeric(6,2));
INSERT INTO rw VALUES (1, 'x', 1.50), (2, 'a b', NULL), (3, '', 0), (4, NULL, NULL), (5, 'q"u,o(t)e\', -2.25);
SELECT ROW(1, 'x'), (2, 'y z'), ROW(1, NULL, ''), ROW(1.5, true, DATE '2026-01-02');
: row|row|row|row
> (1,x)|(2,"y z")|(1,,"")|(1.5,t,2026-01-02)
SELECT rw FROM rw ORDER BY a;
: rw
> (1,x,1.50)
> (2,"a b",)
> (3,"",0.00)
> (4,,)
> (5,"q""u,o(t)e\\",-2.25)
SELECT rw.* FROM rw WHERE a = 1;
: a|b|c
> 1|x|1.50
SELECT rw, a FROM rw AS rw WHERE a < 3 ORDER BY a;
: rw|a
> (1,x,1.50)|1
> (2,"a b",)|2
SELECT t FROM rw AS t WHERE t.a = 2;
: t
> (2,"a b",)
SELECT rw FROM rw WHERE a = 1 FOR UPDATE;
: rw
> (1,x,1.50)
SELECT x, y FROM rw x JOIN rw y USING (a) WHERE a = 2;
: x|y
> (2,"a b",)|(2,"a b",)
SELECT s, s.n FROM (SELECT a AS n, upper(b) AS u FROM rw WHERE a < 3) s ORDER BY s.n;
: s|n
> (1,X)|1
> (2,"A B")|2
UPDATE rw SET c = c + 1 WHERE a = 1 RETURNING rw, row_to_json(rw);
: rw|row_to_json
> (1,x,2.50)|{"a":1,"b":"x","c":2.50}
UPDATE rw SET c = c - 1 WHERE a = 1;
SELECT row_to_json(rw) FROM rw ORDER BY a;
: row_to_json
> {"a":1,"b":"x","c":1.50}
> {"a":2,"b":"a b","c":null}
> {"a":3,"b":"","c":0.00}
> {"a":4,"b":null,"c":null}
> {"a":5,"b":"q\"u,o(t)e\\","c":-2.25}
SELECT to_json(rw), to_jsonb(rw) FROM rw ORDER BY a;
: to_json|to_jsonb
> {"a":1,"b":"x","c":1.50}|{"a": 1, "b": "x", "c": 1.50}
> {"a":2,"b":"a b","c":null}|{"a": 2, "b": "a b", "c": null}
> {"a":3,"b":"","c":0.00}|{"a": 3, "b": "", "c": 0.00}
> {"a":4,"b":null,"c":null}|{"a": 4, "b": null, "c": null}
> {"a":5,"b":"q\"u,o(t)e\\","c":-2.25}|{"a": 5, "b": "q\"u,o(t)e\\", "c": -2.25}
SELECT row_to_json(rw.*), to_json(rw.*) FROM rw WHERE a = 1;
: row_to_json|to_json
> {"a":1,"b":"x","c":1.50}|{"a":1,"b":"x","c":1.50}
SELECT row_to_json(ROW(1, 'x')), to_json(ROW(1, 'a', NULL)), to_jsonb(ROW(1, ROW(2, 3)));
: row_to_json|to_json|to_jsonb
> {"f1":1,"f2":"x"}|{"f1":1,"f2":"a","f3":null}|{"f1": 1, "f2": {"f1": 2, "f2": 3}}
SELECT ROW(1, ROW(2, 'a b')), to_json(ROW(1, ROW(2, 3)));
: row|to_json
> (1,"(2,""a b"")")|{"f1":1,"f2":{"f1":2,"f2":3}}
SELECT replace(row_to_json(rw, true)::text, E'\n', '~') FROM rw WHERE a = 1;
: replace
> {"a":1,~ "b":"x",~ "c":1.50}
SELECT row_to_json(rw, false) FROM rw WHERE a = 2;
: row_to_json
> {"a":2,"b":"a b","c":null}
SELECT json_agg(rw ORDER BY a) FROM rw WHERE a < 3;
: json_agg
> [{"a":1,"b":"x","c":1.50}, \n {"a":2,"b":"a b","c":null}]
SELECT json_agg(s) FROM (SELECT a, b AS name FROM rw WHERE a IN (1, 3) ORDER BY a) s;
: json_agg
> [{"a":1,"name":"x"}, \n {"a":3,"name":""}]
SELECT jsonb_agg(s ORDER BY s.a) FROM (SELECT a, c FROM rw WHERE a < 3) s;
: jsonb_agg
> [{"a": 1, "c": 1.50}, {"a": 2, "c": null}]
SELECT json_agg(t) FROM (SELECT a FROM rw WHERE a > 100) t;
: json_agg
> NULL
SELECT coalesce(json_agg(t), '[]') FROM (SELECT a FROM rw WHERE a > 100) t;
: coalesce
> []
SELECT to_json(s) FROM (SELECT 1 AS id, ARRAY[1, 2] AS xs, NULL::text AS n, '{"k": 1}'::jsonb AS j) s;
: to_json
> {"id":1,"xs":[1,2],"n":null,"j":{"k": 1}}
SELECT r.a, to_json(r) FROM rw r JOIN rw q ON q.a = r.a + 1 WHERE r.a < 3 ORDER BY r.a;
: a|to_json
> 1|{"a":1,"b":"x","c":1.50}
> 2|{"a":2,"b":"a b","c":null}
SELECT (1, 2) = (1, 2), (1, 2) = (1, 3), (1, 2) <> (1, 3), (1, NULL) = (1, 2), (1, NULL) = (2, 2), (1, NULL) <> (2, 2);
: ?column?|?column?|?column?|?column?|?column?|?column?
> t|f|t|NULL|f|t
SELECT (1, 2) < (1, 3), (1, 2) < (2, 1), (1, 2) <= (1, 2), (2, 0) > (1, 9), (1, 2) >= (1, 3), (1, 2) < (1, NULL), (1, 2) < (2, NULL);
: ?column?|?column?|?column?|?column?|?column?|?column?|?column?
> t|t|t|t|f|NULL|t
SELECT ROW(1, 'a') < ROW(1, 'b'), ROW(1.5, 2) = ROW(1.5, 2.0);
: ?column?|?column?
> t|t
SELECT a FROM rw WHERE (a, b) = (2, 'a b');
: a
> 2
SELECT a FROM rw WHERE (a, c) > (2, 0) ORDER BY a;
: a
> 3
> 4
> 5
SELECT (1, 2) = (1, 2, 3);
! 42601
SELECT (1, 2) IS DISTINCT FROM (1, 2), (1, NULL) IS DISTINCT FROM (1, NULL), (1, 2) IS NOT DISTINCT FROM (1, NULL), ROW(1, NULL) IS NOT DISTINCT FROM ROW(1, NULL);
: ?column?|?column?|?column?|?column?
> f|f|f|t
SELECT (1, 2) IS DISTINCT FROM (1, 2, 3);
! 42601
SELECT x.a FROM rw x, rw y WHERE x IS NOT DISTINCT FROM y ORDER BY 1;
: a
> 1
> 2
> 3
> 4
> 5
SELECT x.a, x.b FROM rw x JOIN rw y ON y.a = x.a + 1 WHERE x IS DISTINCT FROM y ORDER BY 1;
: a|b
> 1|x
> 2|a b
> 3|
> 4|NULL
SELECT ROW(NULL, NULL) IS NULL, ROW(1, NULL) IS NULL, ROW(1, NULL) IS NOT NULL, ROW(1, 2) IS NOT NULL, ROW(NULL, NULL) IS NOT NULL;
: ?column?|?column?|?column?|?column?|?column?
> t|f|f|t|f
SELECT a, rw IS NULL, rw IS NOT NULL FROM rw ORDER BY a;
: a|?column?|?column?
> 1|f|t
> 2|f|f
> 3|f|t
> 4|f|f
> 5|f|t
SELECT (1, 2) IN ((1, 2), (3, 4)), (1, 2) IN ((1, 3)), (1, 2) NOT IN ((1, 3), (2, 2)), (1, NULL) IN ((1, 2)), (1, NULL) IN ((1, 2), (1, NULL));
: ?column?|?column?|?column?|?column?|?column?
> t|f|t|NULL|NULL
SELECT a FROM rw WHERE (a, b) IN ((1, 'x'), (3, ''), (4, NULL)) ORDER BY a;
: a
> 1
> 3
SELECT a, b FROM rw WHERE (a, b) IN (SELECT a, b FROM rw WHERE a <> 2) ORDER BY a;
: a|b
> 1|x
> 3|
> 5|q"u,o(t)e\
SELECT a FROM rw WHERE (a, b) NOT IN (SELECT a, b FROM rw WHERE a IN (1, 3)) ORDER BY a;
: a
> 2
> 4
> 5
SELECT a, (a, b) IN (SELECT 1, 'x' UNION ALL SELECT 4, NULL), (a, b) NOT IN (SELECT 1, 'x' UNION ALL SELECT 4, NULL) FROM rw ORDER BY a;
: a|?column?|?column?
> 1|t|f
> 2|f|t
> 3|f|t
> 4|NULL|NULL
> 5|f|t
SELECT (1, NULL) IN (SELECT 1, 2), (1, NULL) IN (SELECT 2, 2), (1, 2) IN (SELECT 1, 2 WHERE false), (1, 2) = ANY (SELECT 1, 2);
: ?column?|?column?|?column?|?column?
> NULL|f|f|t
SELECT o.a FROM rw o WHERE (o.a + 1, 'a b') IN (SELECT i.a, i.b FROM rw i WHERE i.a = o.a + 1);
: a
> 1
SELECT (1, 2) IN (SELECT 1, 2, 3);
! 42601
SELECT (1, 2) IN (SELECT 1);
! 42601
SELECT (1, 'x') IN (SELECT 1, 2);
! 22P02
SELECT pg_typeof(ROW(1, 2));
: pg_typeof
> record
SELECT count(rw) FROM rw;
: count
> 5
SELECT rw.b FROM rw WHERE rw = rw;
: b
> 
> NULL
> a b
> q"u,o(t)e\
> x
SELECT nope FROM rw;
! 42703
SELECT array_agg(rw ORDER BY a) FROM rw WHERE a < 3;
: array_agg
> {"(1,x,1.50)","(2,\"a b\",)"}
SELECT ROW(1, 'a b')::text, rw::text FROM rw WHERE a = 2;
: row|rw
> (1,"a b")|(2,"a b",)
SELECT to_json(array_agg(rw ORDER BY a)) FROM rw WHERE a > 3;
: to_json
> [{"a":4,"b":null,"c":null},{"a":5,"b":"q\"u,o(t)e\\","c":-2.25}]
SELECT rw FROM rw ORDER BY rw DESC LIMIT 2;
: rw
> (5,"q""u,o(t)e\\",-2.25)
> (4,,)
INSERT INTO rw (a, b) VALUES (9, ROW(1, 2));
SELECT a, b FROM rw WHERE a = 9;
: a|b
> 9|(1,2)
CREATE TABLE rw_bad AS SELECT ROW(1, 2);
! 42P16
SELECT ROW(1, 2) AS r INTO rw_bad;
! 42P16
CREATE TABLE rw_bad AS SELECT array_agg(ROW(a, b)) AS rs FROM rw;
! 42P16
CREATE VIEW rw_bad AS SELECT ROW(1, 2) AS r;
! 42P16
SELECT count(*) FROM pg_class WHERE relname = 'rw_bad';
: count
> 0
DROP TABLE rw;
