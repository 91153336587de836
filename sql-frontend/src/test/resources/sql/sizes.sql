-- Disk-size functions (what psql's \dt+, \di+ and \l+ call) and pg_size_pretty, as PostgreSQL 15.
-- Sizes are physical (8 KiB pages as each system lays them out), so only their shape is compared.
SELECT pg_size_pretty(0::bigint), pg_size_pretty(1::bigint), pg_size_pretty(10239::bigint), pg_size_pretty(10240::bigint), pg_size_pretty(-10240::bigint);
: pg_size_pretty|pg_size_pretty|pg_size_pretty|pg_size_pretty|pg_size_pretty
> 0 bytes|1 bytes|10239 bytes|10 kB|-10 kB
SELECT pg_size_pretty(20971519::bigint), pg_size_pretty(20971520::bigint), pg_size_pretty(1536::bigint * 1024 * 1024), pg_size_pretty(10737418240::bigint);
: pg_size_pretty|pg_size_pretty|pg_size_pretty|pg_size_pretty
> 20 MB|20 MB|1536 MB|10 GB
SELECT pg_size_pretty(1099511627776::bigint * 1023), pg_size_pretty(1099511627776::bigint * 20479), pg_size_pretty(1125899906842624::bigint * 8191), pg_size_pretty(-9223372036854775807::bigint - 1), pg_size_pretty(9223372036854775807::bigint);
: pg_size_pretty|pg_size_pretty|pg_size_pretty|pg_size_pretty|pg_size_pretty
> 1023 TB|20 PB|8191 PB|-8192 PB|8192 PB
SELECT pg_size_pretty(10240.7::numeric), pg_size_pretty(-1.9::numeric), pg_size_pretty(123456789012345678901234567890::numeric), pg_size_pretty(NULL::bigint);
: pg_size_pretty|pg_size_pretty|pg_size_pretty|pg_size_pretty
> 10 kB|-1.9 bytes|109651655766237 PB|NULL
SELECT pg_size_pretty(20971519.5), pg_size_pretty(5e10), pg_size_pretty(10239.99), pg_size_pretty(0.5), pg_size_pretty(-10240.5);
: pg_size_pretty|pg_size_pretty|pg_size_pretty|pg_size_pretty|pg_size_pretty
> 20 MB|47 GB|10239.99 bytes|0.5 bytes|-10 kB
SELECT pg_size_pretty(1.5e3::float8);
! 42883
CREATE TABLE sz (id int PRIMARY KEY, label text);
CREATE INDEX sz_label ON sz (label);
CREATE VIEW sz_v AS SELECT * FROM sz;
SELECT pg_relation_size('sz_v'), pg_table_size('sz_v'), pg_total_relation_size('sz_v');
: pg_relation_size|pg_table_size|pg_total_relation_size
> 0|0|0
INSERT INTO sz SELECT g, repeat('x', 200) || g FROM generate_series(1, 2000) g;
SELECT pg_relation_size('sz') > 0 AS heap, pg_relation_size('sz') % 8192 AS whole_pages, pg_relation_size('sz', 'main') = pg_relation_size('sz') AS main, pg_relation_size('sz', 'init') AS init;
: heap|whole_pages|main|init
> t|0|t|0
SELECT pg_relation_size('sz_pkey') > 0 AS pkey, pg_relation_size('sz_label') > pg_relation_size('sz_pkey') AS wider, pg_indexes_size('sz') = pg_relation_size('sz_pkey') + pg_relation_size('sz_label') AS sum_of_indexes;
: pkey|wider|sum_of_indexes
> t|t|t
SELECT pg_total_relation_size('sz') = pg_table_size('sz') + pg_indexes_size('sz') AS total, pg_table_size('sz') >= pg_relation_size('sz') AS table_has_main;
: total|table_has_main
> t|t
SELECT pg_relation_size('sz'::regclass) = pg_relation_size('public.sz') AS by_regclass, pg_relation_size(oid) > 0 FROM pg_class WHERE relname = 'sz';
: by_regclass|?column?
> t|t
SELECT pg_relation_size(0), pg_table_size(0), pg_indexes_size(0), pg_total_relation_size(0), pg_relation_size(NULL);
: pg_relation_size|pg_table_size|pg_indexes_size|pg_total_relation_size|pg_relation_size
> NULL|NULL|NULL|NULL|NULL
SELECT pg_relation_size('sz', 'bogus');
! 22023
SELECT pg_relation_size('no_such_table');
! 42P01
SELECT pg_database_size(current_database()) >= pg_total_relation_size('sz') AS db;
: db
> t
SELECT pg_database_size((SELECT oid FROM pg_database WHERE datname = current_database())) = pg_database_size(current_database()) AS by_oid;
: by_oid
> t
SELECT pg_database_size('no_such_database');
! 3D000
SELECT relname, pg_size_pretty(pg_relation_size(c.oid)) LIKE '% kB' AS in_kb FROM pg_class c WHERE relname IN ('sz', 'sz_pkey') ORDER BY relname;
: relname|in_kb
> sz|t
> sz_pkey|t
DROP VIEW sz_v;
DROP TABLE sz;
