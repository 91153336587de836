SELECT count(*), min(aid), max(aid), count(DISTINCT bid) FROM pgbench_accounts;
