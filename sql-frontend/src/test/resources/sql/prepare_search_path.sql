-- A prepared statement is planned again when search_path changed since its plan was made, as PostgreSQL 15 does.
CREATE SCHEMA sp_a;
CREATE SCHEMA sp_b;
CREATE TABLE sp_a.t (v text);
CREATE TABLE sp_b.t (v text);
INSERT INTO sp_a.t VALUES ('a');
INSERT INTO sp_b.t VALUES ('b');
SET search_path = sp_a;
PREPARE sp_q AS SELECT v FROM t;
EXECUTE sp_q;
: v
> a
EXECUTE sp_q;
: v
> a
SET search_path = sp_b;
EXECUTE sp_q;
: v
> b
SET search_path = sp_a;
EXECUTE sp_q;
: v
> a
RESET search_path;
DEALLOCATE sp_q;
DROP TABLE sp_a.t;
DROP TABLE sp_b.t;
DROP SCHEMA sp_a;
DROP SCHEMA sp_b;
