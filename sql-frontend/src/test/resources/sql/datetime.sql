-- time and interval types, date/time arithmetic, date_trunc, extract/date_part, age, make_*, justify_*, to_timestamp, to_char.
SET TimeZone = 'UTC';
SELECT interval '1 day 2 hours', interval '1 year 2 mons', interval '-1 day +02:03:04.5', interval 'P1DT2H', interval '3 days ago';
: interval|interval|interval|interval|interval
> 1 day 02:00:00|1 year 2 mons|-1 days +02:03:04.5|1 day 02:00:00|-3 days
SELECT '1.5 months'::interval, '1.5 days'::interval, '1.5 years'::interval, '90'::interval, '100 hours'::interval, '@ 1 minute'::interval;
: interval|interval|interval|interval|interval|interval
> 1 mon 15 days|1 day 12:00:00|1 year 6 mons|00:01:30|100:00:00|00:01:00
SELECT '1 week'::interval, '2 centuries'::interval, '1 day 12:00'::interval, '1 ms'::interval, 'P1Y2M3DT4H5M6.5S'::interval;
: interval|interval|interval|interval|interval
> 7 days|200 years|1 day 12:00:00|00:00:00.001|1 year 2 mons 3 days 04:05:06.5
SELECT '-1 year -2 mons +3 days -04:05:06'::interval, '1 mon -1 day'::interval, '-1 mons 1 day'::interval, '0'::interval;
: interval|interval|interval|interval
> -1 years -2 mons +3 days -04:05:06|1 mon -1 days|-1 mons +1 day|00:00:00
SELECT '1 fortnight'::interval;
! 22007
SELECT ''::interval;
! 22007
SELECT '2147483648 days'::interval;
! 22015
SELECT interval '1 mon' = interval '30 days', interval '1 day' = interval '24 hours', interval '1 year' > interval '360 days', interval '1 year' < interval '366 days';
: ?column?|?column?|?column?|?column?
> t|t|f|t
SELECT time '12:34:56.789', '1:2'::time, '23:59:59.999999'::time, time '04:05 PM', '2020-01-01 10:11:12'::time, 'allballs'::time;
: time|time|time|time|time|time
> 12:34:56.789|01:02:00|23:59:59.999999|16:05:00|10:11:12|00:00:00
SELECT '25:00'::time;
! 22008
SELECT 'noon'::time;
! 22007
SELECT time '10:00' < time '10:00:00.000001', time '00:00' = 'allballs'::time;
: ?column?|?column?
> t|t
SELECT pg_typeof(time '10:00'), pg_typeof(interval '1 hour'), format_type(1083, NULL), format_type(1186, NULL), format_type(1187, NULL), format_type(1183, NULL);
: pg_typeof|pg_typeof|format_type|format_type|format_type|format_type
> time without time zone|interval|time without time zone|interval|interval[]|time without time zone[]
SELECT typname, typlen, typcategory, typarray FROM pg_type WHERE oid IN (1083, 1186, 1183, 1187) ORDER BY oid;
: typname|typlen|typcategory|typarray
> time|8|D|1183
> _time|-1|A|0
> interval|16|T|1187
> _interval|-1|A|0
-- arithmetic
SELECT timestamp '2020-01-31 10:00' + interval '1 month', timestamp '2020-01-31 10:00' - interval '1 mon 1 day 1 hour', interval '1 hour' + timestamp '2020-01-01';
: ?column?|?column?|?column?
> 2020-02-29 10:00:00|2019-12-30 09:00:00|2020-01-01 01:00:00
SELECT date '2020-02-29' + interval '1 year', date '2020-03-01' - interval '1 day', pg_typeof(date '2020-01-01' + interval '1 day');
: ?column?|?column?|pg_typeof
> 2021-02-28 00:00:00|2020-02-29 00:00:00|timestamp without time zone
SELECT date '2020-01-01' + time '10:30', time '10:30' + date '2020-01-01', pg_typeof(date '2020-01-01' + time '10:30');
: ?column?|?column?|pg_typeof
> 2020-01-01 10:30:00|2020-01-01 10:30:00|timestamp without time zone
SELECT timestamp '2020-03-01' - timestamp '2020-01-01', timestamp '2020-01-01 12:00' - timestamp '2020-01-03 10:00', timestamp '2020-01-01' - date '2019-12-31';
: ?column?|?column?|?column?
> 60 days|-1 days -22:00:00|1 day
SELECT timestamptz '2020-03-01 00:00+00' - timestamptz '2020-02-28 12:00+00', pg_typeof(timestamptz '2020-03-01' - timestamptz '2020-02-28');
: ?column?|pg_typeof
> 1 day 12:00:00|interval
SELECT interval '1 day' + interval '2 hours', interval '1 mon' - interval '1 day', - interval '1 year 2 days 03:00', -(interval '-1 day');
: ?column?|?column?|?column?|?column?
> 1 day 02:00:00|1 mon -1 days|-1 years -2 days -03:00:00|1 day
SELECT interval '1 hour' * 2.5, 3 * interval '1 day 1 hour', interval '1 mon' / 2, interval '1 day' / 3, interval '1 mon 1 day' * 0.5;
: ?column?|?column?|?column?|?column?|?column?
> 02:30:00|3 days 03:00:00|15 days|08:00:00|15 days 12:00:00
SELECT interval '1 day' / 0;
! 22012
SELECT time '23:00' + interval '2 hours', time '01:00' - interval '2 hours', time '12:00' - time '10:30', interval '90 minutes' + time '00:15';
: ?column?|?column?|?column?|?column?
> 01:00:00|23:00:00|01:30:00|01:45:00
SELECT timestamp '2020-01-01 10:00' + '1 hour', timestamp '2020-01-01 10:00' - '1 day'::interval;
: ?column?|?column?
> 2020-01-01 11:00:00|2019-12-31 10:00:00
SELECT date '2020-01-10' - date '2020-01-01', date '2020-01-01' + 30, date '2020-01-01' - 1;
: ?column?|?column?|?column?
> 9|2020-01-31|2019-12-31
SELECT timestamp '294276-12-31 00:00' + interval '1 year';
! 22008
SELECT interval '2147483647 months' + interval '1 month';
! 22008
SET TimeZone = 'Europe/Berlin';
SELECT timestamptz '2021-03-27 12:00' + interval '1 day', timestamptz '2021-03-27 12:00' + interval '24 hours', timestamptz '2021-10-30 12:00' + interval '1 day';
: ?column?|?column?|?column?
> 2021-03-28 12:00:00+02|2021-03-28 13:00:00+02|2021-10-31 12:00:00+01
SELECT timestamptz '2021-01-31 12:00+01' + interval '1 month', timestamptz '2021-06-01 00:00' - interval '1 mon';
: ?column?|?column?
> 2021-02-28 12:00:00+01|2021-05-01 00:00:00+02
SELECT date_trunc('day', timestamptz '2021-03-28 12:00'), date_trunc('month', timestamptz '2021-03-28 12:00'), date_trunc('hour', timestamptz '2021-10-31 02:30+01');
: date_trunc|date_trunc|date_trunc
> 2021-03-28 00:00:00+01|2021-03-01 00:00:00+01|2021-10-31 02:00:00+01
SELECT extract(hour FROM timestamptz '2021-07-01 12:00+00'), extract(timezone FROM timestamptz '2021-07-01 12:00+00'), extract(timezone_hour FROM timestamptz '2021-01-01 12:00+00');
: extract|extract|extract
> 14|7200|1
SELECT timestamptz '2021-07-01 12:00+00', timestamptz '2021-07-01 12:00+00'::time, timestamptz '2021-07-01 12:00+00'::date;
: timestamptz|time|date
> 2021-07-01 14:00:00+02|14:00:00|2021-07-01
SELECT to_char(timestamptz '2021-07-01 12:00+00', 'YYYY-MM-DD HH24:MI TZ OF'), to_char(timestamptz '2021-01-01 12:00+00', 'HH24 tz TZH:TZM');
: to_char|to_char
> 2021-07-01 14:00 CEST +02|13 cet +01:00
SELECT age(timestamptz '2021-03-29 00:00', timestamptz '2021-03-27 00:00');
: age
> 2 days
SET TimeZone = 'UTC';
-- functions
SELECT date_trunc('microseconds', timestamp '2020-05-17 13:45:12.345678'), date_trunc('milliseconds', timestamp '2020-05-17 13:45:12.345678'), date_trunc('second', timestamp '2020-05-17 13:45:12.345678');
: date_trunc|date_trunc|date_trunc
> 2020-05-17 13:45:12.345678|2020-05-17 13:45:12.345|2020-05-17 13:45:12
SELECT date_trunc('minute', timestamp '2020-05-17 13:45:12'), date_trunc('hour', timestamp '2020-05-17 13:45:12'), date_trunc('day', timestamp '2020-05-17 13:45:12'), date_trunc('week', timestamp '2020-05-17 13:45:12');
: date_trunc|date_trunc|date_trunc|date_trunc
> 2020-05-17 13:45:00|2020-05-17 13:00:00|2020-05-17 00:00:00|2020-05-11 00:00:00
SELECT date_trunc('month', timestamp '2020-05-17 13:45'), date_trunc('quarter', timestamp '2020-05-17 13:45'), date_trunc('year', timestamp '2020-05-17 13:45'), date_trunc('decade', timestamp '2020-05-17 13:45');
: date_trunc|date_trunc|date_trunc|date_trunc
> 2020-05-01 00:00:00|2020-04-01 00:00:00|2020-01-01 00:00:00|2020-01-01 00:00:00
SELECT date_trunc('century', timestamp '2000-05-17'), date_trunc('century', timestamp '2001-05-17'), date_trunc('millennium', timestamp '2020-05-17'), date_trunc('YEAR', timestamp '0044-03-15 BC');
: date_trunc|date_trunc|date_trunc|date_trunc
> 1901-01-01 00:00:00|2001-01-01 00:00:00|2001-01-01 00:00:00|0044-01-01 00:00:00 BC
SELECT date_trunc('month', date '2020-05-17'), pg_typeof(date_trunc('month', date '2020-05-17')), date_trunc('day', timestamptz '2020-05-17 13:45+00');
: date_trunc|pg_typeof|date_trunc
> 2020-05-01 00:00:00+00|timestamp with time zone|2020-05-17 00:00:00+00
SELECT date_trunc('hour', interval '1 year 2 mons 3 days 04:05:06.7'), date_trunc('month', interval '1 year 2 mons 3 days 04:05'), date_trunc('year', interval '-1 year -2 mons'), date_trunc('hour', time '12:34:56');
: date_trunc|date_trunc|date_trunc|date_trunc
> 1 year 2 mons 3 days 04:00:00|1 year 2 mons|-1 years|12:00:00
SELECT date_trunc('day', timestamptz '2020-05-17 23:30+00', 'Asia/Tokyo');
: date_trunc
> 2020-05-17 15:00:00+00
SELECT date_trunc('fortnight', timestamp '2020-05-17');
! 22023
SELECT date_trunc('dow', timestamp '2020-05-17');
! 22023
SELECT date_trunc('week', interval '10 days');
! 0A000
SELECT extract(year FROM timestamp '2020-05-17 13:45:12.5'), extract(month FROM timestamp '2020-05-17 13:45:12.5'), extract(day FROM timestamp '2020-05-17 13:45:12.5'), extract(hour FROM timestamp '2020-05-17 13:45:12.5');
: extract|extract|extract|extract
> 2020|5|17|13
SELECT extract(minute FROM timestamp '2020-05-17 13:45:12.5'), extract(second FROM timestamp '2020-05-17 13:45:12.5'), extract(milliseconds FROM timestamp '2020-05-17 13:45:12.5'), extract(microseconds FROM timestamp '2020-05-17 13:45:12.5');
: extract|extract|extract|extract
> 45|12.500000|12500.000|12500000
SELECT extract(dow FROM timestamp '2020-05-17'), extract(isodow FROM timestamp '2020-05-17'), extract(doy FROM timestamp '2020-05-17'), extract(week FROM timestamp '2020-05-17'), extract(quarter FROM timestamp '2020-05-17');
: extract|extract|extract|extract|extract
> 0|7|138|20|2
SELECT extract(epoch FROM timestamp '2020-05-17 13:45:12.5'), extract(epoch FROM timestamptz '2020-05-17 13:45:12.5+02'), extract(decade FROM timestamp '2020-05-17'), extract(century FROM timestamp '2000-05-17'), extract(millennium FROM timestamp '2001-01-01');
: extract|extract|extract|extract|extract
> 1589723112.500000|1589715912.500000|202|20|3
SELECT extract(isoyear FROM date '2021-01-01'), extract(week FROM date '2021-01-01'), extract(year FROM date '0044-03-15 BC'), extract(century FROM date '0044-03-15 BC'), extract(epoch FROM date '2020-01-02');
: extract|extract|extract|extract|extract
> 2020|53|-44|-1|1577923200
SELECT extract(julian FROM date '2020-01-01'), extract(doy FROM date '2020-12-31'), extract(decade FROM date '0001-01-01 BC');
: extract|extract|extract
> 2458850|366|0
SELECT extract(hour FROM date '2020-01-01');
! 0A000
SELECT extract(hour FROM time '12:34:56.789'), extract(second FROM time '12:34:56.789'), extract(epoch FROM time '01:00'), extract(milliseconds FROM time '00:00:01.5');
: extract|extract|extract|extract
> 12|56.789000|3600.000000|1500.000
SELECT extract(day FROM time '12:00');
! 0A000
SELECT extract(year FROM interval '1 year 2 mons 3 days 04:05:06.5'), extract(month FROM interval '1 year 2 mons'), extract(day FROM interval '40 days'), extract(hour FROM interval '100 hours'), extract(second FROM interval '-1.5 seconds');
: extract|extract|extract|extract|extract
> 1|2|40|100|-1.500000
SELECT extract(epoch FROM interval '1 year'), extract(epoch FROM interval '1 mon 1 day 1 second'), extract(quarter FROM interval '5 mons'), extract(century FROM interval '250 years'), extract(epoch FROM interval '-1.25 seconds');
: extract|extract|extract|extract|extract
> 31557600.000000|2678401.000000|2|2|-1.250000
SELECT extract(dow FROM interval '1 day');
! 0A000
SELECT extract(fortnight FROM timestamp '2020-01-01');
! 22023
SELECT date_part('year', timestamp '2020-05-17'), date_part('second', timestamp '2020-05-17 13:45:12.5'), date_part('epoch', timestamp '2020-05-17 13:45:12.5'), date_part('hour', date '2020-05-17');
: date_part|date_part|date_part|date_part
> 2020|12.5|1589723112.5|0
SELECT date_part('day', interval '3 days 4 hours'), date_part('epoch', interval '1 day'), date_part('minute', time '12:34'), pg_typeof(date_part('day', interval '1 day')), pg_typeof(extract(day FROM interval '1 day'));
: date_part|date_part|date_part|pg_typeof|pg_typeof
> 3|86400|34|double precision|numeric
SELECT age(timestamp '2021-03-15', timestamp '2020-01-31'), age(timestamp '2020-01-31', timestamp '2021-03-15'), age(timestamp '2021-03-01 10:00', timestamp '2021-02-28 12:30:15.5');
: age|age|age
> 1 year 1 mon 15 days|-1 years -1 mons -15 days|21:29:44.5
SELECT age(date '2020-03-01', date '2020-02-29'), age(timestamp '2000-02-29', timestamp '1999-03-31'), pg_typeof(age(timestamp '2000-01-01', timestamp '1999-01-01'));
: age|age|pg_typeof
> 1 day|10 mons 29 days|interval
SELECT make_date(2020, 2, 29), make_date(-44, 3, 15), make_time(8, 15, 23.5), make_interval(1, 2, 3, 4, 5, 6, 7.5), make_interval(0, 0, 0, 0, 0, 0, 0), make_interval(1);
: make_date|make_date|make_time|make_interval|make_interval|make_interval
> 2020-02-29|0044-03-15 BC|08:15:23.5|1 year 2 mons 25 days 05:06:07.5|00:00:00|1 year
SELECT make_date(2021, 2, 29);
! 22008
SELECT make_time(24, 0, 1);
! 22008
SELECT justify_days(interval '35 days'), justify_days(interval '-35 days'), justify_days(interval '1 mon -5 days'), justify_hours(interval '27 hours'), justify_hours(interval '1 day -1 hour');
: justify_days|justify_days|justify_days|justify_hours|justify_hours
> 1 mon 5 days|-1 mons -5 days|25 days|1 day 03:00:00|23:00:00
SELECT justify_interval(interval '1 mon -1 hour'), justify_interval(interval '-1 mon 40 days 50 hours'), justify_hours(interval '-27 hours');
: justify_interval|justify_interval|justify_hours
> 29 days 23:00:00|12 days 02:00:00|-1 days -03:00:00
SELECT to_timestamp(0), to_timestamp(1284352323.5), to_timestamp(-1.5), pg_typeof(to_timestamp(0));
: to_timestamp|to_timestamp|to_timestamp|pg_typeof
> 1970-01-01 00:00:00+00|2010-09-13 04:32:03.5+00|1969-12-31 23:59:58.5+00|timestamp with time zone
SELECT to_char(timestamp '2020-05-07 13:04:09.123456', 'YYYY-MM-DD HH24:MI:SS.US'), to_char(timestamp '2020-05-07 13:04:09.123456', 'YY Y,YYY YYY Y MS FF3 SSSS');
: to_char|to_char
> 2020-05-07 13:04:09.123456|20 2,020 020 0 123 123 47049
SELECT to_char(timestamp '2020-05-07 13:04:09', 'Month|MONTH|month|Mon|MON|mon|FMMonth|'), to_char(timestamp '2020-05-07 01:04:09', 'Day|DAY|day|Dy|DY|dy|FMDay|D|ID');
: to_char|to_char
> May      |MAY      |may      |May|MAY|may|May||Thursday |THURSDAY |thursday |Thu|THU|thu|Thursday|5|4
SELECT to_char(timestamp '2020-05-07 13:04:09', 'HH HH12 HH24 AM PM am a.m. P.M.'), to_char(timestamp '2020-05-07 00:04:09', 'HH12:MI AM'), to_char(timestamp '2020-05-07 12:04:09', 'FMHH12 pm');
: to_char|to_char|to_char
> 01 01 13 PM PM pm p.m. P.M.|12:04 AM|12 pm
SELECT to_char(timestamp '2020-05-07 13:04:09', 'DDD DD D Q CC WW W IW IYYY J'), to_char(timestamp '2020-05-07', 'FMDD FMMM FMDDD'), to_char(timestamp '2020-05-01', 'DDth DDTH FMDDth'), to_char(timestamp '2020-05-02', 'FMDDth FMMMth'), to_char(timestamp '2020-05-13', 'FMDDth');
: to_char|to_char|to_char|to_char|to_char
> 128 07 5 2 21 19 1 19 2020 2458977|7 5 128|01st 01ST 1st|2nd 5th|13th
SELECT to_char(timestamp '2020-05-07 13:04:09', '"Year:" YYYY, "quarter" Q\"x'), to_char(timestamp '0044-03-15 12:00 BC', 'YYYY BC AD b.c.'), to_char(timestamp '2020-05-07', 'TZ|tz|OF');
: to_char|to_char|to_char
> Year: 2020, quarter 2"x|0044 BC BC b.c.|||+00
SELECT to_char(date '2020-05-07', 'DD/MM/YYYY'), to_char(timestamptz '2020-05-07 10:00+00', 'YYYY-MM-DD HH24:MI TZ'), to_char(time '13:04:09', 'HH24:MI:SS');
: to_char|to_char|to_char
> 07/05/2020|2020-05-07 10:00 UTC|13:04:09
SELECT to_char(interval '1 year 2 mons 3 days 04:05:06.789', 'YYYY MM DD HH24 MI SS MS'), to_char(interval '27 hours 5 minutes', 'HH24:MI HH12'), to_char(interval '-3 days -04:00', 'DD HH24');
: to_char|to_char|to_char
> 0001 02 03 04 05 06 789|27:05 03|-3 -04
SELECT to_char(timestamp '2020-05-07', 'RM|rm|FMRM|IYY IY I IDDD|FX');
: to_char
> V   |v   |V|020 20 0 130|
SELECT to_char(485, '999'), to_char(-485, '999'), to_char(1485, '9,999'), to_char(148.5, '999.999'), to_char(148.5, 'FM999.999'), to_char(148.5, 'FM999.990');
: to_char|to_char|to_char|to_char|to_char|to_char
>  485|-485| 1,485| 148.500|148.5|148.500
SELECT to_char(-485, '999S'), to_char(-485, '999MI'), to_char(485, '999MI'), to_char(485, 'FM999MI'), to_char(-485, '999PR'), to_char(485, '999PR'), to_char(485, 'S999');
: to_char|to_char|to_char|to_char|to_char|to_char|to_char
> 485-|485-|485 |485|<485>| 485 |+485
SELECT to_char(0.1, '0.9'), to_char(-0.1, '99.99'), to_char(-0.1, 'FM9.99'), to_char(-0.1, 'FM90.99'), to_char(12, '9990999.9'), to_char(12, 'FM9990999.9');
: to_char|to_char|to_char|to_char|to_char|to_char
>  0.1|  -.10|-.1|-0.1|    0012.0|0012.
SELECT to_char(12345, '999'), to_char(5, '000'), to_char(1234567.891, '9,999,999.99'), to_char(0.125::float8, '9.99'), to_char(2.5::float8, '9'), to_char(7, 'FM9');
: to_char|to_char|to_char|to_char|to_char|to_char
>  ###| 005| 1,234,567.89|  .12| 2|7
SELECT pg_typeof(now() - interval '1 hour'), now() - interval '1 hour' < now(), current_date + interval '1 day' > now() - interval '1 day', pg_typeof(current_date - interval '1 day');
: pg_typeof|?column?|?column?|pg_typeof
> timestamp with time zone|t|t|timestamp without time zone
SELECT interval '1 year'::text, time '10:00'::text, interval '1 day 03:00'::time, time '10:00'::interval, interval '-1 hour'::time;
: text|text|time|interval|time
> 1 year|10:00:00|03:00:00|10:00:00|23:00:00
SELECT interval '1 hour' IN (interval '60 minutes', interval '2 hours'), greatest(interval '1 day', interval '23 hours'), least(time '10:00', time '09:00');
: ?column?|greatest|least
> t|1 day|09:00:00
SELECT interval '1 day 2 hours' * 0.1, '1 day'::interval / 7, interval '1 mon' * 1.5, interval '3 days' * -1, interval '1 year' / 1000;
: ?column?|?column?|?column?|?column?|?column?
> 02:36:00|03:25:42.857143|1 mon 15 days|-3 days|08:38:24
SELECT interval '1 day' * 1e10;
! 22008
SELECT extract(julian FROM timestamp '2020-01-01 12:00'), date_part('julian', timestamp '2020-01-01 12:00'), date_part('epoch', timestamptz '2020-01-01 00:00+00');
: extract|date_part|date_part
> 2458850.50000000000000000000|2458850.5|1577836800
SELECT to_char(timestamp '2020-12-31', 'IYYY-IW ID'), to_char(timestamp '2021-01-03', 'IYYY-IW ID WW W'), to_char(timestamp '2021-01-03', 'FMDD. FMMonth YYYY, HH12:MI:SS a.m.');
: to_char|to_char|to_char
> 2020-53 4|2020-53 7 01 1|3. January 2021, 12:00:00 a.m.
SELECT to_char(0, '999'), to_char(0, '9'), to_char(0.0, '9.99'), to_char(-0.5, 'FM9.9'), to_char(1234.5::float4, '9999.9'), to_char(-7, '9'), to_char(100, 'FM999,999');
: to_char|to_char|to_char|to_char|to_char|to_char|to_char
>    0| 0|  .00|-.5| 1234.5|-7|100
SELECT to_char(-1234567, '9,999,999'), to_char(3.14159, '0.00'), to_char(12, '0099'), to_char(-12.5, '"n="S99.9'), to_char(5, '9.'), to_char(5, 'FM9.');
: to_char|to_char|to_char|to_char|to_char|to_char
> -1,234,567| 3.14| 0012|n=-12.5| 5|5
PREPARE dt_p(interval) AS SELECT $1 + interval '1 hour', timestamp '2020-01-01' + $1;
EXECUTE dt_p('1 day');
: ?column?|?column?
> 1 day 01:00:00|2020-01-02 00:00:00
DEALLOCATE dt_p;
-- columns, ordering, grouping, aggregates, indexes
CREATE TABLE dt_ev (id int PRIMARY KEY, d interval, t time, at timestamp);
CREATE INDEX dt_ev_d ON dt_ev (d);
CREATE INDEX dt_ev_t ON dt_ev (t);
INSERT INTO dt_ev VALUES (1, '1 mon', '10:00', '2020-01-01 10:00'), (2, '30 days', '09:30', '2020-01-02 09:30'), (3, '1 day 02:00', '23:59:59.5', '2020-02-29 23:59:59.5'), (4, '-2 hours', '00:00', '2020-03-01'), (5, NULL, NULL, NULL), (6, '1 year', '12:00', '2021-01-01 12:00');
SELECT id, d, t FROM dt_ev ORDER BY d, id;
: id|d|t
> 4|-02:00:00|00:00:00
> 3|1 day 02:00:00|23:59:59.5
> 1|1 mon|10:00:00
> 2|30 days|09:30:00
> 6|1 year|12:00:00
> 5|NULL|NULL
SELECT id, t FROM dt_ev ORDER BY t DESC LIMIT 3;
: id|t
> 5|NULL
> 3|23:59:59.5
> 6|12:00:00
SELECT id FROM dt_ev WHERE d = interval '720 hours' ORDER BY id;
: id
> 1
> 2
SELECT id FROM dt_ev WHERE d > '1 day' AND d < '1 year' ORDER BY id;
: id
> 1
> 2
> 3
SELECT id FROM dt_ev WHERE t BETWEEN '09:00' AND '12:00' ORDER BY id;
: id
> 1
> 2
> 6
SELECT count(DISTINCT d), count(*) FROM dt_ev;
: count|count
> 4|6
SELECT d, count(*) FROM dt_ev GROUP BY d ORDER BY d;
: d|count
> -02:00:00|1
> 1 day 02:00:00|1
> 1 mon|2
> 1 year|1
> NULL|1
SELECT sum(d), avg(d), min(d), max(d), min(t), max(t) FROM dt_ev;
: sum|avg|min|max|min|max
> 1 year 1 mon 31 days|2 mons 24 days 04:48:00|-02:00:00|1 year|00:00:00|23:59:59.5
SELECT sum(d) FROM dt_ev WHERE id > 100;
: sum
> NULL
SELECT avg(x) FROM (VALUES (interval '1 day'), (interval '2 days'), (interval '1 hour')) v(x);
: avg
> 1 day 00:20:00
SELECT id, at - lag(at) OVER (ORDER BY at) AS gap FROM dt_ev WHERE at IS NOT NULL ORDER BY at;
: id|gap
> 1|NULL
> 2|23:30:00
> 3|58 days 14:29:59.5
> 4|00:00:00.5
> 6|306 days 12:00:00
SELECT id, at + d AS due, date_trunc('month', at) AS m FROM dt_ev WHERE d IS NOT NULL ORDER BY id;
: id|due|m
> 1|2020-02-01 10:00:00|2020-01-01 00:00:00
> 2|2020-02-01 09:30:00|2020-01-01 00:00:00
> 3|2020-03-02 01:59:59.5|2020-02-01 00:00:00
> 4|2020-02-29 22:00:00|2020-03-01 00:00:00
> 6|2022-01-01 12:00:00|2021-01-01 00:00:00
SELECT d FROM dt_ev WHERE d IS NOT NULL ORDER BY d DESC LIMIT 1;
: d
> 1 year
SELECT id, d FROM dt_ev WHERE d IS NOT NULL ORDER BY d DESC, id LIMIT 3;
: id|d
> 6|1 year
> 1|1 mon
> 2|30 days
SELECT t, count(*) FROM dt_ev GROUP BY t ORDER BY t NULLS FIRST;
: t|count
> NULL|1
> 00:00:00|1
> 09:30:00|1
> 10:00:00|1
> 12:00:00|1
> 23:59:59.5|1
SELECT id FROM dt_ev WHERE at + d > timestamp '2020-03-01' ORDER BY id;
: id
> 3
> 6
UPDATE dt_ev SET d = d * 2, t = t + interval '30 minutes' WHERE id = 3 RETURNING d, t;
: d|t
> 2 days 04:00:00|00:29:59.5
CREATE UNIQUE INDEX dt_ev_u ON dt_ev (d);
! 23505
DELETE FROM dt_ev WHERE id = 2;
CREATE UNIQUE INDEX dt_ev_u ON dt_ev (d);
INSERT INTO dt_ev VALUES (7, '720 hours', '01:00', NULL);
! 23505
SELECT DISTINCT t FROM dt_ev WHERE t < '11:00' ORDER BY t;
: t
> 00:00:00
> 00:29:59.5
> 10:00:00
INSERT INTO dt_ev VALUES (8, 'junk', '01:00', NULL);
! 22007
INSERT INTO dt_ev VALUES (9, '1 hour', '24:30', NULL);
! 22008
SELECT column_name, data_type, datetime_precision FROM information_schema.columns WHERE table_name = 'dt_ev' AND column_name <> 'id' ORDER BY ordinal_position;
: column_name|data_type|datetime_precision
> d|interval|6
> t|time without time zone|6
> at|timestamp without time zone|6
DROP TABLE dt_ev;
-- timestamptz +/- interval: months, then days, each resolved in the zone (a month step into a DST gap).
SET TimeZone = 'America/New_York';
SELECT timestamptz '1937-07-25 02:46:36.505134-04' - interval '3 mons 36 days 24:00:00' AS r;
: r
> 1937-03-19 03:46:36.505134-05
SELECT timestamptz '2021-02-14 02:30:00-05' + interval '1 mon 1 day' AS r;
: r
> 2021-03-15 03:30:00-04
SELECT timestamptz '2021-04-14 02:30:00-04' - interval '1 mon 3 days' AS r;
: r
> 2021-03-11 03:30:00-05
RESET TimeZone;
