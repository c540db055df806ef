#!/bin/bash
# med.sh DB query-name... : median and min of EXPLAIN (ANALYZE, TIMING OFF) execution time over 15 runs
db=$1; shift
for k in "$@"; do
  for i in $(seq 15); do
    (echo "EXPLAIN (ANALYZE, TIMING OFF) "; cat $k.sql) | psql -h 127.0.0.1 -U postgres -d $db -At | grep 'Execution Time' | awk '{print $3}'
  done | sort -n | awk -v k=$k '{a[NR]=$1} END {printf "%-9s median %6.2f ms  min %6.2f ms  max %6.2f ms\n", k, a[int((NR+1)/2)], a[1], a[NR]}'
done
