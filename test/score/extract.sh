#!/bin/bash
# Scores netralitas.extract_article(raw, url) against labelled article sets
# and fails (exit 1) when a field scores below its floor in extract.floors.
#
# Sets, each scored only when present:
#   fixtures  test/fixtures/articles/*.txt + gold.jsonl (the project's own pages)
#   corpus    ../shared/corpus/articles/*.txt + ../shared/corpus/gold.jsonl
#   dev       ../shared/corpus/dev/articles/dNNN.txt + ../shared/corpus/dev/gold.jsonl;
#             line 1 is "URL: <address>" and line 2 blank: the address is
#             passed as url, the rest as raw
# (../shared is the folder beside the repository; its texts are read in
# place, never copied into the repository.)
#
# Run by scripts/run-tests.sh with a cluster up, PGHOST/PGPORT/PGUSER
# exported and the extension installed.  It creates the database
# netralitas_score, runs CREATE EXTENSION netralitas there, scores, and
# drops the database again whatever happens.  The scoring itself is
# extract_score.sql; this script only gathers the files and sends them to
# psql as one CSV stream (psql reads them, so the server, running as another
# OS user, needs no access to the tree).
#
# Environment:
#   NETRALITAS_SCORE_NO_CREATE=1  score in the existing database $PGDATABASE
#       and leave it alone: no database created or dropped, no CREATE
#       EXTENSION.  The database must already have
#       netralitas.extract_article(text, text), e.g. a fake SQL function, to
#       test the scorer itself without the real extension.
#   NETRALITAS_SCORE_FLOORS=FILE  floors to use instead of extract.floors
#       (to try raised floors before writing them down).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shared="$root/../shared/corpus"
floors="${NETRALITAS_SCORE_FLOORS:-$here/extract.floors}"
db=netralitas_score

# Texts and gold are UTF-8, whatever the locale of the caller.
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

# --- The CSV stream: rows (set, kind, id, url, content), see extract_score.sql.
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

# article SET ID URL < raw text
article() {
	printf '%s,article,%s,' "$1" "$(csv_quote "$2")"
	[ -z "$3" ] || csv_quote "$3"
	printf ','
	csv_quote_stdin
	printf '\n'
}

# gold SET FILE: one row per non-blank line of a JSON-lines file.
gold() {
	local line
	while IFS= read -r line || [ -n "$line" ]; do
		[ -n "${line//[[:space:]]/}" ] || continue
		printf '%s,gold,,,%s\n' "$1" "$(csv_quote "$line")"
	done <"$2"
}

# plain_set SET DIR GOLD: pages are the whole files, without address.
plain_set() {
	local f id
	for f in "$2"/*.txt; do
		[ -e "$f" ] || continue
		id=$(basename "$f" .txt)
		article "$1" "$id" "" <"$f"
	done
	gold "$1" "$3"
}

# url_set SET DIR GOLD: line 1 "URL: <address>", line 2 blank, then the text.
url_set() {
	local f id first url
	for f in "$2"/*.txt; do
		[ -e "$f" ] || continue
		id=$(basename "$f" .txt)
		IFS= read -r first <"$f" || true
		first=${first%$'\r'}
		if [[ $first == URL:* ]]; then
			url=${first#URL:}
			url=${url#"${url%%[![:space:]]*}"}
			tail -n +2 "$f" | sed '1{/^\r\{0,1\}$/d}' | article "$1" "$id" "$url"
		else
			article "$1" "$id" "" <"$f"
		fi
	done
	gold "$1" "$3"
}

# floors: "set field floor" lines, # comments; a missing line is floor 0.
floor_rows() {
	local s f v rest
	[ -e "$floors" ] || { echo "no floors file $floors: all floors 0" >&2; return 0; }
	while read -r s f v rest || [ -n "$s" ]; do
		case "$s" in '' | '#'*) continue ;; esac
		if [ -z "$f" ] || ! [[ $v =~ ^[0-9]*\.?[0-9]+$ ]] || [ -n "$rest" ]; then
			echo "bad line in $floors: $s $f $v $rest" >&2
			exit 1
		fi
		printf '%s,floor,%s,,%s\n' "$(csv_quote "$s")" "$(csv_quote "$f")" "$v"
	done <"$floors"
}

sets=()
notes=()
{
	plain_set fixtures "$root/test/fixtures/articles" "$root/test/fixtures/articles/gold.jsonl"
	sets+=(fixtures)
	if [ -d "$shared/articles" ] && [ -f "$shared/gold.jsonl" ]; then
		plain_set corpus "$shared/articles" "$shared/gold.jsonl"
		sets+=(corpus)
	else
		notes+=("corpus not present, skipped")
	fi
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

# The extractor arrives after the extension's other parts: until then there
# is nothing to score, and that is not a failure.
have=$("${psql[@]}" -d "$db" -Atc \
	"SELECT to_regprocedure('netralitas.extract_article(text,text)') IS NOT NULL")
if [ "$have" != t ]; then
	echo "netralitas.extract_article(text, text) not defined, skipped"
	exit 0
fi

# --- Scoring.
status=0
"${psql[@]}" -d "$db" -v sets="$(IFS=,; echo "${sets[*]}")" -f "$here/extract_score.sql" \
	<"$tmp/input.csv" >"$tmp/out" || status=$?
cat "$tmp/out"
if [ "$status" -ne 0 ]; then
	echo "FAIL: extract_score.sql stopped with status $status" >&2
	exit 1
fi
below=$(sed -n 's/^scores below floor: \([0-9]*\)$/\1/p' "$tmp/out")
if [ -z "$below" ]; then
	echo "FAIL: no result line from extract_score.sql" >&2
	exit 1
fi
if [ "$below" -ne 0 ]; then
	echo "FAIL: $below score(s) below floor (floors in ${floors#"$root"/})" >&2
	exit 1
fi
