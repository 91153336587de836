-- Rows of IN lists, = ANY (array) and LIKE prefixes answered through indexes (one descent per distinct value; LIKE prefix ranges), against PostgreSQL: NULLs, duplicates, empty and NULL arrays, mixed types, multi-column indexes, descending order, escapes, non-ASCII text, UPDATE/DELETE and joins.
CREATE TABLE il (id int PRIMARY KEY, k int, big bigint, name text, label varchar(20), n numeric);
CREATE INDEX il_k_name ON il (k, name);
CREATE INDEX il_big ON il (big);
CREATE INDEX il_name ON il (name);
CREATE INDEX il_label ON il (label);
CREATE INDEX il_n ON il (n);
INSERT INTO il SELECT i, i % 10, i * 10, 'n' || i, 'l' || i, i / 2.0 FROM generate_series(1, 300) i;
INSERT INTO il VALUES (1001, NULL, NULL, NULL, NULL, NULL), (1002, 3, 30, 'a%b', 'a_b', 1.50), (1003, 3, 31, 'a\b', 'axb', 1.5),
  (1004, 4, 40, 'ab', 'ab', 2), (1005, 4, 41, 'abc', 'abc', 2.0), (1006, 5, 50, 'ab_', 'ab%', NULL), (1007, 5, 51, 'été', 'éta', 3),
  (1008, 6, 60, 'a' || chr(127) || 'z', 'a' || chr(127), 4), (1009, 6, 61, 'b', 'b', 5), (1010, 7, 70, '', '', 6);
ANALYZE il;
SELECT id FROM il WHERE id IN (9, 1, 5, 5, 9) ORDER BY id;
: id
> 1
> 5
> 9
SELECT id FROM il WHERE id IN (9, 1, 5) ORDER BY id DESC;
: id
> 9
> 5
> 1
SELECT id FROM il WHERE id IN (1, NULL, 3) ORDER BY id;
: id
> 1
> 3
SELECT id FROM il WHERE id IN (NULL, NULL);
: id
SELECT id FROM il WHERE id IN (-1, 100000);
: id
SELECT id FROM il WHERE id IN (1, 2.5, 3) ORDER BY id;
: id
> 1
> 3
SELECT id FROM il WHERE id IN (1, 2.0, 3) ORDER BY id;
: id
> 1
> 2
> 3
SELECT id FROM il WHERE big IN (10, 20, 3000000000) ORDER BY id;
: id
> 1
> 2
SELECT id FROM il WHERE n IN (1.5, 2, 1.50) ORDER BY id;
: id
> 3
> 4
> 1002
> 1003
> 1004
> 1005
SELECT id FROM il WHERE id NOT IN (1, 2) AND id < 5 ORDER BY id;
: id
> 3
> 4
SELECT id, k FROM il WHERE k IN (3, 4) AND name = 'n13' ORDER BY id;
: id|k
> 13|3
SELECT id, name FROM il WHERE k = 3 AND name IN ('n13', 'n23', 'a%b', 'n13', NULL) ORDER BY name;
: id|name
> 1002|a%b
> 13|n13
> 23|n23
SELECT id, name FROM il WHERE k IN (4, 3) AND name > 'n28' ORDER BY k, name;
: id|name
> 283|n283
> 293|n293
> 3|n3
> 33|n33
> 43|n43
> 53|n53
> 63|n63
> 73|n73
> 83|n83
> 93|n93
> 284|n284
> 294|n294
> 34|n34
> 4|n4
> 44|n44
> 54|n54
> 64|n64
> 74|n74
> 84|n84
> 94|n94
SELECT id, k, name FROM il WHERE k IN (5, 4) ORDER BY k, name LIMIT 5;
: id|k|name
> 1004|4|ab
> 1005|4|abc
> 104|4|n104
> 114|4|n114
> 124|4|n124
SELECT id, k, name FROM il WHERE k IN (5, 4) ORDER BY k DESC, name DESC LIMIT 5;
: id|k|name
> 1007|5|été
> 95|5|n95
> 85|5|n85
> 75|5|n75
> 65|5|n65
SELECT id FROM il WHERE label IN ('l1', 'l2', 'ab') ORDER BY id;
: id
> 1
> 2
> 1004
SELECT id FROM il WHERE id = ANY ('{4,2,2}') ORDER BY id;
: id
> 2
> 4
SELECT id FROM il WHERE id = ANY ('{}') ORDER BY id;
: id
SELECT id FROM il WHERE id = ANY (NULL::int[]) ORDER BY id;
: id
SELECT id FROM il WHERE id = ANY ('{1,NULL,7}') ORDER BY id;
: id
> 1
> 7
SELECT id FROM il WHERE id = ANY (ARRAY[8, 6]) ORDER BY id;
: id
> 6
> 8
SELECT id FROM il WHERE big = ANY (ARRAY[10, 20]) ORDER BY id;
: id
> 1
> 2
SELECT id FROM il WHERE id = ANY ('{5,6}') AND id > 5 ORDER BY id;
: id
> 6
SELECT id FROM il WHERE id <> ALL ('{1,2}') AND id < 4 ORDER BY id;
: id
> 3
SELECT name FROM il WHERE name LIKE 'n12%' ORDER BY name;
: name
> n12
> n120
> n121
> n122
> n123
> n124
> n125
> n126
> n127
> n128
> n129
SELECT name FROM il WHERE name LIKE 'n299' ORDER BY name;
: name
> n299
SELECT name FROM il WHERE name LIKE 'ab%' ORDER BY name;
: name
> ab
> ab_
> abc
SELECT name FROM il WHERE name LIKE 'ab\_' ORDER BY name;
: name
> ab_
SELECT name FROM il WHERE name LIKE 'ab_' ORDER BY name;
: name
> ab_
> abc
SELECT name FROM il WHERE name LIKE 'a\%%' ORDER BY name;
: name
> a%b
SELECT name FROM il WHERE name LIKE 'a!%b' ESCAPE '!' ORDER BY name;
: name
> a%b
SELECT name FROM il WHERE name LIKE 'a\\%' ORDER BY name;
: name
> a\b
SELECT name FROM il WHERE name LIKE 'a\b' ESCAPE '' ORDER BY name;
: name
> a\b
SELECT name FROM il WHERE name LIKE 'a' || chr(127) || '%' ORDER BY name;
: name
> az
SELECT name FROM il WHERE name LIKE 'ét%' ORDER BY name;
: name
> été
SELECT name FROM il WHERE name LIKE '%' ORDER BY name LIMIT 3;
: name
> 
> a%b
> a\b
SELECT name FROM il WHERE name LIKE '' ORDER BY name;
: name
> 
SELECT name FROM il WHERE name NOT LIKE 'n%' ORDER BY name;
: name
> 
> a%b
> a\b
> ab
> ab_
> abc
> az
> b
> été
SELECT label FROM il WHERE label LIKE 'l29%' ORDER BY label;
: label
> l29
> l290
> l291
> l292
> l293
> l294
> l295
> l296
> l297
> l298
> l299
SELECT label FROM il WHERE label LIKE 'ab%' ORDER BY label;
: label
> ab
> ab%
> abc
SELECT label FROM il WHERE label LIKE 'ab\%' ORDER BY label;
: label
> ab%
SELECT label FROM il WHERE label LIKE 'a_b' ORDER BY label;
: label
> a_b
> axb
SELECT id, name FROM il WHERE k = 4 AND name LIKE 'n1%' ORDER BY name;
: id|name
> 104|n104
> 114|n114
> 124|n124
> 134|n134
> 14|n14
> 144|n144
> 154|n154
> 164|n164
> 174|n174
> 184|n184
> 194|n194
SELECT name FROM il WHERE name LIKE 'n1%' AND name >= 'n15' ORDER BY name LIMIT 4;
: name
> n15
> n150
> n151
> n152
SELECT name FROM il WHERE name LIKE 'a\' ORDER BY name;
! 22025
SELECT s.x, il.name FROM (VALUES (1), (2)) s(x) JOIN il ON il.id = s.x WHERE il.k IN (1, 2) ORDER BY s.x;
: x|name
> 1|n1
> 2|n2
SELECT a.id, b.id FROM il a JOIN il b ON b.id = a.k WHERE a.id IN (13, 24, 1001) ORDER BY a.id;
: id|id
> 13|3
> 24|4
BEGIN;
UPDATE il SET k = 99 WHERE id IN (2, 4, 4) RETURNING id, k;
: id|k
> 2|99
> 4|99
DELETE FROM il WHERE name LIKE 'n29%' RETURNING id;
: id
> 29
> 290
> 291
> 292
> 293
> 294
> 295
> 296
> 297
> 298
> 299
SELECT count(*) FROM il WHERE name LIKE 'n2%';
: count
> 100
DELETE FROM il WHERE id = ANY ('{3,5}') RETURNING id;
: id
> 3
> 5
SELECT id, k FROM il WHERE id IN (2, 3, 4, 5) ORDER BY id;
: id|k
> 2|99
> 4|99
ROLLBACK;
SELECT id, k FROM il WHERE id IN (2, 3, 4, 5) ORDER BY id;
: id|k
> 2|2
> 3|3
> 4|4
> 5|5
