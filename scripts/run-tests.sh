#!/bin/bash
# Every test suite: CMocka unit tests of the pure-C core (ASan + UBSan), the
# fuzz corpus replay, then pg_regress against a throwaway cluster.  Exits
# non-zero on the first failing suite.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/pg-tmp.sh

echo "== unit tests (CMocka, -fsanitize=address,undefined)"
make --no-print-directory unittest

echo "== fuzz corpus replay"
make --no-print-directory fuzz-replay

echo "== pg_regress"
pgtmp_start
status=0
make --no-print-directory installcheck PG_CONFIG="$PG_BINDIR/pg_config" || status=$?
if [ "$status" -ne 0 ] && [ -f regression.diffs ]; then
	cat regression.diffs
fi
[ "$status" -eq 0 ] || exit "$status"

echo "== pg_regress in a SQL_ASCII database (text that is not valid UTF-8)"
status=0
make --no-print-directory installcheck PG_CONFIG="$PG_BINDIR/pg_config" \
	REGRESS="article_sql_ascii bad_input_sql_ascii" \
	REGRESS_OPTS="--load-extension=netralitas --encoding=SQL_ASCII --no-locale --dbname=contrib_regression_sql_ascii" \
	|| status=$?
if [ "$status" -ne 0 ] && [ -f regression.diffs ]; then
	cat regression.diffs
fi
[ "$status" -eq 0 ] || exit "$status"

for scorer in test/score/*.sh; do
	[ -e "$scorer" ] || continue
	echo "== $(basename "$scorer" .sh)"
	bash "$scorer"
done

echo "== dump and restore"
scripts/dump-restore-test.sh

echo "== parallel query (20,000 rows; serial and parallel results must match)"
PARALLEL_ROWS=20000 scripts/parallel-demo.sh

echo "== soak (60 s: errors, stalls and crashes; memory is judged by make soak)"
SOAK_SECONDS=60 scripts/soak.sh

echo "== shard demo (postgres_fdw pushdown, 3 clusters)"
scripts/shard-demo.sh --quiet

echo "== all tests passed"
