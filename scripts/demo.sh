#!/bin/bash
# The SQL tour of README.md: a throwaway cluster, CREATE EXTENSION, the
# sample articles of test/fixtures/articles loaded into a table, and the
# queries of scripts/demo.sql with their real output.  Nothing is left
# running afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/pg-tmp.sh

pgtmp_start
psql -X -q -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION netralitas' \
	-c 'CREATE TABLE articles (id text PRIMARY KEY, url text, raw text NOT NULL)'

# psql reads each page itself (\set from a backquoted command), so the
# server needs no access to the source tree.
{
	for f in test/fixtures/articles/*.txt; do
		id=$(basename "$f" .txt)
		printf '\\set raw `cat %q`\n' "$f"
		printf "INSERT INTO articles VALUES ('%s', 'https://example.id/%s', :'raw');\n" "$id" "$id"
	done
} | psql -X -q -v ON_ERROR_STOP=1 >/dev/null

psql -X -e -v ON_ERROR_STOP=1 -f scripts/demo.sql
echo "(demo finished; the temporary cluster is stopped and removed)"
