-- Probes of string functions, format(), aggregates and to_char against PostgreSQL: NULLs, empty and negative arguments, error SQLSTATEs.
select substring('abcdef', -1, 3), substring('abcdef', 0), substring('abcdef', 10), substring('abcdef', 2, 0), substr('abc', -5, 7);
: substring|substring|substring|substring|substr
> a|abcdef|||a
select substring('abcdef', 2, -1);
! 22011
select left('abc', 0), right('abc', 0), left('abc', -5), right('abc', -5), left('', 2), left(NULL, 2), left('abc', 10), right('abc', 10);
: left|right|left|right|left|left|left|right
> |||||NULL|abc|abc
select repeat('ab', 0), repeat('ab', -1), repeat('', 5), repeat(NULL, 2);
: repeat|repeat|repeat|repeat
> |||NULL
select lpad('abc', 0), lpad('abc', -1), lpad('abc', 5, ''), rpad('abc', 5, ''), lpad('abc', 6, 'xy'), rpad('abc', 2), lpad('', 3, 'z');
: lpad|lpad|lpad|rpad|lpad|rpad|lpad
> ||abc|abc|xyxabc|ab|zzz
select position('' in 'abc'), position('c' in ''), strpos('abc', ''), replace('abc', '', 'x'), replace('aaa', 'a', ''), split_part('a,b,c', ',', -1), split_part('a,b,c', ',', -3), split_part('abc', '', 1), split_part('', ',', 1);
: position|position|strpos|replace|replace|split_part|split_part|split_part|split_part
> 1|0|1|abc||c|a|abc|
select split_part('a,b', ',', 0);
! 22023
select split_part('a,b', ',', -4);
: split_part
> 
select trim(leading from '  a  '), trim(trailing 'xy' from 'axyxy'), trim(''), btrim('aaa', 'a'), ltrim(''), trim(both from NULL);
: ltrim|rtrim|btrim|btrim|ltrim|btrim
> a  |a||||NULL
select length(''), length(NULL), length('  '::char(3)), octet_length('é'::char(3)), char_length('ab '::char(5)), length('ab '::varchar);
: length|length|length|octet_length|char_length|length
> 0|NULL|0|4|2|3
select concat(), concat(NULL), concat_ws(NULL, 'a', 'b'), concat_ws(',', NULL), concat_ws('', 'a', 'b'), 'a' || 1 || 2.5 || true;
! 42883
select upper('ß'), lower('ÀÉ'), initcap('hello-world foo_bar o''neil 3rd'), reverse(''), md5(''), ascii(''), chr(0);
! 54000
select chr(-1);
! 22023
select format('%s', NULL), format('%L', NULL), format('%I', 'Abc'), format('%I', 'abc'), format('%I', 'select'), format('%L', 'o''x'), format('%L', 'a\b');
: format|format|format|format|format|format|format
> |NULL|"Abc"|abc|"select"|'o''x'|E'a\\b'
select format('%1$s %1$s %2$s', 'a', 'b'), format('%-10s|', 'ab'), format('%10s|', 'ab'), format('%*s|', 5, 'x'), format('%-*s|', 5, 'x'), format('%3$s %s', 'a', 'b', 'c');
! 22023
select format('%s %s', 'a');
! 22023
select format('%z', 'a');
! 22023
select format(NULL), format('abc'), format('%%'), format('%5s|%-5s|', NULL, NULL), format('%0s', 'x');
: format|format|format|format|format
> NULL|abc|%|     |     ||x
select format('%I', NULL);
! 22004
select format('%-5$s', 'a');
! 22023
select 'abc' like 'a%', 'abc' like 'A%', 'abc' ilike 'A%', 'a_c' like 'a\_c', 'a%c' like 'a!%c' escape '!', '' like '', 'abc' like '%', NULL like 'a', 'ab' not like 'a';
: ?column?|?column?|?column?|?column?|?column?|?column?|?column?|?column?|?column?
> t|f|t|t|t|t|t|NULL|t
select 'abc' like 'ab\';
! 22025
select overlay('abcdef' placing 'xy' from 2 for 3), overlay('abc' placing 'z' from 5), translate('abc', 'ab', 'x'), quote_literal(NULL), quote_ident(''), to_hex(-1), to_hex(0);
: overlay|overlay|translate|quote_literal|quote_ident|to_hex|to_hex
> axyef|abcz|xc|NULL|""|ffffffff|0
select string_agg(x, ',') from (values ('a'), (NULL), ('b')) v(x);
: string_agg
> a,b
select string_agg(x, ',' order by x desc), count(distinct x), array_agg(x order by x nulls first) from (values ('a'), (NULL), ('b'), ('a')) v(x);
: string_agg|count|array_agg
> b,a,a|2|{NULL,a,a,b}
select string_agg(x, NULL) from (values ('a'), ('b')) v(x);
: string_agg
> ab
select bool_and(x), bool_or(x), every(x) from (values (true), (NULL), (false)) v(x);
: bool_and|bool_or|every
> f|t|f
select sum(x), avg(x), min(x), max(x), count(x), count(*) from (select x from (values (1), (2)) v(x) where false) s;
: sum|avg|min|max|count|count
> NULL|NULL|NULL|NULL|0|0
select sum(x), avg(x) from (values (2147483647), (1)) v(x);
: sum|avg
> 2147483648|1073741824.00000000
select sum(x::int2), avg(x::int8), sum(x::float4), avg(x::float4), sum(x::numeric(10,2)), avg(x::numeric(10,2)) from (values (1), (2), (4)) v(x);
: sum|avg|sum|avg|sum|avg
> 7|2.3333333333333333|7|2.3333333333333335|7.00|2.3333333333333333
select sum(x) from (values (9223372036854775807::int8), (1::int8)) v(x);
: sum
> 9223372036854775808
select avg(x), sum(x) from (values (1.5::float8), ('NaN'::float8)) v(x);
: avg|sum
> NaN|NaN
select array_agg(x order by x desc), array_agg(distinct x), array_agg(x) filter (where x > 'a') from (values ('a'), (NULL), ('b'), ('a')) v(x);
: array_agg|array_agg|array_agg
> {NULL,b,a,a}|{a,b,NULL}|{b}
select array_agg(x) from (values (1), (2)) v(x) where false;
: array_agg
> NULL
select g, array_agg(v order by v) from (values (1, 3), (1, 1), (2, 5)) t(g, v) group by g order by g;
: g|array_agg
> 1|{1,3}
> 2|{5}
select octet_length('é'::char(3)), octet_length('ab'::char(5)), bit_length('ab'::char(4)), bit_length('é'), bit_length('\x0102'::bytea);
: octet_length|octet_length|bit_length|bit_length|bit_length
> 4|5|16|16|16
select concat();
! 42883
select chr(-1);
! 22023
select chr(1114112);
! 54000
select chr(55296);
! 54000
select overlay('abcdef' placing 'xy' from 2 for 3), overlay('abc' placing 'z' from 5), overlay('abc' placing 'x' from 2 for -1), overlay('abc', 'xy', 2), overlay('abc', 'xy', 2, 0), overlay(NULL placing 'x' from 1);
: overlay|overlay|overlay|overlay|overlay|overlay
> axyef|abcz|axabc|axy|axybc|NULL
select overlay('abc' placing 'x' from 0);
! 22011
select format('%*s|', 5, 'x'), format('%-*s|', 5, 'x'), format('%*s|', -5, 'x'), format('%*s|', NULL, 'x'), format('%1$*2$s|', 'ab', 6), format('%*3$s|', 'x', 'y', 4);
! 22023
select format('%*2$s|', 'ab', 6);
! 22023
select format('%*0$s|', 'ab', 6);
! 22023
select to_char(timestamp '2024-03-05 14:07:09.123456', 'YYYY-MM-DD HH24:MI:SS.MS.US'), to_char(timestamp '2024-03-05 14:07:09', 'FMDD FMMonth YYYY'), to_char(timestamp '2024-03-05 00:07:09', 'HH12:MI AM pm'), to_char(date '2024-03-01', 'DDD D Day Dy DAY dy');
: to_char|to_char|to_char|to_char
> 2024-03-05 14:07:09.123.123456|5 March 2024|12:07 AM am|061 6 Friday    Fri FRIDAY    fri
select to_char(1234.567, '9999.99'), to_char(1234.567, '0000000.000'), to_char(-1234.567, '9,999.99'), to_char(0.5, '9.99'), to_char(0.5, '0.99'), to_char(12, '999PR'), to_char(-12, '999PR');
: to_char|to_char|to_char|to_char|to_char|to_char|to_char
>  1234.57| 0001234.567|-1,234.57|  .50| 0.50|  12 | <12>
select to_char(-12, 'S999'), to_char(12, 'S999'), to_char(12, '999S'), to_char(-12, '999MI'), to_char(12, 'FM999'), to_char(12.5, 'FM999.99'), to_char(123456, '999'), to_char(1234.5, 'FM9,999.00');
: to_char|to_char|to_char|to_char|to_char|to_char|to_char|to_char
>  -12| +12| 12+| 12-|12|12.5| ###|1,234.50
select to_char(123.456::float8, '999.99'), to_char(0, '9.99'), to_char(0, 'FM9.99'), to_char(-0.1, 'FM90.9'), to_char(12345678, '9G999G999'), to_char(12.34, '99D99'), to_char(5::int8, '00');
: to_char|to_char|to_char|to_char|to_char|to_char|to_char
>  123.46|  .00|0.|-0.1| #,###,###| 12.34| 05
select to_char(3, '9th'), to_char(22, 'FM99TH'), to_char(-3, '9th'), to_char(3.5, '9.9th'), to_char(11, '99th'), to_char(112, 'FM999th'), to_char(0, '9th'), to_char(42, 'RN'), to_char(1999, 'FMRN');
: to_char|to_char|to_char|to_char|to_char|to_char|to_char|to_char|to_char
>  3rd|22ND|-3| 3.5| 11th|112th| 0th|           XLII|MCMXCIX
select to_char(0, 'RN'), to_char(4000, 'RN'), to_char(2.5, 'FMrn'), to_char(-5, 'RN'), to_char(3.4::float8, 'FMRN'), to_char(3999, 'FMRN');
: to_char|to_char|to_char|to_char|to_char|to_char
> ###############|###############|iii|###############|III|MMMCMXCIX
select power(-1.5::numeric, 2.25e18::numeric);
! 22003
select power(-2::numeric, 3000000001::numeric) < 0, power(-1::numeric, 3000000001::numeric), power(-1::numeric, 3000000002::numeric);
! 22003
