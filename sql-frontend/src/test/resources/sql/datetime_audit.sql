-- Probes of to_char, date_trunc, extract, interval arithmetic and output, justify_*, and generate_series over timestamps against PostgreSQL.
set timezone = 'UTC';
select to_char(timestamp '2024-03-05 14:07:09.123456', 'YYYY-MM-DD HH24:MI:SS.MS.US'), to_char(timestamp '2024-03-05 14:07:09', 'FMDD FMMonth YYYY'), to_char(timestamp '2024-03-05 00:07:09', 'HH12:MI AM pm'), to_char(date '2024-03-01', 'DDD D Day Dy DAY dy');
: to_char|to_char|to_char|to_char
> 2024-03-05 14:07:09.123.123456|5 March 2024|12:07 AM am|061 6 Friday    Fri FRIDAY    fri
select to_char(date '2024-03-01', 'DDth DDTH FMDDth Mon MON mon Month MONTH month'), to_char(date '2024-01-22', 'Q WW W IW IYYY YY Y CC J'), to_char(timestamptz '2024-03-05 14:07:09+00', 'TZ tz OF TZH:TZM');
: to_char|to_char|to_char
> 01st 01ST 1st Mar MAR mar March     MARCH     march    |1 04 4 04 2024 24 4 21 2460332|UTC utc +00 +00:00
select to_char(timestamp '2024-12-31 23:59:59.999999', 'HH HH12 SSSS SSSSS FF1 FF2 FF3 FF4 FF5 FF6 a.m. P.M.'), to_char(timestamp '0001-01-01 00:00:00', 'YYYY-MM-DD BC AD'), to_char(interval '1 day 02:03:04', 'DD HH24:MI:SS');
: to_char|to_char|to_char
> 11 11 86399 86399 9 99 999 9999 99999 999999 p.m. P.M.|0001-01-01 AD AD|01 02:03:04
select to_char(interval '49 hours 5 minutes', 'HH24 HH MI'), to_char(interval '-1 hours', 'HH24:MI'), to_char(timestamp '2024-03-05 14:07:09', '"Year: "YYYY \\ "x"'), to_char(NULL::timestamp, 'YYYY');
: to_char|to_char|to_char|to_char
> 49 01 05|-01:00|Year: 2024 \\ x|NULL
select to_char(1234.567, '9999.99'), to_char(1234.567, '0000000.000'), to_char(-1234.567, '9,999.99'), to_char(0.5, '9.99'), to_char(0.5, '0.99'), to_char(12, '999PR'), to_char(-12, '999PR');
: to_char|to_char|to_char|to_char|to_char|to_char|to_char
>  1234.57| 0001234.567|-1,234.57|  .50| 0.50|  12 | <12>
select date_trunc('microseconds', timestamp '2024-03-05 14:07:09.123456'), date_trunc('milliseconds', timestamp '2024-03-05 14:07:09.123456'), date_trunc('second', timestamp '2024-03-05 14:07:09.5'), date_trunc('minute', timestamp '2024-03-05 14:07:09');
: date_trunc|date_trunc|date_trunc|date_trunc
> 2024-03-05 14:07:09.123456|2024-03-05 14:07:09.123|2024-03-05 14:07:09|2024-03-05 14:07:00
select date_trunc('week', timestamp '2024-03-05 14:07:09'), date_trunc('quarter', timestamp '2024-05-05'), date_trunc('decade', timestamp '2024-05-05'), date_trunc('century', timestamp '2001-05-05'), date_trunc('millennium', timestamp '2001-05-05'), date_trunc('year', date '2024-05-05');
: date_trunc|date_trunc|date_trunc|date_trunc|date_trunc|date_trunc
> 2024-03-04 00:00:00|2024-04-01 00:00:00|2020-01-01 00:00:00|2001-01-01 00:00:00|2001-01-01 00:00:00|2024-01-01 00:00:00+00
select date_trunc('day', timestamptz '2024-03-05 14:07:09+03'), date_trunc('day', timestamptz '2024-03-05 14:07:09+03', 'Asia/Tokyo'), date_trunc('hour', interval '1 day 02:03:04'), date_trunc('month', interval '1 year 2 months 3 days'), date_trunc('week', date '2024-03-05');
: date_trunc|date_trunc|date_trunc|date_trunc|date_trunc
> 2024-03-05 00:00:00+00|2024-03-04 15:00:00+00|1 day 02:00:00|1 year 2 mons|2024-03-04 00:00:00+00
select date_trunc('century', timestamp '0001-05-05'), date_trunc('century', date '2000-01-01'), date_trunc('millennium', timestamp '2000-12-31'), date_trunc('decade', timestamp '1999-12-31');
: date_trunc|date_trunc|date_trunc|date_trunc
> 0001-01-01 00:00:00|1901-01-01 00:00:00+00|1001-01-01 00:00:00|1990-01-01 00:00:00
select date_trunc('fortnight', timestamp '2024-03-05');
! 22023
select date_trunc('week', interval '10 days');
! 0A000
select extract(epoch from timestamp '2024-03-05 14:07:09.5'), extract(epoch from timestamptz '2024-03-05 14:07:09.5+02'), extract(epoch from date '2024-03-05'), extract(epoch from interval '1 month 2 days'), extract(epoch from time '01:00:00.25');
: extract|extract|extract|extract|extract
> 1709647629.500000|1709640429.500000|1709596800|2764800.000000|3600.250000
select extract(dow from date '2024-03-03'), extract(isodow from date '2024-03-03'), extract(doy from date '2024-12-31'), extract(week from date '2024-12-30'), extract(isoyear from date '2024-12-30'), extract(quarter from date '2024-11-01'), extract(julian from date '2024-03-05');
: extract|extract|extract|extract|extract|extract|extract
> 0|7|366|1|2025|4|2460375
select extract(century from date '2000-12-31'), extract(century from date '2001-01-01'), extract(millennium from date '2001-01-01'), extract(decade from date '1999-01-01'), extract(century from date '0001-01-01 BC'), extract(year from date '0001-01-01 BC');
: extract|extract|extract|extract|extract|extract
> 20|21|3|199|-1|-1
select extract(microseconds from time '01:02:03.456789'), extract(milliseconds from timestamp '2024-03-05 14:07:09.123456'), extract(second from interval '1 minute 2.5 seconds'), extract(minute from interval '125 minutes'), extract(hour from interval '49 hours'), extract(day from interval '49 hours'), extract(month from interval '14 months'), extract(year from interval '14 months');
: extract|extract|extract|extract|extract|extract|extract|extract
> 3456789|9123.456|2.500000|5|49|0|2|1
select extract(timezone from timestamptz '2024-03-05 14:07:09+00'), extract(timezone_hour from timestamptz '2024-03-05 14:07:09+00'), extract(hour from timestamptz '2024-03-05 14:07:09+05');
: extract|extract|extract
> 0|0|9
select extract(dow from time '01:00');
! 0A000
select extract(hour from date '2024-03-05');
! 0A000
select extract(foo from date '2024-03-05');
! 22023
select extract(dow from interval '1 day');
! 0A000
select date_part('epoch', timestamp '2024-03-05 14:07:09.5'), date_part('dow', date '2024-03-05'), pg_typeof(date_part('year', date '2024-03-05')), pg_typeof(extract(year from date '2024-03-05'));
: date_part|date_part|pg_typeof|pg_typeof
> 1709647629.5|2|double precision|numeric
select interval '1 month' + interval '30 days', interval '1 year 2 months 3 days 04:05:06.789', interval '-1 year +2 months -3 days', interval '1.5 years', interval '1.5 months', interval '1.5 days', interval '0.5 minutes';
: ?column?|interval|interval|interval|interval|interval|interval
> 1 mon 30 days|1 year 2 mons 3 days 04:05:06.789|-10 mons -3 days|1 year 6 mons|1 mon 15 days|1 day 12:00:00|00:00:30
select interval '1 day' * 1.5, interval '1 month' / 3, interval '1 hour' * 0.1, interval '3 months' * 0.5, interval '1 year' / 7, - interval '1 day 02:00', interval '25 hours' - interval '1 day';
: ?column?|?column?|?column?|?column?|?column?|?column?|?column?
> 1 day 12:00:00|10 days|00:06:00|1 mon 15 days|1 mon 21 days 10:17:08.5344|-1 days -02:00:00|-1 days +25:00:00
select justify_days(interval '35 days'), justify_hours(interval '27 hours'), justify_interval(interval '1 month -1 hour'), justify_days(interval '-35 days'), justify_hours(interval '-27 hours'), justify_interval(interval '-1 month 1 day');
: justify_days|justify_hours|justify_interval|justify_days|justify_hours|justify_interval
> 1 mon 5 days|1 day 03:00:00|29 days 23:00:00|-1 mons -5 days|-1 days -03:00:00|-29 days
select justify_interval(interval '1 month -32 days'), justify_days(interval '1 year 400 days'), justify_hours(interval '1 day 100 hours 5 minutes');
: justify_interval|justify_days|justify_hours
> -2 days|2 years 1 mon 10 days|5 days 04:05:00
select timestamp '2024-01-31' + interval '1 month', timestamp '2024-02-29' + interval '1 year', date '2024-03-31' - interval '1 month', timestamp '2024-03-05 10:00' - timestamp '2024-03-01 12:30', date '2024-03-05' - date '2024-01-01', date '2024-03-05' + 10, date '2024-03-05' - 10;
: ?column?|?column?|?column?|?column?|?column?|?column?|?column?
> 2024-02-29 00:00:00|2025-02-28 00:00:00|2024-02-29 00:00:00|3 days 21:30:00|64|2024-03-15|2024-02-24
select timestamptz '2024-03-30 12:00+00' + interval '1 day', time '23:00' + interval '2 hours', time '01:00' - interval '2 hours', interval '1 day' + time '01:00', date '2024-03-05' + time '10:00', interval '2 hours' * 2.5;
: ?column?|?column?|?column?|?column?|?column?|?column?
> 2024-03-31 12:00:00+00|01:00:00|23:00:00|01:00:00|2024-03-05 10:00:00|05:00:00
select interval '1 day' = interval '24 hours', interval '1 month' = interval '30 days', interval '1 month' > interval '29 days', interval '2 days' < interval '47 hours';
: ?column?|?column?|?column?|?column?
> t|t|t|f
select age(timestamp '2024-03-05', timestamp '2023-01-31'), age(timestamp '2023-01-31', timestamp '2024-03-05'), age(date '2024-03-05', date '2024-02-29');
: age|age|age
> 1 year 1 mon 5 days|-1 years -1 mons -5 days|5 days
select interval '100000000 years';
: interval
> 100000000 years
select interval '2147483647 days' + interval '1 day';
! 22008
select interval '1 day' / 0;
! 22012
select interval '-00:00:01', interval '1 day -00:00:01', interval '-1 day +00:00:01', interval '00:00:00.000001', interval '-0.000001 seconds', interval '@ 1 day ago';
: interval|interval|interval|interval|interval|interval
> -00:00:01|1 day -00:00:01|-1 days +00:00:01|00:00:00.000001|-00:00:00.000001|-1 days
select '1 mon 2 days'::interval::text, '10 days 3 hours'::interval::time, '-1 month'::interval < '0'::interval, interval '6 days 24 hours' = interval '7 days';
: text|time|?column?|?column?
> 1 mon 2 days|03:00:00|t|t
select sum(x), avg(x), min(x), max(x) from (values (interval '1 day'), (interval '25 hours'), (interval '1 month')) v(x);
: sum|avg|min|max
> 1 mon 1 day 25:00:00|10 days 16:20:00|1 day|1 mon
select generate_series(timestamp '2024-01-30', timestamp '2024-05-01', interval '1 month');
: generate_series
> 2024-01-30 00:00:00
> 2024-02-29 00:00:00
> 2024-03-29 00:00:00
> 2024-04-29 00:00:00
select generate_series(timestamptz '2024-03-30 00:00+00', timestamptz '2024-04-01 00:00+00', interval '12 hours');
: generate_series
> 2024-03-30 00:00:00+00
> 2024-03-30 12:00:00+00
> 2024-03-31 00:00:00+00
> 2024-03-31 12:00:00+00
> 2024-04-01 00:00:00+00
select generate_series(date '2024-01-01', date '2024-01-03', interval '1 day');
: generate_series
> 2024-01-01 00:00:00+00
> 2024-01-02 00:00:00+00
> 2024-01-03 00:00:00+00
select generate_series(timestamp '2024-01-03', timestamp '2024-01-01', interval '-1 day');
: generate_series
> 2024-01-01 00:00:00
> 2024-01-02 00:00:00
> 2024-01-03 00:00:00
select generate_series(timestamp '2024-01-01', timestamp '2024-01-02', interval '0 day');
! 22023
select count(*) from generate_series(timestamp '2024-01-01', timestamp '2023-01-01', interval '1 day');
: count
> 0
select generate_series(1, 10, 3), generate_series(5, 1, -2);
: generate_series|generate_series
> 10|NULL
> 1|5
> 4|3
> 7|1
select generate_series(1, 3, 0);
! 22023
select generate_series(1.5, 3, 0.5), generate_series(1::int8, 2);
: generate_series|generate_series
> 1.5|1
> 2.0|2
> 2.5|NULL
> 3.0|NULL
select * from generate_series(timestamp '2024-01-31', timestamp '2024-04-30', interval '1 month') g;
: g
> 2024-01-31 00:00:00
> 2024-02-29 00:00:00
> 2024-03-29 00:00:00
> 2024-04-29 00:00:00
select x from generate_series(date '2024-03-01', date '2024-03-02', interval '6 hours') as x order by x desc limit 2;
: x
> 2024-03-02 00:00:00+00
> 2024-03-01 18:00:00+00
select generate_series(timestamp '2024-01-01', '2024-01-02', interval '12 hours');
: generate_series
> 2024-01-01 00:00:00
> 2024-01-01 12:00:00
> 2024-01-02 00:00:00
select generate_series(timestamp '2024-01-01', timestamp '2024-01-02');
! 42883
select generate_series(timestamptz '2024-03-09 12:00', timestamptz '2024-03-11 12:00', interval '1 day');
: generate_series
> 2024-03-09 12:00:00+00
> 2024-03-10 12:00:00+00
> 2024-03-11 12:00:00+00
select generate_series(timestamptz '2024-03-10 00:00', timestamptz '2024-03-10 04:00', interval '1 hour');
: generate_series
> 2024-03-10 00:00:00+00
> 2024-03-10 01:00:00+00
> 2024-03-10 02:00:00+00
> 2024-03-10 03:00:00+00
> 2024-03-10 04:00:00+00
set timezone = 'America/New_York';
select generate_series(timestamptz '2024-03-09 12:00', timestamptz '2024-03-11 12:00', interval '1 day');
: generate_series
> 2024-03-09 12:00:00-05
> 2024-03-10 12:00:00-04
> 2024-03-11 12:00:00-04
select generate_series(timestamptz '2024-03-10 00:00', timestamptz '2024-03-10 04:00', interval '1 hour');
: generate_series
> 2024-03-10 00:00:00-05
> 2024-03-10 01:00:00-05
> 2024-03-10 03:00:00-04
> 2024-03-10 04:00:00-04
reset timezone;
