-- precision modifiers time(p), timestamp(p), timestamptz(p), interval(p): rounding, columns, catalogs.
SET TimeZone = 'UTC';
SELECT '12:34:56.789456'::time(2), '12:34:56.5'::time(0), '23:59:59.4'::time(0), '10:00:00.123456'::time(6), '10:00:00.1234567'::time(3);
: time|time|time|time|time
> 12:34:56.79|12:34:57|23:59:59|10:00:00.123456|10:00:00.123
SELECT '2020-01-01 12:34:56.789456'::timestamp(3), '2020-01-01 12:34:56.5'::timestamp(0), '2020-12-31 23:59:59.95'::timestamp(1), '2020-12-31 23:59:59.96'::timestamp(1);
: timestamp|timestamp|timestamp|timestamp
> 2020-01-01 12:34:56.789|2020-01-01 12:34:57|2021-01-01 00:00:00|2021-01-01 00:00:00
SELECT '1999-12-31 23:59:59.5'::timestamp(0), '1969-12-31 23:59:59.5'::timestamp(0), '0044-03-15 12:00:00.05 BC'::timestamp(1), '1999-12-31 23:59:59.45'::timestamp(1);
: timestamp|timestamp|timestamp|timestamp
> 1999-12-31 23:59:59|1969-12-31 23:59:59|0044-03-15 12:00:00 BC|1999-12-31 23:59:59.4
SELECT '2020-06-01 12:00:00.123456+02'::timestamptz(4), '2020-06-01 12:00:00.5+00'::timestamptz(0), 'infinity'::timestamptz(2), '-infinity'::timestamp(0);
: timestamptz|timestamptz|timestamptz|timestamp
> 2020-06-01 10:00:00.1235+00|2020-06-01 12:00:01+00|infinity|-infinity
SELECT interval '1 day 02:03:04.56789'::interval(2), '-1 day -00:00:00.5'::interval(0), interval '1 year 2 mons 0.5 seconds'::interval(0), interval '-0.55 seconds'::interval(1);
: interval|interval|interval|interval
> 1 day 02:03:04.57|-1 days -00:00:01|1 year 2 mons 00:00:01|-00:00:00.6
SELECT '2020-01-01 10:00:00.123'::timestamp(7);
: timestamp
> 2020-01-01 10:00:00.123
SELECT '10:00'::time(-1);
! 42601
SELECT '10:00'::time(1, 2);
! 42601
SELECT now()::timestamp(0) = date_trunc('second', now()::timestamp) OR now()::timestamp(0) = date_trunc('second', now()::timestamp) + interval '1 second';
: ?column?
> t
-- columns keep the modifier: values round on insert and update, catalogs show it
CREATE TABLE tp (id int PRIMARY KEY, t time(0), ts timestamp(3), tz timestamp(2) with time zone, iv interval(1), t6 time(6) without time zone, ts0 timestamp(0) without time zone, plain timestamptz);
INSERT INTO tp VALUES (1, '10:11:12.5', '2020-01-01 00:00:00.12345', '2020-01-01 00:00:00.125+00', '1 day 00:00:00.25', '01:02:03.4567', '2020-05-05 05:05:05.5', '2020-01-01 00:00:00.123456+00');
INSERT INTO tp VALUES (2, '23:00:00.49', '2020-01-01 00:00:00.9995', '2020-01-01 00:00:00.994+00', '-1 day -00:00:00.25', '00:00', 'infinity', '-infinity');
SELECT * FROM tp ORDER BY id;
: id|t|ts|tz|iv|t6|ts0|plain
> 1|10:11:13|2020-01-01 00:00:00.123|2020-01-01 00:00:00.13+00|1 day 00:00:00.3|01:02:03.4567|2020-05-05 05:05:06|2020-01-01 00:00:00.123456+00
> 2|23:00:00|2020-01-01 00:00:01|2020-01-01 00:00:00.99+00|-1 days -00:00:00.3|00:00:00|infinity|-infinity
UPDATE tp SET ts = ts + interval '0.0004 seconds', iv = iv * 1.3 WHERE id = 1 RETURNING ts, iv;
: ts|iv
> 2020-01-01 00:00:00.123|1 day 07:12:00.4
SELECT attname, format_type(atttypid, atttypmod), atttypmod FROM pg_attribute WHERE attrelid = 'tp'::regclass AND attnum > 0 ORDER BY attnum;
: attname|format_type|atttypmod
> id|integer|-1
> t|time(0) without time zone|0
> ts|timestamp(3) without time zone|3
> tz|timestamp(2) with time zone|2
> iv|interval(1)|2147418113
> t6|time(6) without time zone|6
> ts0|timestamp(0) without time zone|0
> plain|timestamp with time zone|-1
SELECT column_name, data_type, datetime_precision FROM information_schema.columns WHERE table_name = 'tp' AND column_name <> 'id' ORDER BY ordinal_position;
: column_name|data_type|datetime_precision
> t|time without time zone|0
> ts|timestamp without time zone|3
> tz|timestamp with time zone|2
> iv|interval|1
> t6|time without time zone|6
> ts0|timestamp without time zone|0
> plain|timestamp with time zone|6
SELECT format_type('timestamp'::regtype, 3), format_type('timestamptz'::regtype, 0), format_type('time'::regtype, 6), format_type('interval'::regtype, 2147418114), format_type('interval'::regtype, -1), format_type('time'::regtype, NULL);
: format_type|format_type|format_type|format_type|format_type|format_type
> timestamp(3) without time zone|timestamp(0) with time zone|time(6) without time zone|interval(2)|interval|time without time zone
CREATE INDEX tp_ts ON tp (ts);
SELECT id FROM tp WHERE ts = '2020-01-01 00:00:00.123' ORDER BY id;
: id
> 1
SELECT id FROM tp WHERE ts = '2020-01-01 00:00:01' ORDER BY id;
: id
> 2
DROP TABLE tp;
