-- SQL-level PREPARE / EXECUTE / DEALLOCATE.
CREATE TABLE p_t (id int PRIMARY KEY, v text);
INSERT INTO p_t VALUES (1, 'one'), (2, 'two'), (3, 'three');
PREPARE get_v (int) AS SELECT v FROM p_t WHERE id = $1;
EXECUTE get_v(2);
: v
> two
EXECUTE get_v(3);
: v
> three
EXECUTE get_v('1');
: v
> one
PREPARE ins AS INSERT INTO p_t VALUES ($1, $2) RETURNING id;
EXECUTE ins(4, 'four');
: id
> 4
EXECUTE ins(5, 'five' || '!');
: id
> 5
PREPARE upd (text, int) AS UPDATE p_t SET v = $1 WHERE id > $2;
EXECUTE upd('big', 3);
SELECT * FROM p_t ORDER BY id;
: id|v
> 1|one
> 2|two
> 3|three
> 4|big
> 5|big
PREPARE get_v AS SELECT 1;
! 42P05
EXECUTE nope;
! 26000
EXECUTE get_v(1, 2);
! 42601
DEALLOCATE get_v;
EXECUTE get_v(1);
! 26000
DEALLOCATE PREPARE ins;
DEALLOCATE get_v;
! 26000
DEALLOCATE ALL;
EXECUTE upd('x', 0);
! 26000
DROP TABLE p_t;
