#!/bin/bash
# Scaling out with postgres_fdw: one coordinator and two shards, each a
# throwaway cluster on a loopback port.  The articles live on the shards;
# the coordinator holds a partitioned table whose partitions are foreign
# tables, and postgres_fdw sends the netralitas calls it is allowed to send
# (the IMMUTABLE ones) to the shards.  The script shows the plans and a
# per-province aggregate, then checks that
#   - the IMMUTABLE functions were pushed to the shards and the STABLE ones
#     were not (postgres_fdw never ships a STABLE function),
#   - pushed-down results equal the same queries over a local copy, and
#     with pushdown switched off.
#
#   scripts/shard-demo.sh            the demo, with plans and tables
#   scripts/shard-demo.sh --quiet    only the check lines (for the test suite)
#                                    (or SHARD_DEMO_QUIET=1)
#
# Exits non-zero when a check fails.  All three clusters are stopped and
# removed on exit, whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."
# Only the helpers (PG_BINDIR, pgtmp_as_owner, pgtmp_free_port) are used;
# pgtmp_start handles a single cluster.
. scripts/pg-tmp.sh

QUIET="${SHARD_DEMO_QUIET:-0}"
for arg in "$@"; do
	case "$arg" in
	-q | --quiet) QUIET=1 ;;
	-h | --help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
	*) echo "shard-demo.sh: unknown argument $arg" >&2; exit 2 ;;
	esac
done

# ---------------------------------------------------------------------------
# Clusters
# ---------------------------------------------------------------------------
declare -A DIR PORT
CLEANUP=() # cluster and scratch directories, removed on exit

shard_cleanup() {
	local d
	for d in "${CLEANUP[@]}"; do
		if [ -f "$d/data/postmaster.pid" ]; then
			# immediate: no shutdown checkpoint, the data is thrown away anyway
			pgtmp_as_owner "$PG_BINDIR/pg_ctl" -D "$d/data" -m immediate -w stop >/dev/null 2>&1 || true
		fi
		rm -rf "$d"
	done
	CLEANUP=()
}
trap shard_cleanup EXIT
# A signal ends the script through exit, so the EXIT trap runs once.
trap 'exit 130' INT TERM

# owned_tmpdir PREFIX: a new directory under /tmp that the server user owns
owned_tmpdir() {
	local dir
	dir=$(mktemp -d "/tmp/netralitas-shard-$1.XXXXXX")
	chmod 755 "$dir"
	if [ "$(id -u)" -eq 0 ]; then
		chown "$PGTMP_USER" "$dir"
	fi
	echo "$dir"
}

# One initdb, copied for each cluster: much faster than three initdb runs
# on a busy machine, and a shared system identifier does not matter to
# clusters that never replicate.
TEMPLATE=$(owned_tmpdir template)
CLEANUP+=("$TEMPLATE")
cluster_template() {
	# --no-sync: nothing here must survive a crash, and syncing takes seconds
	pgtmp_as_owner "$PG_BINDIR/initdb" -D "$TEMPLATE/data" -U postgres --no-sync \
		-A trust -E UTF8 --locale=C.UTF-8 >"$TEMPLATE/initdb.log" 2>&1 || {
		cat "$TEMPLATE/initdb.log" >&2
		return 1
	}
}

# cluster_start NAME [extra postgresql.conf lines]
cluster_start() {
	local name=$1 extra=${2:-} dir port
	dir=$(owned_tmpdir "$name")
	CLEANUP+=("$dir") # registered first, so that a failure below still cleans up
	pgtmp_as_owner cp -a "$TEMPLATE/data" "$dir/data"
	# The previous clusters already listen, so each one gets its own port.
	port=$(pgtmp_free_port)
	cat >>"$dir/data/postgresql.conf" <<CONF
port = $port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 32MB
$extra
CONF
	pgtmp_as_owner "$PG_BINDIR/pg_ctl" -D "$dir/data" -l "$dir/server.log" \
		-w -t 60 start >/dev/null || {
		cat "$dir/server.log" >&2
		return 1
	}
	DIR[$name]=$dir
	PORT[$name]=$port
}

# sql NODE [psql arguments]: psql on one cluster, stopping at the first error
sql() {
	local node=$1
	shift
	"$PG_BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -h "${DIR[$node]}" -p "${PORT[$node]}" \
		-U postgres -d postgres "$@"
}

# ---------------------------------------------------------------------------
# Output: headings and tables for people, check lines always
# ---------------------------------------------------------------------------
FAILED=0
say() { if [ "$QUIET" != 1 ]; then printf '%s\n' "$@"; fi; }
heading() { say "" "== $*" ""; }
show() { if [ "$QUIET" != 1 ]; then sql coord "$@"; fi; }
check() { # check DESCRIPTION COMMAND...: ok/not ok line from the command's status
	local what=$1
	shift
	if "$@"; then
		echo "ok - $what"
	else
		echo "not ok - $what"
		FAILED=1
	fi
}

# ---------------------------------------------------------------------------
# 1. Three clusters
# ---------------------------------------------------------------------------
heading "Starting a coordinator and two shards"
# On the coordinator, partitionwise aggregation lets each partition's GROUP BY
# go to its shard (off by default because it costs planning time).
cluster_template
cluster_start coord "enable_partitionwise_aggregate = on"
cluster_start west
cluster_start east
say "coordinator 127.0.0.1:${PORT[coord]}, shard west 127.0.0.1:${PORT[west]}, shard east 127.0.0.1:${PORT[east]}"

# The shards hold plain tables with the same columns as the coordinator's
# partitioned table; the coordinator reaches them over TCP as a client would.
for node in west east; do
	sql "$node" <<'SQL'
CREATE EXTENSION netralitas;
CREATE TABLE article (
    id       text PRIMARY KEY,
    province text NOT NULL,
    url      text,
    raw      text NOT NULL
);
-- How many distinct (province, forms) groups there are.  Without it the
-- planner assumes every article is its own group, so that a remote GROUP BY
-- saves nothing, and on a table this small it fetches the rows instead.
CREATE STATISTICS article_forms (ndistinct) ON province,
    (jsonb_path_query_array(netralitas.extract_article(raw, url), '$.violations[*].form'))
    FROM article;
SQL
done

sql coord <<SQL
CREATE EXTENSION netralitas;
CREATE EXTENSION postgres_fdw;

-- extensions 'netralitas' declares that the shards run the same extension,
-- so postgres_fdw may send its IMMUTABLE functions and operators there.
-- use_remote_estimate: the planner asks each shard (EXPLAIN) what a remote
-- scan or GROUP BY costs and returns, from the shard's own statistics.
-- async_capable lets one query scan both shards at the same time.
CREATE SERVER shard_west FOREIGN DATA WRAPPER postgres_fdw
    OPTIONS (host '127.0.0.1', port '${PORT[west]}', dbname 'postgres',
             extensions 'netralitas', use_remote_estimate 'true',
             async_capable 'true', batch_size '50');
CREATE SERVER shard_east FOREIGN DATA WRAPPER postgres_fdw
    OPTIONS (host '127.0.0.1', port '${PORT[east]}', dbname 'postgres',
             extensions 'netralitas', use_remote_estimate 'true',
             async_capable 'true', batch_size '50');
CREATE USER MAPPING FOR postgres SERVER shard_west OPTIONS (user 'postgres');
CREATE USER MAPPING FOR postgres SERVER shard_east OPTIONS (user 'postgres');

-- LIST partitioning on the two-digit province code (Kemendagri), not RANGE on
-- the publication date: the province is the unit of supervision (a provincial
-- Bawaslu, its regencies and cities), so queries filter and group by it, and a
-- GROUP BY province is answered whole by each shard.  Lists also let a DBA
-- place provinces explicitly to balance the load.  Dates would put every
-- article of the running election on one shard.
CREATE TABLE article (
    id       text NOT NULL,
    province text NOT NULL,
    url      text,
    raw      text NOT NULL
) PARTITION BY LIST (province);
SQL

# Sumatra and Java (codes below 50) on one shard, the rest on the other; the
# lists come from netralitas.region, so every province has a partition.
sql coord <<'SQL'
SELECT format($f$CREATE FOREIGN TABLE article_%s PARTITION OF article
                   FOR VALUES IN (%s) SERVER shard_%s OPTIONS (table_name 'article')$f$,
              shard, string_agg(quote_literal(code), ', ' ORDER BY code), shard)
  FROM (SELECT code, CASE WHEN code < '50' THEN 'west' ELSE 'east' END AS shard
          FROM netralitas.region WHERE level = 'province') p
 GROUP BY shard
\gexec
SQL

# ---------------------------------------------------------------------------
# 2. Articles
# ---------------------------------------------------------------------------
heading "Loading articles"
# Short news reports generated from templates (12 regions x 16 kinds of
# story, about a third of the combinations), plus the sample pages of
# test/fixtures/articles.  The templates are written for this demo.
sql coord <<'SQL'
CREATE TEMP TABLE demo_region (n int, dateline text, outlet text, reg text, pemda text, short text);
INSERT INTO demo_region VALUES
 (1,  'KEBUMEN',    'Suarakebumen.id',  'Kabupaten Kebumen',           'Pemkab Kebumen',           'Kebumen'),
 (2,  'MEDAN',      'Kabarmedan.com',   'Kota Medan',                  'Pemkot Medan',             'Medan'),
 (3,  'MALANG',     'Malangraya.id',    'Kabupaten Malang',            'Pemkab Malang',            'Malang'),
 (4,  'PADANG',     'Ranahminang.com',  'Kota Padang',                 'Pemkot Padang',            'Padang'),
 (5,  'BEKASI',     'Bekasiterkini.id', 'Kota Bekasi',                 'Pemkot Bekasi',            'Bekasi'),
 (6,  'PALEMBANG',  'Sumselnews.id',    'Kota Palembang',              'Pemkot Palembang',         'Palembang'),
 (7,  'MAKASSAR',   'Celebesnews.id',   'Kota Makassar',               'Pemkot Makassar',          'Makassar'),
 (8,  'KUPANG',     'Timorexpress.id',  'Kabupaten Kupang',            'Pemkab Kupang',            'Kupang'),
 (9,  'PONTIANAK',  'Kalbarpost.com',   'Kota Pontianak',              'Pemkot Pontianak',         'Pontianak'),
 (10, 'TENGGARONG', 'Kaltimkini.id',    'Kabupaten Kutai Kartanegara', 'Pemkab Kutai Kartanegara', 'Kutai Kartanegara'),
 (11, 'SELONG',     'Lombokpos.id',     'Kabupaten Lombok Timur',      'Pemkab Lombok Timur',      'Lombok Timur'),
 (12, 'JAYAPURA',   'Papuaterkini.com', 'Kota Jayapura',               'Pemkot Jayapura',          'Jayapura');

-- first: the first possible event date; the date is picked within 50 days
-- (Pilkada 2024 campaign from late September, Pemilu 2024 from late November).
CREATE TEMP TABLE demo_template (k int, first date, body text);
INSERT INTO demo_template VALUES
 (1, '2024-09-25', '{DL} ({OUTLET}) – Bawaslu {REG} menerima laporan warga tentang seorang camat yang menghadiri kampanye pasangan calon bupati di lapangan kecamatan, {TGL}. Dalam video yang beredar, camat berinisial {INIT} tampak naik ke panggung dan mengacungkan dua jari bersama paslon nomor urut 2. Ketua Bawaslu {SHORT} mengatakan terlapor akan segera diklarifikasi dan hasil kajiannya diteruskan ke BKN.'),
 (2, '2024-09-25', '{DL} ({OUTLET}) – Seorang PNS di lingkungan {PEMDA} dilaporkan ke Bawaslu {REG} karena mengunggah dukungan kepada paslon kepala daerah di akun Facebook pribadinya, {TGL}. Tangkapan layar unggahan itu diserahkan pelapor bersama bukti lain. Bawaslu menyatakan akan memanggil ASN berinisial {INIT} untuk klarifikasi.'),
 (3, '2024-09-25', '{DL} ({OUTLET}) – Panwascam menemukan dua baliho bakal calon yang dipasang oleh seorang staf Dinas Perhubungan {REG} berinisial {INIT} di pagar rumahnya, {TGL}. Saat diklarifikasi, yang bersangkutan mengakui memasang sendiri baliho tersebut. Temuan itu sudah diteruskan ke BKN.'),
 (4, '2024-09-25', '{DL} ({OUTLET}) – Seorang kepala desa di {REG} terlihat ikut berkampanye dan membagikan kaus bergambar calon di sebuah pasar, {TGL}. Bawaslu {SHORT} menyatakan kepala desa bukan ASN sehingga kasusnya ditangani dengan aturan tentang desa.'),
 (5, '2024-09-25', '{DL} ({OUTLET}) – Bawaslu {REG} mendapati fotokopi KTP seorang guru PNS berinisial {INIT} dalam berkas surat dukungan bakal calon perseorangan, {TGL}. Guru tersebut mengaku menyerahkan fotokopi KTP dan menandatangani surat dukungan atas permintaan tetangganya. Kasus itu dilaporkan ke BKN.'),
 (6, '2024-09-25', '{DL} ({OUTLET}) – Bawaslu {REG} menemukan seorang kepala bidang berinisial {INIT} menggunakan mobil dinas untuk kampanye salah satu paslon, {TGL}. Temuan itu dikuatkan foto dan keterangan saksi, dan ASN tersebut telah diklarifikasi.'),
 (7, '2024-09-25', '{DL} ({OUTLET}) – Sebanyak 1.200 ASN {PEMDA} mengikuti apel dan ikrar netralitas di halaman kantor bupati, {TGL}. Dalam ikrar itu mereka berjanji menjaga dan menegakkan prinsip netralitas sebelum, selama, dan sesudah Pilkada 2024, menghindari konflik kepentingan serta tidak memihak, menggunakan media sosial secara bijak, dan menolak politik uang serta segala jenis pemberian.'),
 (8, '2024-09-25', '{DL} ({OUTLET}) – Pejabat eselon II {PEMDA} menandatangani pakta integritas netralitas ASN dalam rapat koordinasi, {TGL}. Isi pakta integritas itu antara lain menjaga netralitas sebelum, selama dan sesudah pemilihan serta menolak politik uang. Sekda mengingatkan ASN dilarang memasang baliho, dilarang menghadiri kampanye dan jangan mengunggah dukungan di media sosial.'),
 (9, '2024-09-25', '{DL} ({OUTLET}) – Sekda {REG} mengimbau seluruh ASN agar tidak ikut kampanye dan tidak berfoto dengan pasangan calon, {TGL}. ASN yang terbukti melanggar akan dijatuhi sanksi disiplin sesuai PP 94 Tahun 2021.'),
 (10, '2024-09-25', '{DL} ({OUTLET}) – Seorang pegawai Dinas Pendidikan {REG} berinisial {INIT} dilaporkan ke Bawaslu karena menjadi anggota tim pemenangan pasangan calon, {TGL}. Namanya tercantum dalam surat keputusan tim kampanye yang diserahkan ke KPU. Bawaslu {SHORT} sudah meminta klarifikasi terlapor.'),
 (11, '2023-11-28', '{DL} ({OUTLET}) – Bawaslu {REG} menemukan nama seorang PNS berinisial {INIT} terdaftar sebagai pengurus partai politik dalam Sipol, {TGL}. Saat diklarifikasi, PNS tersebut mengaku menjadi anggota partai sejak 2019. Temuan itu diteruskan ke BKN untuk rekomendasi sanksi.'),
 (12, '2023-11-28', '{DL} ({OUTLET}) – Seorang lurah di {REG} dilaporkan ke Bawaslu karena membagikan paket sembako bergambar caleg DPRD kepada warga, {TGL}. Pelapor menyertakan foto pembagian sembako itu. Bawaslu {SHORT} sudah mengklarifikasi terlapor.'),
 (13, '2023-11-28', '{DL} ({OUTLET}) – Bawaslu {REG} memeriksa seorang guru PPPK berinisial {INIT} yang bergabung dalam grup WhatsApp pemenangan calon dan membagikan ulang konten kampanye, {TGL}. Tangkapan layar percakapan grup itu dilaporkan warga.'),
 (14, '2023-11-28', '{DL} ({OUTLET}) – Kepala Dinas Kesehatan {REG} membantah tudingan bahwa dirinya ikut kampanye caleg, {TGL}. Ia menyebut foto yang beredar adalah rekayasa dan tidak benar.'),
 (15, '2023-11-28', '{DL} ({OUTLET}) – Seorang ASN {PEMDA} berinisial {INIT} dilaporkan ke Bawaslu setelah berfoto bersama caleg sambil mengacungkan jari simbol nomor urut partai, lalu mengunggahnya di Instagram, {TGL}. Bawaslu {REG} sudah meminta klarifikasi terlapor.'),
 (16, '2023-11-28', '{DL} ({OUTLET}) – Ratusan ASN {PEMDA} mengikuti apel netralitas menjelang Pemilu 2024, {TGL}. Mereka membacakan ikrar untuk menjaga dan menegakkan prinsip netralitas ASN sebelum, selama, dan sesudah Pemilu 2024, tidak memihak kepada peserta pemilu, dan menolak politik uang.');

CREATE TABLE staging (id text, url text, raw text);  -- read by the next psql session
INSERT INTO staging
SELECT 'g' || to_char(r.n, 'FM00') || to_char(t.k, 'FM00'),
       format('https://%s/berita/%s-%s', lower(r.outlet), r.n, t.k),
       replace(replace(replace(replace(replace(replace(replace(t.body,
           '{DL}', r.dateline), '{OUTLET}', r.outlet), '{REG}', r.reg), '{PEMDA}', r.pemda),
           '{SHORT}', r.short),
           '{INIT}', chr(65 + (r.n * 7 + t.k) % 26) || chr(65 + (r.n * 3 + t.k * 5) % 26)),
           -- "Selasa (8/10/2024)": the weekday must fit the date
           '{TGL}', (ARRAY['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'])
                        [extract(dow FROM d)::int + 1] || ' (' || to_char(d, 'FMDD/FMMM/YYYY') || ')')
  FROM demo_region r
  CROSS JOIN demo_template t
  CROSS JOIN LATERAL (SELECT t.first + (r.n * 11 + t.k * 5) % 50 AS d) AS dd
 WHERE (r.n + t.k) % 3 = 0;
SQL

# psql reads each sample page itself, as scripts/demo.sh does.
{
	for f in test/fixtures/articles/*.txt; do
		id=$(basename "$f" .txt)
		printf '\\set raw `cat %q`\n' "$f"
		printf "INSERT INTO staging VALUES ('%s', 'https://example.id/%s', :'raw');\n" "$id" "$id"
	done
	# The partition key is read from the text: the province of the first
	# region extract_article names.  This routing step is the only one that
	# runs the extractor on the coordinator.
	cat <<'SQL'
INSERT INTO article
SELECT id, left(netralitas.extract_article(raw, url)->'regions'->0->>'code', 2), url, raw
  FROM staging;
DROP TABLE staging;
SQL
} | sql coord
# Fresh statistics on the shards, which answer the planner's estimates (not
# left to autovacuum, so that every run plans the same).
for node in west east; do
	sql "$node" -c 'ANALYZE article'
done

show <<'SQL'
SELECT tableoid::regclass AS partition, count(*) AS articles,
       count(DISTINCT province) AS provinces
  FROM article GROUP BY 1 ORDER BY 1;
SQL
say "Rows on the shards themselves (queried directly):"
for node in west east; do
	say "  $node: $(sql "$node" -At -c 'SELECT count(*) FROM article') articles"
done

# ---------------------------------------------------------------------------
# 3. What is pushed down
# ---------------------------------------------------------------------------
# volatility FUNC: i, s or v, from the coordinator's catalog
volatility() {
	sql coord -At -c "SELECT string_agg(DISTINCT provolatile::text, '') FROM pg_proc
	                   WHERE pronamespace = 'netralitas'::regnamespace AND proname = '$1'"
}
# remote_calls PLAN FUNC: how many "Remote SQL:" lines call netralitas.FUNC
remote_calls() {
	grep 'Remote SQL:' <<<"$1" | grep -c "netralitas\.$2(" || true
}
# check_placement LABEL PLAN FUNC...: each function runs on the shards (in
# the Remote SQL of both partitions) if it is IMMUTABLE, on the coordinator
# otherwise, and the plan must agree.
check_placement() {
	local label=$1 plan=$2 f vol n
	shift 2
	for f in "$@"; do
		vol=$(volatility "$f")
		n=$(remote_calls "$plan" "$f")
		case "$vol" in
		i) check "$label: $f (IMMUTABLE) runs on the shards, in the Remote SQL of $n of 2 partitions" \
			[ "$n" -eq 2 ] ;;
		*) check "$label: $f ($([ "$vol" = s ] && echo STABLE || echo VOLATILE)) is not shipped, evaluated on the coordinator" \
			[ "$n" -eq 0 ] ;;
		esac
	done
}
explain() { sql coord -At -c "EXPLAIN (VERBOSE, COSTS OFF) $1"; }
print_plan() { if [ "$QUIET" != 1 ]; then sed 's/^/    /' <<<"$1"; fi; }

heading "Plan 1: filter and classify with the STABLE classifier functions"
Q1="SELECT id, netralitas.violation_forms(raw) FROM article WHERE netralitas.is_incident(raw)"
say "$Q1;" ""
plan=$(explain "$Q1")
print_plan "$plan"
say "" "is_incident and violation_forms read netralitas.violation_rule (user rules" \
	"included), so they are STABLE, and postgres_fdw ships IMMUTABLE functions only:" \
	"the shards send every row's raw text and the coordinator classifies them all." ""
check_placement "plan 1" "$plan" is_incident violation_forms

heading "Plan 2: the same question through extract_article (IMMUTABLE, builtin rules)"
Q2="SELECT id, province, jsonb_path_query_array(netralitas.extract_article(raw, url), '\$.violations[*].form') AS forms
  FROM article
 WHERE jsonb_path_exists(netralitas.extract_article(raw, url), '\$.violations[*]')"
say "$Q2;" ""
plan=$(explain "$Q2")
print_plan "$plan"
say "" "The WHERE clause runs on the shards, so only matching rows travel.  The SELECT" \
	"list of a plain scan is still computed on the coordinator (extract_article runs" \
	"twice for those rows): postgres_fdw sends select-list expressions only with a" \
	"GROUP BY (Plan 3)." ""
check_placement "plan 2" "$plan" extract_article

# A trap: the jsonb operator -> with a text key is IMMUTABLE too, but its key
# is a collatable constant, and postgres_fdw only ships an operator with
# collatable inputs when their collation comes from a column of the foreign
# table.  The jsonpath functions and @> take no collatable input.
Q2b="SELECT id FROM article WHERE netralitas.extract_article(raw, url)->'violations' <> '[]'"
n=$(remote_calls "$(explain "$Q2b")" extract_article)
if [ "$n" -eq 0 ]; then
	say "Beware: written as  extract_article(raw, url)->'violations' <> '[]'  the same" \
		"filter is NOT shipped (the text key 'violations' is collatable); use the jsonpath" \
		"functions (jsonb_path_exists, jsonb_path_query_array) or @> instead." ""
else
	say "(On this server  extract_article(raw, url)->'violations' <> '[]'  is shipped too.)" ""
fi

# The aggregate, with @T@ for the table, so that the test can run it on a local copy.
AGG="WITH per_shard AS (
    -- one row per province and set of forms, computed on the shards
    SELECT province,
           jsonb_path_query_array(netralitas.extract_article(raw, url), '\$.violations[*].form') AS forms,
           count(*) AS n
      FROM @T@
     GROUP BY province, 2),
per_form AS (
    SELECT province, form, sum(n) AS n
      FROM per_shard CROSS JOIN LATERAL jsonb_array_elements_text(forms) AS f(form)
     GROUP BY 1, 2)
SELECT s.province || ' ' || r.name AS province, s.articles, s.with_violations,
       coalesce((SELECT string_agg(form || ': ' || n, ', ' ORDER BY form)
                   FROM per_form f WHERE f.province = s.province), '') AS violations_by_form
  FROM (SELECT province, sum(n)::int AS articles,
               coalesce(sum(n) FILTER (WHERE forms <> '[]'), 0)::int AS with_violations
          FROM per_shard GROUP BY 1) AS s
  JOIN netralitas.region r ON r.code = s.province
 ORDER BY 1"
agg() { printf '%s' "${AGG//@T@/$1}"; }

heading "Plan 3: violations per form and province, aggregated on the shards"
say "$(agg article);" ""
plan=$(explain "$(agg article)")
print_plan "$plan"
say "" "With enable_partitionwise_aggregate each partition's GROUP BY is sent to its" \
	"shard; the coordinator only unnests the small per-shard result." ""
check_placement "plan 3" "$plan" extract_article
check "plan 3: the GROUP BY runs on both shards" \
	[ "$(grep 'Remote SQL:' <<<"$plan" | grep -c 'GROUP BY')" -eq 2 ]

heading "Violations per province (all shards)"
show -c "$(agg article)"

# ---------------------------------------------------------------------------
# 4. Test: pushed down = computed locally
# ---------------------------------------------------------------------------
heading "Test: pushed-down results against a local computation"
OUT=$(mktemp -d /tmp/netralitas-shard-out.XXXXXX)
CLEANUP+=("$OUT")
ROWS="SELECT id, province, netralitas.extract_article(raw, url) AS facts,
       netralitas.violation_forms(raw) AS forms, netralitas.is_incident(raw) AS incident
  FROM @T@
 WHERE jsonb_path_exists(netralitas.extract_article(raw, url), '\$.violations[*]')
    OR jsonb_path_exists(netralitas.extract_article(raw, url), '\$.pledge_points[*]')
 ORDER BY id"
rows() { printf '%s' "${ROWS//@T@/$1}"; }

# One session for all of it (each new backend compiles the rule sets again).
# The second half runs without the extensions option: then postgres_fdw ships
# no netralitas call, the coordinator does all the work, and the results
# must not change.
sql coord -At <<SQL
CREATE TABLE article_local AS SELECT * FROM article;
\o $OUT/provinces
SELECT count(DISTINCT province) FROM article_local;
\o $OUT/agg.pushed
$(agg article);
\o $OUT/agg.local
$(agg article_local);
\o $OUT/rows.pushed
$(rows article);
\o $OUT/rows.local
$(rows article_local);
\o
ALTER SERVER shard_west OPTIONS (DROP extensions);
ALTER SERVER shard_east OPTIONS (DROP extensions);
\o $OUT/plan.unpushed
EXPLAIN (VERBOSE, COSTS OFF) $(agg article);
\o $OUT/agg.unpushed
$(agg article);
SQL

check "the aggregate has one row per province with articles ($(wc -l <"$OUT/agg.pushed") rows)" \
	[ "$(wc -l <"$OUT/agg.pushed")" -eq "$(cat "$OUT/provinces")" ]
check "aggregate: pushed down = local copy" cmp -s "$OUT/agg.pushed" "$OUT/agg.local"
check "rows with violations or pledges ($(wc -l <"$OUT/rows.pushed")): extracted facts, forms and incident flag equal" \
	cmp -s "$OUT/rows.pushed" "$OUT/rows.local"
check "without the extensions option nothing is pushed (no netralitas call in the Remote SQL)" \
	[ "$(remote_calls "$(cat "$OUT/plan.unpushed")" extract_article)" -eq 0 ]
check "aggregate: pushed down = not pushed down" cmp -s "$OUT/agg.pushed" "$OUT/agg.unpushed"

# ---------------------------------------------------------------------------
# 5. Same extension and rules on every node
# ---------------------------------------------------------------------------
# Pushed calls run the shards' copy of the extension, so it must be the same
# build.  User rows of violation_rule and pledge_clause live in each node's
# own tables; here they only matter on the coordinator (the functions that
# read them are STABLE and never shipped), but anything that runs them on
# the shards (Citus, dblink, a job per shard) needs the same rows everywhere.
heading "Same extension and rules on every node"
# fingerprint NODE: extension version, library version and rule-set digest
# (the last two exist from netralitas 1.1 on)
fingerprint() {
	sql "$1" -At <<'SQL'
SELECT concat_ws(' | ', extversion,
       CASE WHEN to_regproc('netralitas.library_version') IS NOT NULL
            THEN netralitas.library_version() END,
       CASE WHEN to_regproc('netralitas.rule_set_digest') IS NOT NULL
            THEN 'rules ' || netralitas.rule_set_digest() END)
  FROM pg_extension WHERE extname = 'netralitas';
SQL
}
fingerprints() { for node in coord west east; do fingerprint "$node"; done; }
prints=$(fingerprints)
say "$(paste <(printf '%s\n' coord west east) <(printf '%s\n' "$prints"))" ""
check "the same extension version, library version and rule-set digest on all 3 nodes" \
	[ "$(sort -u <<<"$prints" | wc -l)" -eq 1 ]
if sql coord -At -c "SELECT to_regproc('netralitas.rule_set_digest') IS NOT NULL" | grep -q t; then
	# A rule added on one shard only: the digests tell.
	sql west -c "INSERT INTO netralitas.violation_rule (form, pattern, target)
	             VALUES ('F13', '\bmobil\s+ambulans\b', 'text')"
	check "a user rule added on one shard only shows in the fingerprints" \
		[ "$(fingerprints | sort -u | wc -l)" -eq 2 ]
	sql west -c "DELETE FROM netralitas.violation_rule WHERE NOT builtin"
fi

if [ "$FAILED" -ne 0 ]; then
	for f in agg rows; do
		diff "$OUT/$f.pushed" "$OUT/$f.local" | head -20 >&2 || true
	done
	echo "shard demo: FAILED" >&2
	exit 1
fi
say "" "shard demo: all checks passed (the three clusters are stopped and removed)"
