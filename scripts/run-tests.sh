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

for scorer in test/score/*.sh; do
	[ -e "$scorer" ] || continue
	echo "== $(basename "$scorer" .sh)"
	bash "$scorer"
done

echo "== shard demo (postgres_fdw pushdown, 3 clusters)"
scripts/shard-demo.sh --quiet

echo "== all tests passed"
