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

-- the sample pages loaded by demo.sh: scraped text with menus and footers
SELECT id, length(raw) AS raw_bytes, length(clean_article(raw)) AS body_bytes
  FROM articles ORDER BY id LIMIT 5;

-- facts of one page
SELECT jsonb_pretty(extract_article(raw) - 'body') FROM articles WHERE id = 'a01';

-- the archive as a table: event date, election, region and officials per page
SELECT id,
       x->>'event_date' AS event_date,
       x->>'election_id' AS election,
       x->'regions'->0->>'name' AS region,
       jsonb_array_length(x->'officials') AS officials,
       x->'pledge_points' AS pledge_points
  FROM articles, LATERAL extract_article(raw, url) AS x
 ORDER BY id;

-- who was named, with the span in the clean body
SELECT a.id, o.role, o.name, o.start, o.stop
  FROM articles a, LATERAL article_officials(a.raw) o
 WHERE a.id IN ('a01', 'a04')
 ORDER BY a.id, o.start;

-- pages per election and province
SELECT x->>'election_id' AS election, p.name AS province, count(*)
  FROM articles, LATERAL extract_article(raw) x,
       LATERAL jsonb_array_elements(x->'regions') r
  JOIN region g ON g.code = r->>'code'
  JOIN region p ON p.code = coalesce(g.parent, g.code)
 GROUP BY 1, 2 ORDER BY 1, 2;
