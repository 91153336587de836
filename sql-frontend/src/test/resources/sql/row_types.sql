-- A table's (or view's) row type: a whole-row reference has the relation's composite type (pg_type, regtype, pg_typeof), casts to it, field selection; it goes with DROP and follows RENAME. An outer join's missing side's whole row is NULL.
CREATE TABLE rt (a int PRIMARY KEY, b text, c numeric(6,2));
INSERT INTO rt VALUES (1, 'x', 1.5), (2, 'a b', NULL);
SELECT pg_typeof(rt), rt FROM rt ORDER BY a;
: pg_typeof|rt
> rt|(1,x,1.50)
> rt|(2,"a b",)
SELECT pg_typeof(t), pg_typeof(t.*) FROM rt AS t WHERE a = 1;
: pg_typeof|pg_typeof
> rt|rt
SELECT t.oid = c.reltype, t.typtype, t.typrelid = c.oid, a.typname, a.typelem = t.oid FROM pg_class c JOIN pg_type t ON t.oid = c.reltype JOIN pg_type a ON a.oid = t.typarray WHERE c.relname = 'rt';
: ?column?|typtype|?column?|typname|?column?
> t|c|t|_rt|t
SELECT 'rt'::regtype, 'rt'::regtype::oid = (SELECT reltype FROM pg_class WHERE relname = 'rt'), (SELECT typarray FROM pg_type WHERE typname = 'rt')::regtype;
: regtype|?column?|typarray
> rt|t|rt[]
SELECT 'nope_rt'::regtype;
! 42704
SELECT rt::text, (rt).b, (rt).c, (t).a FROM rt, rt AS t WHERE rt.a = t.a ORDER BY rt.a;
: rt|b|c|a
> (1,x,1.50)|x|1.50|1
> (2,"a b",)|a b|NULL|2
SELECT (rt).*, (ROW(5, 'f', 1)::rt).* FROM rt ORDER BY rt.a;
: a|b|c|a|b|c
> 1|x|1.50|5|f|1.00
> 2|a b|NULL|5|f|1.00
SELECT row_to_json(rt), to_jsonb(rt) FROM rt ORDER BY a;
: row_to_json|to_jsonb
> {"a":1,"b":"x","c":1.50}|{"a": 1, "b": "x", "c": 1.50}
> {"a":2,"b":"a b","c":null}|{"a": 2, "b": "a b", "c": null}
SELECT json_agg(rt ORDER BY a), pg_typeof(array_agg(rt)), count(rt) FROM rt;
: json_agg|pg_typeof|count
> [{"a":1,"b":"x","c":1.50}, \n {"a":2,"b":"a b","c":null}]|rt[]|2
SELECT ROW(3, 'y', 2.345)::rt, pg_typeof(ROW(3, 'y', 2)::rt), (ROW(3, 'y', 2)::rt).c;
: row|pg_typeof|c
> (3,y,2.35)|rt|2.00
SELECT ROW('4', 5, '6')::rt;
: row
> (4,5,6.00)
SELECT (1 + 2).*;
! 42809
SELECT ROW(1, 2)::rt;
! 42846
SELECT ROW(1, 'x', 1, 4)::rt;
! 42846
SELECT ROW(1, 'x', 12345.5)::rt;
! 22003
SELECT 5::rt;
! 42846
SELECT NULL::rt IS NULL, pg_typeof(NULL::rt);
: ?column?|pg_typeof
> t|rt
SELECT a, rt = ROW(1, 'x', 1.5)::rt, rt IS NOT DISTINCT FROM ROW(2, 'a b', NULL)::rt FROM rt ORDER BY a;
: a|?column?|?column?
> 1|t|f
> 2|f|t
SELECT a FROM rt WHERE rt IN (SELECT r FROM rt AS r WHERE r.a = 2);
: a
> 2
SELECT a, rt = ANY (SELECT r FROM rt AS r), (SELECT r FROM rt AS r WHERE r.a = 1) FROM rt ORDER BY a;
: a|?column?|r
> 1|t|(1,x,1.50)
> 2|t|(1,x,1.50)
SELECT rt FROM rt UNION SELECT ROW(3, 'u', 3)::rt ORDER BY 1;
: rt
> (1,x,1.50)
> (2,"a b",)
> (3,u,3.00)
CREATE VIEW rtv AS SELECT a, b FROM rt;
SELECT v, pg_typeof(v), row_to_json(v) FROM rtv v ORDER BY a;
: v|pg_typeof|row_to_json
> (1,x)|rtv|{"a":1,"b":"x"}
> (2,"a b")|rtv|{"a":2,"b":"a b"}
SELECT (t.typrelid = c.oid) AS linked, c.relkind FROM pg_class c JOIN pg_type t ON t.oid = c.reltype WHERE c.relname = 'rtv';
: linked|relkind
> t|v
SELECT ROW(7, 'z')::rtv;
: row
> (7,z)
SELECT s, pg_typeof(s) FROM (SELECT a, b FROM rt) s ORDER BY a;
: s|pg_typeof
> (1,x)|record
> (2,"a b")|record
CREATE SCHEMA rts;
CREATE TABLE rts.q (x int);
INSERT INTO rts.q VALUES (7);
SELECT q, pg_typeof(q) FROM rts.q;
: q|pg_typeof
> (7)|rts.q
SELECT 'rts.q'::regtype;
: regtype
> rts.q
SET search_path = rts, public;
SELECT pg_typeof(q), 'q'::regtype FROM q;
: pg_typeof|regtype
> q|q
RESET search_path;
ALTER TABLE rt RENAME TO rt2;
SELECT pg_typeof(rt2) FROM rt2 WHERE a = 1;
: pg_typeof
> rt2
SELECT typname FROM pg_type WHERE typname IN ('rt', 'rt2', '_rt', '_rt2', 'rtv', 'q') ORDER BY 1;
: typname
> _rt2
> q
> rt2
> rtv
SELECT ROW(1, 'x', 1)::rt;
! 42704
DROP VIEW rtv;
DROP TABLE rt2;
DROP TABLE rts.q;
DROP SCHEMA rts;
SELECT count(*) FROM pg_type WHERE typname IN ('rt', 'rt2', '_rt', '_rt2', 'rtv', 'q');
: count
> 0
CREATE TABLE oa (id int PRIMARY KEY, v text);
CREATE TABLE ob (id int PRIMARY KEY, w text);
INSERT INTO oa VALUES (1, 'a'), (2, 'b'), (3, 'c');
INSERT INTO ob VALUES (1, NULL), (4, 'd');
SELECT oa.id, ob, ob IS NULL, ob IS NOT NULL, row_to_json(ob), to_jsonb(ob), ob::text FROM oa LEFT JOIN ob ON oa.id = ob.id ORDER BY 1;
: id|ob|?column?|?column?|row_to_json|to_jsonb|ob
> 1|(1,)|f|f|{"id":1,"w":null}|{"w": null, "id": 1}|(1,)
> 2|NULL|t|f|NULL|NULL|NULL
> 3|NULL|t|f|NULL|NULL|NULL
SELECT ob FROM oa LEFT JOIN ob ON false ORDER BY oa.id;
: ob
> NULL
> NULL
> NULL
SELECT oa, ob FROM oa FULL JOIN ob ON oa.id = ob.id ORDER BY oa.id, ob.id;
: oa|ob
> (1,a)|(1,)
> (2,b)|NULL
> (3,c)|NULL
> NULL|(4,d)
SELECT oa, ob FROM ob RIGHT JOIN oa USING (id) ORDER BY id;
: oa|ob
> (1,a)|(1,)
> (2,b)|NULL
> (3,c)|NULL
SELECT json_agg(ob ORDER BY oa.id), count(ob), count(*) FROM oa LEFT JOIN ob ON oa.id = ob.id;
: json_agg|count|count
> [{"id":1,"w":null}, null, null]|1|3
SELECT oa.id, (ob).w, ob = ROW(1, NULL)::ob FROM oa LEFT JOIN ob ON oa.id = ob.id ORDER BY 1;
: id|w|?column?
> 1|NULL|t
> 2|NULL|NULL
> 3|NULL|NULL
SELECT oa.id FROM oa LEFT JOIN ob ON oa.id = ob.id WHERE ob IS NULL ORDER BY 1;
: id
> 2
> 3
SELECT oa.id, x.ob FROM oa LEFT JOIN LATERAL (SELECT ob FROM ob WHERE ob.id = oa.id) x ON true ORDER BY 1;
: id|ob
> 1|(1,)
> 2|NULL
> 3|NULL
DROP TABLE oa;
DROP TABLE ob;
