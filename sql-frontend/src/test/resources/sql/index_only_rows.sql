-- A whole-row reference reads every column of its relation: no index-only scan may answer it from an index that covers only the key, alone or in a join (rows must equal PostgreSQL's after VACUUM, when every page is all-visible).
CREATE TABLE ior (id int PRIMARY KEY, v text, n int);
CREATE INDEX ior_n ON ior (n);
INSERT INTO ior SELECT i, 'v' || i, i * 10 FROM generate_series(1, 500) i;
VACUUM ior;
ANALYZE ior;
SELECT ior FROM ior WHERE id = 7;
: ior
> (7,v7,70)
SELECT r FROM ior r WHERE id BETWEEN 3 AND 5 ORDER BY id;
: r
> (3,v3,30)
> (4,v4,40)
> (5,v5,50)
SELECT row_to_json(r) FROM ior r WHERE id = 9;
: row_to_json
> {"id":9,"v":"v9","n":90}
SELECT to_jsonb(r) FROM ior r WHERE n = 120;
: to_jsonb
> {"n": 120, "v": "v12", "id": 12}
SELECT json_agg(r ORDER BY id) FROM ior r WHERE id < 4;
: json_agg
> [{"id":1,"v":"v1","n":10}, \n {"id":2,"v":"v2","n":20}, \n {"id":3,"v":"v3","n":30}]
SELECT a.id, b FROM ior a JOIN ior b ON b.id = a.id + 1 WHERE a.id < 3 ORDER BY a.id;
: id|b
> 1|(2,v2,20)
> 2|(3,v3,30)
SELECT a.n, row_to_json(b) FROM ior a JOIN ior b ON b.n = a.n WHERE a.id IN (11, 12) ORDER BY a.n;
: n|row_to_json
> 110|{"id":11,"v":"v11","n":110}
> 120|{"id":12,"v":"v12","n":120}
SELECT count(*) FROM ior r WHERE r IS NOT NULL AND id < 50;
: count
> 49
SELECT (SELECT s FROM ior s WHERE s.id = a.id) FROM ior a WHERE a.id = 20;
: s
> (20,v20,200)
DROP TABLE ior;
