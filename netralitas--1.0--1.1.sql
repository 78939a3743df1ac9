/* netralitas--1.0--1.1.sql */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION netralitas UPDATE TO '1.1'" to load this file. \quit

-------------------------------------------------------------------------
-- Shipped rows follow the library
--
-- The builtin rows of the reference and rule tables are copies of data
-- compiled into the shared library.  A new library may ship other rows,
-- so every update brings the tables in line with it: changed rows are
-- rewritten, new ones added, withdrawn ones removed.  User rows (id from
-- 100000) and the enabled flag a user set on a builtin row are kept.
-- The triggers that guard these tables let an extension script through.
-------------------------------------------------------------------------

INSERT INTO @extschema@.election
    SELECT * FROM @extschema@.election_calendar()
ON CONFLICT (id) DO UPDATE
    SET (kind, year, voting_day, campaign_start, campaign_end, quiet_start, quiet_end,
         candidates_determined, stages_start, stages_end, note)
      = (EXCLUDED.kind, EXCLUDED.year, EXCLUDED.voting_day, EXCLUDED.campaign_start,
         EXCLUDED.campaign_end, EXCLUDED.quiet_start, EXCLUDED.quiet_end,
         EXCLUDED.candidates_determined, EXCLUDED.stages_start, EXCLUDED.stages_end,
         EXCLUDED.note);
DELETE FROM @extschema@.election AS e
 WHERE NOT EXISTS (SELECT FROM @extschema@.election_calendar() AS c WHERE c.id = e.id);

-- Provinces first, so that a new regency finds its parent; the foreign key
-- of a removed regency to its province is checked at the end of the DELETE.
INSERT INTO @extschema@.region
    SELECT * FROM @extschema@.region_catalog() ORDER BY level <> 'province', code
ON CONFLICT (code) DO UPDATE
    SET (name, level, parent) = (EXCLUDED.name, EXCLUDED.level, EXCLUDED.parent);
DELETE FROM @extschema@.region AS r
 WHERE NOT EXISTS (SELECT FROM @extschema@.region_catalog() AS c WHERE c.code = r.code);

INSERT INTO @extschema@.violation_rule (id, form, pattern, weight, target, builtin)
    SELECT id, form, pattern, weight, target, true
      FROM @extschema@.builtin_violation_rules()
ON CONFLICT (id) DO UPDATE
    SET (form, pattern, weight, target) =
        (EXCLUDED.form, EXCLUDED.pattern, EXCLUDED.weight, EXCLUDED.target)
    WHERE @extschema@.violation_rule.builtin;
DELETE FROM @extschema@.violation_rule AS r
 WHERE r.builtin
   AND NOT EXISTS (SELECT FROM @extschema@.builtin_violation_rules() AS b WHERE b.id = r.id);

INSERT INTO @extschema@.pledge_clause (id, clause, pattern, negative_form, distinctive, builtin)
    SELECT id, clause, pattern, negative_form, distinctive, true
      FROM @extschema@.builtin_pledge_clauses()
ON CONFLICT (id) DO UPDATE
    SET (clause, pattern, negative_form, distinctive) =
        (EXCLUDED.clause, EXCLUDED.pattern, EXCLUDED.negative_form, EXCLUDED.distinctive)
    WHERE @extschema@.pledge_clause.builtin;
DELETE FROM @extschema@.pledge_clause AS p
 WHERE p.builtin
   AND NOT EXISTS (SELECT FROM @extschema@.builtin_pledge_clauses() AS b WHERE b.id = p.id);

-------------------------------------------------------------------------
-- Installation by a non-superuser (the extension is trusted)
--
-- A trusted extension's objects belong to the bootstrap superuser, so the
-- role that ran CREATE EXTENSION could not add rules of its own.  It gets
-- the right to manage the user rows of the rule tables and to pass that
-- right on to its analysts.  Builtin rows stay guarded by their triggers.
-------------------------------------------------------------------------

GRANT INSERT, UPDATE, DELETE ON @extschema@.violation_rule, @extschema@.pledge_clause
    TO @extowner@ WITH GRANT OPTION;
GRANT USAGE ON SEQUENCE @extschema@.violation_rule_id_seq, @extschema@.pledge_clause_id_seq
    TO @extowner@ WITH GRANT OPTION;

-------------------------------------------------------------------------
-- election_id() ignores tabs, line breaks and other ASCII white space around
-- the kind, as it did spaces
-------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION @extschema@.election_id(kind text, year integer) RETURNS text
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT e.id
      FROM @extschema@.election AS e
     WHERE e.year = election_id.year
       AND e.kind = CASE lower(btrim(election_id.kind, E' \t\n\r\f\x0b'))
                        WHEN 'pemilu' THEN 'pemilu'
                        WHEN 'pemilihan umum' THEN 'pemilu'
                        WHEN 'pileg' THEN 'pemilu'
                        WHEN 'pilpres' THEN 'pemilu'
                        WHEN 'pilkada' THEN 'pilkada'
                        WHEN 'pemilihan' THEN 'pilkada'
                        WHEN 'pemilukada' THEN 'pilkada'
                        WHEN 'pilgub' THEN 'pilkada'
                        WHEN 'pilbup' THEN 'pilkada'
                        WHEN 'pilwalkot' THEN 'pilkada'
                        WHEN 'pilwako' THEN 'pilkada'
                    END;
END;
COMMENT ON FUNCTION @extschema@.election_id(text, integer) IS
    'id of the election of that kind (pemilu, pilkada or a synonym) and year, or NULL';

-------------------------------------------------------------------------
-- Versions and rule sets, to compare servers
-------------------------------------------------------------------------

CREATE FUNCTION @extschema@.library_version() RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.library_version() IS
    'version of the loaded netralitas library and of the PCRE2 and Hyperscan libraries it uses';

-- Every row that classification and pledge checks read, in id order: two
-- servers with the same digest and library version give the same answers.
-- Bound at creation (BEGIN ATOMIC), so a caller's search_path cannot
-- redirect it; weights go through numeric, whose text does not depend on
-- extra_float_digits.
CREATE FUNCTION @extschema@.rule_set_digest() RETURNS text
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT md5(coalesce((SELECT string_agg(concat_ws(E'\x1f', r.id, r.form, r.pattern, r.target,
                                                     r.weight::numeric, r.enabled),
                                           E'\x1e' ORDER BY r.id)
                           FROM @extschema@.violation_rule AS r), '')
               || E'\x1d' ||
               coalesce((SELECT string_agg(concat_ws(E'\x1f', p.id, p.clause, p.pattern,
                                                     p.negative_form, p.distinctive, p.enabled),
                                           E'\x1e' ORDER BY p.id)
                           FROM @extschema@.pledge_clause AS p), ''));
END;
COMMENT ON FUNCTION @extschema@.rule_set_digest() IS
    'md5 of every violation rule and pledge wording (shipped and user rows, with their enabled flags)';
