// Build region.csv (code,name,level,parent) from idn-area-data's
// provinces.csv and regencies.csv. Plain Node, no dependencies.
// Usage: node gen_regions.js PROVINCES.csv REGENCIES.csv > region.csv
'use strict';
const fs = require('fs');

// The source files are simple upper-case CSV without quoting; refuse
// anything else rather than mis-parse it silently.
function readCsv(path, header) {
  const lines = fs.readFileSync(path, 'utf8').replace(/\r/g, '').split('\n')
    .filter((l) => l !== '');
  if (lines[0] !== header) throw new Error(`${path}: unexpected header ${lines[0]}`);
  return lines.slice(1).map((l) => {
    if (l.includes('"')) throw new Error(`${path}: quoted field not supported: ${l}`);
    return l.split(',');
  });
}

// Words that stay upper-case (acronyms) or lower-case (conjunctions).
const UPPER = new Set(['DKI', 'DI']);
const LOWER = new Set(['dan']);
const ROMAN = /^(x{0,3})(ix|iv|v?i{0,3})$/;

// Source names are all upper case; produce the title case Indonesians
// write, e.g. "PANGKAJENE DAN KEPULAUAN" -> "Pangkajene dan Kepulauan".
function recase(name) {
  // Province 34 is spelled out in the source; the usual short form
  // matches "DKI Jakarta".
  name = name.trim().replace(/\s+/g, ' ').replace(/^DAERAH ISTIMEWA /, 'DI ');
  return name.split(' ').map((w, i) => {
    if (UPPER.has(w)) return w;
    const lw = w.toLowerCase();
    if (i > 0 && LOWER.has(lw)) return lw;
    if (ROMAN.test(lw)) return w;
    // Capitalise each hyphen part (Toli-Toli), but not after an
    // apostrophe, which marks a glottal stop inside a word (Ma'rang).
    return lw.replace(/(^|-)(\p{L})/gu, (m, sep, c) => sep + c.toUpperCase());
  }).join(' ');
}

// The level follows from the name prefix; "Administrasi" variants are
// the DKI Jakarta forms of the same two levels.
function level(name) {
  if (/^KABUPATEN( ADMINISTRASI)? /.test(name)) return 'regency';
  if (/^KOTA( ADMINISTRASI)? /.test(name)) return 'city';
  throw new Error(`cannot derive level from name: ${name}`);
}

function field(s) {
  if (s.includes('"')) throw new Error(`double quote in field: ${s}`);
  return s.includes(',') ? `"${s}"` : s;
}

const [provFile, regFile] = process.argv.slice(2);
if (!regFile) throw new Error('usage: gen_regions.js PROVINCES.csv REGENCIES.csv');

const rows = [];
const provinces = new Set();
for (const [code, name] of readCsv(provFile, 'code,name')) {
  if (!/^\d{2}$/.test(code)) throw new Error(`bad province code: ${code}`);
  provinces.add(code);
  rows.push([code, recase(name), 'province', '']);
}
for (const [code, prov, name] of readCsv(regFile, 'code,province_code,name')) {
  // Codes are "PP.RR"; the parent must be the prefix and must exist.
  if (!/^\d{2}\.\d{2}$/.test(code) || code.slice(0, 2) !== prov || !provinces.has(prov)) {
    throw new Error(`bad regency row: ${code},${prov},${name}`);
  }
  rows.push([code, recase(name), level(name), prov]);
}

// Plain code-unit comparison (not locale) keeps output deterministic;
// "12" < "12.01" < "13" puts each province before its regencies.
rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
if (new Set(rows.map((r) => r[0])).size !== rows.length) throw new Error('duplicate code');

process.stdout.write(['code,name,level,parent',
  ...rows.map((r) => r.map(field).join(','))].join('\n') + '\n');
