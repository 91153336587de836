\set aid random(1, 100000 * :scale - 100)
SELECT count(*), sum(abalance), min(bid), max(bid) FROM pgbench_accounts WHERE aid BETWEEN :aid AND :aid + 99;
