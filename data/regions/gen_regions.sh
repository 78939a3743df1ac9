#!/bin/sh
# Regenerate data/regions/region.csv and data/regions/NOTICE from the npm
# package idn-area-data (Kemendagri province and regency/city codes).
# Run from the repository root: sh data/regions/gen_regions.sh
set -eu

# Pinned so that the output only changes when this line does.
PKG=idn-area-data
VERSION=3.1.2
OUT=data/regions

[ -f "$OUT/gen_regions.js" ] || { echo "run from the repository root" >&2; exit 1; }

# Install into a throw-away prefix so no package.json, lock file or
# node_modules ends up in the repository.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM
npm install --prefix "$tmp" --no-audit --no-fund --ignore-scripts \
    --loglevel=error "$PKG@$VERSION" >/dev/null
src="$tmp/node_modules/$PKG"

# Write to a temporary file first so a failure never leaves a half file.
node "$OUT/gen_regions.js" "$src/data/provinces.csv" "$src/data/regencies.csv" \
    >"$tmp/region.csv"
mv "$tmp/region.csv" "$OUT/region.csv"

# The package code is MIT, but its README states that the data in data/
# is under the Open Database License; keep both texts with the data.
{
    cat <<NOTICE
region.csv is derived from the npm package $PKG@$VERSION
(https://github.com/fityannugroho/idn-area-data), files
data/provinces.csv and data/regencies.csv, by data/regions/gen_regions.sh.

Changes made: names re-cased from upper case to title case (conjunction
"dan" lower-case, acronyms DKI/DI kept), "Daerah Istimewa" shortened to
"DI"; the level column (province, regency, city) derived from the name
prefix (Kabupaten [Administrasi] / Kota [Administrasi]); the parent
column taken from the province code.

Licensing, as stated in the package README:
- the package code is licensed under the MIT License (text below);
- the data in the package is made available under the Open Database
  License (ODbL) v1.0, https://opendatacommons.org/licenses/odbl/1-0/
  (text below). region.csv is a Derivative Database of it.

Contains information from idn-area-data
(https://github.com/fityannugroho/idn-area-data), which is made available
here under the Open Database License (ODbL).

======================================================================
LICENSE ($PKG@$VERSION)
======================================================================
NOTICE
    cat "$src/LICENSE"
    printf '\n'
    printf '%s\n' '======================================================================'
    printf '%s\n' "data/LICENSE.md ($PKG@$VERSION)"
    printf '%s\n' '======================================================================'
    cat "$src/data/LICENSE.md"
} | tr -d '\r' >"$tmp/NOTICE"
mv "$tmp/NOTICE" "$OUT/NOTICE"
