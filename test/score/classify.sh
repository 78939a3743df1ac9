#!/bin/bash
# Scores the violation classifier, netralitas.violation_forms(text) and
# netralitas.is_incident(text), against labelled texts and fails (exit 1)
# when a metric of the labelled set is below its floor (or above its
# maximum) in classify.floors.
#
# Sets, each scored only when present:
#   labelled  test/classify/labelled.jsonl (the project's own texts: id, text,
#             incident, forms; see test/classify/README.md)
#   fixtures  test/fixtures/articles/aNN.txt + gold.jsonl: whole scraped pages
#             (pledge ceremonies, lectures, two cases) in the dev gold's shape
#   dev       ../shared/corpus/dev/articles/dNNN.txt + ../shared/corpus/dev/gold.jsonl;
#             line 1 is "URL: <address>" and line 2 blank, the rest is the
#             text.  Group B records are incidents with the forms of their
#             `violations` (an `alt_forms` entry counts as correct too);
#             groups A and C are non-incidents.
# (../shared is the folder beside the repository; its texts are read in
# place, never copied into the repository.)
#
# Metrics per set (the scoring is classify_score.sql):
#   Fnn_precision, Fnn_recall, Fnn_f1   per form F01..F13
#   micro_precision, micro_recall, micro_f1   over (text, form) pairs
#   incident_accuracy    is_incident() against the label
#   false_incidents      non-incident texts that is_incident() calls incidents
#   false_form_texts     non-incident texts that violation_forms() gives a form
#   missed_incidents     incident texts that is_incident() calls non-incidents
#   errors               texts on which a function raised an error
#
# Run by scripts/run-tests.sh with a cluster up, PGHOST/PGPORT/PGUSER
# exported and the extension installed (not created).  It creates the
# database netralitas_classify, runs CREATE EXTENSION netralitas there,
# scores, and drops the database again whatever happens.  The files are
# sent to psql as one CSV stream (psql reads them, so the server, running as
# another OS user, needs no access to the tree).
#
# Environment:
#   NETRALITAS_SCORE_NO_CREATE=1  score in the existing database $PGDATABASE
#       and leave it alone: no database created or dropped, no CREATE
#       EXTENSION (to test the scorer with fake netralitas.violation_forms
#       and netralitas.is_incident functions).
#   NETRALITAS_SCORE_FLOORS=FILE  floors to use instead of classify.floors
#       (to try raised floors before writing them down).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shared="$root/../shared/corpus"
floors="${NETRALITAS_SCORE_FLOORS:-$here/classify.floors}"
db=netralitas_classify

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

# --- The CSV stream: rows (set, kind, id, content), see classify_score.sql.
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
	jsonl labelled record "$root/test/classify/labelled.jsonl"
	sets+=(labelled)
	url_set fixtures "$root/test/fixtures/articles" "$root/test/fixtures/articles/gold.jsonl"
	sets+=(fixtures)
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

# The classifier arrives after the extension's other parts: until then there
# is nothing to score, and that is not a failure.
have=$("${psql[@]}" -d "$db" -Atc \
	"SELECT to_regprocedure('netralitas.violation_forms(text)') IS NOT NULL
	    AND to_regprocedure('netralitas.is_incident(text)') IS NOT NULL")
if [ "$have" != t ]; then
	echo "netralitas.violation_forms(text) / is_incident(text) not defined, skipped"
	exit 0
fi

# --- Scoring.
status=0
"${psql[@]}" -d "$db" -v sets="$(IFS=,; echo "${sets[*]}")" -f "$here/classify_score.sql" \
	<"$tmp/input.csv" >"$tmp/out" || status=$?
cat "$tmp/out"
if [ "$status" -ne 0 ]; then
	echo "FAIL: classify_score.sql stopped with status $status" >&2
	exit 1
fi
below=$(sed -n 's/^scores below floor: \([0-9]*\)$/\1/p' "$tmp/out")
if [ -z "$below" ]; then
	echo "FAIL: no result line from classify_score.sql" >&2
	exit 1
fi
if [ "$below" -ne 0 ]; then
	echo "FAIL: $below score(s) below floor or above maximum (floors in ${floors#"$root"/})" >&2
	exit 1
fi
