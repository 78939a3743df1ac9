#!/bin/bash
# Soak test: 8 pgbench clients call every netralitas function on mixed
# input (the project's texts as they are, cut, recombined and repeated to
# megabytes; random characters and bytes; identifiers; blank strings and
# NULLs) for SOAK_SECONDS, while the memory of each backend is sampled.
#
#   scripts/soak.sh [SECONDS]        default 600 (or $SOAK_SECONDS)
#
# Fails (exit 1) when
#   - the anonymous memory (RssAnon) of a backend grew by more than
#     SOAK_MAX_GROWTH_MB (default 20) between the end of the warm-up and
#     the end of the run.  Each end is the lowest of the samples in a
#     window of up to 60 s, so that one sample taken in the middle of a
#     12 MB call does not count as growth while a leak, which raises every
#     later sample, does.  A backend makes some 15,000 calls after the
#     warm-up of a 600 s run: 20 MB is a leak of about 1.3 kB per call.
#     The server runs with MALLOC_MMAP_THRESHOLD_=131072, so that glibc
#     returns every freed block of 128 kB or more at once: with its default
#     it keeps up to 32 MB of freed heap per backend after large inputs, a
#     level that moves up and down with the inputs (+-30 MB in 600 s) and
#     hides a leak.  Runs shorter than SOAK_MEMORY_MIN_SECONDS (default
#     300) print the figures but do not judge them;
#   - pgbench reports an error or an aborted client: the scripts catch the
#     documented errors (test/soak/schema.sql) and let any other through;
#   - a call runs longer than SOAK_STALL_SECONDS (default 120; the longest
#     calls take a few seconds): a backend that neither finishes nor
#     answers a cancel.  Its stack is printed when gdb is installed;
#   - the server restarted or a backend died (postmaster start time,
#     server log), or the server log has an ERROR other than the expected
#     cancellations of the soak-cancel connections.
#
# SOAK_LIBRARY=/path/to/netralitas.so soaks that build of the library
# instead of the installed one (a candidate fix, a debug build): after
# CREATE EXTENSION the throwaway cluster's catalog is pointed at it.
#
# The files are kept in build/soak/ (or $SOAK_LOG_DIR): rss.log (one line
# per backend and sample), pgbench.log, server.log, stall.log.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/pg-tmp.sh

SOAK_SECONDS="${1:-${SOAK_SECONDS:-600}}"
SOAK_CLIENTS="${SOAK_CLIENTS:-8}"
SOAK_JOBS="${SOAK_JOBS:-2}"
SOAK_SAMPLE_SECONDS="${SOAK_SAMPLE_SECONDS:-10}"
SOAK_MAX_GROWTH_MB="${SOAK_MAX_GROWTH_MB:-20}"
SOAK_STALL_SECONDS="${SOAK_STALL_SECONDS:-120}"
SOAK_MEMORY_MIN_SECONDS="${SOAK_MEMORY_MIN_SECONDS:-300}"
SOAK_SEED="${SOAK_SEED:-$(( (RANDOM << 15) | RANDOM ))}"
SOAK_LOG_DIR="${SOAK_LOG_DIR:-build/soak}"
# Warm-up: the first calls compile the pattern databases and fill the
# per-process caches.  60 s, or a third of a short run.
if [ -z "${SOAK_WARMUP_SECONDS:-}" ]; then
	SOAK_WARMUP_SECONDS=60
	[ "$SOAK_SECONDS" -ge 180 ] || SOAK_WARMUP_SECONDS=$(( SOAK_SECONDS / 3 ))
fi

# pgbench scripts and weights: the text functions most, the cheap
# identifier functions often, the rest now and then.
SCRIPTS=(articles@30 reports@30 pledges@25 ids@30 catalog@2 admin@3 cancel@4)

mkdir -p "$SOAK_LOG_DIR"
LOG=$(cd "$SOAK_LOG_DIR" && pwd)
rm -f "$LOG"/rss.log "$LOG"/pgbench.log "$LOG"/server.log "$LOG"/stall.log "$LOG"/sampler.done

PGTMP_EXTRA_CONF="log_line_prefix = '%m [%p] %a %e: '
jit = off
max_connections = 50"
# inherited by the server through pg_ctl (see the header)
export MALLOC_MMAP_THRESHOLD_="${MALLOC_MMAP_THRESHOLD_:-131072}"
pgtmp_start

pgbench_pid=""
sampler_pid=""
stalled=0
soak_cleanup() {
	[ -z "$sampler_pid" ] || kill "$sampler_pid" 2>/dev/null || true
	[ -z "$pgbench_pid" ] || kill "$pgbench_pid" 2>/dev/null || true
	if [ -n "${PGTMP_DIR:-}" ] && [ -d "$PGTMP_DIR" ]; then
		cp "$PGTMP_DIR/server.log" "$LOG/server.log" 2>/dev/null || true
		# a backend stuck in a loop without interrupt checks ignores the
		# SIGTERM of a fast shutdown; SIGQUIT ends it
		if [ "$stalled" -ne 0 ]; then
			pgtmp_as_owner "$PG_BINDIR/pg_ctl" -D "$PGTMP_DIR/data" -m immediate -w stop \
				>/dev/null 2>&1 || true
		fi
	fi
	pgtmp_stop
}
trap soak_cleanup EXIT INT TERM

q() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }

q -c 'CREATE EXTENSION netralitas'
library="installed"
if [ -n "${SOAK_LIBRARY:-}" ]; then
	library=$(realpath "$SOAK_LIBRARY")
	q -c "UPDATE pg_proc SET probin = '$library' WHERE probin = '\$libdir/netralitas'"
fi
if q -c 'CREATE EXTENSION dblink' 2>/dev/null; then
	:
else
	echo "soak: dblink is not available: no cancellations in the soak" >&2
	SCRIPTS=("${SCRIPTS[@]/cancel@*/}")
fi
q -f test/soak/schema.sql
bash test/soak/load-texts.sh | q >/dev/null

pg_version=$(q -c 'SHOW server_version')
ext_version=$(q -c "SELECT extversion FROM pg_extension WHERE extname = 'netralitas'")
echo "== soak: ${SOAK_SECONDS} s, ${SOAK_CLIENTS} clients, ${SOAK_JOBS} threads, seed ${SOAK_SEED}," \
	"PostgreSQL ${pg_version}, netralitas ${ext_version} (library: $library), $(nproc) CPUs"
q -c "SELECT format('   texts: %s', string_agg(format('%s %s', n, kind), ', ' ORDER BY kind))
        FROM soak.kind_count"

# Every function of the extension should be reached: named in
# schema.sql, or reached through a type (input, output, binary I/O,
# operators), the catalog loop (no arguments) or the table triggers.  A
# function added later and not yet called is named here.
uncovered=$(q -v soak_sql="$(cat test/soak/schema.sql)" <<'SQL'
SELECT string_agg(p.oid::regprocedure::text, ', ' ORDER BY p.proname)
  FROM pg_proc AS p
 WHERE p.pronamespace = 'netralitas'::regnamespace
   AND :'soak_sql' !~ ('\m' || p.proname || '\M')
   AND NOT (p.pronargs = 0 AND p.prorettype <> 'trigger'::regtype)
   AND NOT EXISTS (SELECT FROM pg_type AS t
                    WHERE p.oid IN (t.typinput, t.typoutput, t.typreceive, t.typsend))
   AND NOT EXISTS (SELECT FROM pg_operator AS o WHERE o.oprcode = p.oid)
   AND NOT EXISTS (SELECT FROM pg_trigger AS g WHERE g.tgfoid = p.oid);
SQL
)
if [ -n "$uncovered" ]; then
	echo "soak: WARNING: functions no script calls: $uncovered" >&2
fi

postmaster_pid=$(head -1 "$PGTMP_DIR/data/postmaster.pid")
started=$(q -c 'SELECT pg_postmaster_start_time()')

# One line per backend of the clients (and of their soak-cancel
# connections) every SOAK_SAMPLE_SECONDS:
#   seconds pid application VmRSS RssAnon RssFile RssShmem (kB)
# Also the watchdog: a call running longer than SOAK_STALL_SECONDS stops
# the run.
sampler() {
	local t0=$SECONDS pid app running query
	while kill -0 "$pgbench_pid" 2>/dev/null; do
		local t=$(( SECONDS - t0 ))
		while IFS='|' read -r pid app running query; do
			[ -n "$pid" ] || continue
			if [ -r "/proc/$pid/status" ]; then
				awk -v t="$t" -v pid="$pid" -v app="$app" '
					/^VmRSS:/ { rss = $2 } /^RssAnon:/ { anon = $2 }
					/^RssFile:/ { file = $2 } /^RssShmem:/ { shm = $2 }
					END { if (rss != "") print t, pid, app, rss, anon, file, shm }' \
					"/proc/$pid/status" >>"$LOG/rss.log" || true
			fi
			if [ "$running" -ge "$SOAK_STALL_SECONDS" ]; then
				{
					echo "backend $pid ($app) has run one call for ${running} s: $query"
					if command -v gdb >/dev/null; then
						timeout 60 gdb -p "$pid" -batch -ex bt 2>/dev/null | grep '^#' | head -12 || true
					fi
				} >>"$LOG/stall.log"
			fi
		done < <(timeout 30 psql -X -At -F '|' -c "
			SELECT pid, application_name,
			       CASE WHEN state = 'active' THEN extract(epoch FROM now() - query_start)::int ELSE 0 END,
			       left(regexp_replace(query, '\s+', ' ', 'g'), 200)
			  FROM pg_stat_activity
			 WHERE application_name IN ('pgbench', 'soak-cancel')
			 ORDER BY pid" 2>/dev/null || true)
		if [ -s "$LOG/stall.log" ]; then
			kill "$pgbench_pid" 2>/dev/null || true
			break
		fi
		sleep "$SOAK_SAMPLE_SECONDS"
	done
	touch "$LOG/sampler.done"
}

pgbench_args=(-n -c "$SOAK_CLIENTS" -j "$SOAK_JOBS" -T "$SOAK_SECONDS" -P 60
	--random-seed="$SOAK_SEED")
for s in "${SCRIPTS[@]}"; do
	if [ -n "$s" ]; then
		pgbench_args+=(-f "test/soak/pgbench/${s%@*}.sql@${s#*@}")
	fi
done
echo "== pgbench ${pgbench_args[*]}"
"$PG_BINDIR/pgbench" "${pgbench_args[@]}" >"$LOG/pgbench.log" 2>&1 &
pgbench_pid=$!
sampler &
sampler_pid=$!
# progress lines on the terminal while it runs
tail -n +1 --pid="$pgbench_pid" -f "$LOG/pgbench.log" | grep --line-buffered '^progress' || true
pgbench_status=0
wait "$pgbench_pid" || pgbench_status=$?
pgbench_pid=""
wait "$sampler_pid" || true
sampler_pid=""

failures=()

echo "== pgbench summary"
grep -v '^progress' "$LOG/pgbench.log" || true
if [ -s "$LOG/stall.log" ]; then
	stalled=1
	echo "== STALL"
	cat "$LOG/stall.log"
	failures+=("a call ran longer than ${SOAK_STALL_SECONDS} s")
elif [ "$pgbench_status" -ne 0 ]; then
	failures+=("pgbench exited with status $pgbench_status (a client aborted on an error)")
	grep -E 'ERROR|aborted' "$LOG/pgbench.log" | head -20 || true
fi
failed_tx=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$LOG/pgbench.log")
if [ -n "$failed_tx" ] && [ "$failed_tx" != 0 ]; then
	failures+=("$failed_tx failed transactions")
fi

echo "== documented errors caught on purpose (function, SQLSTATE, count)"
if [ "$stalled" -eq 0 ]; then
	q -F ' | ' -c "SELECT fn, sqlstate, count(*) FROM soak.caught GROUP BY 1, 2 ORDER BY 1, 2" || true
	q -c "SELECT format('soak-cancel calls cancelled: %s', count(*)) FROM soak.caught WHERE sqlstate = '57014'" || true
fi

echo "== server"
now_started=""
if [ "$stalled" -eq 0 ]; then
	now_started=$(q -c 'SELECT pg_postmaster_start_time()' || true)
fi
cp "$PGTMP_DIR/server.log" "$LOG/server.log"
if [ "$stalled" -eq 0 ] && [ "$now_started" != "$started" ]; then
	failures+=("postmaster start time changed: $started -> $now_started")
fi
if [ "$(head -1 "$PGTMP_DIR/data/postmaster.pid" 2>/dev/null)" != "$postmaster_pid" ]; then
	failures+=("postmaster pid changed")
fi
crashes=$(grep -cE 'terminated by signal|was terminated|PANIC|server process .* exited|all server processes terminated|database system was interrupted' \
	"$LOG/server.log" || true)
# Expected in the log: the cancellations (57014) and PCRE2 limits (54000)
# of the soak-cancel connections, whose errors the soak provokes.
unexpected=$(grep -E '^[0-9-]+ [0-9:.]+ [A-Z]+ \[[0-9]+\] [^ ]* [0-9A-Z]{5}: (ERROR|FATAL|PANIC)' "$LOG/server.log" |
	grep -vE ' soak-cancel (57014|54000): ERROR' || true)
echo "postmaster started $started, still $([ "$stalled" -eq 0 ] && echo "$now_started" || echo '(not asked)')"
echo "server log: $crashes crash lines, $(printf '%s' "$unexpected" | grep -c . || true) unexpected errors"
if [ "$crashes" -ne 0 ]; then
	failures+=("server log reports a crash")
	grep -E 'terminated by signal|was terminated|PANIC' "$LOG/server.log" | head -5
fi
if [ -n "$unexpected" ]; then
	failures+=("unexpected errors in the server log")
	printf '%s\n' "$unexpected" | head -10
fi

echo "== backend memory (MB): VmRSS and RssAnon; anon floor = lowest sample in the window after warm-up (${SOAK_WARMUP_SECONDS} s) and at the end"
if [ ! -s "$LOG/rss.log" ]; then
	failures+=("no memory samples")
else
	memory=$(awk -v warm="$SOAK_WARMUP_SECONDS" -v limit="$SOAK_MAX_GROWTH_MB" '
		{ t = $1; pid = $2
		  if (!(pid in first_t)) { first_t[pid] = t; app[pid] = $3; rss0[pid] = $4; anon0[pid] = $5; order[++n] = pid }
		  last_t[pid] = t; rss1[pid] = $4; anon1[pid] = $5
		  if ($4 > rssmax[pid]) rssmax[pid] = $4
		  if ($5 > anonmax[pid]) anonmax[pid] = $5
		  ts[pid, ++cnt[pid]] = t; an[pid, cnt[pid]] = $5
		  if (t > end) end = t }
		END {
		  printf "%-7s %-11s %5s %5s %5s   %5s %5s %5s %5s   %6s %6s %7s %6s\n", "pid", "application",
		         "rss0", "rss", "max", "anon0", "warm", "anon", "max", "floorW", "floorE", "growth", "%"
		  fail = 0
		  for (i = 1; i <= n; i++) {
		    pid = order[i]
		    w0 = (first_t[pid] > warm) ? first_t[pid] : warm
		    win = (end - w0) / 3; if (win > 60) win = 60
		    fw = -1; fe = -1; warmv = -1
		    for (j = 1; j <= cnt[pid]; j++) {
		      if (ts[pid, j] >= w0 && warmv < 0) warmv = an[pid, j]
		      if (ts[pid, j] >= w0 && ts[pid, j] <= w0 + win && (fw < 0 || an[pid, j] < fw)) fw = an[pid, j]
		      if (ts[pid, j] >= end - win && (fe < 0 || an[pid, j] < fe)) fe = an[pid, j]
		    }
		    gone = (last_t[pid] < end)
		    if (fw < 0 || gone) {
		      printf "%-7s %-11s %5.0f %5.0f %5.0f   %5.0f %5s %5.0f %5.0f   %s\n", pid, app[pid],
		             rss0[pid]/1024, rss1[pid]/1024, rssmax[pid]/1024, anon0[pid]/1024, "-",
		             anon1[pid]/1024, anonmax[pid]/1024, gone ? "ended before the run did" : "too short to judge"
		      if (gone && app[pid] == "pgbench") fail = 1
		      continue
		    }
		    g = (fe - fw) / 1024
		    printf "%-7s %-11s %5.0f %5.0f %5.0f   %5.0f %5.0f %5.0f %5.0f   %6.1f %6.1f %+7.1f %+5.1f%s\n", pid, app[pid],
		           rss0[pid]/1024, rss1[pid]/1024, rssmax[pid]/1024, anon0[pid]/1024, warmv/1024,
		           anon1[pid]/1024, anonmax[pid]/1024, fw/1024, fe/1024, g, 100 * (fe - fw) / fw,
		           (g > limit) ? "  > limit" : ""
		    if (g > limit) fail = 1
		    sw += warmv; sl += anon1[pid]; sfw += fw; sfe += fe
		  }
		  printf "all backends: anon after warm-up %.0f MB, at the end %.0f MB; floors %.0f -> %.0f MB (%+.1f MB)\n",
		         sw/1024, sl/1024, sfw/1024, sfe/1024, (sfe - sfw)/1024
		  exit fail }' "$LOG/rss.log") || memory_failed=1
	printf '%s\n' "$memory"
	if [ "$SOAK_SECONDS" -lt "$SOAK_MEMORY_MIN_SECONDS" ]; then
		echo "memory not judged: runs shorter than ${SOAK_MEMORY_MIN_SECONDS} s are still warming up"
	elif [ "${memory_failed:-0}" -ne 0 ]; then
		failures+=("backend memory grew by more than ${SOAK_MAX_GROWTH_MB} MB (or a client backend ended early)")
	fi
	echo "samples: $(wc -l <"$LOG/rss.log") in $LOG/rss.log"
fi

if [ "${#failures[@]}" -eq 0 ]; then
	echo "== soak: PASS"
	exit 0
fi
echo "== soak: FAIL"
for f in "${failures[@]}"; do
	echo "   - $f"
done
exit 1
