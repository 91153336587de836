-- Probes of casts between the listed types (allowed ones, rounding, overflow, bad input, and 42846 for the ones PostgreSQL does not have) against PostgreSQL.
select 1::bool;
: bool
> t
select 'yes'::bool, 'off'::bool, 't'::bool, ' 1 '::bool;
: bool|bool|bool|bool
> t|f|t|t
select 'maybe'::bool;
! 22P02
select true::int, 0::bool, 5::bool, true::text, 1::int2::bool;
! 42846
select 1.5::int, 2.5::int, -2.5::int, 1.5::int2, 2.5::int8, '2.5'::int;
! 22P02
select 1.5e10::int;
! 22003
select 32768::int2;
! 22003
select '32767'::int2, ' 12 '::int4, '-0'::int, '+5'::int8;
: int2|int4|int4|int8
> 32767|12|0|5
select 9223372036854775807::int8 + 1;
! 22003
select '1e3'::int;
! 22P02
select 1e3::int, 2147483647.5::int;
! 22003
select 3.7::float4::int, (-3.5)::float8::int, 4.5::float8::int8, 'NaN'::float8::numeric, 1e300::float8::numeric(5,2);
! 22003
select 12.345::numeric(4,2), 12.345::numeric(5,1), 0.005::numeric(3,2), -0.005::numeric(3,2);
: numeric|numeric|numeric|?column?
> 12.35|12.3|0.01|-0.01
select 123.45::numeric(4,2);
! 22003
select 'abc'::varchar(2), 'abc'::char(2), 'a'::char(3) || '|', length('a '::char(3)), 'ab'::char(3) = 'ab'::text, 'ab '::varchar = 'ab';
: varchar|bpchar|?column?|length|?column?|?column?
> ab|ab|a||1|t|f
select 'abc'::varchar(2)::text, cast('abcd' as varchar(3)), '  x '::char(5)::varchar;
: text|varchar|varchar
> ab|abc|  x
select 123::text, 1.50::text, (1.5::float8)::text, now()::date = current_date, '2024-01-02'::date::timestamp, '2024-01-02 03:04'::timestamp::date, '2024-01-02 03:04:05'::timestamp::time;
: text|text|text|?column?|timestamp|date|time
> 123|1.50|1.5|t|2024-01-02 00:00:00|2024-01-02|03:04:05
select '2024-01-02'::date::timestamptz, '2024-01-02 03:04+00'::timestamptz::date, '13:00'::time::interval, '1 day 02:00'::interval::time;
: timestamptz|date|interval|time
> 2024-01-02 00:00:00+00|2024-01-02|13:00:00|02:00:00
select 1::date;
! 42846
select '2024-01-02'::date::int;
! 42846
select 1::timestamp;
! 42846
select '1 day'::interval::int;
! 42846
select 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid::text, 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'::uuid, '{a0eebc99-9c0b4ef8-bb6d6bb9bd380a11}'::uuid;
: text|uuid|uuid
> a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11|a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11|a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11
select 'xyz'::uuid;
! 22P02
select 1::uuid;
! 42846
select '\x0102'::bytea::text, 'abc'::bytea, 'a\\b'::bytea, '\x'::bytea, length('\x0102'::bytea);
: text|bytea|bytea|bytea|length
> \x0102|\x616263|\x615c62|\x|2
select 'abc'::bytea::text;
: text
> \x616263
select 1::bytea;
! 42846
select '{"a":1}'::json::jsonb, '{"a":1, "a":2}'::jsonb, '[1,2]'::jsonb::json, '1'::jsonb::int, '"x"'::jsonb::text, 'true'::jsonb::bool, '1.5'::jsonb::numeric, '2'::jsonb::float8;
: jsonb|jsonb|json|int4|text|bool|numeric|float8
> {"a": 1}|{"a": 2}|[1, 2]|1|"x"|t|1.5|2
select '"x"'::jsonb::int;
! 22023
select '{"a":1}'::json::int;
! 42846
select 1::json;
! 42846
select 1::int::text::jsonb, 'null'::jsonb::int;
! 22023
select 65::"char", 'ab'::"char", 'a'::"char"::int;
: char|char|int4
> A|a|97
select 1::oid, '1'::regclass::oid, 'pg_class'::regclass::text, 23::regtype, 'int4'::regtype::oid;
: oid|oid|text|regtype|oid
> 1|1|pg_class|integer|23
select 1.5::float4::float8, 1e39::float8::float4;
! 22003
select '1e39'::float4;
! 22003
select 'infinity'::float8::int;
! 22003
select 'infinity'::numeric::float8, '-inf'::float4, 'NaN'::numeric::int;
! 0A000
select cast(NULL as int), NULL::text::int, cast('' as text), ''::varchar(0);
! 22023
select ''::int;
! 22P02
select ' '::numeric;
! 22P02
select '1.5.5'::numeric;
! 22P02
select 'inf'::date;
! 22007
select '2024-02-30'::date;
! 22008
select '25:00'::time;
! 22008
select interval '1 day'::text::interval, '1'::interval, '1 2:3'::interval, 'P1Y2M3DT4H5M6S'::interval;
: interval|interval|interval|interval
> 1 day|00:00:01|1 day 02:03:00|1 year 2 mons 3 days 04:05:06
select true::numeric;
! 42846
select 1.5::bool;
! 42846
select 'true'::text::bool, 'a'::text::int;
! 22P02
select 65::"char", 'ab'::"char", 'a'::"char"::int, 0::"char" = '', (-1)::"char"::int;
: char|char|int4|?column?|int4
> A|a|97|t|-1
select 128::"char";
! 22003
select '2024-01-01 24:00'::timestamp, '2024-01-01 23:59:59.9999999'::timestamp;
: timestamp|timestamp
> 2024-01-02 00:00:00|2024-01-02 00:00:00
