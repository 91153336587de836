-- Probes of joins, subqueries (NOT IN with NULLs, ANY/ALL), GROUP BY ordinals and output aliases, set operations with untyped literals, WITH RECURSIVE and PREPARE/EXECUTE against PostgreSQL.
create table qa_a (id int primary key, x int, s text);
create table qa_b (id int primary key, aid int, y int);
insert into qa_a values (1, 10, 'p'), (2, 20, 'q'), (3, NULL, 'r'), (4, 40, NULL);
insert into qa_b values (1, 1, 100), (2, 1, 200), (3, 2, 300), (4, 9, 400), (5, NULL, 500);
select a.id, b.id from qa_a a join qa_b b on a.id = b.aid order by 1, 2;
: id|id
> 1|1
> 1|2
> 2|3
select a.id, b.id from qa_a a left join qa_b b on a.id = b.aid order by 1, 2;
: id|id
> 1|1
> 1|2
> 2|3
> 3|NULL
> 4|NULL
select a.id, b.id from qa_a a right join qa_b b on a.id = b.aid order by 2;
: id|id
> 1|1
> 1|2
> 2|3
> NULL|4
> NULL|5
select a.id, b.id from qa_a a full join qa_b b on a.id = b.aid order by 1 nulls first, 2;
: id|id
> NULL|4
> NULL|5
> 1|1
> 1|2
> 2|3
> 3|NULL
> 4|NULL
select count(*) from qa_a a cross join qa_b b;
: count
> 20
select a.id, b.id from qa_a a left join qa_b b on a.id = b.aid and b.y > 150 order by 1, 2;
: id|id
> 1|2
> 2|3
> 3|NULL
> 4|NULL
select a.id from qa_a a where exists (select 1 from qa_b b where b.aid = a.id) order by 1;
: id
> 1
> 2
select a.id from qa_a a where not exists (select 1 from qa_b b where b.aid = a.id) order by 1;
: id
> 3
> 4
select a.id, (select max(y) from qa_b b where b.aid = a.id) from qa_a a order by 1;
: id|max
> 1|200
> 2|300
> 3|NULL
> 4|NULL
select a.id from qa_a a where a.id in (select aid from qa_b b) order by 1;
: id
> 1
> 2
select a.id from qa_a a where a.id not in (select aid from qa_b b) order by 1;
: id
select a.id from qa_a a where a.id not in (select aid from qa_b b where aid is not null) order by 1;
: id
> 3
> 4
select a.id from qa_a a where x > all (select y / 10 from qa_b b where y < 300) order by 1;
: id
> 4
select a.id from qa_a a where x = any (array[10, 40]) order by 1;
: id
> 1
> 4
select (select id from qa_b b);
! 21000
select s, count(*), sum(x), avg(x)::numeric(10,2), min(s), max(x) from qa_a a group by s order by s nulls first;
: s|count|sum|avg|min|max
> NULL|1|40|40.00|NULL|40
> p|1|10|10.00|p|10
> q|1|20|20.00|q|20
> r|1|NULL|NULL|r|NULL
select x % 20, count(*) from qa_a a group by 1 order by 1 nulls last;
: ?column?|count
> 0|2
> 10|1
> NULL|1
select x > 15 as big, count(*) from qa_a a group by big having count(*) > 1;
: big|count
> t|2
select count(*) filter (where x > 15), count(distinct aid), sum(distinct aid) from qa_a a, qa_b b;
: count|count|sum
> 10|3|12
select aid, string_agg(y::text, '-' order by y desc) from qa_b b group by aid order by aid nulls first;
: aid|string_agg
> NULL|500
> 1|200-100
> 2|300
> 9|400
select id from qa_a a union select aid from qa_b b order by 1 nulls first;
: id
> NULL
> 1
> 2
> 3
> 4
> 9
select id from qa_a a union all select aid from qa_b b order by 1 nulls first;
: id
> NULL
> 1
> 1
> 1
> 2
> 2
> 3
> 4
> 9
select id from qa_a a intersect select aid from qa_b b order by 1;
: id
> 1
> 2
select id from qa_a a except select aid from qa_b b order by 1;
: id
> 3
> 4
select id from qa_a a except all select 1 order by 1;
: id
> 2
> 3
> 4
select 1 union select 1.5 union select NULL order by 1;
: ?column?
> 1
> 1.5
> NULL
with recursive t(n) as (select 1 union all select n + 1 from t where n < 5) select sum(n) from t;
: sum
> 15
with t as (select * from qa_a a where x is not null) select count(*) from t, t t2;
: count
> 9
with recursive fib(a, b) as (values (0, 1) union all select b, a + b from fib where b < 50) select a from fib order by a;
: a
> 0
> 1
> 1
> 2
> 3
> 5
> 8
> 13
> 21
> 34
select * from (select id, x from qa_a a order by x desc nulls last limit 2) s order by id;
: id|x
> 2|20
> 4|40
select id, x from qa_a a order by x nulls first, id;
: id|x
> 3|NULL
> 1|10
> 2|20
> 4|40
select id, x from qa_a a order by 2 desc, 1;
: id|x
> 3|NULL
> 4|40
> 2|20
> 1|10
select id from qa_a a order by 3;
! 42P10
select distinct x is null from qa_a a order by 1;
: ?column?
> f
> t
select s from qa_a a group by s having s > 'p' order by s;
: s
> q
> r
select id from qa_a a where s like '_' and s not ilike 'Q' order by id;
: id
> 1
> 3
select a.id from qa_a a natural join qa_b b order by 1;
: id
> 1
> 2
> 3
> 4
select * from qa_a a join qa_b b using (id) order by id;
: id|x|s|aid|y
> 1|10|p|1|100
> 2|20|q|1|200
> 3|NULL|r|2|300
> 4|40|NULL|9|400
select a.* from qa_a a left join qa_b b on false order by id;
: id|x|s
> 1|10|p
> 2|20|q
> 3|NULL|r
> 4|40|NULL
select sum(y) over (partition by aid), aid from qa_b b order by aid nulls last, 1;
: sum|aid
> 300|1
> 300|1
> 300|2
> 400|9
> 500|NULL
prepare q1(int) as select id from qa_a a where x > $1 order by id;
execute q1(15);
: id
> 2
> 4
execute q1(NULL);
: id
deallocate q1;
execute q1(1);
! 26000
drop table qa_a, qa_b;
select 1 union select '2' order by 1;
: ?column?
> 1
> 2
select 'a' union select NULL order by 1;
: ?column?
> a
> NULL
select NULL union select NULL::date;
: ?column?
> NULL
select 1 union select 'x';
! 22P02
