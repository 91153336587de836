-- jsonb subscript assignment (PostgreSQL 14+): UPDATE ... SET doc[...] = value creates missing steps, pads arrays with nulls, and refuses paths through scalars.
CREATE TABLE jsa (id int PRIMARY KEY, doc jsonb, j json, n numeric);
INSERT INTO jsa VALUES (1, '{"a": {"b": 1}}', '{}', 1), (2, '[1, 2]', NULL, 2), (3, NULL, NULL, 3), (4, '"s"', NULL, 4), (5, '{"a": [1]}', NULL, 5), (6, '[]', NULL, 6), (7, NULL, NULL, 7);
UPDATE jsa SET doc['a']['b'] = '2' WHERE id = 1;
UPDATE jsa SET doc[5] = '9' WHERE id = 2;
UPDATE jsa SET doc['x']['y'] = '1' WHERE id = 3;
UPDATE jsa SET doc['a'][3] = '7' WHERE id = 5;
UPDATE jsa SET doc['n'][-1] = '1', doc['q'][2]['r'] = '"deep"' WHERE id = 1;
UPDATE jsa SET doc[1] = '5' WHERE id = 7;
SELECT id, doc FROM jsa ORDER BY id;
: id|doc
> 1|{"a": {"b": 2}, "n": [1], "q": [null, null, {"r": "deep"}]}
> 2|[1, 2, null, null, null, 9]
> 3|{"x": {"y": 1}}
> 4|"s"
> 5|{"a": [1, null, null, 7]}
> 6|[]
> 7|[null, 5]
UPDATE jsa SET doc[-5] = '0' WHERE id = 2;
UPDATE jsa SET doc['2'] = '"two"' WHERE id = 2;
UPDATE jsa SET doc['a'][0] = 'true', doc['a']['c'] = NULL WHERE id = 1;
UPDATE jsa SET doc['k'] = doc['a'] WHERE id = 5;
UPDATE jsa SET doc['whole'] = to_jsonb(n) || '[1]'::jsonb WHERE id = 3;
UPDATE jsa SET doc[0] = '{"z": []}' WHERE id = 6;
SELECT id, doc FROM jsa ORDER BY id;
: id|doc
> 1|{"a": {"0": true, "b": 2, "c": null}, "n": [1], "q": [null, null, {"r": "deep"}]}
> 2|[1, 0, "two", null, null, 9]
> 3|{"x": {"y": 1}, "whole": [3, 1]}
> 4|"s"
> 5|{"a": [1, null, null, 7], "k": [1, null, null, 7]}
> 6|[{"z": []}]
> 7|[null, 5]
UPDATE jsa SET doc['x'] = '"returned"' WHERE id = 3 RETURNING doc, doc['x'], doc['x']::text, CASE WHEN id = 3 THEN 1 END;
: doc|doc|doc|case
> {"x": "returned", "whole": [3, 1]}|"returned"|"returned"|1
PREPARE jsa_up(text, int, jsonb) AS UPDATE jsa SET doc[$1][$2] = $3 WHERE id = 5;
EXECUTE jsa_up('list', 1, '"p"');
SELECT doc FROM jsa WHERE id = 5;
: doc
> {"a": [1, null, null, 7], "k": [1, null, null, 7], "list": [null, "p"]}
INSERT INTO jsa VALUES (5, '{}', NULL, 0) ON CONFLICT (id) DO UPDATE SET doc['conflict'] = '1';
SELECT doc FROM jsa WHERE id = 5;
: doc
> {"a": [1, null, null, 7], "k": [1, null, null, 7], "list": [null, "p"], "conflict": 1}
UPDATE jsa SET doc['from'] = to_jsonb(o.v) FROM (SELECT 3 AS id, 'other'::text AS v, '{"not": "this"}'::jsonb AS doc) o WHERE jsa.id = o.id;
UPDATE jsa AS t SET doc[0]['alias'] = '2' WHERE t.id = 6;
SELECT id, doc FROM jsa WHERE id IN (3, 6) ORDER BY id;
: id|doc
> 3|{"x": "returned", "from": "other", "whole": [3, 1]}
> 6|[{"z": [], "alias": 2}]
UPDATE jsa SET doc['a'] = '1' WHERE id = 4;
! 22023
UPDATE jsa SET doc['a']['b']['c'] = '1' WHERE id = 1;
! 22023
UPDATE jsa SET doc[-10] = '1' WHERE id = 2;
! 22023
UPDATE jsa SET doc[-1] = '1' WHERE id = 6;
UPDATE jsa SET doc['z'] = '1' WHERE id = 2;
! 22P02
UPDATE jsa SET doc[NULL::int] = '1' WHERE id = 2;
! 22004
UPDATE jsa SET doc[1.5] = '1' WHERE id = 2;
! 42804
UPDATE jsa SET doc['a'] = 5 WHERE id = 1;
! 42804
UPDATE jsa SET j['a'] = '1' WHERE id = 1;
! 42804
UPDATE jsa SET n['a'] = '1' WHERE id = 1;
! 42804
UPDATE jsa SET doc['a'] = DEFAULT WHERE id = 1;
! 0A000
UPDATE jsa SET doc = '{}', doc['a'] = '1' WHERE id = 1;
! 42601
UPDATE jsa SET nosuch['a'] = '1' WHERE id = 1;
! 42703
SELECT id, doc FROM jsa ORDER BY id;
: id|doc
> 1|{"a": {"0": true, "b": 2, "c": null}, "n": [1], "q": [null, null, {"r": "deep"}]}
> 2|[1, 0, "two", null, null, 9]
> 3|{"x": "returned", "from": "other", "whole": [3, 1]}
> 4|"s"
> 5|{"a": [1, null, null, 7], "k": [1, null, null, 7], "list": [null, "p"], "conflict": 1}
> 6|[1]
> 7|[null, 5]
DROP TABLE jsa;
