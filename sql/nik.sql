--
-- nik: input, output, errors, operators, indexes, casts, accessors
--

-- the operators live in schema netralitas: without it on the search_path
-- they must be written qualified
SELECT '3275014109860001'::netralitas.nik OPERATOR(netralitas.=) '3275014109860001'::netralitas.nik;
SET search_path = public, netralitas;


SELECT v::netralitas.nik
  FROM (VALUES ('3275014109860001'), (' 3275 0141 0986 0001 '),
               ('32.75.01.410986.0001')) AS t(v);

\set VERBOSITY default
SELECT ''::netralitas.nik;
SELECT '32750141O9860001'::netralitas.nik;
SELECT '327 5014109860001'::netralitas.nik;
SELECT '327501410986000'::netralitas.nik;
SELECT '2075014109860001'::netralitas.nik;
SELECT '3200014109860001'::netralitas.nik;
SELECT '3275004109860001'::netralitas.nik;
SELECT '3275013102860001'::netralitas.nik;
SELECT '3275017201860001'::netralitas.nik;
SELECT '3275014109860000'::netralitas.nik;

SELECT v, netralitas.nik_is_valid(v)
  FROM (VALUES ('3275014109860001'), ('3275013102860001'), (''), ('x'),
               (repeat('1', 100))) AS t(v)
 ORDER BY v COLLATE "C";

-- accessors; two-digit years 00-29 are 20xx, 30-99 are 19xx
SELECT netralitas.nik_region_code(k), netralitas.nik_province_code(k),
       netralitas.nik_district_code(k), netralitas.nik_birth_date(k),
       netralitas.nik_gender(k)
  FROM (VALUES ('3275014109860001'::netralitas.nik),
               ('1274031508050002'::netralitas.nik),
               ('1274031508300002'::netralitas.nik)) AS t(k);
-- with a reference date the century is the latest one not after it
SELECT netralitas.nik_birth_date('3275011501250001', '2026-11-23') AS recent,
       netralitas.nik_birth_date('3275011501250001', '2025-01-14') AS a_century_earlier,
       netralitas.nik_birth_date('3275012902000001', '1999-01-01') AS impossible;

-- casts and operators
SELECT '3275014109860001'::netralitas.nik::bigint,
       3275014109860001::netralitas.nik,
       '3275014109860001'::netralitas.nik::text;
SELECT 3275014109860000::netralitas.nik;
SELECT '3275014109860001'::netralitas.nik < '3275014109860002'::netralitas.nik AS lt,
       '3275014109860001'::netralitas.nik = '3275 0141 0986 0001'::netralitas.nik AS eq;

SELECT opcname, amname, amvalidate(c.oid)
  FROM pg_opclass c JOIN pg_am a ON a.oid = c.opcmethod
 WHERE opcnamespace = 'netralitas'::regnamespace AND opcname = 'nik_ops'
 ORDER BY amname;

CREATE TABLE niks (k netralitas.nik PRIMARY KEY);
INSERT INTO niks
SELECT netralitas.nik(('3275' || lpad((1 + i % 40)::text, 2, '0') ||
                       to_char(date '1970-01-01' + i, 'DDMMYY') || '0001')::bigint)
  FROM generate_series(1, 2000) AS i;
SELECT netralitas.nik_region_code(k), count(*) FROM niks GROUP BY 1;
CREATE INDEX niks_hash ON niks USING hash (k);
SELECT count(*) FROM niks a JOIN niks b USING (k);
COPY niks TO '/tmp/netralitas_regress_niks.bin' WITH (FORMAT binary);
TRUNCATE niks;
COPY niks FROM '/tmp/netralitas_regress_niks.bin' WITH (FORMAT binary);
SELECT count(*) FROM niks;
DROP TABLE niks;
