--
-- upgrade: ALTER EXTENSION netralitas UPDATE from 1.0 keeps the user's
-- rules and data, and brings the shipped rows in line with the library.
--
SET client_min_messages = warning;
DROP EXTENSION netralitas CASCADE;
CREATE EXTENSION netralitas VERSION '1.0';
RESET client_min_messages;
SELECT extversion FROM pg_extension WHERE extname = 'netralitas';

-- User data of every kind: both types with indexes, a user rule, a user
-- pledge wording, a shipped rule switched off.
CREATE TABLE upgrade_signer (
    signer netralitas.nip PRIMARY KEY,
    ktp netralitas.nik UNIQUE,
    body text
);
INSERT INTO upgrade_signer VALUES
  ('198609262015051001', '3275014109860001', 'Kami siap menjaga netralitas ASN.');
INSERT INTO netralitas.violation_rule (form, pattern, note)
VALUES ('F13', '\bzorblax\b', 'user rule') RETURNING id AS user_rule \gset
INSERT INTO netralitas.pledge_clause (clause, pattern, note)
VALUES ('P4', '\bogah\s+terima\s+amplop\b', 'user wording') RETURNING id AS user_wording \gset
SELECT min(id) AS switched_off FROM netralitas.violation_rule WHERE builtin \gset
UPDATE netralitas.violation_rule SET enabled = false WHERE id = :switched_off;

-- The tables as an older library would have left them: a shipped rule
-- and wording reworded, one removed, one since withdrawn, an election and
-- a region changed.  Only a superuser with the triggers off can do this.
SELECT id AS reworded FROM netralitas.violation_rule WHERE builtin ORDER BY id OFFSET 1 LIMIT 1 \gset
SELECT id AS removed FROM netralitas.violation_rule WHERE builtin ORDER BY id OFFSET 2 LIMIT 1 \gset
SET session_replication_role = replica;
UPDATE netralitas.violation_rule SET pattern = 'usang', weight = 9 WHERE id = :reworded;
DELETE FROM netralitas.violation_rule WHERE id = :removed;
INSERT INTO netralitas.violation_rule (id, form, pattern, builtin) VALUES (99999, 'F01', 'ditarik', true);
UPDATE netralitas.pledge_clause SET pattern = 'usang' WHERE id = (SELECT min(id) FROM netralitas.pledge_clause);
DELETE FROM netralitas.election WHERE id = 'pilkada-2024';
UPDATE netralitas.region SET name = 'NAMA LAMA' WHERE code = '33.05';
RESET session_replication_role;

ALTER EXTENSION netralitas UPDATE TO '1.1';
SELECT extversion FROM pg_extension WHERE extname = 'netralitas';
SELECT split_part(netralitas.library_version(), ' ', 2) =
       (SELECT extversion FROM pg_extension WHERE extname = 'netralitas') AS library_matches;

-- Shipped rows equal the library's again, both ways.
SELECT (SELECT count(*) FROM (SELECT id, form, pattern, weight, target FROM netralitas.violation_rule WHERE builtin
                              EXCEPT SELECT id, form, pattern, weight, target FROM netralitas.builtin_violation_rules()) AS d)
     + (SELECT count(*) FROM (SELECT id, form, pattern, weight, target FROM netralitas.builtin_violation_rules()
                              EXCEPT SELECT id, form, pattern, weight, target FROM netralitas.violation_rule WHERE builtin) AS d)
       AS rule_differences,
       (SELECT count(*) FROM (SELECT id, clause, pattern, negative_form, distinctive FROM netralitas.pledge_clause WHERE builtin
                              EXCEPT SELECT * FROM netralitas.builtin_pledge_clauses()) AS d)
     + (SELECT count(*) FROM (SELECT * FROM netralitas.builtin_pledge_clauses()
                              EXCEPT SELECT id, clause, pattern, negative_form, distinctive FROM netralitas.pledge_clause WHERE builtin) AS d)
       AS wording_differences,
       (SELECT count(*) FROM (SELECT * FROM netralitas.election EXCEPT SELECT * FROM netralitas.election_calendar()) AS d)
     + (SELECT count(*) FROM (SELECT * FROM netralitas.election_calendar() EXCEPT SELECT * FROM netralitas.election) AS d)
       AS election_differences,
       (SELECT count(*) FROM (SELECT * FROM netralitas.region EXCEPT SELECT * FROM netralitas.region_catalog()) AS d)
     + (SELECT count(*) FROM (SELECT * FROM netralitas.region_catalog() EXCEPT SELECT * FROM netralitas.region) AS d)
       AS region_differences;
SELECT count(*) AS withdrawn_rule_left FROM netralitas.violation_rule WHERE id = 99999;

-- What the user set is kept: the switched-off rule, the user rows (used
-- on the next call), the data and its indexes.
SELECT enabled AS switched_off_rule_enabled FROM netralitas.violation_rule WHERE id = :switched_off;
SELECT form, evidence, rule_id = :user_rule AS by_user_rule
  FROM netralitas.classify_violation('Seorang PNS berinisial AB dilaporkan warga karena zorblax di kantor.');
SELECT clause, present, evidence
  FROM netralitas.check_pledge('Kami berjanji ogah terima amplop dari peserta pemilihan.')
 WHERE clause = 'P4';
SELECT id = :user_wording AS user_wording_kept FROM netralitas.pledge_clause WHERE note = 'user wording';
SET enable_seqscan = off;
SET search_path = public, netralitas;
SELECT signer, ktp, netralitas.pledge_points(body) FROM upgrade_signer WHERE signer = '198609262015051001';
RESET search_path;
RESET enable_seqscan;
-- New user rows continue the sequence.
INSERT INTO netralitas.violation_rule (form, pattern, note)
VALUES ('F13', '\bzorblix\b', 'user rule') RETURNING id > :user_rule AS next_id;

-- The digest changes with the rules, and only with them.
SELECT netralitas.rule_set_digest() AS before \gset
SELECT netralitas.rule_set_digest() = :'before' AS same_rules_same_digest;
UPDATE netralitas.violation_rule SET enabled = true WHERE id = :switched_off;
SELECT netralitas.rule_set_digest() <> :'before' AS enabled_flag_counts;
SET extra_float_digits = 0;
UPDATE netralitas.violation_rule SET enabled = false WHERE id = :switched_off;
SELECT netralitas.rule_set_digest() = :'before' AS independent_of_float_output;
RESET extra_float_digits;

-- A fresh install of 1.1 has the same objects as the updated one.
CREATE TEMP TABLE updated_objects AS
  SELECT pg_describe_object(classid, objid, 0) AS object
    FROM pg_depend
   WHERE refclassid = 'pg_extension'::regclass AND deptype = 'e'
     AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'netralitas');
DROP TABLE upgrade_signer;
DELETE FROM netralitas.violation_rule WHERE NOT builtin;
DELETE FROM netralitas.pledge_clause WHERE NOT builtin;
DROP EXTENSION netralitas;
CREATE EXTENSION netralitas;
SELECT count(*) AS objects,
       count(*) FILTER (WHERE object NOT IN (SELECT object FROM updated_objects)) AS only_in_fresh
  FROM (SELECT pg_describe_object(classid, objid, 0) AS object
          FROM pg_depend
         WHERE refclassid = 'pg_extension'::regclass AND deptype = 'e'
           AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'netralitas')) AS fresh;
SELECT count(*) AS only_in_updated FROM updated_objects
 WHERE object NOT IN (SELECT pg_describe_object(classid, objid, 0) FROM pg_depend
                       WHERE refclassid = 'pg_extension'::regclass AND deptype = 'e'
                         AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'netralitas'));
