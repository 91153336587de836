-- Expression and partial indexes: kept on every write, uniqueness among the rows they hold, planned when the query matches.
CREATE TABLE ix_users (id int PRIMARY KEY, email text NOT NULL, a int, b int, deleted_at timestamp);
CREATE UNIQUE INDEX ix_users_email_lower ON ix_users (lower(email));
CREATE INDEX ON ix_users ((a + b));
CREATE UNIQUE INDEX ix_users_live ON ix_users (email) WHERE deleted_at IS NULL;
INSERT INTO ix_users VALUES (1, 'Ann@x.org', 1, 2, NULL), (2, 'bob@x.org', 3, 4, NULL);
INSERT INTO ix_users VALUES (3, 'ANN@X.ORG', 0, 0, NULL);
! 23505
INSERT INTO ix_users VALUES (3, 'carl@x.org', 5, 6, '2024-01-01');
INSERT INTO ix_users VALUES (4, 'carl@x.org', 7, 8, NULL);
! 23505
INSERT INTO ix_users VALUES (5, 'carl@x.org', 7, 8, NULL);
! 23505
UPDATE ix_users SET deleted_at = '2024-02-02' WHERE id = 4;
SELECT id, email FROM ix_users WHERE lower(email) = 'ann@x.org';
: id|email
> 1|Ann@x.org
SELECT id FROM ix_users WHERE a + b = 7;
: id
> 2
SELECT id FROM ix_users WHERE (a + b) > 6 ORDER BY id;
: id
> 2
> 3
SELECT id FROM ix_users WHERE email = 'carl@x.org' AND deleted_at IS NULL;
: id
SELECT id FROM ix_users WHERE email = 'carl@x.org' ORDER BY id;
: id
> 3
UPDATE ix_users SET email = 'BOB@x.org' WHERE id = 2;
SELECT id, email FROM ix_users WHERE lower(email) = 'bob@x.org';
: id|email
> 2|BOB@x.org
UPDATE ix_users SET a = 100 WHERE id = 1;
SELECT id FROM ix_users WHERE a + b = 3;
: id
SELECT id FROM ix_users WHERE a + b = 102;
: id
> 1
UPDATE ix_users SET email = 'ann@x.org' WHERE id = 2;
! 23505
DELETE FROM ix_users WHERE id = 1;
UPDATE ix_users SET email = 'ann@x.org' WHERE id = 2;
SELECT id, email FROM ix_users WHERE lower(email) = 'ann@x.org';
: id|email
> 2|ann@x.org
INSERT INTO ix_users VALUES (6, 'zed@x.org', 1, 1, NULL) ON CONFLICT DO NOTHING;
INSERT INTO ix_users VALUES (7, 'ZED@x.org', 1, 1, NULL) ON CONFLICT DO NOTHING;
SELECT count(*) FROM ix_users WHERE lower(email) = 'zed@x.org';
: count
> 1
SELECT pg_get_indexdef('ix_users_email_lower'::regclass), pg_get_indexdef('ix_users_live'::regclass);
: pg_get_indexdef|pg_get_indexdef
> CREATE UNIQUE INDEX ix_users_email_lower ON public.ix_users USING btree (lower(email))|CREATE UNIQUE INDEX ix_users_live ON public.ix_users USING btree (email) WHERE (deleted_at IS NULL)
SELECT pg_get_indexdef('ix_users_expr_idx'::regclass);
: pg_get_indexdef
> CREATE INDEX ix_users_expr_idx ON public.ix_users USING btree (((a + b)))
SELECT pg_get_indexdef('ix_users_live'::regclass, 0, true);
: pg_get_indexdef
> CREATE UNIQUE INDEX ix_users_live ON ix_users USING btree (email) WHERE deleted_at IS NULL
SELECT c.relname, i.indkey::text, i.indexprs IS NOT NULL AS has_exprs, i.indpred IS NOT NULL AS partial FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = 'ix_users'::regclass ORDER BY 1;
: relname|indkey|has_exprs|partial
> ix_users_email_lower|0|t|f
> ix_users_expr_idx|0|t|f
> ix_users_live|2|f|t
> ix_users_pkey|1|f|f
SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a WHERE a.attrelid = 'ix_users_expr_idx'::regclass;
: attname|format_type
> expr|integer
CREATE INDEX ix_bad ON ix_users (random());
! 42P17
CREATE INDEX ix_bad ON ix_users ((a + 1)) WHERE now() > deleted_at;
! 42P17
CREATE INDEX ix_bad ON ix_users (lower(nosuch));
! 42703
CREATE INDEX ix_multi ON ix_users (a, lower(email), upper(email));
SELECT pg_get_indexdef('ix_multi'::regclass);
: pg_get_indexdef
> CREATE INDEX ix_multi ON public.ix_users USING btree (a, lower(email), upper(email))
ALTER TABLE ix_users DROP COLUMN email;
SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = 'ix_users'::regclass ORDER BY 1;
: relname
> ix_users_expr_idx
> ix_users_pkey
DROP TABLE ix_users;
-- A partial unique index built over existing rows.
CREATE TABLE ix_orders (id int, code text, active boolean);
INSERT INTO ix_orders VALUES (1, 'a', true), (2, 'a', false), (3, 'b', true), (4, 'b', true);
CREATE UNIQUE INDEX ix_orders_active ON ix_orders (code) WHERE active;
! 23505
DELETE FROM ix_orders WHERE id = 4;
CREATE UNIQUE INDEX ix_orders_active ON ix_orders (code) WHERE active;
INSERT INTO ix_orders VALUES (5, 'a', false);
INSERT INTO ix_orders VALUES (6, 'a', true);
! 23505
SELECT id FROM ix_orders WHERE code = 'a' AND active ORDER BY id;
: id
> 1
DROP TABLE ix_orders;
