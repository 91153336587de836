set timezone = 'UTC';
create table golden (id int primary key, name text not null, amount numeric(10,2), ok boolean, created date, note varchar(10));
insert into golden values (1, 'alpha', 10.50, true, '2024-01-02', 'x'), (2, 'beta', null, false, '2023-12-31', null), (3, 'gamma', -3.25, null, null, 'z z');
select * from golden order by id;
select name, amount * 2 as doubled from golden where amount is not null order by name desc;
select count(*), sum(amount), avg(amount), min(created), max(name) from golden;
select count(*) as in_range from golden where id between 2 and 3;
update golden set amount = amount + 1 where id = 1 returning id, amount;
delete from golden where id = 3;
select id, ok, note from golden order by id;
begin;
insert into golden values (4, 'delta', 1, true, null, null);
select 1/0;
select 1;
rollback;
select count(*) from golden;
insert into golden values (1, 'dup', 0, false, null, null);
insert into golden (id) values (9);
select * from nosuch;
select 'a' || 'b' as s, 7 / 2 as i, 7 / 2.0 as n, 2 ^ 10 as p, -5 % 3 as m, 1.5::float8 * 3 as f;
select g, g * g as sq from generate_series(1, 3) as g order by g desc;
select 1 as one, 'two'::text as two, null::int as three, true as four, 2.50::numeric(5,2) as five;
show timezone;
select cast('2024-02-29 13:14:15.5' as timestamp) as ts, date '2024-03-01' - date '2024-02-01' as days;
copy golden to stdout;
copy (select id, name from golden order by id) to stdout with (format csv, header true);
select id from golden where name like 'a%' or name in ('beta', 'zeta') order by 1;
select case when amount > 5 then 'big' else 'small' end as size, coalesce(amount, 0) from golden order by id;
drop table golden;
select * from golden;
create table golden_drop (id int primary key, gone text, keep varchar(5) not null);
create view golden_drop_v as select id, gone from golden_drop;
alter table golden_drop drop column if exists nosuch;
alter table golden_drop drop column gone;
alter table golden_drop drop column gone cascade;
\d golden_drop
alter table golden_drop alter column keep type int;
alter table golden_drop alter column keep type int using length(keep);
\d golden_drop
drop table golden_drop;
create table tmp_golden (id int);
create temp table tmp_golden (id int primary key, v text not null default 'x');
create index tmp_golden_v on tmp_golden (v);
\d tmp_golden
\dt tmp_golden
\d public.tmp_golden
drop table tmp_golden;
drop table tmp_golden;
create table golden_ix (id int primary key, email text, deleted_at date);
create unique index golden_ix_email on golden_ix (lower(email)) where deleted_at is null;
create index golden_ix_sum on golden_ix ((id + 1));
\d golden_ix
drop table golden_ix;
