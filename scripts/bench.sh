#!/bin/bash
# Benchmarks: each bench/*.sql prints its figures as ratios against the
# baseline it names, all measured in one run on one throwaway cluster.
#   scripts/bench.sh            every benchmark
#   scripts/bench.sh nip        only bench/nip.sql
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/pg-tmp.sh

PGTMP_EXTRA_CONF="work_mem = 64MB
maintenance_work_mem = 512MB
max_parallel_workers_per_gather = 0
jit = off"
pgtmp_start
psql -X -q -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION netralitas' -f bench/common.sql >/dev/null

if [ $# -gt 0 ]; then
	files=()
	for b in "$@"; do files+=("bench/$b.sql"); done
else
	files=()
	for f in bench/*.sql; do
		[ "$f" = bench/common.sql ] || files+=("$f")
	done
fi

echo "netralitas benchmarks: PostgreSQL $(psql -X -At -c 'SHOW server_version'), $(nproc) CPUs, $(date -u +%Y-%m-%d)"
for f in "${files[@]}"; do
	echo "== $(basename "$f" .sql)"
	psql -X -q -At -v ON_ERROR_STOP=1 -f "$f" | grep -v '^$'
done
