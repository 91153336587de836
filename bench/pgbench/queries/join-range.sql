\set aid random(1, 100000 * :scale - 100)
SELECT t.tid, count(*), sum(a.abalance) FROM pgbench_accounts a JOIN pgbench_tellers t ON t.bid = a.bid WHERE a.aid BETWEEN :aid AND :aid + 99 GROUP BY t.tid ORDER BY t.tid;
