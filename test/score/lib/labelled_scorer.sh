# Shared by the scorers of labelled texts (classify.sh, pledge.sh), sourced
# after they set:
#   scorer          name of the scorer: its floors are $scorer.floors, its
#                   SQL ${scorer}_score.sql, its texts test/$scorer/labelled.jsonl
#   scored          the two functions (with argument types) that must exist
#   with_fixtures   non-empty to score test/fixtures/articles too
# See classify.sh for the sets, the CSV stream and the environment.

root=$(cd "$here/../.." && pwd)
shared="$root/../shared/corpus"
floors="${NETRALITAS_SCORE_FLOORS:-$here/$scorer.floors}"
db=netralitas_$scorer

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

# --- The CSV stream: rows (set, kind, id, content), see ${scorer}_score.sql.
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
	jsonl labelled record "$root/test/$scorer/labelled.jsonl"
	sets+=(labelled)
	if [ -n "$with_fixtures" ]; then
		url_set fixtures "$root/test/fixtures/articles" "$root/test/fixtures/articles/gold.jsonl"
		sets+=(fixtures)
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

# The functions scored arrive after the extension's other parts: until then
# there is nothing to score, and that is not a failure.
have=$("${psql[@]}" -d "$db" -Atc \
	"SELECT to_regprocedure('netralitas.${scored[0]}') IS NOT NULL
	    AND to_regprocedure('netralitas.${scored[1]}') IS NOT NULL")
if [ "$have" != t ]; then
	echo "netralitas.${scored[0]} / ${scored[1]} not defined, skipped"
	exit 0
fi

# --- Scoring.
status=0
"${psql[@]}" -d "$db" -v sets="$(IFS=,; echo "${sets[*]}")" -f "$here/${scorer}_score.sql" \
	<"$tmp/input.csv" >"$tmp/out" || status=$?
cat "$tmp/out"
if [ "$status" -ne 0 ]; then
	echo "FAIL: ${scorer}_score.sql stopped with status $status" >&2
	exit 1
fi
below=$(sed -n 's/^scores below floor: \([0-9]*\)$/\1/p' "$tmp/out")
if [ -z "$below" ]; then
	echo "FAIL: no result line from ${scorer}_score.sql" >&2
	exit 1
fi
if [ "$below" -ne 0 ]; then
	echo "FAIL: $below score(s) below floor or above maximum (floors in ${floors#"$root"/})" >&2
	exit 1
fi
