#!/bin/sh
# Install the Debian packages that building and testing netralitas needs.
# Idempotent: packages already present are not fetched again, and nothing
# runs apt when everything is installed.
set -eu

PG_MAJOR="${PG_MAJOR:-15}"
PACKAGES="postgresql-$PG_MAJOR postgresql-server-dev-$PG_MAJOR libpcre2-dev
libhyperscan-dev libstemmer-dev libcmocka-dev pkg-config make gcc g++ clang
libclang-rt-14-dev"

missing=""
for p in $PACKAGES; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
		missing="$missing $p"
	fi
done

if [ -z "$missing" ]; then
	exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
	echo "netralitas: missing packages:$missing" >&2
	echo "netralitas: run as root, or install them with apt-get first" >&2
	exit 1
fi

echo "netralitas: installing$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing >/dev/null
