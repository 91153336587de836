-- json_object and jsonb_object from text arrays: alternating keys and values, or keys and values apart; values are JSON strings or null.
SELECT json_object('{a,1,b,2}'), jsonb_object('{a,1,b,2}');
: json_object|jsonb_object
> {"a" : "1", "b" : "2"}|{"a": "1", "b": "2"}
SELECT json_object('{b,1,a,2,b,3}'), jsonb_object('{b,1,a,2,b,3}');
: json_object|jsonb_object
> {"b" : "1", "a" : "2", "b" : "3"}|{"a": "2", "b": "3"}
SELECT json_object('{a,b}', '{1,2}'), jsonb_object('{a,b}', '{1,2}');
: json_object|jsonb_object
> {"a" : "1", "b" : "2"}|{"a": "1", "b": "2"}
SELECT json_object('{a,NULL}'), jsonb_object('{a,NULL}'), json_object('{a,b}', '{NULL,x}');
: json_object|jsonb_object|json_object
> {"a" : null}|{"a": null}|{"a" : null, "b" : "x"}
SELECT json_object('{}'), jsonb_object('{}'), json_object('{}', '{}'), jsonb_object('{}', '{}');
: json_object|jsonb_object|json_object|jsonb_object
> {}|{}|{}|{}
SELECT json_object('{"",x}'), jsonb_object('{"",x}'), json_object('{"a \"q\"","line\\nbreak"}'), jsonb_object(ARRAY['ü', 'tab	x']);
: json_object|jsonb_object|json_object|jsonb_object
> {"" : "x"}|{"": "x"}|{"a \"q\"" : "line\\nbreak"}|{"ü": "tab\tx"}
SELECT json_object(ARRAY['k1', 'v1', 'k2', 'v2']::text[]), jsonb_object(ARRAY['long key', 'x', 'k', 'y']);
: json_object|jsonb_object
> {"k1" : "v1", "k2" : "v2"}|{"k": "y", "long key": "x"}
SELECT json_object(NULL::text[]), jsonb_object(NULL, '{a}'), json_object('{a}', NULL);
: json_object|jsonb_object|json_object
> NULL|NULL|NULL
SELECT jsonb_object('{a,1,b,2}') -> 'b', jsonb_object('{a,1,b,2}') @> '{"a": "1"}', json_object('{a,1}')::jsonb = jsonb_object('{a,1}');
: ?column?|?column?|?column?
> "2"|t|t
SELECT pg_typeof(json_object('{a,1}')), pg_typeof(jsonb_object('{a}', '{1}'));
: pg_typeof|pg_typeof
> json|jsonb
SELECT json_object('{a}');
! 2202E
SELECT jsonb_object('{a,b,c}');
! 2202E
SELECT json_object('{NULL,a}');
! 22004
SELECT jsonb_object('{a,NULL}', '{1,2}');
! 22004
SELECT json_object('{a,b}', '{1}');
! 2202E
SELECT jsonb_object('{a}', '{1,2}');
! 2202E
SELECT json_object('{a,1}', '{b}', '{c}');
! 42883
CREATE TABLE jo_t (id int, ks text[], vs text[]);
INSERT INTO jo_t VALUES (1, '{x,y}', '{1,2}'), (2, '{}', '{}'), (3, '{k}', '{NULL}'), (4, NULL, '{a}');
SELECT id, json_object(ks, vs), jsonb_object(ks, vs) FROM jo_t ORDER BY id;
: id|json_object|jsonb_object
> 1|{"x" : "1", "y" : "2"}|{"x": "1", "y": "2"}
> 2|{}|{}
> 3|{"k" : null}|{"k": null}
> 4|NULL|NULL
DROP TABLE jo_t;
