-- Probes of window frames (ROWS/RANGE/GROUPS, offsets, EXCLUDE), nth_value, DISTINCT ON, NOT IN with NULLs, LIMIT/OFFSET/FETCH FIRST ... WITH TIES against PostgreSQL.
create table wa (id int primary key, g text, v int);
create table wb (id int primary key, g text, v int, f float8, n numeric);
insert into wb values (1,'a',10,1.5,1.5),(2,'a',20,2.5,2.5),(3,'a',20,NULL,3),(4,'b',5,4,NULL),(5,'b',NULL,5.5,5),(6,'b',7,6,6.25),(7,'c',1,7,7);
insert into wa values (1,'a',10),(2,'a',20),(3,'a',20),(4,'b',5),(5,'b',NULL),(6,'b',7),(7,'c',1);
select id, sum(v) over (order by v) s, count(*) over (order by v) c, rank() over (order by v), dense_rank() over (order by v), row_number() over (order by v, id) from wa order by id;
: id|s|c|rank|dense_rank|row_number
> 1|23|4|4|4|4
> 2|63|6|5|5|5
> 3|63|6|5|5|6
> 4|6|2|2|2|2
> 5|63|7|7|6|7
> 6|13|3|3|3|3
> 7|1|1|1|1|1
select id, sum(v) over (partition by g order by id rows between 1 preceding and 1 following) from wa order by id;
: id|sum
> 1|30
> 2|50
> 3|40
> 4|5
> 5|12
> 6|7
> 7|1
select id, sum(v) over (order by id rows between unbounded preceding and current row), sum(v) over (order by id rows between current row and unbounded following), avg(v) over (order by id rows 2 preceding) from wa order by id;
: id|sum|sum|avg
> 1|10|63|10.0000000000000000
> 2|30|53|15.0000000000000000
> 3|50|33|16.6666666666666667
> 4|55|13|15.0000000000000000
> 5|55|8|12.5000000000000000
> 6|62|8|6.0000000000000000
> 7|63|1|4.0000000000000000
select id, sum(v) over (order by v range between unbounded preceding and current row), count(v) over (order by v range between current row and unbounded following) from wa order by id;
: id|sum|count
> 1|23|3
> 2|63|2
> 3|63|2
> 4|6|5
> 5|63|0
> 6|13|4
> 7|1|6
select id, sum(v) over (order by v range between 5 preceding and 5 following) from wa order by id;
: id|sum
> 1|22
> 2|40
> 3|40
> 4|23
> 5|NULL
> 6|22
> 7|6
select id, first_value(v) over (partition by g order by id), last_value(v) over (partition by g order by id), last_value(v) over (partition by g order by id rows between unbounded preceding and unbounded following) from wa order by id;
: id|first_value|last_value|last_value
> 1|10|10|20
> 2|10|20|20
> 3|10|20|20
> 4|5|5|7
> 5|5|NULL|7
> 6|5|7|7
> 7|1|1|1
select id, lag(v) over (order by id), lead(v, 2, -1) over (order by id), ntile(3) over (order by id), percent_rank() over (order by v), cume_dist() over (order by v) from wa order by id;
: id|lag|lead|ntile|percent_rank|cume_dist
> 1|NULL|20|1|0.5|0.5714285714285714
> 2|10|5|1|0.6666666666666666|0.8571428571428571
> 3|20|NULL|1|0.6666666666666666|0.8571428571428571
> 4|20|7|2|0.16666666666666666|0.2857142857142857
> 5|5|1|2|1|1
> 6|NULL|-1|3|0.3333333333333333|0.42857142857142855
> 7|7|-1|3|0|0.14285714285714285
select id, sum(v) over (order by id groups between 1 preceding and current row) from wa order by id;
: id|sum
> 1|10
> 2|30
> 3|40
> 4|25
> 5|5
> 6|7
> 7|8
select id, sum(v) over (order by id rows between 1 following and 2 following exclude current row) from wa order by id;
: id|sum
> 1|40
> 2|25
> 3|5
> 4|7
> 5|8
> 6|1
> 7|NULL
select id, nth_value(v, 2) over (order by id) from wa order by id;
: id|nth_value
> 1|NULL
> 2|20
> 3|20
> 4|20
> 5|20
> 6|20
> 7|20
select distinct on (g) g, id, v from wa order by g, v desc nulls last, id;
: g|id|v
> a|2|20
> b|6|7
> c|7|1
select distinct on (g) g, id from wa order by g, id desc;
: g|id
> a|3
> b|6
> c|7
select distinct on (g) g, id from wa order by id;
! 42P10
select distinct on (v) v from wa order by v nulls first;
: v
> NULL
> 1
> 5
> 7
> 10
> 20
select 1 not in (2, NULL), 1 not in (1, NULL), 1 in (1, NULL), 2 in (1, NULL), NULL in (1), NULL not in (select 1 where false), 1 not in (select v from w);
! 42P01
select id from wa where v not in (select v from wa where id = 5) order by id;
: id
select id from wa where id not in (select v from wa where v < 8) order by id;
: id
> 2
> 3
> 4
> 6
select count(*) from wa where v not in (10, 20);
: count
> 3
select id, v from wa order by v fetch first 2 rows with ties;
: id|v
> 7|1
> 4|5
select id, v from wa order by v desc nulls last fetch first 1 row with ties;
: id|v
> 2|20
> 3|20
select id, v from wa order by v offset 1 fetch next 2 rows with ties;
: id|v
> 4|5
> 6|7
select id from wa fetch first 2 rows with ties;
! 42601
select id from wa order by id limit 2 offset 5;
: id
> 6
> 7
select id from wa order by id fetch first row only;
: id
> 1
select id from wa order by id offset 10;
: id
select id from wa order by id limit 0;
: id
select id from wa order by id limit -1;
! 2201W
select id from wa order by id limit NULL offset NULL;
: id
> 1
> 2
> 3
> 4
> 5
> 6
> 7
select id from wa order by id offset -1;
! 2201X
select id, sum(v) over (order by v range between 5 preceding and 5 following), sum(v) over (order by v desc range between 5 preceding and current row), count(*) over (order by v nulls first range between 1 following and 20 following) from wb order by id;
: id|sum|sum|count
> 1|22|10|2
> 2|40|40|0
> 3|40|40|0
> 4|23|22|4
> 5|NULL|NULL|1
> 6|22|17|3
> 7|6|6|5
select id, sum(id) over (order by f range between 1.5 preceding and 1 following), sum(id) over (order by n range between 1 preceding and 0.5 following) from wb order by id;
: id|sum|sum
> 1|3|1
> 2|3|6
> 3|3|5
> 4|6|4
> 5|15|5
> 6|18|6
> 7|18|13
select id, sum(v) over (partition by g rows unbounded preceding), avg(v) over (partition by g order by id rows between 1 preceding and current row), count(v) filter (where v > 5) over (order by id rows 1 preceding) from wb order by id;
: id|sum|avg|count
> 1|10|10.0000000000000000|1
> 2|30|15.0000000000000000|2
> 3|50|20.0000000000000000|2
> 4|5|5.0000000000000000|1
> 5|5|5.0000000000000000|0
> 6|12|7.0000000000000000|1
> 7|1|1.00000000000000000000|1
select id, sum(v) over (rows between current row and 1 following) from wb order by id;
: id|sum
> 1|30
> 2|40
> 3|25
> 4|5
> 5|7
> 6|8
> 7|1
select id, sum(v) over (order by id rows between unbounded following and current row) from wb;
! 42P20
select id, sum(v) over (order by id rows between current row and 1 preceding) from wb;
! 42P20
select id, sum(v) over (order by id rows between 1 following and current row) from wb;
! 42P20
select id, sum(v) over (order by id rows -1 preceding) from wb;
! 22013
select id, sum(v) over (order by id rows between NULL preceding and current row) from wb;
! 22004
select id, sum(v) over (order by v, id range between 1 preceding and current row) from wb;
! 42P20
select id, sum(v) over (groups between 1 preceding and current row) from wb;
! 42P20
select id, sum(v) over (order by v range between -1 preceding and current row) from wb;
! 22013
select id, nth_value(v, 0) over (order by id) from wb;
! 22016
select id from wb order by v fetch first 0 rows with ties;
: id
select id from wb order by v fetch first NULL rows with ties;
! 2201W
select id from wb order by g fetch first 1 rows with ties;
: id
> 1
> 2
> 3
select g, count(*) from wb group by g order by count(*) desc fetch first 1 row with ties;
: g|count
> a|3
> b|3
select id from wb order by g, id desc fetch first 3 rows with ties;
: id
> 3
> 2
> 1
select id from wb order by v fetch first 2 rows with ties for update skip locked;
! 42601
(select id, v from wb order by v fetch first 1 rows with ties) union all select 0, 0 order by 1;
: id|v
> 0|0
> 7|1
select id, sum(v) over (order by v, id groups between 1 preceding and 1 following exclude group), sum(v) over (order by v, id rows between 1 preceding and 1 following exclude current row), first_value(id) over (order by v, id rows between 1 following and 2 following) from wb order by id;
: id|sum|sum|first_value
> 1|27|27|2
> 2|30|30|3
> 3|20|20|5
> 4|8|8|6
> 5|20|20|NULL
> 6|15|15|1
> 7|5|5|4
drop table wa;
drop table wb;
