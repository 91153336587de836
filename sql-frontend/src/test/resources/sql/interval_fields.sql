-- Interval field qualifiers: what a bare number means under each, truncation of lower fields, seconds' precision, the SQL-standard year-month form, column types and their typmods.
SELECT INTERVAL '2' YEAR, INTERVAL '2' MONTH, INTERVAL '2' DAY, INTERVAL '2' HOUR, INTERVAL '2' MINUTE, INTERVAL '2' SECOND;
: interval|interval|interval|interval|interval|interval
> 2 years|2 mons|2 days|02:00:00|00:02:00|00:00:02
SELECT interval '2' year to month, interval '2' day to hour, interval '2' day to minute, interval '2' day to second, interval '2' hour to minute, interval '2' hour to second, interval '2' minute to second;
: interval|interval|interval|interval|interval|interval|interval
> 2 mons|02:00:00|00:02:00|00:00:02|00:02:00|00:00:02|00:00:02
SELECT interval '1.5' year, interval '1.5' month, interval '1.5' day, interval '1.5' hour, interval '1.5' minute, interval '1.5' second;
: interval|interval|interval|interval|interval|interval
> 1 year|1 mon|1 day|01:00:00|00:01:00|00:00:01.5
SELECT interval '-1.75' year, interval '-1.75' month, interval '-1.75' day, interval '-1.75' hour, interval '-1.75' minute, interval '-1.75' second;
: interval|interval|interval|interval|interval|interval
> -1 years|-1 mons|-1 days|-01:00:00|-00:01:00|-00:00:01.75
SELECT interval '1:2' hour, interval '1:2' hour to minute, interval '1:2' minute to second, interval '1:02:03.5' minute to second, interval '1:2' day to second;
: interval|interval|interval|interval|interval
> 01:00:00|01:02:00|00:01:02|01:02:03.5|01:02:00
SELECT interval '1 year 2 mons 3 days 04:05:06.789' year, interval '1 year 2 mons 3 days 04:05:06.789' month, interval '1 year 2 mons 3 days 04:05:06.789' day;
: interval|interval|interval
> 1 year|1 year 2 mons|1 year 2 mons 3 days
SELECT interval '1 year 2 mons 3 days 04:05:06.789' hour, interval '1 year 2 mons 3 days 04:05:06.789' minute, interval '1 year 2 mons 3 days 04:05:06.789' second;
: interval|interval|interval
> 1 year 2 mons 3 days 04:00:00|1 year 2 mons 3 days 04:05:00|1 year 2 mons 3 days 04:05:06.789
SELECT interval '1 year 2 mons 3 days 04:05:06.789' year to month, interval '1 year 2 mons 3 days 04:05:06.789' day to minute, interval '1 year 2 mons 3 days 04:05:06.789' hour to second(1);
: interval|interval|interval
> 1 year 2 mons|1 year 2 mons 3 days 04:05:00|1 year 2 mons 3 days 04:05:06.8
SELECT interval '-1 year -2 mons -3 days -04:05:06.789' day to hour, interval '-1 year -2 mons -3 days -04:05:06.789' minute, interval '-1 year -2 mons -3 days -04:05:06.789' year;
: interval|interval|interval
> -1 years -2 mons -3 days -04:00:00|-1 years -2 mons -3 days -04:05:00|-1 years
SELECT interval '1 2:03:04.5678' day to second(2), interval '1 2:03:04.5678' day to second, interval '1 2:03' day to minute, interval '1 2' day to hour, interval '1 2' hour;
: interval|interval|interval|interval|interval
> 1 day 02:03:04.57|1 day 02:03:04.5678|1 day 02:03:00|1 day 02:00:00|1 day 02:00:00
SELECT interval '1-2', interval '-1-2', interval '+1-2', interval '1-2 3 4:05:06', interval '1-2' year, interval '1-2' day to second, interval '1-2 1', interval '1-2 -3';
: interval|interval|interval|interval|interval|interval|interval|interval
> 1 year 2 mons|-1 years -2 mons|1 year 2 mons|1 year 2 mons 3 days 04:05:06|1 year|1 year 2 mons|1 year 2 mons 00:00:01|1 year 2 mons -00:00:03
SELECT '1-2'::interval year to month, '1'::interval year to month, '1 2'::interval day to hour, CAST('1.2345' AS interval minute to second(2)), '3'::interval(2);
: interval|interval|interval|interval|interval
> 1 year 2 mons|1 mon|1 day 02:00:00|00:00:01.23|00:00:03
SELECT interval(1) '1.26', interval '1.25' second(1), interval '-1.25' second(1), interval '5' second(0), interval '1.5' second(0), interval(0) '-0.5';
: interval|interval|interval|interval|interval|interval
> 00:00:01.3|00:00:01.3|-00:00:01.3|00:00:05|00:00:02|-00:00:01
SELECT interval '1 day 2' hour, interval '1 day 2', interval '2 hours' day;
: interval|interval|interval
> 1 day 02:00:00|1 day 00:00:02|00:00:00
SELECT interval '1 2' day;
! 22007
SELECT interval '1 2' day to minute;
! 22007
SELECT interval '1-12';
! 22015
SELECT interval '1-2-3';
! 22007
SELECT interval '1' year to second;
! 42601
SELECT interval '1' second to minute;
! 42601
SELECT interval '1' day of month;
! 42601
CREATE TABLE if_t (a interval year, b interval day to second(3), c interval(2), d interval second, e interval year to month, f interval minute to second(0), g interval hour, h interval);
SELECT attname, atttypmod, format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'if_t'::regclass AND attnum > 0 ORDER BY attnum;
: attname|atttypmod|format_type
> a|327679|interval year
> b|470286339|interval day to second(3)
> c|2147418114|interval(2)
> d|268500991|interval second
> e|458751|interval year to month
> f|402653184|interval minute to second(0)
> g|67174399|interval hour
> h|-1|interval
SELECT column_name, data_type, datetime_precision, interval_type, interval_precision FROM information_schema.columns WHERE table_name = 'if_t' ORDER BY ordinal_position;
: column_name|data_type|datetime_precision|interval_type|interval_precision
> a|interval|6|YEAR|NULL
> b|interval|3|DAY TO SECOND(3)|NULL
> c|interval|2|NULL|NULL
> d|interval|6|SECOND|NULL
> e|interval|6|YEAR TO MONTH|NULL
> f|interval|0|MINUTE TO SECOND(0)|NULL
> g|interval|6|HOUR|NULL
> h|interval|6|NULL|NULL
INSERT INTO if_t VALUES ('2', '1 2:03:04.56789', '1.234', '2', '1-2', '2:03.5', '2', '2');
INSERT INTO if_t VALUES ('1 year 6 mons 3 days', '-1 day -02:03:04.5', interval '1.005 seconds', '3 days 04:05:06.7', '3', '1:02:03.5', '1 day 2:30', '1-2');
INSERT INTO if_t VALUES (interval '7 years 11 mons', interval '3 hours 1.23456 seconds', NULL, NULL, interval '2 years 3 mons 4 days', interval '59.5 seconds', interval '90 minutes', NULL);
SELECT * FROM if_t ORDER BY a;
: a|b|c|d|e|f|g|h
> 1 year|-1 days -02:03:04.5|00:00:01.01|3 days 04:05:06.7|3 mons|01:02:04|1 day 02:00:00|1 year 2 mons
> 2 years|1 day 02:03:04.568|00:00:01.23|00:00:02|1 year 2 mons|00:02:04|02:00:00|00:00:02
> 7 years|03:00:01.235|NULL|NULL|2 years 3 mons|00:01:00|01:00:00|NULL
UPDATE if_t SET g = '5', e = '7' WHERE a = interval '1 year';
SELECT a, e, g FROM if_t ORDER BY a;
: a|e|g
> 1 year|7 mons|05:00:00
> 2 years|1 year 2 mons|02:00:00
> 7 years|2 years 3 mons|01:00:00
SELECT CAST(b AS interval hour), CAST(b AS interval minute to second(1)), b::interval day FROM if_t ORDER BY a;
: b|b|b
> -1 days -02:00:00|-1 days -02:03:04.5|-1 days
> 1 day 02:00:00|1 day 02:03:04.6|1 day
> 03:00:00|03:00:01.2|00:00:00
CREATE TABLE if_u AS SELECT interval '5' minute AS m, '1.5'::interval hour to minute AS hm;
SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'if_u'::regclass AND attnum > 0 ORDER BY attnum;
: format_type
> interval minute
> interval hour to minute
SELECT * FROM if_u;
: m|hm
> 00:05:00|00:01:00
DROP TABLE if_t, if_u;
