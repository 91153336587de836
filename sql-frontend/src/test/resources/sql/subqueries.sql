-- Scalar, IN, NOT IN (with NULLs), EXISTS, ANY/ALL and correlated subqueries.
CREATE TABLE s_t (id int PRIMARY KEY, grp text, v int);
CREATE TABLE s_u (x int);
INSERT INTO s_t VALUES (1, 'a', 10), (2, 'a', 20), (3, 'b', 30), (4, 'b', NULL), (5, 'c', 50);
INSERT INTO s_u VALUES (10), (30), (NULL);
SELECT (SELECT max(v) FROM s_t) AS m;
: m
> 50
SELECT id FROM s_t WHERE v IN (SELECT x FROM s_u) ORDER BY id;
: id
> 1
> 3
SELECT id FROM s_t WHERE v NOT IN (SELECT x FROM s_u) ORDER BY id;
: id
SELECT id FROM s_t WHERE v NOT IN (SELECT x FROM s_u WHERE x IS NOT NULL) ORDER BY id;
: id
> 2
> 5
SELECT id, v IN (SELECT x FROM s_u) AS in_u FROM s_t ORDER BY id;
: id|in_u
> 1|t
> 2|NULL
> 3|t
> 4|NULL
> 5|NULL
SELECT id FROM s_t t WHERE EXISTS (SELECT 1 FROM s_u WHERE s_u.x = t.v) ORDER BY id;
: id
> 1
> 3
SELECT id FROM s_t t WHERE NOT EXISTS (SELECT 1 FROM s_u WHERE s_u.x = t.v) ORDER BY id;
: id
> 2
> 4
> 5
SELECT id, (SELECT count(*) FROM s_t t2 WHERE t2.grp = t.grp) AS n FROM s_t t ORDER BY id;
: id|n
> 1|2
> 2|2
> 3|2
> 4|2
> 5|1
SELECT id, v FROM s_t t WHERE v > (SELECT avg(v) FROM s_t t2 WHERE t2.grp = t.grp) ORDER BY id;
: id|v
> 2|20
SELECT grp, (SELECT max(v) FROM s_t i WHERE i.grp = o.grp) FROM s_t o GROUP BY grp ORDER BY grp;
: grp|max
> a|20
> b|30
> c|50
SELECT id FROM s_t WHERE v = ANY (SELECT x FROM s_u) ORDER BY id;
: id
> 1
> 3
SELECT id FROM s_t WHERE v > ALL (SELECT x FROM s_u WHERE x IS NOT NULL) ORDER BY id;
: id
> 5
SELECT id FROM s_t WHERE v >= ALL (SELECT v FROM s_t WHERE v IS NOT NULL);
: id
> 5
SELECT id FROM s_t WHERE v < ALL (SELECT x FROM s_u);
: id
SELECT (SELECT x FROM s_u);
! 21000
SELECT (SELECT x, x FROM s_u LIMIT 1);
! 42601
SELECT t.id, s.total FROM s_t t, (SELECT grp, sum(v) AS total FROM s_t GROUP BY grp) s WHERE s.grp = t.grp ORDER BY t.id;
: id|total
> 1|30
> 2|30
> 3|30
> 4|30
> 5|50
SELECT id FROM s_t t WHERE EXISTS (SELECT 1 FROM s_t t2 WHERE t2.grp = t.grp AND t2.id <> t.id AND EXISTS (SELECT 1 FROM s_u WHERE x = t2.v)) ORDER BY id;
: id
> 2
> 4
SELECT max(id) FROM s_t WHERE grp IN (SELECT grp FROM s_t WHERE v IS NULL);
: max
> 4
SELECT id FROM s_t WHERE (SELECT v) > 20 ORDER BY id;
: id
> 3
> 5
DROP TABLE s_t, s_u;
