-- ORDER BY answered by an index's order (forward and backward), with LIMIT/OFFSET, equality prefixes, NULLs, and the cases that must still sort.
CREATE TABLE o_ev (id int PRIMARY KEY, grp int, seq bigint, at timestamp, tag text);
CREATE INDEX o_ev_grp_seq ON o_ev (grp, seq);
CREATE INDEX o_ev_at ON o_ev (at);
INSERT INTO o_ev SELECT i, i % 4, (i * 7) % 23, ('2026-01-01 0' || (i % 9) || ':30:00')::timestamp, 't' || (i % 5) FROM generate_series(1, 40) i;
INSERT INTO o_ev VALUES (41, NULL, 3, NULL, 'n1'), (42, 2, NULL, NULL, 'n2'), (43, NULL, NULL, NULL, 'n3');
SELECT id, tag FROM o_ev ORDER BY id LIMIT 5;
: id|tag
> 1|t1
> 2|t2
> 3|t3
> 4|t4
> 5|t0
SELECT id, tag FROM o_ev ORDER BY id DESC LIMIT 5;
: id|tag
> 43|n3
> 42|n2
> 41|n1
> 40|t0
> 39|t4
SELECT id FROM o_ev ORDER BY id LIMIT 4 OFFSET 10;
: id
> 11
> 12
> 13
> 14
SELECT id FROM o_ev WHERE id >= 17 ORDER BY id LIMIT 6;
: id
> 17
> 18
> 19
> 20
> 21
> 22
SELECT id FROM o_ev WHERE id > 17 AND id <= 25 ORDER BY id DESC;
: id
> 25
> 24
> 23
> 22
> 21
> 20
> 19
> 18
SELECT id FROM o_ev WHERE id < 6 ORDER BY id DESC;
: id
> 5
> 4
> 3
> 2
> 1
SELECT id, seq FROM o_ev WHERE grp = 2 ORDER BY seq;
: id|seq
> 10|1
> 30|3
> 14|6
> 34|8
> 18|11
> 38|13
> 2|14
> 22|16
> 6|19
> 26|21
> 42|NULL
SELECT id, seq FROM o_ev WHERE grp = 2 ORDER BY seq DESC;
: id|seq
> 42|NULL
> 26|21
> 6|19
> 22|16
> 2|14
> 38|13
> 18|11
> 34|8
> 14|6
> 30|3
> 10|1
SELECT id, seq FROM o_ev WHERE grp = 2 ORDER BY seq DESC LIMIT 3;
: id|seq
> 42|NULL
> 26|21
> 6|19
SELECT id, seq FROM o_ev WHERE grp = 1 AND seq > 5 ORDER BY seq LIMIT 4;
: id|seq
> 37|6
> 1|7
> 21|9
> 5|12
SELECT grp, seq, id FROM o_ev ORDER BY grp, seq LIMIT 12;
: grp|seq|id
> 0|2|20
> 0|4|40
> 0|5|4
> 0|7|24
> 0|10|8
> 0|12|28
> 0|15|12
> 0|17|32
> 0|20|16
> 0|22|36
> 1|1|33
> 1|4|17
SELECT grp, seq, id FROM o_ev ORDER BY grp DESC, seq DESC LIMIT 12;
: grp|seq|id
> NULL|NULL|43
> NULL|3|41
> 3|21|3
> 3|20|39
> 3|18|19
> 3|15|35
> 3|13|15
> 3|10|31
> 3|8|11
> 3|5|27
> 3|3|7
> 3|0|23
SELECT grp, seq, id FROM o_ev ORDER BY grp, seq DESC LIMIT 12;
: grp|seq|id
> 0|22|36
> 0|20|16
> 0|17|32
> 0|15|12
> 0|12|28
> 0|10|8
> 0|7|24
> 0|5|4
> 0|4|40
> 0|2|20
> 1|22|13
> 1|19|29
SELECT grp, id FROM o_ev ORDER BY grp NULLS FIRST, id LIMIT 5;
: grp|id
> NULL|41
> NULL|43
> 0|4
> 0|8
> 0|12
SELECT grp, seq FROM o_ev WHERE grp = 2 ORDER BY seq NULLS FIRST LIMIT 3;
: grp|seq
> 2|NULL
> 2|1
> 2|3
SELECT id, at FROM o_ev ORDER BY at LIMIT 5;
: id|at
> 9|2026-01-01 00:30:00
> 18|2026-01-01 00:30:00
> 27|2026-01-01 00:30:00
> 36|2026-01-01 00:30:00
> 1|2026-01-01 01:30:00
SELECT id, at FROM o_ev ORDER BY at DESC LIMIT 5;
: id|at
> 43|NULL
> 42|NULL
> 41|NULL
> 35|2026-01-01 08:30:00
> 26|2026-01-01 08:30:00
SELECT id FROM o_ev WHERE tag = 't3' ORDER BY id DESC LIMIT 3;
: id
> 38
> 33
> 28
SELECT tag FROM o_ev WHERE grp = 3 ORDER BY seq, id;
: tag
> t3
> t2
> t2
> t1
> t1
> t0
> t0
> t4
> t4
> t3
SELECT seq AS id FROM o_ev WHERE grp = 0 ORDER BY id;
: id
> 2
> 4
> 5
> 7
> 10
> 12
> 15
> 17
> 20
> 22
SELECT id AS k FROM o_ev ORDER BY k DESC LIMIT 2;
: k
> 43
> 42
SELECT id FROM o_ev ORDER BY 1 DESC LIMIT 2;
: id
> 43
> 42
SELECT id, grp FROM o_ev WHERE id BETWEEN 5 AND 9 ORDER BY grp, id;
: id|grp
> 8|0
> 5|1
> 9|1
> 6|2
> 7|3
DROP TABLE o_ev;
