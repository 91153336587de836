-- Probes of json/jsonb, bytea, uuid, three-valued logic, IS DISTINCT FROM, BETWEEN, CASE, NULLIF and math functions (rounding, overflow, division by zero) against PostgreSQL.
select '{"a":[1,2,{"b":null}]}'::jsonb -> 'a' -> 2, '{"a":1}'::json ->> 'a', '[1,2]'::jsonb ->> 5, '{"a":1}'::jsonb -> 'x', '"s"'::jsonb ->> 0, '[1]'::json -> -1, '{"a": 1.50}'::jsonb, '{"a": 1.50}'::json;
: ?column?|?column?|?column?|?column?|?column?|?column?|jsonb|json
> {"b": null}|1|NULL|NULL|s|1|{"a": 1.50}|{"a": 1.50}
select '{"b":1,"a":2}'::jsonb, '  {"b" : 1 ,"a":2}'::json, '[]'::jsonb, '{}'::json, 'null'::jsonb is null, '1e2'::jsonb, '-0'::jsonb, '0.0'::jsonb;
: jsonb|json|jsonb|json|?column?|jsonb|jsonb|jsonb
> {"a": 2, "b": 1}|  {"b" : 1 ,"a":2}|[]|{}|f|100|0|0.0
select '\xdeadbeef'::bytea, 'abc'::bytea, E'\\000'::bytea, octet_length(E'\\xff'::bytea);
: bytea|bytea|bytea|octet_length
> \xdeadbeef|\x616263|\x00|1
select 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid < 'b0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid, gen_random_uuid() is not null;
: ?column?|?column?
> t|t
select true and NULL, false and NULL, true or NULL, NULL is distinct from NULL, 1 is distinct from NULL, NULL is not distinct from NULL, NULLIF(1, 1), NULLIF(1, 2), NULLIF(NULL, 1);
: ?column?|?column?|?column?|?column?|?column?|?column?|nullif|nullif|nullif
> NULL|f|t|f|t|t|NULL|1|NULL
select 5 between 1 and 10, 5 between 10 and 1, 5 between symmetric 10 and 1, NULL between 1 and 2, 'b' between 'a' and 'c';
: ?column?|?column?|?column?|?column?|?column?
> t|f|t|NULL|t
select case when NULL then 1 when false then 2 end, case 1 when 1 then 'a' when NULL then 'b' else 'c' end, case NULL when NULL then 1 else 2 end;
: case|case|case
> NULL|a|2
select abs(-5), abs(-5.5), abs(-2147483648::int8), round(2.5), round(-2.5), round(2.5::float8), round(3.5::float8), round(1.2345, 2), round(1234.5, -2), round(-0.5), trunc(1.99), trunc(-1.99, 1), ceil(-0.5), floor(-0.5), ceil(1.2::float8);
: abs|abs|abs|round|round|round|round|round|round|round|trunc|trunc|ceil|floor|ceil
> 5|5.5|2147483648|3|-3|2|4|1.23|1200|-1|1|-1.9|0|-1|2
select abs(-2147483648);
! 22003
select mod(-7, 3), mod(7, -3), -7 % 3, mod(7.5, 2), 7 / 2, -7 / 2, 7.0 / 2, 1 / 3.0, 2 ^ 10, (-2) ^ 3, 2 ^ -1, power(2, 0.5);
: mod|mod|?column?|mod|?column?|?column?|?column?|?column?|?column?|?column?|?column?|power
> -1|1|-1|1.5|3|-3|3.5000000000000000|0.33333333333333333333|1024|-8|0.5|1.4142135623730950
select mod(5, 0);
! 22012
select 5 / 0;
! 22012
select 5.0 / 0;
! 22012
select 5 % 0;
! 22012
select 2147483647 + 1;
! 22003
select -32768::int2 * -1::int2;
! 22003
select (-32768)::int2 * (-1)::int2;
! 22003
select round(1e20::numeric, -25), round(123.456::numeric, 5), round('NaN'::numeric), random() < 1, sign(-3), sign(0.0), sign(2::float8);
: round|round|round|?column?|sign|sign|sign
> 0|123.45600|NaN|t|-1|0|1
select 1 is distinct from 1, 1 is distinct from 2, NULL::int is distinct from NULL::int, 1 is not distinct from 1, 'a' is not distinct from NULL;
: ?column?|?column?|?column?|?column?|?column?
> f|t|f|t|f
select id, v from (values (1, NULL), (2, 3), (3, NULL)) t(id, v) where v is distinct from 3 order by id;
: id|v
> 1|NULL
> 3|NULL
select '{"b": {"a": 1, "a": {"aa": 2}}, "b": false}'::json #>> '{b,a}' as p1, '{"b": {"a": 1}, "b": {"c": 3}}'::json #> '{b,a}' as p2, '{"b": {"a": 1}, "b": {"a": 3}}'::json -> 'b' ->> 'a' as p3;
: p1|p2|p3
> {"aa": 2}|1|3
