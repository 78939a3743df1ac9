--
-- privileges: netralitas is a trusted extension.  A role that may create
-- objects in the database installs and updates it without being a
-- superuser; the objects belong to the bootstrap superuser, so that role
-- cannot alter them, but it manages the user rows of the rule tables and
-- grants that to others.  Shipped rows stay read-only for everyone and no
-- function runs with another role's rights.
--
SET client_min_messages = warning;
DROP EXTENSION netralitas CASCADE;
RESET client_min_messages;

SELECT version, superuser, trusted
  FROM pg_available_extension_versions WHERE name = 'netralitas' ORDER BY version;

CREATE ROLE regress_netralitas_owner;
CREATE ROLE regress_netralitas_analyst;
CREATE ROLE regress_netralitas_reader;
SELECT format('GRANT CREATE ON DATABASE %I TO regress_netralitas_owner', current_database()) \gexec

-- Install the first version and update it, as an ordinary role.
SET ROLE regress_netralitas_owner;
SELECT rolsuper FROM pg_roles WHERE rolname = current_user;
CREATE EXTENSION netralitas VERSION '1.0';
ALTER EXTENSION netralitas UPDATE;
SELECT extversion, extowner::regrole AS owner FROM pg_extension WHERE extname = 'netralitas';
SELECT count(*) AS objects_owned_by_installer
  FROM pg_class WHERE relnamespace = 'netralitas'::regnamespace
   AND relowner = 'regress_netralitas_owner'::regrole;

-- The functions work, and the installer adds rules of its own.
SELECT netralitas.violation_forms('Seorang camat berstatus PNS kedapatan memakai mobil dinas untuk mengangkut logistik kampanye pasangan calon bupati.');
INSERT INTO netralitas.violation_rule (form, pattern, note)
VALUES ('F13', '\bzorblax\b', 'owner rule') RETURNING id >= 100000 AS user_id, form, pattern;
INSERT INTO netralitas.pledge_clause (clause, pattern, note)
VALUES ('P4', '\bogah\s+terima\s+amplop\b', 'owner wording') RETURNING clause, pattern;
SELECT form, evidence FROM netralitas.classify_violation('Seorang PNS berinisial AB dilaporkan warga karena zorblax di kantor.');

-- But cannot change shipped rows, reference tables, the objects, or limits.
UPDATE netralitas.violation_rule SET pattern = 'x' WHERE id = (SELECT min(id) FROM netralitas.violation_rule);
UPDATE netralitas.violation_rule SET enabled = false WHERE id = (SELECT min(id) FROM netralitas.violation_rule);
DELETE FROM netralitas.region;
TRUNCATE netralitas.violation_rule;
ALTER TABLE netralitas.violation_rule DISABLE TRIGGER violation_rule_builtin;
CREATE OR REPLACE FUNCTION netralitas.is_incident(report text) RETURNS boolean
    LANGUAGE sql AS 'SELECT false';
SET netralitas.pcre_match_limit = 100000000;

-- It passes the right to add rules on to an analyst.
GRANT INSERT, DELETE ON netralitas.violation_rule TO regress_netralitas_analyst;
GRANT USAGE ON SEQUENCE netralitas.violation_rule_id_seq TO regress_netralitas_analyst;
RESET ROLE;

SET ROLE regress_netralitas_analyst;
INSERT INTO netralitas.violation_rule (form, pattern, note)
VALUES ('F13', '\bzorblix\b', 'analyst rule') RETURNING form, pattern;
DELETE FROM netralitas.violation_rule WHERE note = 'analyst rule';
INSERT INTO netralitas.pledge_clause (clause, pattern) VALUES ('P4', 'amplop');
RESET ROLE;

-- Everyone else reads and calls, and is refused writes.
SET ROLE regress_netralitas_reader;
SELECT netralitas.is_incident('Seorang PNS berinisial AB dilaporkan warga karena zorblax di kantor.') AS incident,
       netralitas.pledge_complete('Kami ASN berjanji menjaga netralitas, tidak memihak, menolak politik uang dan bijak bermedia sosial.') AS complete,
       '198609262015051001'::netralitas.nip AS nip;
SELECT count(*) > 0 AS reads_rules FROM netralitas.violation_rule;
INSERT INTO netralitas.violation_rule (form, pattern) VALUES ('F13', 'zorblux');
DELETE FROM netralitas.pledge_clause;
RESET ROLE;

-- Nothing runs with its owner's rights.
SELECT count(*) AS security_definer_functions
  FROM pg_proc AS p
  JOIN pg_depend AS d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
 WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'netralitas')
   AND p.prosecdef;

-- The installer may drop it again.
SET ROLE regress_netralitas_owner;
DROP EXTENSION netralitas;
RESET ROLE;
SELECT format('REVOKE CREATE ON DATABASE %I FROM regress_netralitas_owner', current_database()) \gexec
DROP ROLE regress_netralitas_owner;
DROP ROLE regress_netralitas_analyst;
DROP ROLE regress_netralitas_reader;
CREATE EXTENSION netralitas;
