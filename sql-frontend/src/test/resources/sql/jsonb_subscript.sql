-- jsonb subscripts (read) and jsonb_insert.
CREATE TABLE js_t (id int PRIMARY KEY, doc jsonb);
INSERT INTO js_t VALUES (1, '{"a": {"b": [10, 20, 30]}, "k": "v", "0": "zero"}'), (2, '[1, [2, 3], {"x": null}]'), (3, '7'), (4, NULL);
SELECT id, doc['a'], doc['k'], doc['a']['b'], doc['a']['b'][1], doc['a']['b'][-1], doc['a']['b']['2'] FROM js_t ORDER BY id;
: id|doc|doc|doc|doc|doc|doc
> 1|{"b": [10, 20, 30]}|"v"|[10, 20, 30]|20|30|30
> 2|NULL|NULL|NULL|NULL|NULL|NULL
> 3|NULL|NULL|NULL|NULL|NULL|NULL
> 4|NULL|NULL|NULL|NULL|NULL|NULL
SELECT id, doc[0], doc[1][0], doc[2]['x'], doc['1'], doc['x'], doc[5], doc[-4] FROM js_t ORDER BY id;
: id|doc|doc|doc|doc|doc|doc|doc
> 1|"zero"|NULL|NULL|NULL|NULL|NULL|NULL
> 2|1|2|null|[2, 3]|NULL|NULL|NULL
> 3|NULL|NULL|NULL|NULL|NULL|NULL|NULL
> 4|NULL|NULL|NULL|NULL|NULL|NULL|NULL
SELECT id, pg_typeof(doc['a']), doc['a'] IS NULL FROM js_t WHERE id = 1;
: id|pg_typeof|?column?
> 1|jsonb|f
SELECT id FROM js_t WHERE doc['k'] = '"v"';
: id
> 1
SELECT doc[NULL::int], doc[NULL::text] FROM js_t WHERE id = 1;
: doc|doc
> NULL|NULL
SELECT ('{"a": [1, 2]}'::jsonb)['a'][0], ('[{"n": 1}]'::jsonb)[0]['n'];
: jsonb|jsonb
> 1|1
SELECT doc[1.5] FROM js_t;
! 42804
SELECT doc[true] FROM js_t;
! 42804
SELECT ('{"a": 1}'::json)['a'];
! 42804
SELECT jsonb_insert('{"a": [0, 1, 2]}', '{a, 1}', '"new"'), jsonb_insert('{"a": [0, 1, 2]}', '{a, 1}', '"new"', true);
: jsonb_insert|jsonb_insert
> {"a": [0, "new", 1, 2]}|{"a": [0, 1, "new", 2]}
SELECT jsonb_insert('{"a": {"b": 1}}', '{a, c}', '2'), jsonb_insert('[1, 2]', '{-1}', '0'), jsonb_insert('[1, 2]', '{9}', '0'), jsonb_insert('[1, 2]', '{-9}', '0');
: jsonb_insert|jsonb_insert|jsonb_insert|jsonb_insert
> {"a": {"b": 1, "c": 2}}|[1, 0, 2]|[1, 2, 0]|[0, 1, 2]
SELECT jsonb_insert('[1, 2]', '{9}', '0', true), jsonb_insert('[1, 2]', '{-9}', '0', true), jsonb_insert('{"a": [1]}', '{x, 0}', '5');
: jsonb_insert|jsonb_insert|jsonb_insert
> [1, 2, 0]|[0, 1, 2]|{"a": [1]}
SELECT jsonb_insert('{"a": {"b": 1}}', '{a, b}', '2');
! 22023
SELECT jsonb_insert('5', '{0}', '1');
! 22023
SELECT jsonb_insert('[1]', '{x}', '1');
! 22P02
SELECT jsonb_insert('[1]', '{}', '1'), jsonb_insert(NULL, '{0}', '1');
: jsonb_insert|jsonb_insert
> [1]|NULL
DROP TABLE js_t;
