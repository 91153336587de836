-- to_timestamp/to_date: the patterns beyond the common ones (Q, W, WW, ISO week dates, J, CC, RM,
-- BC/AD, TH, TZH/TZM, SSSS, D), conflicting fields, and FX mode, as PostgreSQL 15 reads them.
SET timezone = 'UTC';
SELECT to_date('2024 Q3 08 15', 'YYYY Q MM DD');
! 22007
  Detail: Value must be an integer.
SELECT to_date('2024 3', 'YYYY Q');
! 42601
SELECT to_date('2024 X', 'YYYY Q');
! 22007
  Detail: Value must be an integer.
SELECT to_date('2024 10', 'YYYY WW');
! 42601
SELECT to_date('2024 53', 'YYYY WW');
: to_date
> 2024-12-30
SELECT to_date('2024 06 3', 'YYYY MM W');
: to_date
> 2024-06-15
SELECT to_date('2024 06 5 20', 'YYYY MM W DD');
: to_date
> 2024-06-29
SELECT to_date('2020 53 5', 'IYYY IW ID');
: to_date
> 2021-01-01
SELECT to_date('2020 53 7', 'IYYY IW ID');
: to_date
> 2021-01-03
SELECT to_date('2021 01 1', 'IYYY IW ID');
: to_date
> 2021-01-04
SELECT to_date('2015 53', 'IYYY IW');
: to_date
> 2015-12-28
SELECT to_date('2024 364', 'IYYY IDDD');
: to_date
> 2024-12-29
SELECT to_date('2020 371', 'IYYY IDDD');
: to_date
> 2021-01-03
SELECT to_date('24 10 3', 'IY IW ID');
: to_date
> 2024-03-06
SELECT to_date('4 10 3', 'I IW ID');
: to_date
> 2004-03-03
SELECT to_date('024 10 3', 'IYY IW ID');
: to_date
> 2024-03-06
SELECT to_date('2024 10 3', 'YYYY IW ID');
! 22007
  Hint: Do not mix Gregorian and ISO week date conventions in a formatting template.
SELECT to_date('2024 10 03', 'IYYY IW DD');
! 42601
  Hint: Do not mix Gregorian and ISO week date conventions in a formatting template.
SELECT to_date('2024 Wed 10', 'IYYY Dy IW');
! 42601
SELECT to_date('2460385', 'J');
: to_date
> 2024-03-15
SELECT to_date('0', 'J');
: to_date
> 0001-01-01 BC
SELECT to_date('1721426', 'J');
: to_date
> 0001-01-01
SELECT to_timestamp('2460385 12:30', 'J HH24:MI');
: to_timestamp
> 2024-03-15 12:30:00+00
SELECT to_date('21 24-03-15', 'CC YY-MM-DD');
: to_date
> 2024-03-15
SELECT to_date('20 24-03-15', 'CC YY-MM-DD');
: to_date
> 1924-03-15
SELECT to_date('21 00-01-01', 'CC YY-MM-DD');
: to_date
> 2100-01-01
SELECT to_date('21 5', 'CC Y');
: to_date
> 2005-01-01
SELECT to_date('21', 'CC');
: to_date
> 2001-01-01
SELECT to_date('05 BC', 'CC BC');
: to_date
> 0500-01-01 BC
SELECT to_date('06 44 BC', 'CC YY BC');
: to_date
> 0544-01-01 BC
SELECT to_date('19 2024-03-15', 'CC YYYY-MM-DD');
: to_date
> 2024-03-15
SELECT to_date('2024-III-15', 'YYYY-RM-DD');
: to_date
> 2024-03-15
SELECT to_date('2024-xii-15', 'YYYY-rm-DD');
: to_date
> 2024-12-15
SELECT to_date('2024 IX 01', 'YYYY RM DD');
: to_date
> 2024-09-01
SELECT to_date('2024 IV 01', 'YYYY RM DD');
: to_date
> 2024-04-01
SELECT to_date('2024 XIII 01', 'YYYY RM DD');
! 22007
  Detail: Value must be an integer.
SELECT to_date('2024 Q 01', 'YYYY RM DD');
! 42601
  Detail: The given value did not match any of the allowed values for this field.
SELECT to_date('0044-03-15 BC', 'YYYY-MM-DD BC');
! 42601
SELECT to_date('44-03-15 B.C.', 'YYYY-MM-DD B.C.');
: to_date
> 0044-03-15 BC
SELECT to_date('2024-03-15 AD', 'YYYY-MM-DD AD');
: to_date
> 2024-03-15
SELECT to_date('2024-03-15 a.d.', 'YYYY-MM-DD A.D.');
: to_date
> 2024-03-15
SELECT to_date('-44-03-15', 'YYYY-MM-DD');
: to_date
> 0044-03-15 BC
SELECT to_date('-44-03-15 BC', 'YYYY-MM-DD BC');
: to_date
> 0044-03-15
SELECT to_date('0000-03-15', 'YYYY-MM-DD');
: to_date
> 0001-03-15 BC
SELECT to_date('0001-02-29 BC', 'YYYY-MM-DD BC');
: to_date
> 0001-02-29 BC
SELECT to_date('0002-02-29 BC', 'YYYY-MM-DD BC');
! 22008
SELECT to_date('2024-03-15 XX', 'YYYY-MM-DD BC');
! 22007
  Detail: The given value did not match any of the allowed values for this field.
SELECT to_date('4714-11-24 BC', 'YYYY-MM-DD BC');
! 42601
SELECT to_date('4714-11-23 BC', 'YYYY-MM-DD BC');
! 22008
SELECT to_date('2024-02-29', 'YYYY-MM-DD');
: to_date
> 2024-02-29
SELECT to_date('2023-02-29', 'YYYY-MM-DD');
! 22008
SELECT to_date('1900-02-29', 'YYYY-MM-DD');
! 22008
SELECT to_date('2000-02-29', 'YYYY-MM-DD');
: to_date
> 2000-02-29
SELECT to_date('02-30', 'MM-DD');
: to_date
> 0001-03-01 BC
SELECT to_date('2024 366', 'YYYY DDD');
: to_date
> 2024-12-31
SELECT to_date('2023 366', 'YYYY DDD');
! 22008
SELECT to_date('2024 400', 'YYYY DDD');
! 22008
SELECT to_date('060', 'DDD');
! 22007
SELECT to_date('March 1st, 2024', 'Month DDth, YYYY');
: to_date
> 2024-03-01
SELECT to_date('2nd March 2024', 'DDth Month YYYY');
: to_date
> 2024-03-02
SELECT to_date('23rd 03 2024', 'DDTH MM YYYY');
: to_date
> 2024-03-23
SELECT to_date('2024th', 'YYYYth');
: to_date
> 2024-01-01
SELECT to_timestamp('2024-03-15 10:00 +05:30', 'YYYY-MM-DD HH24:MI TZH:TZM');
: to_timestamp
> 2024-03-15 04:30:00+00
SELECT to_timestamp('2024-03-15 10:00 -03', 'YYYY-MM-DD HH24:MI TZH');
: to_timestamp
> 2024-03-15 13:00:00+00
SELECT to_timestamp('2024-03-15 10:00-03', 'YYYY-MM-DD HH24:MITZH');
: to_timestamp
> 2024-03-15 13:00:00+00
SELECT to_timestamp('2024-03-15 10:00 +16', 'YYYY-MM-DD HH24:MI TZH');
! 22009
SELECT to_timestamp('2024-03-15 10:00 +05:60', 'YYYY-MM-DD HH24:MI TZH:TZM');
! 22009
SELECT to_timestamp('2024-03-15 10:00 45', 'YYYY-MM-DD HH24:MI TZM');
: to_timestamp
> 2024-03-15 09:15:00+00
SELECT to_date('2024-03-15 +05', 'YYYY-MM-DD TZH');
: to_date
> 2024-03-15
SELECT to_timestamp('2024-03-15 10:00 UTC', 'YYYY-MM-DD HH24:MI TZ');
! 0A000
SELECT to_timestamp('2024-03-15 10:00 +05', 'YYYY-MM-DD HH24:MI OF');
! 0A000
SELECT to_timestamp('2024-03-15 10:00 utc', 'YYYY-MM-DD HH24:MI tz');
! 0A000
SELECT to_timestamp('2024-03-15 45296', 'YYYY-MM-DD SSSS');
: to_timestamp
> 2024-03-15 12:34:56+00
SELECT to_timestamp('2024-03-15 86399', 'YYYY-MM-DD SSSSS');
: to_timestamp
> 2024-03-15 23:59:59+00
SELECT to_timestamp('2024-03-15 86400', 'YYYY-MM-DD SSSS');
! 22008
SELECT to_date('2024-03-15 6', 'YYYY-MM-DD D');
: to_date
> 2024-03-15
SELECT to_date('2024-03-15 2024-03-15', 'YYYY-MM-DD YYYY-MM-DD');
: to_date
> 2024-03-15
SELECT to_date('2024-03-15 2023', 'YYYY-MM-DD YYYY');
! 22007
  Detail: This value contradicts a previous setting for the same field type.
SELECT to_date('2024-03 Apr', 'YYYY-MM Mon');
! 42601
  Detail: This value contradicts a previous setting for the same field type.
SELECT to_date('2024-03 III', 'YYYY-MM RM');
! 42601
SELECT to_date('2024-03-15 Fri Sat', 'YYYY-MM-DD Dy Dy');
: to_date
> 2024-03-15
SELECT to_date('2024 24', 'YYYY YY');
! 22007
  Detail: This value contradicts a previous setting for the same field type.
SELECT to_date('1 BC 2 AD', 'YYYY BC YYYY AD');
! 42601
  Detail: This value contradicts a previous setting for the same field type.
SELECT to_date('2024 AD BC', 'YYYY AD BC');
! 42601
SELECT to_timestamp('10 PM AM', 'HH PM AM');
! 22007
  Detail: This value contradicts a previous setting for the same field type.
SELECT to_timestamp('10 AM PM', 'HH AM PM');
! 42601
SELECT to_date('2024 10 10', 'YYYY WW IW');
! 22007
  Hint: Do not mix Gregorian and ISO week date conventions in a formatting template.
SELECT to_date('2024 10', 'IYYY MM');
! 42601
  Hint: Do not mix Gregorian and ISO week date conventions in a formatting template.
SELECT to_date('2024 3 15', 'YYYY ID DD');
! 42601
  Hint: Do not mix Gregorian and ISO week date conventions in a formatting template.
SELECT to_date('123', 'DDD');
! 42601
SELECT to_timestamp('2024-03-15 10:11:12.123456', 'YYYY-MM-DD HH24:MI:SS.FF3');
: to_timestamp
> 2024-03-15 10:11:12.123+00
SELECT to_timestamp('2024-03-15 10:11:12.1', 'YYYY-MM-DD HH24:MI:SS.FF1');
: to_timestamp
> 2024-03-15 10:11:12.1+00
SELECT to_timestamp('2024-03-15 10:11:12.99', 'YYYY-MM-DD HH24:MI:SS.FF1');
: to_timestamp
> 2024-03-15 10:11:13+00
SELECT to_timestamp('2024-03-15 10:11:12.1234567', 'YYYY-MM-DD HH24:MI:SS.US');
! 22008
SELECT to_timestamp('2024-03-15 10:11:12.05', 'YYYY-MM-DD HH24:MI:SS.MS');
: to_timestamp
> 2024-03-15 10:11:12.05+00
SELECT to_timestamp('20240315101112', 'YYYYMMDDHH24MISS');
: to_timestamp
> 2024-03-15 10:11:12+00
SELECT to_timestamp('2024 99999999999', 'YYYY DD');
! 22008
  Detail: Value must be in the range -2147483648 to 2147483647.
SELECT to_date('2024-03-15', 'YYYY-MM-DD-"x"');
! 42601
SELECT to_date('2024 x03-15', 'YYYY "x"MM-DD');
: to_date
> 2024-03-15
SELECT to_date('2024xy03', 'YYYY"xy"MM');
: to_date
> 2024-03-01
SELECT to_date('2024 March', 'YYYY Mon');
: to_date
> 2024-03-01
SELECT to_date('5874897-12-31', 'YYYY-MM-DD');
: to_date
> 5874897-12-31
SELECT to_date('5874898-12-31', 'YYYY-MM-DD');
! 22008
SELECT to_timestamp('294276-12-31', 'YYYY-MM-DD');
: to_timestamp
> 294276-12-31 00:00:00+00
SELECT to_timestamp('294277-01-01', 'YYYY-MM-DD');
! 22008
SELECT to_date('1,234,567', 'Y,YYY');
: to_date
> 1234-01-01
SELECT to_date('12 345', 'Y,YYY');
! 22007
SELECT to_date('2024-03-15', 'FXYYYY-MM-DD');
: to_date
> 2024-03-15
SELECT to_date('2024/03/15', 'FXYYYY-MM-DD');
: to_date
> 2024-03-15
SELECT to_date('2024--03-15', 'FXYYYY-MM-DD');
! 22008
SELECT to_date('2024-3-15', 'FXYYYY-MM-DD');
: to_date
> 2024-03-15
SELECT to_date('2024-3-15', 'FXYYYY-FMMM-DD');
: to_date
> 2024-03-15
SELECT to_date('2024  03 15', 'FXYYYY MM DD');
: to_date
> 2024-03-15
SELECT to_date(' 2024-03-15', 'FXYYYY-MM-DD');
: to_date
> 2024-03-15
SELECT to_date('2024-03-15', 'FX YYYY-MM-DD');
: to_date
> 0024-03-15
SELECT to_date('2000    JUN', 'FXYYYY MON');
! 22007
  Detail: The given value did not match any of the allowed values for this field.
SELECT to_date('2000 JUN', 'FXYYYY MON');
! 42601
SELECT to_date('2024031', 'FXYYYYMMDD');
: to_date
> 2024-03-01
SELECT to_date('20240315', 'FXYYYYMMDD');
: to_date
> 2024-03-15
SELECT to_date('2024-03', 'FXYYYY-MM-DD');
: to_date
> 2024-03-01
SELECT to_date('24-03-15', 'FXYY-MM-DD');
: to_date
> 2024-03-15
SELECT to_date('2024x03x15', 'FXYYYY-MM-DD');
: to_date
> 2024-03-15
SELECT to_date('2024-03-15', 'YYYY-MM-FXDD');
: to_date
> 2024-03-15
SELECT to_date('2024-03-  5', 'YYYY-MM-FXDD');
: to_date
> 2024-03-05
SELECT to_timestamp('2024-03-15T10:11', 'FXYYYY-MM-DD"T"HH24:MI');
: to_timestamp
> 2024-03-15 10:11:00+00
SELECT to_timestamp('2024-03-15 10:11', 'FXYYYY-MM-DD"T"HH24:MI');
: to_timestamp
> 2024-03-15 10:11:00+00
SELECT to_timestamp('2024-03-15 1:11', 'FXYYYY-MM-DD HH24:MI');
: to_timestamp
> 2024-03-15 01:11:00+00
SELECT to_timestamp('2024-03-15 01:11', 'FXYYYY-MM-DD HH24:MI');
: to_timestamp
> 2024-03-15 01:11:00+00
SELECT to_timestamp('2024-03-15 01:11 pm', 'FXYYYY-MM-DD HH:MI AM');
: to_timestamp
> 2024-03-15 13:11:00+00
SELECT to_timestamp('2024-03-15 01:11 p.m.', 'FXYYYY-MM-DD HH:MI AM');
! 22007
  Detail: The given value did not match any of the allowed values for this field.
SELECT to_date('March 15 2024', 'FXMonth DD YYYY');
! 42601
SELECT to_date('Mar 15 2024', 'FXMonth DD YYYY');
! 22007
  Detail: The given value did not match any of the allowed values for this field.
SELECT to_date('   ', 'YYYY');
! 42601
  Detail: Value must be an integer.
SELECT to_date('2024 -05', 'YYYY MM');
! 42601
SELECT to_date('  2024', 'FXYYYY');
: to_date
> 2024-01-01
SELECT to_timestamp('2024-03-15 1', 'FXYYYY-MM-DD HH24MI');
! 22007
  Detail: Field requires 2 characters, but only 1 remain.
  Hint: If your source string is not fixed-width, try using the "FM" modifier.
SELECT to_timestamp('2024-03-15 1x11', 'YYYY-MM-DD HH24MI');
! 42601
  Detail: Field requires 2 characters, but only 1 could be parsed.
  Hint: If your source string is not fixed-width, try using the "FM" modifier.
SELECT to_date('2024-03-15', 'FXYYYY MM DD');
! 42601
SELECT to_date('2024 03 15', 'FXYYYY"-"MM"-"DD');
: to_date
> 2024-03-15
SELECT to_date('2024-3-5', 'FXYYYY-FMMM-FMDD');
: to_date
> 2024-03-05
SELECT to_date('2024-iii-15 bc', 'yyyy-rm-dd bc');
: to_date
> 2024-03-15 BC
SELECT to_date('15 march 2024', 'DD TMMonth YYYY');
: to_date
> 2024-03-15
SELECT to_date('2024 15', 'YYYY DDSP');
: to_date
> 2024-01-15
SELECT to_date('2026 53 4', 'IYYY IW ID');
: to_date
> 2026-12-31
SELECT to_date('2025 53 1', 'IYYY IW ID');
: to_date
> 2025-12-29
SELECT to_date('0044 10 3 BC', 'IYYY IW ID BC');
: to_date
> 0044-03-06 BC
SELECT to_date('2024 03 075', 'YYYY MM DDD');
: to_date
> 2024-03-15
SELECT to_date('2024 075 10', 'YYYY DDD DD');
: to_date
> 2024-03-10
SELECT to_date('2024 2 60', 'YYYY W DDD');
: to_date
> 2024-02-08
SELECT to_date('2024 8', 'YYYY ID');
! 22007
  Hint: Do not mix Gregorian and ISO week date conventions in a formatting template.
SELECT to_date('2024 0', 'YYYY IW');
! 42601
  Hint: Do not mix Gregorian and ISO week date conventions in a formatting template.
SELECT to_date('2024 0 3', 'IYYY IW ID');
! 42601
SELECT to_date('2024 1 1', 'YYYY Q Q');
: to_date
> 2024-01-01
SELECT to_timestamp('2024-03-15 -1:00', 'YYYY-MM-DD HH24:MI');
: to_timestamp
> 2024-03-15 01:00:00+00
SELECT to_timestamp('2024-03-15 10:00 + 3', 'YYYY-MM-DD HH24:MI TZH');
: to_timestamp
> 2024-03-15 07:00:00+00
SELECT to_date('2024-03-15', 'YYYY-MM-DDFX');
: to_date
> 2024-03-15
SELECT to_date('2024-03', 'YYYY-MM-DD-HH24-FF3-MS');
: to_date
> 2024-03-01
SET timezone = 'America/New_York';
SELECT to_timestamp('2024-07-01 08:00 +02', 'YYYY-MM-DD HH24:MI TZH');
: to_timestamp
> 2024-07-01 02:00:00-04
SELECT to_timestamp('2460493 08:00', 'J HH24:MI');
: to_timestamp
> 2024-07-01 08:00:00-04
SELECT to_timestamp('2024-03-10 02:30', 'YYYY-MM-DD HH24:MI');
: to_timestamp
> 2024-03-10 03:30:00-04
SELECT to_timestamp('2024-11-03 01:30', 'YYYY-MM-DD HH24:MI');
: to_timestamp
> 2024-11-03 01:30:00-05
SET timezone = 'UTC';
SELECT to_date('Sunday 2024 10', 'Day IYYY IW');
: to_date
> 2024-03-10
SELECT to_date('2024 10 7', 'IYYY IW ID');
: to_date
> 2024-03-10
SELECT to_date('2024 10 Sun', 'IYYY IW Dy');
: to_date
> 2024-03-10
SELECT to_date('2024-03-15 Friday Friday', 'YYYY-MM-DD Day Day');
! 22007
SELECT to_date('xx2024', 'xxYYYY');
: to_date
> 2024-01-01
SELECT to_date('2024 x 03', 'YYYY x MM');
: to_date
> 2024-03-01
SELECT to_date('2024   03', 'YYYY-MM');
: to_date
> 2024-03-01
SELECT to_date('2024.03.15', 'YYYY MM DD');
: to_date
> 2024-03-15
SELECT to_date('2024 03 15', 'YYYY.MM.DD');
: to_date
> 2024-03-15
SELECT to_date('20243', 'YYYYFMMM');
: to_date
> 2024-03-01
SELECT to_date('2024 12th', 'YYYY MMth');
: to_date
> 2024-12-01
SELECT to_timestamp('1:2:3', 'HH24:MI:SS');
: to_timestamp
> 0001-01-01 01:02:03+00 BC
SELECT to_timestamp('12 am', 'HH am');
: to_timestamp
> 0001-01-01 00:00:00+00 BC
SELECT to_timestamp('12 pm', 'HH pm');
: to_timestamp
> 0001-01-01 12:00:00+00 BC
SELECT to_timestamp('0 pm', 'HH pm');
! 22007
SELECT to_timestamp('13', 'HH12');
! 22007
SELECT to_timestamp('2024-03-15 10:11:12.123', 'YYYY-MM-DD HH24:MI:SS.FF2');
: to_timestamp
> 2024-03-15 10:11:12.12+00
SELECT to_timestamp('2024-03-15 10:11:12 123', 'YYYY-MM-DD HH24:MI:SS MS');
: to_timestamp
> 2024-03-15 10:11:12.123+00
SELECT to_timestamp('2024-03-15 10:11:12 5 500', 'YYYY-MM-DD HH24:MI:SS MS US');
! 22008
SELECT to_date('1999 20', 'YYYY CC');
: to_date
> 1999-01-01
SELECT to_date('99 20', 'YY CC');
: to_date
> 1999-01-01
SELECT to_date('0 21', 'Y CC');
: to_date
> 2100-01-01
SELECT to_date('520', 'YYY');
: to_date
> 1520-01-01
SELECT to_date('519', 'YYY');
: to_date
> 2519-01-01
SELECT to_date('999', 'YYY');
: to_date
> 1999-01-01
SELECT to_date('1 BC', 'CC BC');
: to_date
> 0100-01-01 BC
SELECT to_date('-1', 'CC');
: to_date
> 0100-01-01 BC
SELECT to_date('2024-03-15', 'YYYY-MM-DD"');
: to_date
> 2024-03-15
SELECT to_date('2024-03-15', 'YYYY-MM-DD\"');
: to_date
> 2024-03-15
SELECT to_date('2024"03', 'YYYY\"MM');
: to_date
> 2024-03-01
SELECT to_date('2024 +03', 'YYYY MM');
: to_date
> 2024-03-01
SELECT to_date('+2024', 'YYYY');
: to_date
> 2024-01-01
SELECT to_date('2024 53 7', 'IYYY IW ID');
: to_date
> 2025-01-05
SELECT to_date('2004 53 7', 'IYYY IW ID');
: to_date
> 2005-01-02
SELECT to_date('2024 W 1', 'YYYY "W" W');
: to_date
> 2024-01-01
SELECT to_date('2024 13 1', 'IYYY IW ID');
: to_date
> 2024-03-25
