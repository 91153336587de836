-- Named windows: WINDOW w AS (...), OVER w, OVER (w ORDER BY ... frame), windows built on earlier ones, PostgreSQL's errors.
CREATE TABLE wn (a int, b int, c text);
INSERT INTO wn VALUES (1, 1, 'p'), (1, 2, 'q'), (1, 2, 'r'), (2, 3, 's'), (2, 5, 't'), (3, NULL, 'u');
SELECT a, b, sum(b) OVER w, count(*) OVER w, row_number() OVER (w ORDER BY b DESC, c) FROM wn WINDOW w AS (PARTITION BY a) ORDER BY a, b, c;
: a|b|sum|count|row_number
> 1|1|5|3|3
> 1|2|5|3|1
> 1|2|5|3|2
> 2|3|8|2|2
> 2|5|8|2|1
> 3|NULL|NULL|1|1
SELECT a, b, c, rank() OVER w, sum(b) OVER (w ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM wn WINDOW w AS (PARTITION BY a ORDER BY b, c) ORDER BY a, b, c;
: a|b|c|rank|sum
> 1|1|p|1|1
> 1|2|q|2|3
> 1|2|r|3|4
> 2|3|s|1|3
> 2|5|t|2|8
> 3|NULL|u|1|NULL
SELECT b, c, sum(b) OVER w FROM wn WINDOW w AS (ORDER BY b, c ROWS 1 PRECEDING) ORDER BY b, c;
: b|c|sum
> 1|p|1
> 2|q|3
> 2|r|4
> 3|s|5
> 5|t|8
> NULL|u|5
SELECT a, c, sum(b) OVER w2, max(c) OVER w1 FROM wn WINDOW w1 AS (PARTITION BY a), w2 AS (w1 ORDER BY c) ORDER BY a, c;
: a|c|sum|max
> 1|p|1|r
> 1|q|3|r
> 1|r|5|r
> 2|s|3|t
> 2|t|8|t
> 3|u|NULL|u
SELECT a, c, lag(c) OVER w, lead(c, 1, '-') OVER w FROM wn WINDOW w AS (PARTITION BY a ORDER BY c) ORDER BY a, c;
: a|c|lag|lead
> 1|p|NULL|q
> 1|q|p|r
> 1|r|q|-
> 2|s|NULL|t
> 2|t|s|-
> 3|u|NULL|-
SELECT a, b, sum(b) OVER (w RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM wn WINDOW w AS (ORDER BY a) ORDER BY a, b;
: a|b|sum
> 1|1|13
> 1|2|13
> 1|2|13
> 2|3|13
> 2|5|13
> 3|NULL|13
SELECT a, sum(b) OVER w FROM wn GROUP BY a, b WINDOW w AS (PARTITION BY a) ORDER BY a, 2;
: a|sum
> 1|3
> 1|3
> 2|8
> 2|8
> 3|NULL
SELECT x, s FROM (SELECT a AS x, sum(b) OVER w AS s FROM wn WINDOW w AS (PARTITION BY a)) q WHERE x = 2;
: x|s
> 2|8
> 2|8
SELECT a, (SELECT count(*) OVER w FROM wn i WHERE i.a = o.a WINDOW w AS () LIMIT 1) FROM wn o WHERE b = 1;
: a|count
> 1|3
SELECT b AS window FROM wn WHERE a = 3;
: window
> NULL
SELECT sum(b) OVER (w PARTITION BY c) FROM wn WINDOW w AS (PARTITION BY a);
! 42P20
SELECT sum(b) OVER (w ORDER BY c) FROM wn WINDOW w AS (ORDER BY a);
! 42P20
SELECT sum(b) OVER (w) FROM wn WINDOW w AS (ORDER BY a ROWS 1 PRECEDING);
! 42P20
SELECT sum(b) OVER x FROM wn WINDOW w AS (ORDER BY a);
! 42704
SELECT sum(b) OVER w FROM wn;
! 42704
SELECT 1 FROM wn WINDOW w AS (ORDER BY a), w AS (ORDER BY b);
! 42P20
SELECT sum(b) OVER w2 FROM wn WINDOW w2 AS (w1 ORDER BY b), w1 AS (PARTITION BY a);
! 42704
SELECT sum(b) OVER w4 FROM wn WINDOW w AS (PARTITION BY a), w3 AS (w ORDER BY c ROWS 2 PRECEDING), w4 AS (w3);
! 42P20
SELECT (SELECT sum(b) OVER w FROM wn LIMIT 1) FROM wn WINDOW w AS (PARTITION BY a);
! 42704
SELECT a, c, sum(b) OVER w FROM wn WINDOW w AS (ORDER BY c) ORDER BY sum(b) OVER w DESC, c;
: a|c|sum
> 2|t|13
> 3|u|13
> 2|s|8
> 1|r|5
> 1|q|3
> 1|p|1
SELECT x FROM (SELECT a AS x FROM wn ORDER BY sum(b) OVER w) q WINDOW w AS (ORDER BY x);
! 42704
DROP TABLE wn;
