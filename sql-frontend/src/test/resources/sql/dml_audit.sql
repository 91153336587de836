-- Probes of INSERT ... ON CONFLICT (DO UPDATE ... WHERE, target alias), UPDATE ... FROM with several matching rows, DELETE ... USING and RETURNING of expressions against PostgreSQL.
create table kv (k int primary key, v int, n int default 0);
insert into kv values (1, 10), (2, 20);
insert into kv values (1, 11), (3, 30) on conflict (k) do update set v = excluded.v, n = kv.n + 1 where kv.v < 15 returning k, v, n;
: k|v|n
> 1|11|1
> 3|30|0
insert into kv values (2, 21) on conflict (k) do update set v = excluded.v where kv.v < 15 returning *;
: k|v|n
insert into kv values (2, 22), (2, 23) on conflict (k) do update set v = excluded.v;
! 21000
insert into kv values (4, 40) on conflict do nothing returning k;
: k
> 4
insert into kv values (4, 41) on conflict (k) do nothing returning k;
: k
insert into kv as t values (1, 99) on conflict (k) do update set v = t.v + excluded.v returning t.*;
: k|v|n
> 1|110|1
select * from kv order by k;
: k|v|n
> 1|110|1
> 2|20|0
> 3|30|0
> 4|40|0
create table src (k int, v int);
insert into src values (1, 100), (1, 200), (2, 300);
update kv set v = src.v from src where kv.k = src.k returning kv.k, kv.v, src.v as sv;
: k|v|sv
> 1|100|100
> 2|300|300
update kv set v = v + 1 where k = 4 returning v * 2 as dbl, v::text || 'x', k + 0;
: dbl|?column?|?column?
> 82|41x|4
delete from kv using src where kv.k = src.k and src.v > 250 returning kv.*, src.v;
: k|v|n|v
> 2|300|0|300
insert into kv (k) values (9) returning n, v is null, k * 10;
: n|?column?|?column?
> 0|t|90
insert into kv (k, v) select g, g * 2 from generate_series(10, 12) g returning k, v;
: k|v
> 10|20
> 11|22
> 12|24
update kv set n = default where k = 9 returning n;
: n
> 0
insert into kv values (20, default, default) returning *;
: k|v|n
> 20|NULL|0
select * from kv order by k;
: k|v|n
> 1|100|1
> 3|30|0
> 4|41|0
> 9|NULL|0
> 10|20|0
> 11|22|0
> 12|24|0
> 20|NULL|0
drop table kv;
drop table src;
