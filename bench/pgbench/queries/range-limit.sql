\set aid random(1, 100000 * :scale - 100)
SELECT aid, abalance FROM pgbench_accounts WHERE aid >= :aid ORDER BY aid LIMIT 20;
