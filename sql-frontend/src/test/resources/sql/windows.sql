-- Window functions with PARTITION BY and ORDER BY, the default frame, over grouped input.
CREATE TABLE wf (dept text, name text, salary int);
INSERT INTO wf VALUES ('eng', 'a', 100), ('eng', 'b', 200), ('eng', 'c', 200), ('ops', 'd', 50), ('ops', 'e', NULL), ('hr', 'f', 70);
SELECT name, row_number() OVER (ORDER BY name) FROM wf ORDER BY name;
: name|row_number
> a|1
> b|2
> c|3
> d|4
> e|5
> f|6
SELECT dept, name, row_number() OVER (PARTITION BY dept ORDER BY salary DESC, name) AS rn FROM wf ORDER BY dept, rn;
: dept|name|rn
> eng|b|1
> eng|c|2
> eng|a|3
> hr|f|1
> ops|e|1
> ops|d|2
SELECT name, salary, rank() OVER (ORDER BY salary DESC), dense_rank() OVER (ORDER BY salary DESC) FROM wf ORDER BY salary DESC NULLS LAST, name;
: name|salary|rank|dense_rank
> b|200|2|2
> c|200|2|2
> a|100|4|3
> f|70|5|4
> d|50|6|5
> e|NULL|1|1
SELECT dept, name, sum(salary) OVER (PARTITION BY dept) AS total, count(*) OVER (PARTITION BY dept) AS n FROM wf ORDER BY dept, name;
: dept|name|total|n
> eng|a|500|3
> eng|b|500|3
> eng|c|500|3
> hr|f|70|1
> ops|d|50|2
> ops|e|50|2
SELECT name, salary, sum(salary) OVER (ORDER BY salary) AS running FROM wf ORDER BY salary, name;
: name|salary|running
> d|50|50
> f|70|120
> a|100|220
> b|200|620
> c|200|620
> e|NULL|620
SELECT name, avg(salary) OVER (), max(salary) OVER (), min(salary) OVER (PARTITION BY dept) FROM wf ORDER BY name;
: name|avg|max|min
> a|124.0000000000000000|200|100
> b|124.0000000000000000|200|100
> c|124.0000000000000000|200|100
> d|124.0000000000000000|200|50
> e|124.0000000000000000|200|50
> f|124.0000000000000000|200|70
SELECT name, lag(name) OVER (ORDER BY name), lead(name, 2, 'none') OVER (ORDER BY name) FROM wf ORDER BY name;
: name|lag|lead
> a|NULL|c
> b|a|d
> c|b|e
> d|c|f
> e|d|none
> f|e|none
SELECT name, first_value(name) OVER (PARTITION BY dept ORDER BY name), last_value(name) OVER (PARTITION BY dept ORDER BY name) FROM wf ORDER BY name;
: name|first_value|last_value
> a|a|a
> b|a|b
> c|a|c
> d|d|d
> e|d|e
> f|f|f
SELECT name, ntile(2) OVER (ORDER BY name), percent_rank() OVER (ORDER BY name), cume_dist() OVER (ORDER BY name) FROM wf ORDER BY name;
: name|ntile|percent_rank|cume_dist
> a|1|0|0.16666666666666666
> b|1|0.2|0.3333333333333333
> c|1|0.4|0.5
> d|2|0.6|0.6666666666666666
> e|2|0.8|0.8333333333333334
> f|2|1|1
SELECT dept, sum(salary), rank() OVER (ORDER BY sum(salary) DESC NULLS LAST) FROM wf GROUP BY dept ORDER BY 3, 1;
: dept|sum|rank
> eng|500|1
> hr|70|2
> ops|50|3
SELECT dept, count(*) OVER (PARTITION BY dept) FROM wf WHERE salary > 60 ORDER BY 1;
: dept|count
> eng|3
> eng|3
> eng|3
> hr|1
SELECT name, row_number() OVER w FROM wf;
! 42704
SELECT name FROM wf WHERE row_number() OVER (ORDER BY name) > 1;
! 42P20
SELECT * FROM (SELECT name, row_number() OVER (ORDER BY salary DESC NULLS LAST, name) AS r FROM wf) s WHERE r <= 2 ORDER BY r;
: name|r
> b|1
> c|2
DROP TABLE wf;
