-- Index-only scans over date, timestamp, timestamptz, time, uuid and bytea keys (the types whose key decodes to the exact value; infinities, BC dates, NULLs, zero bytes), before and after VACUUM: the rows must equal PostgreSQL's; numeric, float and interval keys keep reading the heap and must give the same rows too.
SET TimeZone = 'UTC';
CREATE TABLE iot (id int PRIMARY KEY, d date, ts timestamp, tz timestamptz, t time, u uuid, b bytea, n numeric, f float8, iv interval);
CREATE INDEX iot_d ON iot (d);
CREATE INDEX iot_ts ON iot (ts);
CREATE INDEX iot_tz ON iot (tz);
CREATE INDEX iot_t ON iot (t);
CREATE INDEX iot_u ON iot (u);
CREATE INDEX iot_b ON iot (b);
CREATE INDEX iot_n ON iot (n);
CREATE INDEX iot_f ON iot (f);
CREATE INDEX iot_iv ON iot (iv);
INSERT INTO iot SELECT i, DATE '2020-01-01' + i * 37, TIMESTAMP '2020-01-01 00:00:00' + i * INTERVAL '1 day 1 hour 1.5 seconds', TIMESTAMPTZ '2020-01-01 00:00:00+00' + i * INTERVAL '7 hours 0.25 seconds', (TIMESTAMP '2000-01-01 00:00:00' + i * INTERVAL '17 minutes 3.125 seconds')::time, ('00000000-0000-0000-0000-' || lpad(i::text, 12, '0'))::uuid, ('\x' || lpad(i::text, 6, '0'))::bytea, i / 4.0, i / 8.0, i * INTERVAL '1 day' FROM generate_series(1, 200) i;
INSERT INTO iot VALUES (201, 'infinity', 'infinity', 'infinity', '23:59:59.999999', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '\x00ff00', 1.50, -0.0, '1 mon'), (202, '-infinity', '-infinity', '-infinity', '00:00:00', '00000000-0000-0000-0000-000000000000', '\x', 1.5, 0.0, '30 days'), (203, '0044-03-15 BC', '0044-03-15 12:00:00 BC', '1900-01-01 00:00:00+00', NULL, NULL, NULL, NULL, NULL, NULL), (204, NULL, NULL, NULL, '12:00:00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '\x0001', 2.000, 'NaN', '-1 day');
SELECT d FROM iot WHERE d > '2040-01-01' ORDER BY d;
: d
> 2040-01-22
> 2040-02-28
> 2040-04-05
> infinity
SELECT d FROM iot WHERE d < '2020-03-01' ORDER BY d;
: d
> -infinity
> 0044-03-15 BC
> 2020-02-07
SELECT ts FROM iot WHERE ts BETWEEN '2020-03-01' AND '2020-03-05' ORDER BY ts;
: ts
> 2020-03-01 10:01:27
> 2020-03-02 11:01:28.5
> 2020-03-03 12:01:30
> 2020-03-04 13:01:31.5
SELECT ts FROM iot WHERE ts < '2000-01-01' OR ts > '2020-07-15' ORDER BY ts;
: ts
> -infinity
> 0044-03-15 12:00:00 BC
> 2020-07-15 21:04:43.5
> 2020-07-16 22:04:45
> 2020-07-17 23:04:46.5
> 2020-07-19 00:04:48
> 2020-07-20 01:04:49.5
> 2020-07-21 02:04:51
> 2020-07-22 03:04:52.5
> 2020-07-23 04:04:54
> 2020-07-24 05:04:55.5
> 2020-07-25 06:04:57
> 2020-07-26 07:04:58.5
> 2020-07-27 08:05:00
> infinity
SELECT tz FROM iot WHERE tz >= '2020-02-28 00:00:00+00' AND tz < '2020-03-01 12:00:00+00' ORDER BY tz;
: tz
> 2020-02-28 01:00:49.75+00
> 2020-02-28 08:00:50+00
SELECT count(*), min(tz), max(tz) FROM iot WHERE tz > '-infinity';
: count|min|max
> 202|1900-01-01 00:00:00+00|infinity
SELECT t FROM iot WHERE t > '23:00' ORDER BY t;
: t
> 23:01:13.125
> 23:10:38.75
> 23:18:16.25
> 23:27:41.875
> 23:35:19.375
> 23:44:45
> 23:52:22.5
> 23:59:59.999999
SELECT t FROM iot WHERE t < '00:40' ORDER BY t;
: t
> 00:00:00
> 00:01:48.125
> 00:09:25.625
> 00:17:03.125
> 00:18:51.25
> 00:26:28.75
> 00:34:06.25
> 00:35:54.375
SELECT u FROM iot WHERE u > '00000000-0000-0000-0000-000000000195' ORDER BY u;
: u
> 00000000-0000-0000-0000-000000000196
> 00000000-0000-0000-0000-000000000197
> 00000000-0000-0000-0000-000000000198
> 00000000-0000-0000-0000-000000000199
> 00000000-0000-0000-0000-000000000200
> a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11
> ffffffff-ffff-ffff-ffff-ffffffffffff
SELECT u FROM iot WHERE u < '00000000-0000-0000-0000-000000000003' ORDER BY u;
: u
> 00000000-0000-0000-0000-000000000000
> 00000000-0000-0000-0000-000000000001
> 00000000-0000-0000-0000-000000000002
SELECT b FROM iot WHERE b < '\x000004' ORDER BY b;
: b
> \x
> \x000001
> \x000002
> \x000003
SELECT b FROM iot WHERE b > '\x000195' ORDER BY b;
: b
> \x000196
> \x000197
> \x000198
> \x000199
> \x000200
> \x00ff00
SELECT n FROM iot WHERE n >= 1.5 AND n <= 2 ORDER BY n, id;
: n
> 1.5000000000000000
> 1.50
> 1.5
> 1.7500000000000000
> 2.0000000000000000
> 2.000
SELECT f FROM iot WHERE f <= 0 ORDER BY f;
: f
> 0
> 0
SELECT iv FROM iot WHERE iv >= '29 days' AND iv <= '31 days' ORDER BY iv, id;
: iv
> 29 days
> 30 days
> 1 mon
> 30 days
> 31 days
VACUUM iot;
SELECT d FROM iot WHERE d > '2040-01-01' ORDER BY d;
: d
> 2040-01-22
> 2040-02-28
> 2040-04-05
> infinity
SELECT ts FROM iot WHERE ts < '2000-01-01' OR ts > '2020-07-15' ORDER BY ts;
: ts
> -infinity
> 0044-03-15 12:00:00 BC
> 2020-07-15 21:04:43.5
> 2020-07-16 22:04:45
> 2020-07-17 23:04:46.5
> 2020-07-19 00:04:48
> 2020-07-20 01:04:49.5
> 2020-07-21 02:04:51
> 2020-07-22 03:04:52.5
> 2020-07-23 04:04:54
> 2020-07-24 05:04:55.5
> 2020-07-25 06:04:57
> 2020-07-26 07:04:58.5
> 2020-07-27 08:05:00
> infinity
SELECT count(*), min(tz), max(tz) FROM iot WHERE tz > '-infinity';
: count|min|max
> 202|1900-01-01 00:00:00+00|infinity
SELECT t FROM iot WHERE t > '23:00' ORDER BY t;
: t
> 23:01:13.125
> 23:10:38.75
> 23:18:16.25
> 23:27:41.875
> 23:35:19.375
> 23:44:45
> 23:52:22.5
> 23:59:59.999999
SELECT u FROM iot WHERE u > '00000000-0000-0000-0000-000000000195' ORDER BY u;
: u
> 00000000-0000-0000-0000-000000000196
> 00000000-0000-0000-0000-000000000197
> 00000000-0000-0000-0000-000000000198
> 00000000-0000-0000-0000-000000000199
> 00000000-0000-0000-0000-000000000200
> a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11
> ffffffff-ffff-ffff-ffff-ffffffffffff
SELECT b FROM iot WHERE b < '\x000004' ORDER BY b;
: b
> \x
> \x000001
> \x000002
> \x000003
SELECT n FROM iot WHERE n >= 1.5 AND n <= 2 ORDER BY n, id;
: n
> 1.5000000000000000
> 1.50
> 1.5
> 1.7500000000000000
> 2.0000000000000000
> 2.000
SELECT f FROM iot WHERE f <= 0 ORDER BY f;
: f
> 0
> 0
SELECT iv FROM iot WHERE iv >= '29 days' AND iv <= '31 days' ORDER BY iv, id;
: iv
> 29 days
> 30 days
> 1 mon
> 30 days
> 31 days
-- numeric(p,s) and character(n) keys: the declared scale and the padding are put back from the column's type; float keys answer but for zero, whose sign the row tells.
CREATE TABLE iot2 (id int PRIMARY KEY, n numeric(7,2), c char(5), n0 numeric(4,0), r real, g float8);
CREATE INDEX iot2_n ON iot2 (n);
CREATE INDEX iot2_c ON iot2 (c);
CREATE INDEX iot2_n0 ON iot2 (n0);
CREATE INDEX iot2_r ON iot2 (r);
CREATE INDEX iot2_g ON iot2 (g DESC);
INSERT INTO iot2 VALUES (1, 1.5, 'a', 3, 1.5, 1e-310), (2, 0, '', 0, '-0', '-0'), (3, -12.345, 'ab c', -7, 0, 0), (4, NULL, NULL, NULL, NULL, NULL), (5, 99999.99, 'zzzzz', 9999, 3.4028235e38, 1.7976931348623157e308), (6, 'NaN', ' x', 12.5, 'NaN', 'NaN'), (7, -0.001, 'é', -0.4, '-Infinity', '-1e-320');
VACUUM iot2;
SELECT n FROM iot2 WHERE n > -100 ORDER BY n;
: n
> -12.35
> 0.00
> 0.00
> 1.50
> 99999.99
> NaN
SELECT n FROM iot2 WHERE n IS NULL OR n = 'NaN' ORDER BY n;
: n
> NaN
> NULL
SELECT c, length(c), c || '|' FROM iot2 WHERE c >= '' ORDER BY c;
: c|length|?column?
>      |0||
>  x   |2| x|
> a    |1|a|
> ab c |4|ab c|
> zzzzz|5|zzzzz|
> é    |1|é|
SELECT n0 FROM iot2 WHERE n0 < 100 ORDER BY n0 DESC;
: n0
> 13
> 3
> 0
> 0
> -7
SELECT count(*), sum(n), max(c) FROM iot2 WHERE n BETWEEN -20 AND 20;
: count|sum|max
> 4|-10.85|é    
SELECT r FROM iot2 WHERE r < 10 ORDER BY r;
: r
> -Infinity
> -0
> 0
> 1.5
SELECT r FROM iot2 WHERE r IS NOT NULL ORDER BY r DESC;
: r
> NaN
> 3.4028235e+38
> 1.5
> -0
> 0
> -Infinity
SELECT g FROM iot2 WHERE g <= 1 ORDER BY g DESC;
: g
> 1e-310
> -0
> 0
> -1e-320
SELECT g FROM iot2 WHERE g > -1 ORDER BY g;
: g
> -1e-320
> -0
> 0
> 1e-310
> 1.7976931348623157e+308
> NaN
SELECT count(*) FROM iot2 WHERE r = 0;
: count
> 2
DROP TABLE iot2;
