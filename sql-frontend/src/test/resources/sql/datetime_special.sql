-- infinite dates and timestamps; the special inputs epoch, today, tomorrow, yesterday, allballs.
SET TimeZone = 'UTC';
SELECT 'infinity'::date, '-infinity'::date, 'Infinity'::timestamp, '-INFINITY'::timestamp, ' infinity '::timestamptz, '-infinity'::timestamptz;
: date|date|timestamp|timestamp|timestamptz|timestamptz
> infinity|-infinity|infinity|-infinity|infinity|-infinity
SELECT '+infinity'::date;
! 22007
SELECT 'infinity'::time;
! 22007
SELECT 'infinity'::date::text, pg_typeof('infinity'::timestamp), 'infinity'::timestamptz::varchar;
: text|pg_typeof|varchar
> infinity|timestamp without time zone|infinity
-- casts between the three keep the infinity; the time of an infinite timestamp is NULL
SELECT 'infinity'::date::timestamp, '-infinity'::timestamp::date, 'infinity'::timestamptz::timestamp, '-infinity'::timestamp::timestamptz, 'infinity'::date::timestamptz, '-infinity'::timestamptz::date;
: timestamp|date|timestamp|timestamptz|timestamptz|date
> infinity|-infinity|infinity|-infinity|infinity|-infinity
SELECT 'infinity'::timestamp::time, '-infinity'::timestamptz::time;
: time|time
> NULL|NULL
-- comparison and order, also across types
SELECT 'infinity'::date = 'infinity'::timestamp, 'infinity'::date > '2020-01-01'::timestamptz, '-infinity'::timestamp < '4713-01-01 BC'::timestamp, 'infinity'::date > '5874897-12-31'::date, '-infinity'::date < 'infinity'::date, 'infinity'::timestamptz = 'infinity'::timestamptz;
: ?column?|?column?|?column?|?column?|?column?|?column?
> t|t|t|t|t|t
SELECT d FROM (VALUES ('infinity'::date), ('2020-01-01'), ('-infinity'), ('1999-12-31'), ('infinity')) v(d) ORDER BY d;
: d
> -infinity
> 1999-12-31
> 2020-01-01
> infinity
> infinity
SELECT t FROM (VALUES ('infinity'::timestamptz), ('2020-01-01 10:00+02'), ('-infinity')) v(t) ORDER BY t DESC;
: t
> infinity
> 2020-01-01 08:00:00+00
> -infinity
SELECT min(d), max(d), count(DISTINCT d) FROM (VALUES ('infinity'::date), ('2020-01-01'), ('-infinity'), ('infinity')) v(d);
: min|max|count
> -infinity|infinity|3
SELECT greatest('2020-01-01'::timestamp, 'infinity'), least('2020-01-01'::timestamp, '-infinity');
: greatest|least
> infinity|-infinity
-- arithmetic
SELECT 'infinity'::timestamp + interval '1 day', '-infinity'::timestamptz - interval '1 year', 'infinity'::date + 1, 'infinity'::date - 1, 'infinity'::date + interval '1 day', '-infinity'::date + time '10:00';
: ?column?|?column?|?column?|?column?|?column?|?column?
> infinity|-infinity|infinity|infinity|infinity|-infinity
SELECT 'infinity'::timestamp - 'infinity'::timestamp;
! 22008
SELECT 'infinity'::timestamp - '2020-01-01'::timestamp;
! 22008
SELECT '2020-01-01'::timestamptz - '-infinity'::timestamptz;
! 22008
SELECT 'infinity'::date - '2020-01-01'::date;
! 22008
SELECT 'infinity'::date - 'infinity'::date;
! 22008
-- functions
SELECT isfinite('infinity'::date), isfinite('2020-01-01'::date), isfinite('2020-01-01'::timestamp), isfinite('-infinity'::timestamp), isfinite('-infinity'::timestamptz), isfinite(interval '1 day');
: isfinite|isfinite|isfinite|isfinite|isfinite|isfinite
> f|t|t|f|f|t
SELECT extract(year FROM 'infinity'::timestamp), extract(epoch FROM '-infinity'::timestamp), extract(month FROM 'infinity'::date), extract(dow FROM 'infinity'::timestamptz), extract(hour FROM 'infinity'::timestamp), extract(julian FROM 'infinity'::date), extract(century FROM '-infinity'::date), extract(isoyear FROM 'infinity'::date), extract(timezone FROM 'infinity'::timestamptz);
: extract|extract|extract|extract|extract|extract|extract|extract|extract
> Infinity|-Infinity|NULL|NULL|NULL|Infinity|-Infinity|Infinity|NULL
SELECT extract(decade FROM '-infinity'::timestamptz), extract(millennium FROM 'infinity'::timestamp), extract(second FROM 'infinity'::timestamp), extract(week FROM 'infinity'::timestamp), extract(quarter FROM '-infinity'::date), extract(doy FROM 'infinity'::date);
: extract|extract|extract|extract|extract|extract
> -Infinity|Infinity|NULL|NULL|NULL|NULL
SELECT date_part('year', 'infinity'::timestamp), date_part('epoch', '-infinity'::timestamptz), date_part('day', 'infinity'::timestamp), date_part('decade', 'infinity'::date), date_part('minute', '-infinity'::timestamp);
: date_part|date_part|date_part|date_part|date_part
> Infinity|-Infinity|NULL|Infinity|NULL
SELECT date_trunc('day', 'infinity'::timestamp), date_trunc('year', '-infinity'::timestamptz), date_trunc('month', 'infinity'::date), date_trunc('hour', '-infinity'::timestamptz, 'Europe/Berlin');
: date_trunc|date_trunc|date_trunc|date_trunc
> infinity|-infinity|infinity|-infinity
SELECT date_trunc('nonsense', 'infinity'::timestamp);
: date_trunc
> infinity
SELECT to_char('infinity'::timestamp, 'YYYY-MM-DD'), to_char('-infinity'::timestamptz, 'YYYY'), to_char('infinity'::date, 'DD');
: to_char|to_char|to_char
> NULL|NULL|NULL
SELECT age('-infinity'::timestamp, '-infinity'::date);
! 22008
SELECT age('-infinity'::timestamp, '2020-01-01');
! 22008
SELECT age('-infinity'::timestamptz, '-infinity'::timestamptz);
! 22008
SELECT to_timestamp('infinity'::float8), to_timestamp('-infinity'::float8);
: to_timestamp|to_timestamp
> infinity|-infinity
SELECT to_json('infinity'::timestamp), to_jsonb('-infinity'::date), to_json('infinity'::timestamptz), jsonb_build_object('d', 'infinity'::date);
: to_json|to_jsonb|to_json|jsonb_build_object
> "infinity"|"-infinity"|"infinity"|{"d": "infinity"}
-- special inputs
SELECT 'epoch'::date, 'epoch'::timestamp, 'epoch'::timestamptz, 'allballs'::time, 'EPOCH'::timestamp = timestamp '1970-01-01';
: date|timestamp|timestamptz|time|?column?
> 1970-01-01|1970-01-01 00:00:00|1970-01-01 00:00:00+00|00:00:00|t
SELECT 'today'::date = current_date, 'tomorrow'::date - 'yesterday'::date, 'tomorrow'::timestamp = current_date + 1, 'yesterday'::timestamptz = current_date - 1, ' Today '::date = current_date;
: ?column?|?column?|?column?|?column?|?column?
> t|2|t|t|t
-- columns, indexes and typmods
CREATE TABLE dts (id int PRIMARY KEY, d date, ts timestamp, tz timestamptz);
CREATE INDEX dts_d ON dts (d);
CREATE INDEX dts_ts ON dts (ts DESC);
CREATE INDEX dts_tz ON dts (tz);
INSERT INTO dts VALUES (1, 'infinity', 'infinity', 'infinity'), (2, '-infinity', '-infinity', '-infinity'), (3, '2020-02-29', '2020-02-29 12:00', '2020-02-29 12:00+01'), (4, NULL, NULL, NULL), (5, '4713-01-01 BC', '294276-12-31 23:59:59', '1970-01-01 00:00+00');
SELECT id, d FROM dts ORDER BY d, id;
: id|d
> 2|-infinity
> 5|4713-01-01 BC
> 3|2020-02-29
> 1|infinity
> 4|NULL
SELECT id, ts FROM dts ORDER BY ts DESC, id;
: id|ts
> 4|NULL
> 1|infinity
> 5|294276-12-31 23:59:59
> 3|2020-02-29 12:00:00
> 2|-infinity
SELECT id, tz FROM dts ORDER BY tz NULLS FIRST, id;
: id|tz
> 4|NULL
> 2|-infinity
> 5|1970-01-01 00:00:00+00
> 3|2020-02-29 11:00:00+00
> 1|infinity
SELECT id FROM dts WHERE d = 'infinity' ORDER BY id;
: id
> 1
SELECT id FROM dts WHERE ts > '2000-01-01' ORDER BY id;
: id
> 1
> 3
> 5
SELECT id FROM dts WHERE tz < '2000-01-01' ORDER BY id;
: id
> 2
> 5
SELECT id FROM dts WHERE d BETWEEN '-infinity' AND '2100-01-01' ORDER BY id;
: id
> 2
> 3
> 5
ANALYZE dts;
SELECT id FROM dts WHERE ts > '2100-01-01' AND d > '2000-01-01' ORDER BY id;
: id
> 1
SELECT id, isfinite(d), isfinite(ts) FROM dts ORDER BY id;
: id|isfinite|isfinite
> 1|f|f
> 2|f|f
> 3|t|t
> 4|NULL|NULL
> 5|t|t
UPDATE dts SET ts = ts + interval '1 day', d = d + 1 WHERE id IN (1, 2) RETURNING id, d, ts;
: id|d|ts
> 1|infinity|infinity
> 2|-infinity|-infinity
SELECT count(*), min(ts), max(tz) FROM dts;
: count|min|max
> 5|-infinity|infinity
DROP TABLE dts;
