#!/bin/bash
# cpu.sh DB N query-name... : CPU time (user+sys) the PostgreSQL backend spends per round of the given statements,
# read from /proc/<backend pid>/stat before and after N rounds in one session; also the wall time.
db=$1; n=$2; shift 2
tmp=$(mktemp)
{
  echo "SELECT pg_backend_pid() AS pid \\gset"; echo "\\setenv BPID :pid"
  echo "\\o /dev/null"
  for k in "$@"; do cat $k.sql; done       # warm-up round
  echo "\\o"
  echo "\\! awk '{print \$14+\$15}' /proc/\$BPID/stat > $tmp.a; date +%s%N >> $tmp.a"
  echo "\\o /dev/null"
  for i in $(seq $n); do for k in "$@"; do cat $k.sql; done; done
  echo "\\o"
  echo "\\! awk '{print \$14+\$15}' /proc/\$BPID/stat > $tmp.b; date +%s%N >> $tmp.b"
} > $tmp.sql
psql -q -h 127.0.0.1 -U postgres -d $db -f $tmp.sql > /dev/null
hz=$(getconf CLK_TCK)
paste $tmp.a $tmp.b | awk -v n=$n -v hz=$hz -v q="$*" 'NR==1{cpu=($2-$1)*1000/hz/n} NR==2{wall=($2-$1)/1e6/n} END{printf "%-40s backend CPU %.1f ms per round, wall %.1f ms per round (%d rounds)\n", q, cpu, wall, n}'
rm -f $tmp $tmp.*
