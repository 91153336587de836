-- Index-only scans: covering queries over integer, bigint, smallint, boolean, text and varchar keys (NULLs, negatives, unicode), before and after VACUUM, after updates and deletes; the rows must equal PostgreSQL's whatever the visibility map says.
CREATE TABLE io_t (id int PRIMARY KEY, k int, big bigint, small smallint, flag boolean, name text, label varchar(20), note text);
CREATE INDEX io_t_k ON io_t (k);
CREATE INDEX io_t_k_name ON io_t (k, name);
CREATE INDEX io_t_big_small ON io_t (big, small);
CREATE INDEX io_t_flag_id ON io_t (flag, id);
CREATE INDEX io_t_label ON io_t (label);
INSERT INTO io_t SELECT i, i % 10, (i - 100) * 10000000000, (i % 7 - 3)::smallint, i % 3 = 0, 'n' || i, 'l' || (i % 13), repeat('x', 50) FROM generate_series(1, 300) i;
INSERT INTO io_t VALUES (301, NULL, NULL, NULL, NULL, NULL, NULL, 'nulls'), (302, 5, -1, -32768, true, '', 'ünï', 'edge'), (303, 5, 9223372036854775807, 32767, false, 'ä€😀', '', 'edge');
SELECT id FROM io_t WHERE id BETWEEN 10 AND 15 ORDER BY id;
: id
> 10
> 11
> 12
> 13
> 14
> 15
SELECT count(*) FROM io_t WHERE k = 5;
: count
> 32
SELECT k, count(*) FROM io_t WHERE k >= 2 AND k < 6 GROUP BY k ORDER BY k;
: k|count
> 2|30
> 3|30
> 4|30
> 5|32
SELECT name FROM io_t WHERE k = 5 AND name >= 'n2' AND name < 'n3' ORDER BY name;
: name
> n205
> n215
> n225
> n235
> n245
> n25
> n255
> n265
> n275
> n285
> n295
SELECT big, small FROM io_t WHERE big < -500000000000 ORDER BY big;
: big|small
> -990000000000|-2
> -980000000000|-1
> -970000000000|0
> -960000000000|1
> -950000000000|2
> -940000000000|3
> -930000000000|-3
> -920000000000|-2
> -910000000000|-1
> -900000000000|0
> -890000000000|1
> -880000000000|2
> -870000000000|3
> -860000000000|-3
> -850000000000|-2
> -840000000000|-1
> -830000000000|0
> -820000000000|1
> -810000000000|2
> -800000000000|3
> -790000000000|-3
> -780000000000|-2
> -770000000000|-1
> -760000000000|0
> -750000000000|1
> -740000000000|2
> -730000000000|3
> -720000000000|-3
> -710000000000|-2
> -700000000000|-1
> -690000000000|0
> -680000000000|1
> -670000000000|2
> -660000000000|3
> -650000000000|-3
> -640000000000|-2
> -630000000000|-1
> -620000000000|0
> -610000000000|1
> -600000000000|2
> -590000000000|3
> -580000000000|-3
> -570000000000|-2
> -560000000000|-1
> -550000000000|0
> -540000000000|1
> -530000000000|2
> -520000000000|3
> -510000000000|-3
SELECT big, small FROM io_t WHERE big > 1900000000000 ORDER BY big;
: big|small
> 1910000000000|1
> 1920000000000|2
> 1930000000000|3
> 1940000000000|-3
> 1950000000000|-2
> 1960000000000|-1
> 1970000000000|0
> 1980000000000|1
> 1990000000000|2
> 2000000000000|3
> 9223372036854775807|32767
SELECT count(*), min(id), max(id) FROM io_t WHERE flag = true;
: count|min|max
> 101|3|302
SELECT id FROM io_t WHERE flag = false AND id > 290 ORDER BY id;
: id
> 292
> 293
> 295
> 296
> 298
> 299
> 303
SELECT label, count(*) FROM io_t WHERE label >= 'l1' AND label <= 'l12' GROUP BY label ORDER BY count(*), label;
: label|count
> l10|23
> l11|23
> l12|23
> l1|24
SELECT id FROM io_t WHERE id > 295 ORDER BY id DESC LIMIT 4;
: id
> 303
> 302
> 301
> 300
SELECT length(name), name = 'ä€😀' FROM io_t WHERE k = 5 AND (name < 'n' OR name > 'z') ORDER BY length(name);
: length|?column?
> 0|f
> 3|t
SELECT name, k FROM io_t WHERE k = 5 AND name > 'z';
: name|k
> ä€😀|5
SELECT length(label) FROM io_t WHERE label < 'l' OR label > 'm' ORDER BY 1;
: length
> 0
> 3
SELECT label FROM io_t WHERE label > 'm';
: label
> ünï
VACUUM io_t;
SELECT id FROM io_t WHERE id BETWEEN 10 AND 15 ORDER BY id;
: id
> 10
> 11
> 12
> 13
> 14
> 15
SELECT count(*) FROM io_t WHERE k = 5;
: count
> 32
SELECT big, small FROM io_t WHERE big < -500000000000 ORDER BY big;
: big|small
> -990000000000|-2
> -980000000000|-1
> -970000000000|0
> -960000000000|1
> -950000000000|2
> -940000000000|3
> -930000000000|-3
> -920000000000|-2
> -910000000000|-1
> -900000000000|0
> -890000000000|1
> -880000000000|2
> -870000000000|3
> -860000000000|-3
> -850000000000|-2
> -840000000000|-1
> -830000000000|0
> -820000000000|1
> -810000000000|2
> -800000000000|3
> -790000000000|-3
> -780000000000|-2
> -770000000000|-1
> -760000000000|0
> -750000000000|1
> -740000000000|2
> -730000000000|3
> -720000000000|-3
> -710000000000|-2
> -700000000000|-1
> -690000000000|0
> -680000000000|1
> -670000000000|2
> -660000000000|3
> -650000000000|-3
> -640000000000|-2
> -630000000000|-1
> -620000000000|0
> -610000000000|1
> -600000000000|2
> -590000000000|3
> -580000000000|-3
> -570000000000|-2
> -560000000000|-1
> -550000000000|0
> -540000000000|1
> -530000000000|2
> -520000000000|3
> -510000000000|-3
SELECT length(name), name = 'ä€😀' FROM io_t WHERE k = 5 AND (name < 'n' OR name > 'z') ORDER BY length(name);
: length|?column?
> 0|f
> 3|t
SELECT name, k FROM io_t WHERE k = 5 AND name > 'z';
: name|k
> ä€😀|5
SELECT count(*), min(id), max(id) FROM io_t WHERE flag = true;
: count|min|max
> 101|3|302
UPDATE io_t SET k = k + 1 WHERE id % 11 = 0;
UPDATE io_t SET note = 'changed' WHERE id % 7 = 0;
DELETE FROM io_t WHERE id % 13 = 0;
SELECT count(*) FROM io_t WHERE k = 5;
: count
> 30
SELECT k, count(*) FROM io_t WHERE k >= 2 AND k < 6 GROUP BY k ORDER BY k;
: k|count
> 2|28
> 3|28
> 4|27
> 5|30
SELECT id FROM io_t WHERE id BETWEEN 20 AND 40 ORDER BY id;
: id
> 20
> 21
> 22
> 23
> 24
> 25
> 27
> 28
> 29
> 30
> 31
> 32
> 33
> 34
> 35
> 36
> 37
> 38
> 40
SELECT count(*), min(id), max(id) FROM io_t WHERE flag = true;
: count|min|max
> 94|3|302
VACUUM io_t;
VACUUM io_t;
SELECT count(*) FROM io_t WHERE k = 5;
: count
> 30
SELECT k, count(*) FROM io_t WHERE k >= 2 AND k < 6 GROUP BY k ORDER BY k;
: k|count
> 2|28
> 3|28
> 4|27
> 5|30
SELECT id FROM io_t WHERE id BETWEEN 20 AND 40 ORDER BY id;
: id
> 20
> 21
> 22
> 23
> 24
> 25
> 27
> 28
> 29
> 30
> 31
> 32
> 33
> 34
> 35
> 36
> 37
> 38
> 40
SELECT name FROM io_t WHERE k = 6 AND name >= 'n20' AND name < 'n3' ORDER BY name;
: name
> n206
> n216
> n226
> n236
> n246
> n256
> n266
> n275
> n276
> n296
BEGIN;
DELETE FROM io_t WHERE k = 5;
SELECT count(*) FROM io_t WHERE k = 5;
: count
> 0
ROLLBACK;
SELECT count(*) FROM io_t WHERE k = 5;
: count
> 30
