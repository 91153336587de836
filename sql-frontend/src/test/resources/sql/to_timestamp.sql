-- to_timestamp(text, text) and to_date(text, text) with the common patterns, and their errors.
SET timezone = 'UTC';
SELECT to_date('2024-03-15', 'YYYY-MM-DD');
: to_date
> 2024-03-15
SELECT to_date('15/03/2024', 'DD/MM/YYYY');
: to_date
> 2024-03-15
SELECT to_date('20240315', 'YYYYMMDD');
: to_date
> 2024-03-15
SELECT to_date('15 Mar 2024', 'DD Mon YYYY');
: to_date
> 2024-03-15
SELECT to_date('March 15, 2024', 'Month DD, YYYY');
: to_date
> 2024-03-15
SELECT to_date('2024-13-01', 'YYYY-MM-DD');
! 22008
SELECT to_date('2024-02-30', 'YYYY-MM-DD');
! 22008
SELECT to_date('2024-xx-01', 'YYYY-MM-DD');
! 22007
SELECT to_date('2024', 'YYYY-MM-DD');
: to_date
> 2024-01-01
SELECT to_date('24-03-15', 'YY-MM-DD');
: to_date
> 2024-03-15
SELECT to_date('99-03-15', 'YY-MM-DD');
: to_date
> 1999-03-15
SELECT to_date('2024 075', 'YYYY DDD');
: to_date
> 2024-03-15
SELECT to_date('Fri 15 Mar 2024', 'Dy DD Mon YYYY');
: to_date
> 2024-03-15
SELECT to_date(NULL, 'YYYY');
: to_date
> NULL
SELECT to_timestamp('2024-03-15 13:45:30', 'YYYY-MM-DD HH24:MI:SS');
: to_timestamp
> 2024-03-15 13:45:30+00
SELECT to_timestamp('2024-03-15 01:45:30 PM', 'YYYY-MM-DD HH:MI:SS AM');
: to_timestamp
> 2024-03-15 13:45:30+00
SELECT to_timestamp('2024-03-15 12:05:00 am', 'YYYY-MM-DD HH12:MI:SS am');
: to_timestamp
> 2024-03-15 00:05:00+00
SELECT to_timestamp('2024-03-15 13:45:30.123', 'YYYY-MM-DD HH24:MI:SS.MS');
: to_timestamp
> 2024-03-15 13:45:30.123+00
SELECT to_timestamp('2024-03-15 13:45:30.123456', 'YYYY-MM-DD HH24:MI:SS.US');
: to_timestamp
> 2024-03-15 13:45:30.123456+00
SELECT to_timestamp('2024-03-15 13:45:30.5', 'YYYY-MM-DD HH24:MI:SS.FF3');
: to_timestamp
> 2024-03-15 13:45:30.5+00
SELECT to_timestamp('2024-03-15 13:45', 'YYYY-MM-DD HH:MI');
! 22007
SELECT to_timestamp('2024-03-15 25:00', 'YYYY-MM-DD HH24:MI');
! 22008
SELECT to_timestamp('2024-03-15 10:61', 'YYYY-MM-DD HH24:MI');
! 22008
SELECT to_timestamp('2024-03-15T10:11:12', 'YYYY-MM-DD"T"HH24:MI:SS');
: to_timestamp
> 2024-03-15 10:11:12+00
SELECT to_timestamp('2024/03/15 10-11-12', 'YYYY-MM-DD HH24:MI:SS');
: to_timestamp
> 2024-03-15 10:11:12+00
SELECT to_timestamp('  2024-03-15', 'YYYY-MM-DD');
: to_timestamp
> 2024-03-15 00:00:00+00
SELECT to_date('15 Foo 2024', 'DD Mon YYYY');
! 22007
SELECT to_timestamp('2024-03-15 24:00', 'YYYY-MM-DD HH24:MI');
! 22008
SELECT to_date('', 'YYYY-MM-DD');
: to_date
> 0001-01-01 BC
SELECT to_date('2024-3-5', 'YYYY-MM-DD');
: to_date
> 2024-03-05
SELECT to_timestamp('2024-03-15 10:00 XM', 'YYYY-MM-DD HH:MI AM');
! 22007
SET timezone = 'America/New_York';
SELECT to_timestamp('2024-07-01 08:00', 'YYYY-MM-DD HH24:MI');
: to_timestamp
> 2024-07-01 08:00:00-04
SELECT to_date('1,999-12-31', 'Y,YYY-MM-DD');
: to_date
> 1999-12-31
