-- json and jsonb: input/output, casts, operators, functions, ordering, columns and indexes.
SELECT '{"b": 1, "a": [1, 2.50, "x"], "a": null}'::jsonb, '{ "b":1,  "a" : [1,2.50] , "a":3}'::json;
: jsonb|json
> {"a": null, "b": 1}|{ "b":1,  "a" : [1,2.50] , "a":3}
SELECT '1.0'::jsonb, '1e2'::jsonb, '-0'::jsonb, '1.5E-3'::jsonb, '"a\nb\u00e9\"\\"'::jsonb, 'true'::jsonb, 'null'::jsonb, '[]'::jsonb, '{}'::jsonb;
: jsonb|jsonb|jsonb|jsonb|jsonb|jsonb|jsonb|jsonb|jsonb
> 1.0|100|0|0.0015|"a\nbé\"\\"|true|null|[]|{}
SELECT '{"aa": 1, "b": 2, "c": 3, "ab": 4}'::jsonb, '{"é": 1, "z": 2}'::jsonb, '[1, [2, [3, {"x": {}}]]]'::jsonb;
: jsonb|jsonb|jsonb
> {"b": 2, "c": 3, "aa": 1, "ab": 4}|{"z": 2, "é": 1}|[1, [2, [3, {"x": {}}]]]
SELECT '"\u0001\t"'::jsonb, '"\ud83d\ude00"'::jsonb, ' [ 1 , 2 ] '::jsonb;
: jsonb|jsonb|jsonb
> "\u0001\t"|"😀"|[1, 2]
SELECT 'x'::jsonb;
! 22P02
SELECT '{"a":}'::jsonb;
! 22P02
SELECT '{"a" 1}'::jsonb;
! 22P02
SELECT '[1,2'::jsonb;
! 22P02
SELECT '{"a":1,}'::json;
! 22P02
SELECT '01'::jsonb;
! 22P02
SELECT ''::json;
! 22P02
SELECT '"\x"'::jsonb;
! 22P02
SELECT '"\u0000"'::jsonb;
! 22P05
SELECT '1 2'::json;
! 22P02
-- input edge cases
SELECT '  {"a" : 1 }  '::json, '"\u0000"'::json, '"\ud83d\ude00x"'::json ->> 0, '1e400'::jsonb = '1E+400'::jsonb, '-0.0'::jsonb, '0e10'::jsonb, '[1E-2, 10.10e1]'::jsonb;
: json|json|?column?|?column?|jsonb|jsonb|jsonb
>   {"a" : 1 }  |"\u0000"|NULL|t|0.0|0|[0.01, 101.0]
SELECT '"\ud83d"'::jsonb;
! 22P02
SELECT '"\ude00"'::jsonb;
! 22P02
SELECT '"\u12"'::jsonb;
! 22P02
SELECT '["a	b"]'::jsonb;
! 22P02
SELECT '[1,]'::jsonb;
! 22P02
SELECT '[,1]'::jsonb;
! 22P02
SELECT '{"a":1 "b":2}'::jsonb;
! 22P02
SELECT '{1:2}'::jsonb;
! 22P02
SELECT 'nul'::json;
! 22P02
SELECT '- 1'::jsonb;
! 22P02
SELECT '.5'::jsonb;
! 22P02
SELECT '1.'::json;
! 22P02
SELECT '+1'::jsonb;
! 22P02
SELECT '{"a": [1, {"b": null}]}'::jsonb::text::json::jsonb = '{"a":[1,{"b":null}]}', 'true'::jsonb -> 0, '"x"'::jsonb ->> -1, '5'::jsonb #> '{0}', '[1, 2]'::jsonb - 5;
: ?column?|?column?|?column?|?column?|?column?
> t|true|x|NULL|[1, 2]
SELECT (repeat('[', 100000) || repeat(']', 100000))::jsonb;
! 54001
SELECT (repeat('{"a":', 100000) || '1' || repeat('}', 100000))::json;
! 54001
SELECT 1;
: ?column?
> 1
SELECT '[1,2,3]'::jsonb = '[1,2,3]'::jsonb, '{"a":1,"b":2}'::jsonb = '{"b":2,"a":1}'::jsonb, '1.0'::jsonb = '1'::jsonb, '{"a":1}'::jsonb <> '{"a":2}'::jsonb;
: ?column?|?column?|?column?|?column?
> t|t|t|t
SELECT '{"a":1}'::json = '{"a":1}'::json;
! 42883
-- ordering across types
CREATE TABLE jdocs (id int PRIMARY KEY, d jsonb, j json);
INSERT INTO jdocs VALUES (1, '{"a": 1}', '{"a": 1}'), (2, '[1, 2]', '[1,2]'), (3, '"str"', '"str"'), (4, '12.5', '12.5'),
  (5, 'true', 'true'), (6, 'null', 'null'), (7, '[]', '[]'), (8, '{}', '{}'), (9, '{"a": 1, "b": 2}', '{"a":1, "b":2}'),
  (10, '[1]', '[1]'), (11, '1', '1'), (12, '"abc"', '"abc"'), (13, '{"aa": 1, "c": 1}', '{}'), (14, '{"b": 1, "d": 1}', '{}'),
  (15, '[[1]]', '[[1]]'), (16, 'false', 'false'), (17, NULL, NULL), (18, '{"a": [1]}', '{}'), (19, '{"a": "x"}', '{}');
SELECT id, d FROM jdocs ORDER BY d, id;
: id|d
> 7|[]
> 6|null
> 12|"abc"
> 3|"str"
> 11|1
> 4|12.5
> 16|false
> 5|true
> 10|[1]
> 15|[[1]]
> 2|[1, 2]
> 8|{}
> 19|{"a": "x"}
> 1|{"a": 1}
> 18|{"a": [1]}
> 9|{"a": 1, "b": 2}
> 14|{"b": 1, "d": 1}
> 13|{"c": 1, "aa": 1}
> 17|NULL
SELECT id, d FROM jdocs ORDER BY d DESC, id;
: id|d
> 17|NULL
> 13|{"c": 1, "aa": 1}
> 14|{"b": 1, "d": 1}
> 9|{"a": 1, "b": 2}
> 18|{"a": [1]}
> 1|{"a": 1}
> 19|{"a": "x"}
> 8|{}
> 2|[1, 2]
> 15|[[1]]
> 10|[1]
> 5|true
> 16|false
> 4|12.5
> 11|1
> 3|"str"
> 12|"abc"
> 6|null
> 7|[]
SELECT DISTINCT d FROM jdocs WHERE id < 12 ORDER BY d;
: d
> []
> null
> "str"
> 1
> 12.5
> true
> [1]
> [1, 2]
> {}
> {"a": 1}
> {"a": 1, "b": 2}
SELECT jsonb_typeof(d), count(*) FROM jdocs GROUP BY jsonb_typeof(d) ORDER BY 1;
: jsonb_typeof|count
> array|4
> boolean|2
> null|1
> number|2
> object|7
> string|2
> NULL|1
SELECT id FROM jdocs WHERE d = '{"b":2, "a":1}' ORDER BY id;
: id
> 9
SELECT id, j FROM jdocs ORDER BY j;
! 42883
SELECT DISTINCT j FROM jdocs;
! 42883
SELECT j FROM jdocs GROUP BY j;
! 42883
SELECT pg_typeof(d), pg_typeof(j) FROM jdocs WHERE id = 1;
: pg_typeof|pg_typeof
> jsonb|json
-- operators
SELECT '{"a": {"b": [10, 20, {"c": "x"}]}}'::jsonb -> 'a', '{"a": {"b": [10, 20]}}'::jsonb -> 'a' -> 'b' -> 1, '[1, 2, 3]'::jsonb -> -1, '[1, 2, 3]'::jsonb -> 5, '{"a": 1}'::jsonb -> 'z';
: ?column?|?column?|?column?|?column?|?column?
> {"b": [10, 20, {"c": "x"}]}|20|3|NULL|NULL
SELECT '{"a": "x", "b": null, "c": [1]}'::jsonb ->> 'a', '{"a": "x", "b": null}'::jsonb ->> 'b', '{"c": [1, "y"]}'::jsonb ->> 'c', '["p", "q"]'::jsonb ->> 1, '{"a": 1}'::jsonb ->> 0;
: ?column?|?column?|?column?|?column?|?column?
> x|NULL|[1, "y"]|q|NULL
SELECT '{"a": {"b": [10, 20, {"c": "x"}]}}'::jsonb #> '{a,b,2}', '{"a": {"b": [10, 20, {"c": "x"}]}}'::jsonb #>> '{a,b,2,c}', '{"a": 1}'::jsonb #> '{}', '"s"'::jsonb #>> '{}', '{"a": [1]}'::jsonb #> '{a,x}', '{"a": [1]}'::jsonb #> ARRAY['a', '0'];
: ?column?|?column?|?column?|?column?|?column?|?column?
> {"c": "x"}|x|{"a": 1}|s|NULL|1
SELECT '{"a":  [1,  2], "a": {"x" : 1}}'::json -> 'a', '{"a": [1,  2 ]}'::json -> 'a' -> 1, '[1, "two" , 3]'::json ->> 1, '{"a": {"b":  [ 1 ]}}'::json #> '{a,b}', '{"a": {"b": "q"}}'::json #>> '{a,b}', '[1]'::json -> 3;
: ?column?|?column?|?column?|?column?|?column?|?column?
> {"x" : 1}|2|two|[ 1 ]|q|NULL
SELECT ('{"a": 1}'::jsonb -> 'a')::int, ('{"a": 2.5}'::jsonb -> 'a')::numeric, ('{"a": true}'::jsonb -> 'a')::boolean, ('1.5'::jsonb)::float8, ('7'::jsonb)::bigint, '2.5'::jsonb::int;
: int4|numeric|bool|float8|int8|int4
> 1|2.5|t|1.5|7|3
SELECT ('{"a": "x"}'::jsonb -> 'a')::int;
! 22023
SELECT '{"a": 1}'::jsonb::numeric;
! 22023
SELECT '[1]'::jsonb::boolean;
! 22023
SELECT 'null'::jsonb::int;
! 22023
SELECT '{"a": 1}'::json::int;
! 42846
SELECT '{"a": 1, "b": {"c": [1, 2, 3]}}'::jsonb @> '{"b": {"c": [3, 1]}}', '{"a": 1}'::jsonb @> '{"a": 1, "b": 2}', '[1, 2, [3, 4]]'::jsonb @> '[[3]]', '[1, 2]'::jsonb @> '1', '"a"'::jsonb @> '"a"', '1'::jsonb @> '[1]', '{"a": [1, 2]}'::jsonb @> '{"a": 1}';
: ?column?|?column?|?column?|?column?|?column?|?column?|?column?
> t|f|t|t|t|f|f
SELECT '{"b": 2}'::jsonb <@ '{"a": 1, "b": 2}', '[]'::jsonb <@ '[1]', '{}'::jsonb <@ '[]', '{"a": 1.0}'::jsonb @> '{"a": 1}';
: ?column?|?column?|?column?|?column?
> t|t|f|t
SELECT '{"a": 1, "b": 2}'::jsonb ? 'a', '{"a": 1}'::jsonb ? 'b', '["a", "b", 1]'::jsonb ? 'b', '"a"'::jsonb ? 'a', '{"x": {"a": 1}}'::jsonb ? 'a';
: ?column?|?column?|?column?|?column?|?column?
> t|f|t|t|f
SELECT '{"a": 1, "b": 2}'::jsonb ?| ARRAY['z', 'b'], '{"a": 1, "b": 2}'::jsonb ?& ARRAY['a', 'b'], '{"a": 1}'::jsonb ?& '{a,c}', '{"a": 1}'::jsonb ?| '{}';
: ?column?|?column?|?column?|?column?
> t|t|f|f
SELECT '{"a": 1, "b": 2}'::jsonb || '{"b": 3, "c": 4}', '[1, 2]'::jsonb || '[3]', '[1]'::jsonb || '{"a": 1}', '1'::jsonb || '2'::jsonb, '{"a": 1}'::jsonb || '[2]';
: ?column?|?column?|?column?|?column?|?column?
> {"a": 1, "b": 3, "c": 4}|[1, 2, 3]|[1, {"a": 1}]|[1, 2]|[{"a": 1}, 2]
SELECT '{"a": 1, "b": 2}'::jsonb - 'a', '["a", "b", "a"]'::jsonb - 'a', '[1, 2, 3]'::jsonb - 1, '[1, 2, 3]'::jsonb - -1, '{"a": 1, "b": 2, "c": 3}'::jsonb - ARRAY['a', 'c'];
: ?column?|?column?|?column?|?column?|?column?
> {"b": 2}|["b"]|[1, 3]|[1, 2]|{"b": 2}
SELECT '{"a": {"b": [1, 2, 3]}, "c": 1}'::jsonb #- '{a,b,1}', '{"a": 1, "c": 1}'::jsonb #- '{c}', '[1, [2, 3]]'::jsonb #- '{1,-1}', '{"a": 1}'::jsonb #- '{x,y}', '[1]'::jsonb #- '{5}', '{"a": 1}'::jsonb #- '{}';
: ?column?|?column?|?column?|?column?|?column?|?column?
> {"a": {"b": [1, 3]}, "c": 1}|{"a": 1}|[1, [2]]|{"a": 1}|[1]|{"a": 1}
SELECT '1'::jsonb #- '{a}';
! 22023
SELECT '[1]'::jsonb #- '{a}';
! 22P02
SELECT '"\u0661\u0662\u0663\u0664"'::jsonb, '"\u١٢٣٤"'::jsonb;
! 22P02
SELECT '{"a": 1}'::jsonb - 0;
! 22023
SELECT '1'::jsonb - 'a';
! 22023
SELECT '{"a": 1}'::jsonb @> '{"a": 1}'::json;
! 42883
SELECT '{"a": 1}'::json ? 'a';
! 42883
SELECT '{"a": 1}'::jsonb = '{"a": 1}'::text;
! 42883
SELECT id FROM jdocs WHERE d @> '{"a": 1}' ORDER BY id;
: id
> 1
> 9
SELECT id FROM jdocs WHERE d ? 'b' ORDER BY id;
: id
> 9
> 14
SELECT id, d ->> 'a' FROM jdocs WHERE d -> 'a' IS NOT NULL ORDER BY id;
: id|?column?
> 1|1
> 9|1
> 18|[1]
> 19|x
-- casts
SELECT '{"b": 1, "a": 2}'::json::jsonb, '{"b": 1,   "a": 2}'::jsonb::json, '[1, 2]'::jsonb::text, '{"x":1}'::text::jsonb, CAST('{"y": 2}' AS json);
: jsonb|json|text|jsonb|json
> {"a": 2, "b": 1}|{"a": 2, "b": 1}|[1, 2]|{"x": 1}|{"y": 2}
SELECT 'true'::text::jsonb::text, 'abc'::varchar::json;
! 22P02
SELECT 1::jsonb;
! 42846
SELECT true::json;
! 42846
-- functions
SELECT jsonb_typeof('{}'), jsonb_typeof('[]'), jsonb_typeof('"s"'), jsonb_typeof('1.5'), jsonb_typeof('false'), jsonb_typeof('null'), json_typeof('{"a": 1}'), json_typeof(' 12 ');
: jsonb_typeof|jsonb_typeof|jsonb_typeof|jsonb_typeof|jsonb_typeof|jsonb_typeof|json_typeof|json_typeof
> object|array|string|number|boolean|null|object|number
SELECT jsonb_array_length('[1, [2, 3], {}]'), json_array_length('[1, 2]'), jsonb_array_length('[]');
: jsonb_array_length|json_array_length|jsonb_array_length
> 3|2|0
SELECT jsonb_array_length('{"a": 1}');
! 22023
SELECT jsonb_array_length('5');
! 22023
SELECT jsonb_build_object('a', 1, 'b', 'text', 'c', true, 'd', NULL, 'e', 2.50, 'f', '{"x": 1}'::jsonb, 'g', ARRAY[1, 2]);
: jsonb_build_object
> {"a": 1, "b": "text", "c": true, "d": null, "e": 2.50, "f": {"x": 1}, "g": [1, 2]}
SELECT json_build_object('a', 1, 'b', 'text', 'c', true, 'd', NULL, 'f', '{"x":  1}'::json), json_build_object(), jsonb_build_object();
: json_build_object|json_build_object|jsonb_build_object
> {"a" : 1, "b" : "text", "c" : true, "d" : null, "f" : {"x":  1}}|{}|{}
SELECT jsonb_build_array(1, 'a', NULL, false, '[1]'::jsonb, 1.50), json_build_array(1, 'a', NULL, false), jsonb_build_array();
: jsonb_build_array|json_build_array|jsonb_build_array
> [1, "a", null, false, [1], 1.50]|[1, "a", null, false]|[]
SELECT jsonb_build_object(1, 'one', true, 'b', 1.5, 'n');
: jsonb_build_object
> {"1": "one", "1.5": "n", "true": "b"}
SELECT jsonb_build_object('a');
! 22023
SELECT jsonb_build_object(NULL, 1);
! 22023
SELECT to_jsonb(1), to_jsonb(2.50), to_jsonb('a"b'::text), to_jsonb(true), to_jsonb(ARRAY[1, 2]), to_jsonb(ARRAY['x', NULL]), to_jsonb(1.5::float8), to_jsonb('{"a": 1}'::json);
: to_jsonb|to_jsonb|to_jsonb|to_jsonb|to_jsonb|to_jsonb|to_jsonb|to_jsonb
> 1|2.50|"a\"b"|true|[1, 2]|["x", null]|1.5|{"a": 1}
SELECT to_json(1), to_json(2.50), to_json('a"b'::text), to_json(false), to_json(ARRAY[1, 2]), to_json('NaN'::float8), to_json(date '2020-01-02'), to_json(timestamp '2020-01-02 03:04:05');
: to_json|to_json|to_json|to_json|to_json|to_json|to_json|to_json
> 1|2.50|"a\"b"|false|[1,2]|"NaN"|"2020-01-02"|"2020-01-02T03:04:05"
SELECT to_jsonb(NULL::int), to_json(NULL::text);
: to_jsonb|to_json
> NULL|NULL
SELECT jsonb_pretty('{"a": 1, "b": [1, {"c": null}], "d": {}}');
: jsonb_pretty
> {\n    "a": 1,\n    "b": [\n        1,\n        {\n            "c": null\n        }\n    ],\n    "d": {\n    }\n}
SELECT jsonb_pretty('[]'), jsonb_pretty('"s"');
: jsonb_pretty|jsonb_pretty
> [\n]|"s"
SELECT jsonb_set('{"a": {"b": [1, 2]}}', '{a,b,0}', '"x"'), jsonb_set('{"a": 1}', '{b}', '[2]'), jsonb_set('{"a": 1}', '{b}', '2', false), jsonb_set('[1, 2]', '{5}', '3'), jsonb_set('[1, 2]', '{-5}', '0'), jsonb_set('[1, 2]', '{-1}', '9'), jsonb_set('{"a": 1}', '{x,y}', '1'), jsonb_set('{"a": 1}', '{}', '1');
: jsonb_set|jsonb_set|jsonb_set|jsonb_set|jsonb_set|jsonb_set|jsonb_set|jsonb_set
> {"a": {"b": ["x", 2]}}|{"a": 1, "b": [2]}|{"a": 1}|[1, 2, 3]|[0, 1, 2]|[1, 9]|{"a": 1}|{"a": 1}
SELECT jsonb_set('5', '{a}', '1');
! 22023
SELECT jsonb_set('[1]', '{a}', '1');
! 22P02
SELECT jsonb_set('{"a": 1}', ARRAY['a', NULL], '1');
! 22004
SELECT jsonb_extract_path('{"a": {"b": [1, {"c": "z"}]}}', 'a', 'b', '1'), jsonb_extract_path_text('{"a": {"b": [1, {"c": "z"}]}}', 'a', 'b', '1', 'c'), json_extract_path('{"a": {"b":  [1]}}', 'a', 'b'), json_extract_path_text('{"a": "q"}', 'a'), jsonb_extract_path('{"a": 1}', 'a', NULL);
: jsonb_extract_path|jsonb_extract_path_text|json_extract_path|json_extract_path_text|jsonb_extract_path
> {"c": "z"}|z|[1]|q|NULL
SELECT jsonb_extract_path('{"a": 1}');
! 42883
SELECT jsonb_strip_nulls('{"a": null, "b": [null, {"c": null, "d": 1}], "e": {"f": null}}'), jsonb_strip_nulls('null');
: jsonb_strip_nulls|jsonb_strip_nulls
> {"b": [null, {"d": 1}], "e": {}}|null
-- set-returning functions
SELECT * FROM jsonb_array_elements('[1, "a", {"b": 2}, null]');
: value
> "a"
> 1
> null
> {"b": 2}
SELECT * FROM jsonb_array_elements_text('[1, "a", {"b": 2}, null]');
: value
> 1
> NULL
> a
> {"b": 2}
SELECT jsonb_object_keys('{"b": 1, "aa": 2, "a": 3}');
: jsonb_object_keys
> a
> aa
> b
SELECT * FROM jsonb_each('{"b": 1, "a": [2]}') ORDER BY key;
: key|value
> a|[2]
> b|1
SELECT key, value FROM jsonb_each_text('{"b": 1, "a": "x", "c": null}') ORDER BY key;
: key|value
> a|x
> b|1
> c|NULL
SELECT * FROM json_array_elements('[1,  "a" , {"b":2}]');
: value
> "a"
> 1
> {"b":2}
SELECT * FROM json_each('{"b": 1, "a":[2], "b": 3}');
: key|value
> a|[2]
> b|1
> b|3
SELECT json_object_keys('{"b": 1, "a": 2}');
: json_object_keys
> a
> b
SELECT * FROM jsonb_array_elements('{"a": 1}');
! 22023
SELECT * FROM jsonb_object_keys('[1]');
! 22023
SELECT id, jsonb_array_elements(d) AS e FROM jdocs WHERE jsonb_typeof(d) = 'array' ORDER BY id, e;
: id|e
> 2|1
> 2|2
> 10|1
> 15|[1]
-- aggregates
CREATE TABLE jagg (g int, k text, v int, a int[]);
INSERT INTO jagg VALUES (1, 'x', 1, ARRAY[1]), (1, 'y', NULL, NULL), (2, 'x', 3, ARRAY[2, 3]), (2, 'x', 4, ARRAY[4]);
SELECT g, jsonb_agg(v ORDER BY v), json_agg(v ORDER BY v), jsonb_object_agg(k, v), json_object_agg(k, v ORDER BY v) FROM jagg GROUP BY g ORDER BY g;
: g|jsonb_agg|json_agg|jsonb_object_agg|json_object_agg
> 1|[1, null]|[1, null]|{"x": 1, "y": null}|{ "x" : 1, "y" : null }
> 2|[3, 4]|[3, 4]|{"x": 4}|{ "x" : 3, "x" : 4 }
SELECT json_agg(a ORDER BY v), jsonb_agg(a ORDER BY v), json_agg(k ORDER BY v), jsonb_agg(DISTINCT k) FROM jagg;
: json_agg|jsonb_agg|json_agg|jsonb_agg
> [[1], \n [2,3], \n [4], null]|[[1], [2, 3], [4], null]|["x", "x", "x", "y"]|["x", "y"]
SELECT jsonb_agg(v), json_agg(v), jsonb_object_agg(k, v) FROM jagg WHERE g > 5;
: jsonb_agg|json_agg|jsonb_object_agg
> NULL|NULL|NULL
SELECT json_agg(to_json(k) ORDER BY v), jsonb_agg(jsonb_build_object('k', k, 'v', v) ORDER BY v) FROM jagg;
: json_agg|jsonb_agg
> ["x", "x", "x", "y"]|[{"k": "x", "v": 1}, {"k": "x", "v": 3}, {"k": "x", "v": 4}, {"k": "y", "v": null}]
SELECT jsonb_object_agg(NULL::text, 1);
! 22023
SELECT min('{}'::json);
! 42883
SELECT max(d) FROM (VALUES ('{"a": 1}'::jsonb), ('[1, 2, 3]'::jsonb)) t(d);
! 42883
DROP TABLE jagg;
-- columns, updates, indexes, catalogs
UPDATE jdocs SET d = d || '{"z": true}' WHERE jsonb_typeof(d) = 'object';
SELECT id, d FROM jdocs WHERE d ? 'z' ORDER BY id;
: id|d
> 1|{"a": 1, "z": true}
> 8|{"z": true}
> 9|{"a": 1, "b": 2, "z": true}
> 13|{"c": 1, "z": true, "aa": 1}
> 14|{"b": 1, "d": 1, "z": true}
> 18|{"a": [1], "z": true}
> 19|{"a": "x", "z": true}
INSERT INTO jdocs (id, d) VALUES (20, 'not json');
! 22P02
INSERT INTO jdocs (id, d) VALUES (20, '{"a": 1}'::json);
INSERT INTO jdocs (id, j) VALUES (21, '{"a": 1}'::jsonb);
SELECT d, j FROM jdocs WHERE id IN (20, 21) ORDER BY id;
: d|j
> {"a": 1}|NULL
> NULL|{"a": 1}
INSERT INTO jdocs (id, d) VALUES (22, '{"a": 1}'::text);
! 42804
CREATE INDEX jdocs_d ON jdocs (d);
SELECT id FROM jdocs WHERE d = '{"a": 1}' ORDER BY id;
: id
> 20
SELECT id, d FROM jdocs WHERE d > '[1]' AND d < '{}' ORDER BY d, id;
: id|d
> 15|[[1]]
> 2|[1, 2]
CREATE INDEX jdocs_j ON jdocs (j);
! 42704
CREATE TABLE juniq (d jsonb UNIQUE);
INSERT INTO juniq VALUES ('{"a": 1, "b": [1, 2]}'), ('[1.0]');
INSERT INTO juniq VALUES ('{"b": [1, 2], "a": 1}');
! 23505
INSERT INTO juniq VALUES ('[1]');
! 23505
SELECT d FROM juniq ORDER BY d;
: d
> [1.0]
> {"a": 1, "b": [1, 2]}
SELECT format_type(114, NULL), format_type(3802, NULL), format_type(199, NULL), format_type(3807, NULL);
: format_type|format_type|format_type|format_type
> json|jsonb|json[]|jsonb[]
SELECT typname, typlen, typcategory, typarray FROM pg_type WHERE oid IN (114, 199, 3802, 3807) ORDER BY oid;
: typname|typlen|typcategory|typarray
> json|-1|U|199
> _json|-1|A|0
> jsonb|-1|U|3807
> _jsonb|-1|A|0
SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'jdocs' ORDER BY ordinal_position;
: column_name|data_type
> id|integer
> d|jsonb
> j|json
SELECT ARRAY['{"a":1}'::jsonb, '[2]'], ARRAY['{"a": 1}'::json];
: array|array
> {"{\"a\": 1}",[2]}|{"{\"a\": 1}"}
SELECT '{"a": 1}'::jsonb ->> 'a' || 'x', ('{"a": {"b": 5}}'::jsonb -> 'a' ->> 'b')::int + 1;
: ?column?|?column?
> 1x|6
DROP TABLE juniq;
DROP TABLE jdocs;
SELECT '{"b":{"a":1},"b":{"c":2}}'::json #> '{b,a}', '{"b":{"a":1},"b":5}'::json #>> '{b,a}', '{"b":{"a":1},"b":{"a":2}}'::json #> '{b,a}', '{"b":{"a":1},"b":{"c":2}}'::json #> '{b}';
: ?column?|?column?|?column?|?column?
> 1|1|2|{"c":2}
