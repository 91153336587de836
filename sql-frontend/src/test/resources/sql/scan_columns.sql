-- A scan decodes only the columns its query reads (the others stay undecoded): results must not
-- change whatever the query reads them through. Also DISTINCT aggregates folded in as rows come.
CREATE TABLE sc (id int PRIMARY KEY, grp int, wide text, n numeric, f float8, note varchar(20));
INSERT INTO sc SELECT g, g % 4, repeat('w', g % 50), (g % 7) * 1.5, g / 3.0, CASE WHEN g % 5 = 0 THEN NULL ELSE 'n' || g END FROM generate_series(1, 200) g;
SELECT count(*) FROM sc;
: count
> 200
SELECT count(*), sum(grp), max(length(wide)) FROM sc;
: count|sum|max
> 200|300|49
SELECT grp, count(*), sum(n), avg(n) FROM sc GROUP BY grp ORDER BY grp;
: grp|count|sum|avg
> 0|50|226.5|4.5300000000000000
> 1|50|222.0|4.4400000000000000
> 2|50|223.5|4.4700000000000000
> 3|50|225.0|4.5000000000000000
SELECT grp, count(note), min(note) FROM sc WHERE id > 50 GROUP BY grp HAVING count(*) > 10 ORDER BY 1;
: grp|count|min
> 0|30|n104
> 1|30|n101
> 2|30|n102
> 3|30|n103
SELECT id FROM sc WHERE note IS NULL AND grp = 1 ORDER BY id LIMIT 5;
: id
> 5
> 25
> 45
> 65
> 85
SELECT id, grp FROM sc WHERE length(wide) = 49 ORDER BY wide, id;
: id|grp
> 49|1
> 99|3
> 149|1
> 199|3
SELECT note FROM sc WHERE id BETWEEN 10 AND 14 ORDER BY f DESC;
: note
> n14
> n13
> n12
> n11
> NULL
SELECT DISTINCT grp FROM sc ORDER BY grp;
: grp
> 0
> 1
> 2
> 3
SELECT DISTINCT ON (grp) grp, id, note FROM sc ORDER BY grp, id DESC;
: grp|id|note
> 0|200|NULL
> 1|197|n197
> 2|198|n198
> 3|199|n199
SELECT s FROM sc s WHERE id = 7;
: s
> (7,3,wwwwwww,0.0,2.3333333333333335,n7)
SELECT row_to_json(s) FROM sc s WHERE id = 8;
: row_to_json
> {"id":8,"grp":0,"wide":"wwwwwwww","n":1.5,"f":2.6666666666666665,"note":"n8"}
SELECT s.* FROM sc s WHERE id = 9;
: id|grp|wide|n|f|note
> 9|1|wwwwwwwww|3.0|3|n9
SELECT (SELECT count(*) FROM sc i WHERE i.grp = o.grp AND i.id < o.id) FROM sc o WHERE id IN (3, 4, 5) ORDER BY id;
: count
> 0
> 0
> 1
SELECT id FROM sc o WHERE EXISTS (SELECT 1 FROM sc i WHERE i.id = o.id + 1 AND i.note IS NULL) ORDER BY id LIMIT 4;
: id
> 4
> 9
> 14
> 19
SELECT id, sum(n) OVER (PARTITION BY grp ORDER BY id) FROM sc WHERE id < 9 ORDER BY id;
: id|sum
> 1|1.5
> 2|3.0
> 3|4.5
> 4|6.0
> 5|9.0
> 6|12.0
> 7|4.5
> 8|7.5
SELECT a.id, b.note FROM sc a JOIN sc b ON b.id = a.grp + 10 WHERE a.id < 5 ORDER BY a.id;
: id|note
> 1|n11
> 2|n12
> 3|n13
> 4|NULL
SELECT a.id, b.note, b.id FROM sc a LEFT JOIN sc b ON b.id = a.id * 100 WHERE a.id < 4 ORDER BY a.id;
: id|note|id
> 1|NULL|100
> 2|NULL|200
> 3|NULL|NULL
SELECT count(*) FROM sc a JOIN sc b USING (id) WHERE a.note = b.note;
: count
> 160
CREATE TABLE sc_copy AS SELECT id, note FROM sc WHERE grp = 2;
SELECT count(*), count(note) FROM sc_copy;
: count|count
> 50|40
INSERT INTO sc_copy SELECT id + 1000, wide FROM sc WHERE id <= 3;
SELECT id, note FROM sc_copy WHERE id > 1000 ORDER BY id;
: id|note
> 1001|w
> 1002|ww
> 1003|www
UPDATE sc SET grp = grp + 10 WHERE id <= 2 RETURNING id, grp, note;
: id|grp|note
> 1|11|n1
> 2|12|n2
SELECT id, grp, length(wide), n, note FROM sc WHERE id <= 3 ORDER BY id;
: id|grp|length|n|note
> 1|11|1|1.5|n1
> 2|12|2|3.0|n2
> 3|3|3|4.5|n3
SELECT id, note FROM sc WHERE id <= 3 FOR UPDATE;
: id|note
> 1|n1
> 2|n2
> 3|n3
ALTER TABLE sc DROP COLUMN wide;
SELECT count(*), sum(grp) FROM sc;
: count|sum
> 200|320
SELECT id, note FROM sc WHERE id < 4 ORDER BY id;
: id|note
> 1|n1
> 2|n2
> 3|n3
SELECT sc FROM sc WHERE id = 5;
: sc
> (5,1,7.5,1.6666666666666667,)
ALTER TABLE sc ADD COLUMN extra int DEFAULT 3;
INSERT INTO sc (id, grp, note, extra) VALUES (500, 1, 'late', 9);
SELECT id, extra FROM sc WHERE id IN (1, 500) ORDER BY id;
: id|extra
> 1|3
> 500|9
SELECT sum(extra), count(extra) FROM sc;
: sum|count
> 609|201
SELECT grp, sum(extra) FROM sc GROUP BY grp ORDER BY grp;
: grp|sum
> 0|150
> 1|156
> 2|147
> 3|150
> 11|3
> 12|3
CREATE TABLE dv (k int, v numeric, f float8, b bool, t text);
INSERT INTO dv VALUES (1, 1.0, 0.1, true, 'b'), (2, 1.00, 0.2, false, 'a'), (3, 2.5, 0.1, true, 'b'), (4, NULL, 0.3, NULL, NULL), (5, 2.50, 0.7, true, 'c');
SELECT count(DISTINCT v), sum(DISTINCT v), avg(DISTINCT v), min(DISTINCT v), max(DISTINCT v) FROM dv;
: count|sum|avg|min|max
> 2|3.5|1.7500000000000000|1.0|2.5
SELECT count(DISTINCT f), sum(DISTINCT f), avg(DISTINCT f) FROM dv;
: count|sum|avg
> 4|1.3|0.325
SELECT bool_and(DISTINCT b), bool_or(DISTINCT b), every(DISTINCT b), count(DISTINCT t) FROM dv;
: bool_and|bool_or|every|count
> f|t|f|3
SELECT k % 2, count(DISTINCT v), sum(DISTINCT k) FROM dv GROUP BY k % 2 ORDER BY 1;
: ?column?|count|sum
> 0|1|6
> 1|2|9
SELECT string_agg(DISTINCT t, ','), array_agg(DISTINCT v) FROM dv;
: string_agg|array_agg
> a,b,c|{1.0,2.5,NULL}
SELECT count(DISTINCT v) FILTER (WHERE k > 1), sum(DISTINCT v) FILTER (WHERE k > 2) FROM dv;
: count|sum
> 2|2.5
SELECT count(DISTINCT v) FROM dv WHERE false;
: count
> 0
DROP TABLE sc;
DROP TABLE sc_copy;
DROP TABLE dv;
