#!/bin/bash
# Scores the pledge checker, netralitas.pledge_points(text), against
# labelled texts, checks that netralitas.check_pledge(text) (and
# pledge_missing, pledge_complete) agree with it on every text, and fails
# (exit 1) when a metric of the labelled set is below its floor (or above
# its maximum) in pledge.floors.
#
# Sets, each scored only when present:
#   labelled  test/pledge/labelled.jsonl (the project's own texts: id, text,
#             points; see test/pledge/README.md)
#   dev       ../shared/corpus/dev/articles/dNNN.txt + ../shared/corpus/dev/gold.jsonl;
#             line 1 is "URL: <address>" and line 2 blank, the rest is the
#             text.  Only group A records (pledge and pact events) are
#             scored, against their `pledge_points`.  These are whole news
#             excerpts, not pledge texts: pledge_points() reads every
#             sentence, appeals and prohibitions included, so expect a lower
#             precision than on the labelled set.
# (../shared is the folder beside the repository; its texts are read in
# place, never copied into the repository.)
#
# Metrics per set (the scoring is pledge_score.sql):
#   Pn_precision, Pn_recall, Pn_f1   per point P1..P4 over texts
#   micro_precision, micro_recall, micro_f1   over (text, point) pairs
#   exact_accuracy       texts whose predicted set of points is the gold set
#   false_point_texts    texts with no gold point that get a point
#   check_disagree       texts where the present rows of check_pledge() are
#                        not pledge_points()
#   other_disagree       texts where pledge_missing() is not the complement of
#                        pledge_points() or pledge_complete() is not "all four"
#   span_errors          check_pledge() rows whose evidence is not
#                        substr(text, start, stop - start), present rows
#                        without evidence, texts without exactly four rows
#   errors               texts on which a function raised an error
#
# Run by scripts/run-tests.sh with a cluster up, PGHOST/PGPORT/PGUSER
# exported and the extension installed (not created).  It creates the
# database netralitas_pledge, runs CREATE EXTENSION netralitas there,
# scores, and drops the database again whatever happens.  The files are
# sent to psql as one CSV stream (psql reads them, so the server, running as
# another OS user, needs no access to the tree).
#
# Environment:
#   NETRALITAS_SCORE_NO_CREATE=1  score in the existing database $PGDATABASE
#       and leave it alone: no database created or dropped, no CREATE
#       EXTENSION (to test the scorer with fake netralitas.pledge_points and
#       netralitas.check_pledge functions).
#   NETRALITAS_SCORE_FLOORS=FILE  floors to use instead of pledge.floors
#       (to try raised floors before writing them down).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shared="$root/../shared/corpus"
floors="${NETRALITAS_SCORE_FLOORS:-$here/pledge.floors}"
db=netralitas_pledge

# Texts and labels are UTF-8, whatever the locale of the caller.
export PGCLIENTENCODING=UTF8
psql=(psql -X -q -v ON_ERROR_STOP=1)

tmp=$(mktemp -d)
created=""
cleanup() {
	if [ -n "$created" ]; then
		"${psql[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null || true
	fi
	rm -rf "$tmp"
}
trap cleanup EXIT

# --- The CSV stream: rows (set, kind, id, content), see pledge_score.sql.
# A field is quoted with inner quotes doubled, which keeps newlines, commas
# and backslashes as they are; an empty unquoted field is NULL.
csv_quote() { # text as argument
	local s=${1//\"/\"\"}
	printf '"%s"' "$s"
}
csv_quote_stdin() { # text on stdin, sent byte for byte
	printf '"'
	sed 's/"/""/g'
	printf '"'
}

# jsonl SET KIND FILE: one row per non-blank line of a JSON-lines file.
jsonl() {
	local line
	while IFS= read -r line || [ -n "$line" ]; do
		[ -n "${line//[[:space:]]/}" ] || continue
		printf '%s,%s,,%s\n' "$1" "$2" "$(csv_quote "$line")"
	done <"$3"
}

# url_set SET DIR GOLD: line 1 "URL: <address>", line 2 blank, then the text.
url_set() {
	local f id first
	for f in "$2"/*.txt; do
		[ -e "$f" ] || continue
		id=$(basename "$f" .txt)
		printf '%s,article,%s,' "$1" "$(csv_quote "$id")"
		IFS= read -r first <"$f" || true
		if [[ ${first%$'\r'} == URL:* ]]; then
			tail -n +2 "$f" | sed '1{/^\r\{0,1\}$/d}' | csv_quote_stdin
		else
			csv_quote_stdin <"$f"
		fi
		printf '\n'
	done
	jsonl "$1" gold "$3"
}

# floors: "metric floor" lines (a "dev." prefix for the dev set); "#" starts
# a comment, also after the value.  A metric without a line is not checked;
# "<metric>_max N" is an upper bound.
floor_rows() {
	local line m v rest
	[ -e "$floors" ] || { echo "no floors file $floors: nothing checked" >&2; return 0; }
	while IFS= read -r line || [ -n "$line" ]; do
		line=${line%%#*}
		read -r m v rest <<<"$line" || true
		[ -n "${m:-}" ] || continue
		if ! [[ ${v:-} =~ ^[0-9]*\.?[0-9]+$ ]] || [ -n "${rest:-}" ]; then
			echo "bad line in $floors: $line" >&2
			exit 1
		fi
		printf 'floors,floor,%s,%s\n' "$(csv_quote "$m")" "$v"
	done <"$floors"
}

sets=()
notes=()
{
	jsonl labelled record "$root/test/pledge/labelled.jsonl"
	sets+=(labelled)
	if [ -d "$shared/dev/articles" ] && [ -f "$shared/dev/gold.jsonl" ]; then
		url_set dev "$shared/dev/articles" "$shared/dev/gold.jsonl"
		sets+=(dev)
	else
		notes+=("dev corpus not present, skipped")
	fi
	floor_rows
} >"$tmp/input.csv"
for n in "${notes[@]}"; do echo "$n"; done

# --- The database.
if [ "${NETRALITAS_SCORE_NO_CREATE:-}" = 1 ]; then
	db=${PGDATABASE:-postgres}
else
	# (IF EXISTS says NOTICE when there is none: not worth a log line.)
	PGOPTIONS="-c client_min_messages=warning" "${psql[@]}" -d postgres \
		-c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
	created=1
	"${psql[@]}" -d "$db" -c 'CREATE EXTENSION netralitas'
fi

# The pledge functions arrive after the extension's other parts: until then
# there is nothing to score, and that is not a failure.
have=$("${psql[@]}" -d "$db" -Atc \
	"SELECT to_regprocedure('netralitas.pledge_points(text)') IS NOT NULL
	    AND to_regprocedure('netralitas.check_pledge(text)') IS NOT NULL")
if [ "$have" != t ]; then
	echo "netralitas.pledge_points(text) / check_pledge(text) not defined, skipped"
	exit 0
fi

# --- Scoring.
status=0
"${psql[@]}" -d "$db" -v sets="$(IFS=,; echo "${sets[*]}")" -f "$here/pledge_score.sql" \
	<"$tmp/input.csv" >"$tmp/out" || status=$?
cat "$tmp/out"
if [ "$status" -ne 0 ]; then
	echo "FAIL: pledge_score.sql stopped with status $status" >&2
	exit 1
fi
below=$(sed -n 's/^scores below floor: \([0-9]*\)$/\1/p' "$tmp/out")
if [ -z "$below" ]; then
	echo "FAIL: no result line from pledge_score.sql" >&2
	exit 1
fi
if [ "$below" -ne 0 ]; then
	echo "FAIL: $below score(s) below floor or above maximum (floors in ${floors#"$root"/})" >&2
	exit 1
fi
