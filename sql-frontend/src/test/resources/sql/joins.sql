-- Joins of every kind over two small tables with NULLs and unmatched rows on both sides.
CREATE TABLE j_emp (id int PRIMARY KEY, name text NOT NULL, dept int);
CREATE TABLE j_dept (id int PRIMARY KEY, title text);
INSERT INTO j_emp VALUES (1, 'ann', 10), (2, 'bob', 20), (3, 'cid', NULL), (4, 'dee', 40);
INSERT INTO j_dept VALUES (10, 'eng'), (20, 'ops'), (30, 'hr');
SELECT e.name, d.title FROM j_emp e JOIN j_dept d ON e.dept = d.id ORDER BY e.name;
: name|title
> ann|eng
> bob|ops
SELECT e.name, d.title FROM j_emp e INNER JOIN j_dept d ON d.id = e.dept WHERE d.title <> 'ops';
: name|title
> ann|eng
SELECT e.name, d.title FROM j_emp e LEFT JOIN j_dept d ON e.dept = d.id ORDER BY e.id;
: name|title
> ann|eng
> bob|ops
> cid|NULL
> dee|NULL
SELECT e.name, d.title FROM j_emp e LEFT OUTER JOIN j_dept d ON e.dept = d.id WHERE d.id IS NULL ORDER BY 1;
: name|title
> cid|NULL
> dee|NULL
SELECT e.name, d.title FROM j_emp e RIGHT JOIN j_dept d ON e.dept = d.id ORDER BY d.id;
: name|title
> ann|eng
> bob|ops
> NULL|hr
SELECT e.name, d.title FROM j_emp e FULL JOIN j_dept d ON e.dept = d.id ORDER BY e.id NULLS LAST, d.id;
: name|title
> ann|eng
> bob|ops
> cid|NULL
> dee|NULL
> NULL|hr
SELECT e.name, d.title FROM j_emp e FULL OUTER JOIN j_dept d ON e.dept = d.id AND d.title = 'eng' ORDER BY 1 NULLS FIRST, 2;
: name|title
> NULL|hr
> NULL|ops
> ann|eng
> bob|NULL
> cid|NULL
> dee|NULL
SELECT count(*) FROM j_emp CROSS JOIN j_dept;
: count
> 12
SELECT e.name, d.title FROM j_emp e, j_dept d WHERE e.dept = d.id AND d.id > 10;
: name|title
> bob|ops
SELECT * FROM j_emp e JOIN j_dept d USING (id) ORDER BY 1;
: id|name|dept|title
CREATE TABLE j_a (k int, a text);
CREATE TABLE j_b (k int, b text);
INSERT INTO j_a VALUES (1, 'a1'), (2, 'a2'), (NULL, 'an');
INSERT INTO j_b VALUES (2, 'b2'), (3, 'b3'), (NULL, 'bn');
SELECT * FROM j_a NATURAL JOIN j_b;
: k|a|b
> 2|a2|b2
SELECT * FROM j_a JOIN j_b USING (k) ORDER BY k;
: k|a|b
> 2|a2|b2
SELECT k, a, b FROM j_a FULL JOIN j_b USING (k) ORDER BY k NULLS FIRST, a NULLS FIRST;
: k|a|b
> NULL|NULL|bn
> NULL|an|NULL
> 1|a1|NULL
> 2|a2|b2
> 3|NULL|b3
SELECT * FROM j_a NATURAL LEFT JOIN j_b ORDER BY a;
: k|a|b
> 1|a1|NULL
> 2|a2|b2
> NULL|an|NULL
SELECT j_a.a, x.b FROM j_a LEFT JOIN (SELECT k, b FROM j_b WHERE k > 2) x ON x.k = j_a.k ORDER BY 1;
: a|b
> a1|NULL
> a2|NULL
> an|NULL
SELECT a.name, b.name FROM j_emp a JOIN j_emp b ON a.dept < b.dept ORDER BY 1, 2;
: name|name
> ann|bob
> ann|dee
> bob|dee
SELECT e.name, d.title, x.a FROM j_emp e LEFT JOIN j_dept d ON e.dept = d.id LEFT JOIN j_a x ON x.k = e.id ORDER BY e.id;
: name|title|a
> ann|eng|a1
> bob|ops|a2
> cid|NULL|NULL
> dee|NULL|NULL
SELECT * FROM j_emp e JOIN j_dept d ON e.nope = d.id;
! 42703
SELECT id FROM j_emp, j_dept;
! 42702
SELECT d.title, count(e.id) FROM j_dept d LEFT JOIN j_emp e ON e.dept = d.id GROUP BY d.title ORDER BY d.title;
: title|count
> eng|1
> hr|0
> ops|1
DROP TABLE j_emp, j_dept, j_a, j_b;
