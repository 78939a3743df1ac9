#!/bin/bash
# Prints a psql script that loads the project's own texts into the tables
# of test/soak/schema.sql: the article pages, the labelled reports and
# pledges, and the fuzz seed inputs (hostile on purpose).  Run from the
# repository root; pipe the output into psql after schema.sql.
#
# Files go through base64 so that any byte survives psql quoting; NUL
# bytes are dropped first because a text value cannot hold them.
set -euo pipefail

for f in test/fixtures/articles/*.txt test/fuzz/corpus/*/*; do
	[ -f "$f" ] || continue
	printf '\\set path %s\n' "'$f'"
	printf "\\\\set data \`tr -d '\\\\000' < '%s' | base64 -w0\`\n" "$f"
	echo "INSERT INTO soak.raw_file (path, data) VALUES (:'path', decode(:'data', 'base64'));"
done

# One JSON object per line: COPY in csv mode with quote and delimiter
# bytes that never occur in the files keeps each line whole.
for f in test/fixtures/articles/gold.jsonl test/classify/labelled.jsonl test/pledge/labelled.jsonl; do
	echo "\\copy soak.jsonl_line (line) FROM '$f' WITH (FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02')"
	echo "UPDATE soak.jsonl_line SET path = '$f' WHERE path IS NULL;"
done

echo "SELECT soak.build_texts();"
