-- A short tour of netralitas.  scripts/demo.sh runs it on a fresh cluster.
SET search_path = public, netralitas;

-- NIP: validated, stored in 8 bytes, printed compact or spaced
SELECT n, nip_format(n), nip_birth_date(n), nip_appointed_on(n),
       nip_gender(n), nip_kind(n), nip_age(n, date '2024-02-14') AS age_on_voting_day
  FROM (VALUES ('19860926 201505 1 001'::nip), ('199009132025242014'::nip)) AS t(n);

-- a broken NIP says what is wrong
SELECT v, nip_is_valid(v)
  FROM (VALUES ('19860926 201505 1 001'), ('19860231 201505 1 001'),
               ('19860926 201505 3 001'), ('1986 0926 201505 1 001')) AS t(v);

-- NIK of a support letter: region of registration, birth date, gender
SELECT k, nik_region_code(k), nik_birth_date(k), nik_gender(k)
  FROM (VALUES ('1274034109860001'::nik)) AS t(k);

-- the election calendar, and which election a date belongs to
SELECT id, voting_day, campaign_start, campaign_end FROM election ORDER BY voting_day;
SELECT d, election_on(d)
  FROM (VALUES (date '2020-09-21'), ('2023-11-20'), ('2024-07-04')) AS t(d);

-- the sample articles loaded by demo.sh
SELECT id, length(raw) AS bytes FROM articles ORDER BY id LIMIT 5;
