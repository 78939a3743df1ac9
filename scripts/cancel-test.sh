#!/bin/bash
# Cancellation latency of the long-running text functions on 100 MB of
# news text (two shapes: paragraphs, and one 100 MB line).  Each call is
# stopped CANCEL_POINTS times (default 4), at delays spread over
# 0.4-2 s: three times by a cancel request (as pg_cancel_backend does),
# once by statement_timeout.  Every stop must come with SQLSTATE 57014
# within CANCEL_LIMIT_MS (default 100) of the cancellation.  A function
# whose whole call is shorter than 0.4 s is cancelled inside its own work
# instead.  Prints function | method | delay | latency and exits non-zero
# when a call is late, ends with another error, ends before it was
# cancelled (the input would then be too small), or never stops.
#
#   scripts/cancel-test.sh [FUNCTION...]     default: all of them
#
# See test/cancel/cancel_latency.c for how the latency is measured.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/pg-tmp.sh

CANCEL_LIMIT_MS="${CANCEL_LIMIT_MS:-100}"
CANCEL_DELAY_MIN_MS="${CANCEL_DELAY_MIN_MS:-400}"
CANCEL_DELAY_MAX_MS="${CANCEL_DELAY_MAX_MS:-2000}"
CANCEL_POINTS="${CANCEL_POINTS:-4}"

FUNCTIONS=(clean_article extract_article article_officials article_regions article_dates
	stem_text violation_matches classify_violation violation_forms is_incident
	check_pledge pledge_points pledge_missing pledge_complete validate_pledge pledge_is_valid)
[ $# -eq 0 ] || FUNCTIONS=("$@")

mkdir -p build/cancel
"${CC:-cc}" -std=c11 -O2 -Wall -Wextra -Werror -I"$("$PG_BINDIR/pg_config" --includedir)" \
	test/cancel/cancel_latency.c -o build/cancel/cancel_latency \
	-L"$("$PG_BINDIR/pg_config" --libdir)" -lpq

# No autovacuum: nothing else runs on the server while the latencies are
# measured.
PGTMP_EXTRA_CONF="jit = off
autovacuum = off"
pgtmp_start

q() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }
q -c 'CREATE EXTENSION netralitas'
q -f test/soak/schema.sql
bash test/soak/load-texts.sh | q >/dev/null
start=$SECONDS
q -f test/cancel/big.sql
echo "== 100 MB inputs built in $(( SECONDS - start )) s"

# The call of each function, as the statement that the test cancels.
call() {
	local fn=$1 arg=$2
	case "$fn" in
	# octet_length, not length: counting the characters of 100 MB of
	# result takes 0.2 s without an interrupt check, outside the function
	clean_article | stem_text) echo "SELECT octet_length(netralitas.$fn($arg))" ;;
	extract_article) echo "SELECT netralitas.$fn($arg) IS NULL" ;;
	violation_forms | is_incident | pledge_points | pledge_missing | pledge_complete)
		echo "SELECT netralitas.$fn($arg)" ;;
	validate_pledge) echo "SELECT count(*) FROM netralitas.$fn('19860926 201505 1 001', '2023-10-01', 'pemilu-2024', $arg)" ;;
	pledge_is_valid) echo "SELECT netralitas.$fn('19860926 201505 1 001', '2023-10-01', 'pemilu-2024', $arg)" ;;
	*) echo "SELECT count(*) FROM netralitas.$fn($arg)" ;;
	esac
}

# The warm-up calls every function once on a short page: the first call
# of a session compiles the pattern databases (about 0.5 s, without an
# interrupt check), which is not what is measured here.
warmup="SELECT count(*) FROM (SELECT body AS t FROM soak.text WHERE kind = 'page' AND n = 1) AS s"
for fn in "${FUNCTIONS[@]}"; do
	warmup+=", LATERAL ($(call "$fn" t)) AS \"$fn\""
done

# label, baseline (the same argument fetched and copied), statement
cases=$(for shape in lines 'one line'; do
	arg="(SELECT body FROM cancel_input WHERE shape = '$shape')"
	for fn in "${FUNCTIONS[@]}"; do
		printf '%s\t%s\t%s\n' "$fn ($shape)" "SELECT octet_length($arg || '.')" "$(call "$fn" "$arg")"
	done
done)

echo "== ${CANCEL_POINTS} cancellations per call, ${CANCEL_DELAY_MIN_MS}-${CANCEL_DELAY_MAX_MS} ms into it; limit ${CANCEL_LIMIT_MS} ms"
status=0
printf '%s\n' "$cases" | build/cancel/cancel_latency -w "$warmup" -l "$CANCEL_LIMIT_MS" \
	-d "$CANCEL_DELAY_MIN_MS" -D "$CANCEL_DELAY_MAX_MS" -n "$CANCEL_POINTS" || status=$?

case "$status" in
0) echo "== cancel-test: every call stopped within ${CANCEL_LIMIT_MS} ms" ;;
1) echo "== cancel-test: FAIL (see the rows marked FAIL)" ;;
*)
	echo "== cancel-test: FAIL (a call did not stop, or the test could not run)"
	# a backend that never checks for interrupts ignores a fast shutdown
	pgtmp_as_owner "$PG_BINDIR/pg_ctl" -D "$PGTMP_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
	;;
esac
exit "$status"
