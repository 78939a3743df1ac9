# Sourced by the test, demo and benchmark scripts: a throwaway PostgreSQL
# cluster in a temporary directory, on a free port, owned by an
# unprivileged user (PostgreSQL refuses to run as root).
#
#   pgtmp_start        initdb + start; exports PGHOST, PGPORT, PGUSER, PGDATABASE
#   pgtmp_stop         stop the cluster and remove its directory
#
# pgtmp_start installs a trap so that the cluster is stopped on any exit.

PG_MAJOR="${PG_MAJOR:-15}"
PG_BINDIR="${PG_BINDIR:-$(/usr/lib/postgresql/$PG_MAJOR/bin/pg_config --bindir 2>/dev/null || pg_config --bindir)}"
PGTMP_USER="${PGTMP_USER:-postgres}"

pgtmp_as_owner() {
	if [ "$(id -u)" -eq 0 ]; then
		runuser -u "$PGTMP_USER" -- "$@"
	else
		"$@"
	fi
}

pgtmp_port_is_free() {
	! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

pgtmp_free_port() {
	port=$(( 20000 + $$ % 20000 ))
	while ! pgtmp_port_is_free "$port"; do
		port=$(( port + 1 ))
	done
	echo "$port"
}

pgtmp_start() {
	PGTMP_DIR=$(mktemp -d /tmp/netralitas-pg.XXXXXX)
	chmod 755 "$PGTMP_DIR"
	if [ "$(id -u)" -eq 0 ]; then
		chown "$PGTMP_USER" "$PGTMP_DIR"
	fi
	trap pgtmp_stop EXIT INT TERM
	pgtmp_as_owner "$PG_BINDIR/initdb" -D "$PGTMP_DIR/data" -U postgres \
		-A trust -E UTF8 --locale=C.UTF-8 >"$PGTMP_DIR/initdb.log" 2>&1 || {
		cat "$PGTMP_DIR/initdb.log" >&2
		return 1
	}
	PGPORT=$(pgtmp_free_port)
	cat >>"$PGTMP_DIR/data/postgresql.conf" <<CONF
port = $PGPORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$PGTMP_DIR'
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 256MB
max_wal_size = 4GB
${PGTMP_EXTRA_CONF:-}
CONF
	pgtmp_as_owner "$PG_BINDIR/pg_ctl" -D "$PGTMP_DIR/data" -l "$PGTMP_DIR/server.log" \
		-w -t 60 start >/dev/null || {
		cat "$PGTMP_DIR/server.log" >&2
		return 1
	}
	export PGHOST="$PGTMP_DIR" PGPORT PGUSER=postgres PGDATABASE=postgres
}

pgtmp_stop() {
	if [ -n "${PGTMP_DIR:-}" ] && [ -d "$PGTMP_DIR" ]; then
		pgtmp_as_owner "$PG_BINDIR/pg_ctl" -D "$PGTMP_DIR/data" -m fast -w stop \
			>/dev/null 2>&1 || true
		rm -rf "$PGTMP_DIR"
	fi
	PGTMP_DIR=""
}
