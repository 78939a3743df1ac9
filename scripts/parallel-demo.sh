#!/bin/bash
# Parallel query demo: a table of synthetic reports (1,000,000 rows by
# default) on a throwaway cluster, then for each query below its plan with
# 4 workers, one run without workers and one with 4, the speed-up, and a
# check that both runs return the same rows (non-zero exit otherwise, or
# when a plan has no Gather with 4 workers).
#   scripts/parallel-demo.sh                    1,000,000 rows
#   scripts/parallel-demo.sh 200000             another row count
#   PARALLEL_ROWS=20000 scripts/parallel-demo.sh   quick check (timings say little)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/pg-tmp.sh

ROWS="${1:-${PARALLEL_ROWS:-1000000}}"
WORKERS=4
if ! [[ "$ROWS" =~ ^[1-9][0-9]*$ ]]; then
	echo "usage: $0 [rows]   (or PARALLEL_ROWS=rows; a positive integer)" >&2
	exit 2
fi

# Parallel plans even for cheap queries and small tables, enough worker
# slots for 4 per Gather, and no JIT: each worker would compile the
# expressions again, which is not what this demo measures.
PGTMP_EXTRA_CONF="shared_buffers = 512MB
max_worker_processes = 16
max_parallel_workers = 8
max_parallel_workers_per_gather = $WORKERS
parallel_setup_cost = 10
parallel_tuple_cost = 0.001
min_parallel_table_scan_size = 0
jit = off"
pgtmp_start
WORK=$(mktemp -d /tmp/netralitas-parallel.XXXXXX)
trap 'pgtmp_stop; rm -rf "$WORK"' EXIT INT TERM

psql() { command psql -X -q -v ON_ERROR_STOP=1 "$@"; }

# ---------------------------------------------------------------------------
# The table: report texts assembled from fragments (written for this demo),
# one row in four a reported act, one a pledge ceremony with 0-4 of the
# standard points, one an appeal or prohibition; signers are valid NIPs.
# ---------------------------------------------------------------------------
echo "netralitas parallel demo: PostgreSQL $(command psql -X -At -c 'SHOW server_version'), $(nproc) CPUs, $ROWS rows, $WORKERS workers per Gather"
t0=$(date +%s)
psql -v rows="$ROWS" <<'SQL'
CREATE EXTENSION netralitas;
CREATE TABLE report (id integer, signer netralitas.nip, body text);
INSERT INTO report
SELECT i,
       -- born 1965-1995; PNS appointed at 19-30 (before 2025), every tenth a
       -- PPPK (appointment year 2021-2023, code 21 in digits 13-14)
       (to_char(born, 'YYYYMMDD')
        || CASE WHEN i % 10 = 0 THEN (2021 + i % 3)::text || '21'
                ELSE least(extract(year FROM born)::int + 19 + i % 12, 2024)::text
                     || to_char(1 + i % 12, 'FM00') END
        || (1 + i % 2)::text || to_char(1 + i % 999, 'FM000'))::netralitas.nip,
       CASE i % 4
       WHEN 0 THEN actor[1 + i % 8] || ' ' || act[1 + (i / 8) % 8] || '. ' || ctx[1 + (i / 64) % 4]
       WHEN 1 THEN actor[1 + (i / 3) % 8] || ' ' || act[1 + (i / 5) % 8] || ', ' || day[1 + i % 5]
                   || ' (' || (1 + i % 28) || '/10/2024). ' || ctx[1 + (i / 7) % 4]
       WHEN 2 THEN 'Sebanyak ' || (100 + i % 900) || ' ASN Pemkab ' || kab[1 + i % 8]
                   || ' mengikuti apel ikrar netralitas di halaman kantor bupati, ' || day[1 + i % 5]
                   || ' (' || (1 + i % 28) || '/9/2024). Dalam ikrar itu mereka menyatakan: '
                   || pledge[1 + (i / 4) % 5]
       ELSE appeal[1 + (i / 4) % 6] || ' Hal itu disampaikan di Kabupaten ' || kab[1 + (i / 3) % 8] || '.'
       END
       -- every text distinct, as real reports are (with a few thousand
       -- distinct texts the serial plan would memoize the function calls)
       || ' (arsip ' || i || ')'
  FROM generate_series(1, :rows) AS i,
       LATERAL (SELECT date '1965-01-01' + ((i::bigint * 7919) % 11000)::int AS born) AS b,
       (SELECT
         ARRAY['Sleman', 'Banyumas', 'Jember', 'Gowa', 'Lombok Timur', 'Kampar', 'Minahasa', 'Tabalong'] AS kab,
         ARRAY['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat'] AS day,
         ARRAY['Seorang guru PNS di SD Negeri 3 Kecamatan Mlati',
               'Camat Kembaran',
               'Kepala Dinas Pendidikan Kabupaten Jember',
               'Seorang staf Bappeda Kabupaten Gowa',
               'Lurah Sukamaju yang berstatus ASN',
               'Sekretaris Dinas Kesehatan Kabupaten Kampar',
               'Seorang ASN di lingkungan Pemkab Minahasa',
               'Kepala sekolah berstatus PNS di Kecamatan Tanjung'] AS actor,
         ARRAY['kedapatan memasang spanduk calon bupati di pagar kantor kecamatan',
               'mengunggah foto bersama pasangan calon di akun Facebook pribadinya',
               'hadir dalam deklarasi dukungan kepada salah satu calon anggota DPRD',
               'membagikan sembako bergambar calon wali kota kepada warga',
               'menggunakan mobil dinas untuk mengangkut logistik kampanye',
               'ikut berorasi dalam kampanye terbuka salah satu partai politik',
               'mengajak para guru honorer memilih pasangan calon nomor urut 2',
               'menjadi anggota tim pemenangan calon gubernur'] AS act,
         ARRAY['Kasus itu dilaporkan warga ke Bawaslu setempat dan sedang diklarifikasi.',
               'Temuan Panwascam tersebut sudah diteruskan ke BKN.',
               'Bawaslu memanggil terlapor untuk dimintai keterangan.',
               'Tangkapan layar unggahan itu beredar di grup WhatsApp warga.'] AS ctx,
         ARRAY['pertama, menjaga dan menegakkan prinsip netralitas sebelum, selama, dan sesudah pemilihan; '
               'kedua, menghindari konflik kepentingan dan tidak memihak kepada pasangan calon tertentu; '
               'ketiga, menggunakan media sosial secara bijak dan tidak menyebarkan ujaran kebencian; '
               'keempat, menolak politik uang dan segala jenis pemberian.',
               'pertama, menjaga dan menegakkan prinsip netralitas; kedua, menghindari konflik kepentingan; '
               'ketiga, menolak politik uang dan segala jenis pemberian.',
               'menjaga netralitas ASN dan menggunakan media sosial secara bijak.',
               'menjaga dan menegakkan prinsip netralitas, tidak memihak kepada pasangan calon tertentu, '
               'menggunakan media sosial secara bijak, serta menolak politik uang dalam bentuk apa pun.',
               'siap bekerja profesional dan melayani masyarakat tanpa membeda-bedakan.'] AS pledge,
         ARRAY['Sekda mengingatkan bahwa ASN dilarang memasang alat peraga kampanye dan mengunggah dukungan di media sosial.',
               'Bawaslu mengimbau seluruh ASN untuk tidak menghadiri kampanye pasangan calon.',
               'Menurut BKN, ASN yang terbukti tidak netral dapat dijatuhi sanksi disiplin berat.',
               'Kepala BKPSDM meminta ASN tidak ikut berfoto dengan calon sambil mengacungkan jari.',
               'Jika ada ASN yang menjadi anggota tim kampanye, warga diminta melapor ke Bawaslu.',
               'ASN boleh menghadiri kampanye sebagai warga biasa asalkan tidak memakai atribut partai.'] AS appeal
       ) AS f;
-- Without this the planner sizes the worker count from the table size
-- (fewer than 4 for small tables).
ALTER TABLE report SET (parallel_workers = 4);
VACUUM ANALYZE report;
SQL
echo "table built in $(( $(date +%s) - t0 )) s: $(command psql -X -At -c "SELECT pg_size_pretty(pg_table_size('report'))")"

# Every worker is a fresh backend that compiles the rule and pledge
# patterns on its first call; measure that cost in a fresh session.
first_call=$(printf '%s\n' '\timing on' \
	"SELECT netralitas.is_incident('x'), netralitas.pledge_complete('x');" |
	psql -At | awk '/^Time:/ { printf "%.0f", $2 }')
echo "first is_incident + pledge_complete call in a fresh backend: $first_call ms (every worker is one, and pays the part its query needs)"

# ---------------------------------------------------------------------------
# The queries: name|warm-up|SQL.  The warm-up call, untimed, loads the
# library and compiles the patterns the query needs in the session's own
# backend, so that both runs time only the query (the workers still compile
# theirs).  Output is ordered, so the two runs compare as text.
# ---------------------------------------------------------------------------
QUERIES=(
	"incidents|SELECT netralitas.is_incident('x')|SELECT count(*) FILTER (WHERE netralitas.is_incident(body)) FROM report"
	"violation forms|SELECT netralitas.violation_forms('x')|SELECT f, count(*) FROM report, unnest(netralitas.violation_forms(body)) f GROUP BY f ORDER BY f"
	"complete pledges|SELECT netralitas.pledge_complete('x')|SELECT count(*) FROM report WHERE netralitas.pledge_complete(body)"
	"signers by decade|SELECT netralitas.nip_kind('198001012005011001')|SELECT extract(decade FROM netralitas.nip_birth_date(signer)) AS decade, count(*), min(netralitas.nip_birth_date(signer)), max(netralitas.nip_birth_date(signer)) FROM report GROUP BY 1 ORDER BY 1"
)

# One run of a query in a new session: result rows on stdout, then a line
# "Time: N ms"; auto_explain (row counts, no timing: the same cheap
# instrumentation in both modes) writes the executed plan to stderr.
run() {
	local workers=$1 warmup=$2 sql=$3
	psql -At <<SQL
\o /dev/null
$warmup;
\o
SET max_parallel_workers_per_gather = $workers;
LOAD 'auto_explain';
SET auto_explain.log_min_duration = 0;
SET auto_explain.log_analyze = on;
SET auto_explain.log_timing = off;
SET auto_explain.log_level = notice;
\timing on
$sql;
SQL
}

status=0
summary=()
n=0
for entry in "${QUERIES[@]}"; do
	n=$((n + 1))
	IFS='|' read -r name warmup sql <<<"$entry"
	echo
	echo "== Q$n $name: $sql"
	psql -At -c "EXPLAIN (COSTS OFF) $sql" | sed 's/^/    /' | tee "$WORK/plan"
	if ! grep -q "Workers Planned: $WORKERS" "$WORK/plan"; then
		echo "FAIL: no Gather with $WORKERS workers planned" >&2
		status=1
	fi

	run 0 "$warmup" "$sql" >"$WORK/serial" 2>"$WORK/serial.log"
	run "$WORKERS" "$warmup" "$sql" >"$WORK/parallel" 2>"$WORK/parallel.log"
	serial_ms=$(awk '/^Time:/ { print $2 }' "$WORK/serial")
	parallel_ms=$(awk '/^Time:/ { print $2 }' "$WORK/parallel")
	# The timed parallel run as executed (auto_explain): Gather lines only.
	echo "    executed: $(awk '/Workers (Planned|Launched):/ { printf "%s%s %s %s", sep, $1, $2, $3; sep = ", " }' "$WORK/parallel.log")"
	if grep -q 'Gather' "$WORK/serial.log"; then
		echo "FAIL: the serial run used a Gather" >&2
		status=1
	fi
	launched=$(awk '/Workers Launched:/ { print $3; exit }' "$WORK/parallel.log")
	if [ "${launched:-0}" -lt "$WORKERS" ]; then
		echo "    WARNING: only ${launched:-0} of $WORKERS workers launched (worker slots busy?)"
	fi

	grep -v '^Time:' "$WORK/serial" >"$WORK/serial.rows" || true
	grep -v '^Time:' "$WORK/parallel" >"$WORK/parallel.rows" || true
	if cmp -s "$WORK/serial.rows" "$WORK/parallel.rows"; then
		same="identical"
	else
		same="DIFFERENT"
		status=1
		echo "FAIL: serial and parallel results differ:" >&2
		diff "$WORK/serial.rows" "$WORK/parallel.rows" | head -20 >&2 || true
	fi
	echo "    result: $(paste -sd' ' "$WORK/serial.rows" | cut -c1-100)"
	ratio=$(awk -v s="$serial_ms" -v p="$parallel_ms" 'BEGIN { printf "%.2f", s / p }')
	printf '    serial %.0f ms, %d workers %.0f ms, speed-up %sx, results %s\n' \
		"$serial_ms" "$WORKERS" "$parallel_ms" "$ratio" "$same"
	summary+=("$(printf '%-18s %10.0f %12.0f %8sx   %s' "$name" "$serial_ms" "$parallel_ms" "$ratio" "$same")")
done

echo
echo "== summary ($ROWS rows, one run each, wall-clock time of the statement)"
printf '%-18s %10s %12s %9s   %s\n' query "serial ms" "$WORKERS workers ms" speed-up results
printf '%s\n' "${summary[@]}"
cat <<EOF

The leader and $WORKERS workers share $(nproc) CPUs here, so no speed-up can
exceed about $(nproc)x, and other jobs on the machine lower it further; more
workers than CPUs only helps on a bigger machine.  Every worker also starts
by compiling the patterns its query needs (up to the $first_call ms of CPU
measured above), which weighs most on the classifier queries and on small
tables: below a few hundred thousand rows the parallel runs can be slower
than the serial ones.
EOF
if [ "$status" -ne 0 ]; then
	echo "FAILED: see the messages above" >&2
fi
exit "$status"
