/* netralitas--1.0.sql */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION netralitas" to load this file. \quit

-- CREATE EXTENSION creates the schema; every role may use its objects.
GRANT USAGE ON SCHEMA @extschema@ TO PUBLIC;

-------------------------------------------------------------------------
-- Type nip: 18-digit NIP of a PNS or NI PPPK, stored as int8
-------------------------------------------------------------------------

CREATE TYPE @extschema@.nip;

-- Input checks "appointment not in the future" against the current date,
-- so the I/O and validation functions are STABLE, not IMMUTABLE.
CREATE FUNCTION @extschema@.nip_in(cstring) RETURNS @extschema@.nip
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.nip_out(@extschema@.nip) RETURNS cstring
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.nip_recv(internal) RETURNS @extschema@.nip
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.nip_send(@extschema@.nip) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.nip (
    INPUT = @extschema@.nip_in,
    OUTPUT = @extschema@.nip_out,
    RECEIVE = @extschema@.nip_recv,
    SEND = @extschema@.nip_send,
    LIKE = pg_catalog.int8
);
COMMENT ON TYPE @extschema@.nip IS
    '18-digit civil-servant number (NIP of a PNS, or NI PPPK), validated, stored in 8 bytes';

CREATE FUNCTION @extschema@.nip(bigint) RETURNS @extschema@.nip
    AS 'MODULE_PATHNAME', 'nip_from_bigint' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nip(bigint) IS
    'validating conversion of an 18-digit integer to nip';

CREATE FUNCTION @extschema@.nip_lt(@extschema@.nip, @extschema@.nip) RETURNS boolean
    AS 'int8lt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.nip_le(@extschema@.nip, @extschema@.nip) RETURNS boolean
    AS 'int8le' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.nip_eq(@extschema@.nip, @extschema@.nip) RETURNS boolean
    AS 'int8eq' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.nip_ne(@extschema@.nip, @extschema@.nip) RETURNS boolean
    AS 'int8ne' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.nip_ge(@extschema@.nip, @extschema@.nip) RETURNS boolean
    AS 'int8ge' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.nip_gt(@extschema@.nip, @extschema@.nip) RETURNS boolean
    AS 'int8gt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.nip, RIGHTARG = @extschema@.nip, FUNCTION = @extschema@.nip_lt,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.nip, RIGHTARG = @extschema@.nip, FUNCTION = @extschema@.nip_le,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.nip, RIGHTARG = @extschema@.nip, FUNCTION = @extschema@.nip_eq,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
    MERGES, HASHES
);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.nip, RIGHTARG = @extschema@.nip, FUNCTION = @extschema@.nip_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.nip, RIGHTARG = @extschema@.nip, FUNCTION = @extschema@.nip_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);
CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.nip, RIGHTARG = @extschema@.nip, FUNCTION = @extschema@.nip_gt,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE FUNCTION @extschema@.nip_cmp(@extschema@.nip, @extschema@.nip) RETURNS integer
    AS 'btint8cmp' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.nip_hash(@extschema@.nip) RETURNS integer
    AS 'hashint8' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.nip_hash_extended(@extschema@.nip, bigint) RETURNS bigint
    AS 'hashint8extended' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE OPERATOR CLASS @extschema@.nip_ops
    DEFAULT FOR TYPE @extschema@.nip USING btree AS
        OPERATOR 1 @extschema@.< ,
        OPERATOR 2 @extschema@.<= ,
        OPERATOR 3 @extschema@.= ,
        OPERATOR 4 @extschema@.>= ,
        OPERATOR 5 @extschema@.> ,
        FUNCTION 1 @extschema@.nip_cmp(@extschema@.nip, @extschema@.nip),
        FUNCTION 2 pg_catalog.btint8sortsupport(internal),
        FUNCTION 4 pg_catalog.btequalimage(oid);

CREATE OPERATOR CLASS @extschema@.nip_ops
    DEFAULT FOR TYPE @extschema@.nip USING hash AS
        OPERATOR 1 @extschema@.= ,
        FUNCTION 1 @extschema@.nip_hash(@extschema@.nip),
        FUNCTION 2 @extschema@.nip_hash_extended(@extschema@.nip, bigint);

CREATE CAST (@extschema@.nip AS text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (text AS @extschema@.nip) WITH INOUT AS ASSIGNMENT;
CREATE CAST (@extschema@.nip AS bigint) WITHOUT FUNCTION;
CREATE CAST (bigint AS @extschema@.nip) WITH FUNCTION @extschema@.nip(bigint);

CREATE FUNCTION @extschema@.nip_is_valid(text) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nip_is_valid(text) IS
    'true when the text is a valid NIP or NI PPPK; never raises an error';

CREATE FUNCTION @extschema@.nip_format(@extschema@.nip) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nip_format(@extschema@.nip) IS
    'the written form with spaces, e.g. 19860926 201505 1 001';

CREATE FUNCTION @extschema@.nip_birth_date(@extschema@.nip) RETURNS date
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nip_birth_date(@extschema@.nip) IS
    'birth date (digits 1-8)';

CREATE FUNCTION @extschema@.nip_appointed_on(@extschema@.nip) RETURNS date
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nip_appointed_on(@extschema@.nip) IS
    'first day of the TMT CPNS month (digits 9-14); NULL for an NI PPPK';

CREATE FUNCTION @extschema@.nip_appointed_year(@extschema@.nip) RETURNS integer
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nip_appointed_year(@extschema@.nip) IS
    'year of first appointment (digits 9-12), for PNS and PPPK alike';

CREATE FUNCTION @extschema@.nip_gender(@extschema@.nip) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nip_gender(@extschema@.nip) IS
    'gender from digit 15: L (laki-laki, male) or P (perempuan, female)';

CREATE FUNCTION @extschema@.nip_serial(@extschema@.nip) RETURNS integer
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nip_serial(@extschema@.nip) IS
    'serial number (digits 16-18), 1 to 999';

CREATE FUNCTION @extschema@.nip_kind(@extschema@.nip) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nip_kind(@extschema@.nip) IS
    'pns, or pppk when digits 13-14 hold a code above 12';

CREATE FUNCTION @extschema@.nip_age(@extschema@.nip, date) RETURNS integer
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nip_age(@extschema@.nip, date) IS
    'age in whole years on the given date (negative before the birth date)';

-------------------------------------------------------------------------
-- Type nik: 16-digit national ID number (KTP), stored as int8
-------------------------------------------------------------------------

CREATE TYPE @extschema@.nik;

CREATE FUNCTION @extschema@.nik_in(cstring) RETURNS @extschema@.nik
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.nik_out(@extschema@.nik) RETURNS cstring
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.nik_recv(internal) RETURNS @extschema@.nik
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.nik_send(@extschema@.nik) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.nik (
    INPUT = @extschema@.nik_in,
    OUTPUT = @extschema@.nik_out,
    RECEIVE = @extschema@.nik_recv,
    SEND = @extschema@.nik_send,
    LIKE = pg_catalog.int8
);
COMMENT ON TYPE @extschema@.nik IS
    '16-digit national ID number (NIK on the KTP), validated, stored in 8 bytes';

CREATE FUNCTION @extschema@.nik(bigint) RETURNS @extschema@.nik
    AS 'MODULE_PATHNAME', 'nik_from_bigint' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nik(bigint) IS
    'validating conversion of a 16-digit integer to nik';

CREATE FUNCTION @extschema@.nik_lt(@extschema@.nik, @extschema@.nik) RETURNS boolean
    AS 'int8lt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.nik_le(@extschema@.nik, @extschema@.nik) RETURNS boolean
    AS 'int8le' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.nik_eq(@extschema@.nik, @extschema@.nik) RETURNS boolean
    AS 'int8eq' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.nik_ne(@extschema@.nik, @extschema@.nik) RETURNS boolean
    AS 'int8ne' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.nik_ge(@extschema@.nik, @extschema@.nik) RETURNS boolean
    AS 'int8ge' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.nik_gt(@extschema@.nik, @extschema@.nik) RETURNS boolean
    AS 'int8gt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.nik, RIGHTARG = @extschema@.nik, FUNCTION = @extschema@.nik_lt,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.nik, RIGHTARG = @extschema@.nik, FUNCTION = @extschema@.nik_le,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.nik, RIGHTARG = @extschema@.nik, FUNCTION = @extschema@.nik_eq,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
    MERGES, HASHES
);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.nik, RIGHTARG = @extschema@.nik, FUNCTION = @extschema@.nik_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.nik, RIGHTARG = @extschema@.nik, FUNCTION = @extschema@.nik_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);
CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.nik, RIGHTARG = @extschema@.nik, FUNCTION = @extschema@.nik_gt,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE FUNCTION @extschema@.nik_cmp(@extschema@.nik, @extschema@.nik) RETURNS integer
    AS 'btint8cmp' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.nik_hash(@extschema@.nik) RETURNS integer
    AS 'hashint8' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.nik_hash_extended(@extschema@.nik, bigint) RETURNS bigint
    AS 'hashint8extended' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE OPERATOR CLASS @extschema@.nik_ops
    DEFAULT FOR TYPE @extschema@.nik USING btree AS
        OPERATOR 1 @extschema@.< ,
        OPERATOR 2 @extschema@.<= ,
        OPERATOR 3 @extschema@.= ,
        OPERATOR 4 @extschema@.>= ,
        OPERATOR 5 @extschema@.> ,
        FUNCTION 1 @extschema@.nik_cmp(@extschema@.nik, @extschema@.nik),
        FUNCTION 2 pg_catalog.btint8sortsupport(internal),
        FUNCTION 4 pg_catalog.btequalimage(oid);

CREATE OPERATOR CLASS @extschema@.nik_ops
    DEFAULT FOR TYPE @extschema@.nik USING hash AS
        OPERATOR 1 @extschema@.= ,
        FUNCTION 1 @extschema@.nik_hash(@extschema@.nik),
        FUNCTION 2 @extschema@.nik_hash_extended(@extschema@.nik, bigint);

CREATE CAST (@extschema@.nik AS text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (text AS @extschema@.nik) WITH INOUT AS ASSIGNMENT;
CREATE CAST (@extschema@.nik AS bigint) WITHOUT FUNCTION;
CREATE CAST (bigint AS @extschema@.nik) WITH FUNCTION @extschema@.nik(bigint);

CREATE FUNCTION @extschema@.nik_is_valid(text) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nik_is_valid(text) IS
    'true when the text is a valid NIK; never raises an error';

CREATE FUNCTION @extschema@.nik_region_code(@extschema@.nik) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nik_region_code(@extschema@.nik) IS
    'regency/city code of registration, e.g. 12.74 (digits 1-4)';

CREATE FUNCTION @extschema@.nik_province_code(@extschema@.nik) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nik_province_code(@extschema@.nik) IS
    'province code of registration, e.g. 12 (digits 1-2)';

CREATE FUNCTION @extschema@.nik_district_code(@extschema@.nik) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nik_district_code(@extschema@.nik) IS
    'district (kecamatan) code of first registration, e.g. 12.74.01 (digits 1-6)';

CREATE FUNCTION @extschema@.nik_birth_date(@extschema@.nik) RETURNS date
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nik_birth_date(@extschema@.nik) IS
    'birth date (digits 7-12); two-digit years 00-29 are 20xx, 30-99 are 19xx';

CREATE FUNCTION @extschema@.nik_birth_date(@extschema@.nik, date) RETURNS date
    AS 'MODULE_PATHNAME', 'nik_birth_date_before' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nik_birth_date(@extschema@.nik, date) IS
    'birth date with the century chosen as the latest one not after the given date';

CREATE FUNCTION @extschema@.nik_gender(@extschema@.nik) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nik_gender(@extschema@.nik) IS
    'gender: P when 40 was added to the birth day, else L';

-------------------------------------------------------------------------
-- Reference tables
-------------------------------------------------------------------------

CREATE FUNCTION @extschema@.reference_guard() RETURNS trigger
    AS 'MODULE_PATHNAME' LANGUAGE C;
COMMENT ON FUNCTION @extschema@.reference_guard() IS
    'trigger that refuses changes to reference rows shipped with the extension';

CREATE FUNCTION @extschema@.election_calendar(
    OUT id text, OUT kind text, OUT year integer, OUT voting_day date,
    OUT campaign_start date, OUT campaign_end date,
    OUT quiet_start date, OUT quiet_end date,
    OUT candidates_determined date,
    OUT stages_start date, OUT stages_end date, OUT note text)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 7;
COMMENT ON FUNCTION @extschema@.election_calendar() IS
    'the built-in election calendar that the text functions use; source of table election';

CREATE TABLE @extschema@.election (
    id text PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('pemilu', 'pilkada')),
    year integer NOT NULL,
    voting_day date NOT NULL,
    campaign_start date,
    campaign_end date,
    quiet_start date,
    quiet_end date,
    candidates_determined date,
    stages_start date NOT NULL,
    stages_end date NOT NULL,
    note text,
    UNIQUE (kind, year),
    CHECK (campaign_start <= campaign_end AND campaign_end < voting_day),
    CHECK (stages_start < voting_day AND voting_day < stages_end)
);
COMMENT ON TABLE @extschema@.election IS
    'national elections since 2015 (read-only reference data)';
COMMENT ON COLUMN @extschema@.election.id IS 'stable id, e.g. pilkada-2020';
COMMENT ON COLUMN @extschema@.election.kind IS 'pemilu (president and legislatures) or pilkada (regional heads)';
COMMENT ON COLUMN @extschema@.election.candidates_determined IS 'official determination of candidates (penetapan), NULL when not known';
COMMENT ON COLUMN @extschema@.election.stages_start IS 'start of the window election_on() uses: 20 months (pemilu) or 12 months (pilkada) before voting day';
COMMENT ON COLUMN @extschema@.election.stages_end IS 'end of the window election_on() uses: 45 days after voting day';

INSERT INTO @extschema@.election
    SELECT * FROM @extschema@.election_calendar();

CREATE TRIGGER election_read_only
    BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.election
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.reference_guard();

REVOKE ALL ON @extschema@.election FROM PUBLIC;
GRANT SELECT ON @extschema@.election TO PUBLIC;

CREATE FUNCTION @extschema@.election_on(on_date date) RETURNS text
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT e.id
      FROM @extschema@.election AS e
     WHERE on_date BETWEEN e.stages_start AND e.stages_end
     ORDER BY e.voting_day < on_date, abs(e.voting_day - on_date)
     LIMIT 1;
END;
COMMENT ON FUNCTION @extschema@.election_on(date) IS
    'the election whose stages cover the date (the nearest upcoming one first), or NULL';

CREATE FUNCTION @extschema@.election_id(kind text, year integer) RETURNS text
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT e.id
      FROM @extschema@.election AS e
     WHERE e.year = election_id.year
       AND e.kind = CASE lower(btrim(election_id.kind))
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
-- Regions (Kemendagri codes), derived from idn-area-data 3.1.2 (ODbL)
-------------------------------------------------------------------------

CREATE FUNCTION @extschema@.region_catalog(
    OUT code text, OUT name text, OUT level text, OUT parent text)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 552;
COMMENT ON FUNCTION @extschema@.region_catalog() IS
    'the built-in region table that the text functions use; source of table region';

CREATE TABLE @extschema@.region (
    code text PRIMARY KEY,
    name text NOT NULL,
    level text NOT NULL CHECK (level IN ('province', 'regency', 'city')),
    parent text REFERENCES @extschema@.region (code),
    CHECK ((level = 'province') = (parent IS NULL))
);
COMMENT ON TABLE @extschema@.region IS
    'provinces and regencies/cities with Kemendagri codes (read-only reference data, ODbL)';
COMMENT ON COLUMN @extschema@.region.code IS 'Kemendagri code: 12 (province) or 12.74 (regency/city)';
COMMENT ON COLUMN @extschema@.region.level IS 'province, regency (kabupaten) or city (kota)';
COMMENT ON COLUMN @extschema@.region.parent IS 'province code of a regency or city';

INSERT INTO @extschema@.region
    SELECT * FROM @extschema@.region_catalog() ORDER BY level <> 'province', code;

CREATE TRIGGER region_read_only
    BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.region
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.reference_guard();

REVOKE ALL ON @extschema@.region FROM PUBLIC;
GRANT SELECT ON @extschema@.region TO PUBLIC;

-------------------------------------------------------------------------
-- Articles: clean body and structured facts
-------------------------------------------------------------------------

CREATE FUNCTION @extschema@.clean_article(raw text) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000;
COMMENT ON FUNCTION @extschema@.clean_article(text) IS
    'the article body of a scraped news page, without navigation, widgets, captions, footers or a second copy';

-- Not STRICT: url is optional, and extract_article(raw, NULL) must still work.
CREATE FUNCTION @extschema@.extract_article(raw text, url text DEFAULT NULL) RETURNS jsonb
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE COST 5000;
COMMENT ON FUNCTION @extschema@.extract_article(text, text) IS
    'structured facts of a scraped news article about ASN neutrality, as jsonb (NULL for a NULL page)';

CREATE FUNCTION @extschema@.article_officials(raw text, url text DEFAULT NULL,
    OUT role text, OUT name text, OUT start integer, OUT stop integer)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE COST 5000 ROWS 5;
COMMENT ON FUNCTION @extschema@.article_officials(text, text) IS
    'every mention of an official in the clean body, with 1-based character positions [start, stop)';

CREATE FUNCTION @extschema@.article_regions(raw text, url text DEFAULT NULL,
    OUT code text, OUT name text, OUT level text)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE COST 5000 ROWS 2;
COMMENT ON FUNCTION @extschema@.article_regions(text, text) IS
    'regions the article is about, best first';

CREATE FUNCTION @extschema@.article_dates(raw text, url text DEFAULT NULL,
    OUT date date, OUT text text, OUT start integer, OUT stop integer, OUT kind text)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE COST 5000 ROWS 4;
COMMENT ON FUNCTION @extschema@.article_dates(text, text) IS
    'every date written in the clean body: event, mention, document or voting_day, with positions';

-------------------------------------------------------------------------
-- Violations: the forms of the joint decree (SKB) and the rules that detect them
-------------------------------------------------------------------------

CREATE TABLE @extschema@.violation_form (
    code text PRIMARY KEY CHECK (code ~ '^F[0-9]{2}$'),
    name text NOT NULL,
    gloss text NOT NULL,
    track text NOT NULL CHECK (track IN ('kode_etik', 'disiplin_sedang', 'disiplin_berat', 'ptdh', 'lainnya')),
    also_kode_etik boolean NOT NULL,
    sanction text NOT NULL,
    legal_basis_2022 text NOT NULL,
    legal_basis_2020 text NOT NULL
);
COMMENT ON TABLE @extschema@.violation_form IS
    'forms of violation of ASN neutrality (SKB 2022 master list F01-F13; read-only reference data)';
COMMENT ON COLUMN @extschema@.violation_form.track IS
    'discipline track of the SKB 2022 appendix: disiplin_sedang, disiplin_berat, ptdh, or lainnya';
COMMENT ON COLUMN @extschema@.violation_form.also_kode_etik IS
    'the act is also listed as a code-of-ethics violation (sanksi moral, PP 42/2004)';
COMMENT ON COLUMN @extschema@.violation_form.legal_basis_2022 IS
    'legal basis under the SKB of 2022 (Pemilu and Pilkada 2024)';
COMMENT ON COLUMN @extschema@.violation_form.legal_basis_2020 IS
    'legal basis under the SKB of 2020 (Pilkada 2020), where it differs';

INSERT INTO @extschema@.violation_form VALUES
('F01', 'memasang spanduk/baliho/alat peraga lainnya terkait (bakal) calon',
 'putting up banners, billboards or other campaign props for a (prospective) candidate',
 'disiplin_berat', true, 'hukuman disiplin berat; or sanksi moral (kode etik)',
 'SKB 2022; PP 94/2021 Pasal 5 huruf n, Pasal 14; PP 42/2004 Pasal 15',
 'SKB 2020; PP 53/2010 Pasal 4 angka 15; PP 42/2004 Pasal 15'),
('F02', 'sosialisasi/kampanye media sosial/online (bakal) calon',
 'promoting or campaigning for a candidate on social or online media',
 'disiplin_berat', true, 'hukuman disiplin berat; or sanksi moral (kode etik)',
 'SKB 2022; PP 94/2021 Pasal 5 huruf n, Pasal 14; PP 42/2004 Pasal 15',
 'SKB 2020; PP 53/2010 Pasal 4 angka 15; PP 42/2004 Pasal 15'),
('F03', 'melakukan pendekatan ke partai politik atau masyarakat sebagai bakal calon tanpa CLTN',
 'approaching a party (or the public) to become a candidate oneself while not on unpaid leave',
 'disiplin_sedang', false, 'hukuman disiplin sedang',
 'SKB 2022; PP 94/2021 Pasal 5 huruf n, Pasal 10',
 'SKB 2020; PP 53/2010 Pasal 4 angka 15'),
('F04', 'menghadiri deklarasi/kampanye pasangan calon dan memberikan dukungan',
 'attending a declaration or campaign event and actively showing support',
 'disiplin_berat', true, 'hukuman disiplin berat; or sanksi moral (kode etik)',
 'SKB 2022; PP 94/2021 Pasal 5 huruf n, Pasal 14; PP 42/2004 Pasal 15',
 'SKB 2020; PP 53/2010 Pasal 4 angka 15; PP 42/2004 Pasal 15'),
('F05', 'menjadi anggota dan/atau pengurus partai politik',
 'being a member or officer of a political party',
 'ptdh', false, 'pemberhentian tidak dengan hormat',
 'UU 5/2014 Pasal 87 ayat (4) huruf c; PP 11/2017 Pasal 255',
 'UU 5/2014 Pasal 87 ayat (4) huruf c; PP 11/2017 Pasal 255'),
('F06', 'membuat posting, comment, share, like, bergabung/follow grup/akun pemenangan calon',
 'posting, commenting, sharing, liking, joining or following a candidate''s campaign group or account',
 'disiplin_berat', true, 'hukuman disiplin berat; or sanksi moral (kode etik)',
 'SKB 2022; PP 94/2021 Pasal 5 huruf n, Pasal 14; PP 42/2004 Pasal 15',
 'SKB 2020; PP 53/2010 Pasal 4 angka 15; PP 42/2004 Pasal 15'),
('F07', 'memposting foto bersama calon/tim sukses dengan simbol keberpihakan atau atribut partai',
 'publishing photos with a candidate or campaign team showing partisan gestures or attributes',
 'disiplin_berat', true, 'hukuman disiplin berat; or sanksi moral (kode etik)',
 'SKB 2022; PP 94/2021 Pasal 5 huruf n, Pasal 14; PP 42/2004 Pasal 15',
 'SKB 2020; PP 53/2010 Pasal 4 angka 15; PP 42/2004 Pasal 15'),
('F08', 'mengadakan kegiatan yang mengarah pada keberpihakan (pertemuan, ajakan, imbauan, seruan, pemberian barang)',
 'organising partisan activities: meetings, invitations, appeals, calls or gifts',
 'disiplin_berat', true, 'hukuman disiplin berat; or sanksi moral (kode etik)',
 'SKB 2022; PP 94/2021 Pasal 5 huruf n, Pasal 14; PP 42/2004 Pasal 15',
 'SKB 2020; PP 53/2010 Pasal 4 angka 15; PP 42/2004 Pasal 15'),
('F09', 'menjadi tim ahli/tim pemenangan/konsultan bakal calon sebelum penetapan',
 'expert, winning team or consultant of a prospective candidate before official determination',
 'disiplin_sedang', false, 'hukuman disiplin sedang',
 'SKB 2022; PP 94/2021 Pasal 5 huruf n',
 'SKB 2020; PP 53/2010 Pasal 4 angka 15'),
('F10', 'menjadi tim ahli/tim pemenangan/konsultan calon setelah penetapan',
 'expert, campaign team or consultant of a candidate after official determination',
 'disiplin_berat', false, 'hukuman disiplin berat',
 'SKB 2022; PP 94/2021 Pasal 5 huruf n; UU 7/2017 Pasal 280 ayat (2)',
 'SKB 2020; PP 53/2010 Pasal 4 angka 15; UU 10/2016 Pasal 70'),
('F11', 'memberikan dukungan kepada bakal calon perseorangan dengan surat dukungan atau fotokopi KTP',
 'supporting an independent candidate with a support letter or ID-card copies',
 'disiplin_berat', false, 'hukuman disiplin berat',
 'SKB 2022; PP 94/2021 Pasal 5 huruf n',
 'SKB 2020; PP 53/2010 Pasal 4 angka 14'),
('F12', 'membuat keputusan/tindakan yang menguntungkan atau merugikan partai/calon',
 'making decisions or taking actions that benefit or harm a party or candidate',
 'disiplin_berat', false, 'hukuman disiplin berat',
 'SKB 2022; PP 94/2021 Pasal 5 huruf n; UU 10/2016 Pasal 71 ayat (1)',
 'SKB 2020; PP 53/2010 Pasal 4 angka 15; UU 10/2016 Pasal 71 ayat (1)'),
('F13', 'bentuk pelanggaran lainnya menurut peraturan perundang-undangan',
 'any other form defined by law (state facilities, speaking at party events, money politics ...)',
 'lainnya', false, 'according to the regulation breached',
 'SKB 2022; UU 7/2017 Pasal 280-283; UU 10/2016 Pasal 70-71',
 'SKB 2020; UU 10/2016 Pasal 70-71');

CREATE TRIGGER violation_form_read_only
    BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.violation_form
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.reference_guard();
REVOKE ALL ON @extschema@.violation_form FROM PUBLIC;
GRANT SELECT ON @extschema@.violation_form TO PUBLIC;

CREATE FUNCTION @extschema@.builtin_violation_rules(
    OUT id integer, OUT form text, OUT pattern text, OUT weight real, OUT target text)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 50;
COMMENT ON FUNCTION @extschema@.builtin_violation_rules() IS
    'the violation rules compiled into the extension; source of the builtin rows of violation_rule';

-- User rules get ids from 100000 up, builtin ones stay below.
CREATE SEQUENCE @extschema@.violation_rule_id_seq START 100000;

CREATE TABLE @extschema@.violation_rule (
    id integer PRIMARY KEY DEFAULT nextval('@extschema@.violation_rule_id_seq'),
    form text NOT NULL REFERENCES @extschema@.violation_form (code),
    pattern text NOT NULL,
    target text NOT NULL DEFAULT 'text' CHECK (target IN ('text', 'stems')),
    weight real NOT NULL DEFAULT 1.0 CHECK (weight > 0 AND weight <= 10),
    enabled boolean NOT NULL DEFAULT true,
    builtin boolean NOT NULL DEFAULT false,
    note text,
    CHECK (builtin OR id >= 100000)
);
ALTER SEQUENCE @extschema@.violation_rule_id_seq OWNED BY @extschema@.violation_rule.id;
COMMENT ON TABLE @extschema@.violation_rule IS
    'patterns that detect each form of violation; builtin rows ship with the extension, users add their own';
COMMENT ON COLUMN @extschema@.violation_rule.pattern IS
    'PCRE2 pattern, case-insensitive; validated on insert and update';
COMMENT ON COLUMN @extschema@.violation_rule.target IS
    'text: the report as written; stems: the stem view of the report (see stem_text())';
COMMENT ON COLUMN @extschema@.violation_rule.builtin IS
    'shipped with the extension; only its enabled flag may be changed';

INSERT INTO @extschema@.violation_rule (id, form, pattern, weight, target, builtin)
    SELECT id, form, pattern, weight, target, true
      FROM @extschema@.builtin_violation_rules();

CREATE FUNCTION @extschema@.rule_pattern_validate() RETURNS trigger
    AS 'MODULE_PATHNAME' LANGUAGE C;
COMMENT ON FUNCTION @extschema@.rule_pattern_validate() IS
    'trigger that refuses a rule whose pattern PCRE2 cannot compile (SQLSTATE 2201B)';
CREATE FUNCTION @extschema@.rule_table_changed() RETURNS trigger
    AS 'MODULE_PATHNAME' LANGUAGE C;
COMMENT ON FUNCTION @extschema@.rule_table_changed() IS
    'trigger that makes every session recompile the rules of a rule table';

CREATE TRIGGER violation_rule_validate
    BEFORE INSERT OR UPDATE ON @extschema@.violation_rule
    FOR EACH ROW EXECUTE FUNCTION @extschema@.rule_pattern_validate();
CREATE TRIGGER violation_rule_builtin
    BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.violation_rule
    FOR EACH ROW EXECUTE FUNCTION @extschema@.reference_guard('builtin');
CREATE TRIGGER violation_rule_no_truncate
    BEFORE TRUNCATE ON @extschema@.violation_rule
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.reference_guard();
CREATE TRIGGER violation_rule_changed
    AFTER INSERT OR UPDATE OR DELETE ON @extschema@.violation_rule
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.rule_table_changed();

-- pg_dump keeps the user rules (and the sequence), not the shipped ones.
SELECT pg_catalog.pg_extension_config_dump('@extschema@.violation_rule', 'WHERE NOT builtin');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.violation_rule_id_seq', '');

REVOKE ALL ON @extschema@.violation_rule FROM PUBLIC;
GRANT SELECT ON @extschema@.violation_rule TO PUBLIC;

CREATE FUNCTION @extschema@.stem_text(text) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.stem_text(text) IS
    'the stem view of a text (Snowball Indonesian stems) that rules with target stems read';

CREATE FUNCTION @extschema@.violation_matches(report text,
    OUT form text, OUT score real, OUT evidence text, OUT start integer, OUT stop integer,
    OUT rule_id integer)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE COST 5000 ROWS 2;
COMMENT ON FUNCTION @extschema@.violation_matches(text) IS
    'forms of violation a report describes as acts, with the best evidence for each (reads violation_rule)';

CREATE FUNCTION @extschema@.classify_violation(report text)
    RETURNS TABLE (form text, track text, score real, evidence text, start integer,
                   stop integer, rule_id integer)
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT m.form, f.track, m.score, m.evidence, m.start, m.stop, m.rule_id
      FROM @extschema@.violation_matches(report) AS m
      JOIN @extschema@.violation_form AS f ON f.code = m.form
     ORDER BY m.score DESC, m.form;
END;
COMMENT ON FUNCTION @extschema@.classify_violation(text) IS
    'one row per form of violation the report describes as an act, best evidence first; nothing for non-incidents';

CREATE FUNCTION @extschema@.violation_forms(report text) RETURNS text[]
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE COST 5000;
COMMENT ON FUNCTION @extschema@.violation_forms(text) IS
    'sorted distinct forms of violation the report describes as acts';

CREATE FUNCTION @extschema@.is_incident(report text) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE COST 5000;
COMMENT ON FUNCTION @extschema@.is_incident(text) IS
    'does the text report an act by an ASN, rather than a rule, an appeal or a pledge';

-------------------------------------------------------------------------
-- Pledges: the standard points and the wordings that express them
-------------------------------------------------------------------------

CREATE TABLE @extschema@.pledge_point (
    code text PRIMARY KEY CHECK (code IN ('P1', 'P2', 'P3', 'P4')),
    summary text NOT NULL,
    wording_2024 text NOT NULL,
    wording_2020 text NOT NULL
);
COMMENT ON TABLE @extschema@.pledge_point IS
    'the four standard points of the ASN neutrality pledge (read-only reference data)';

INSERT INTO @extschema@.pledge_point VALUES
('P1', 'keep and uphold the principle of neutrality before, during and after the election',
 'Menjaga dan menegakkan prinsip netralitas Pegawai ASN dalam melaksanakan fungsi pelayanan publik baik sebelum, selama, maupun sesudah Pemilu dan Pemilihan Tahun 2024',
 'Menjaga dan menegakkan prinsip netralitas pegawai ASN dalam melaksanakan fungsi pelayanan publik baik sebelum, selama, maupun sesudah Pilkada serentak tahun 2020'),
('P2', 'avoid conflicts of interest, no intimidation or threats, take no side',
 'Menghindari konflik kepentingan, tidak melakukan praktik-praktik intimidasi dan ancaman kepada pegawai ASN dan seluruh elemen masyarakat, serta tidak memihak kepada pasangan calon tertentu',
 'Menghindari konflik kepentingan, tidak melakukan praktek-praktek intimidasi dan ancaman kepada pegawai ASN dan seluruh elemen masyarakat serta tidak memihak kepada pasangan calon tertentu'),
('P3', 'use social media wisely, spread no hate speech or false news',
 'Menggunakan media sosial secara bijak, tidak menyebarkan ujaran kebencian dan berita bohong',
 'Menggunakan media sosial secara bijak, tidak dipergunakan untuk kepentingan pasangan calon tertentu, tidak menyebarkan ujaran kebencian serta berita bohong'),
('P4', 'refuse money politics and any kind of gift',
 'Menolak politik uang dan segala jenis pemberian dalam bentuk apapun',
 'Menolak politik uang dan segala jenis pemberian dalam bentuk apapun');

CREATE TRIGGER pledge_point_read_only
    BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.pledge_point
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.reference_guard();
REVOKE ALL ON @extschema@.pledge_point FROM PUBLIC;
GRANT SELECT ON @extschema@.pledge_point TO PUBLIC;

CREATE FUNCTION @extschema@.builtin_pledge_clauses(
    OUT id integer, OUT clause text, OUT pattern text, OUT negative_form boolean,
    OUT distinctive boolean)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 20;
COMMENT ON FUNCTION @extschema@.builtin_pledge_clauses() IS
    'the pledge wordings compiled into the extension; source of the builtin rows of pledge_clause';

CREATE SEQUENCE @extschema@.pledge_clause_id_seq START 100000;

CREATE TABLE @extschema@.pledge_clause (
    id integer PRIMARY KEY DEFAULT nextval('@extschema@.pledge_clause_id_seq'),
    clause text NOT NULL REFERENCES @extschema@.pledge_point (code),
    pattern text NOT NULL,
    negative_form boolean NOT NULL DEFAULT false,
    distinctive boolean NOT NULL DEFAULT false,
    election_year integer CHECK (election_year BETWEEN 2014 AND 2100),
    enabled boolean NOT NULL DEFAULT true,
    builtin boolean NOT NULL DEFAULT false,
    note text,
    CHECK (builtin OR id >= 100000)
);
ALTER SEQUENCE @extschema@.pledge_clause_id_seq OWNED BY @extschema@.pledge_clause.id;
COMMENT ON TABLE @extschema@.pledge_clause IS
    'wordings that express each pledge point; builtin rows ship with the extension, users add their own';
COMMENT ON COLUMN @extschema@.pledge_clause.pattern IS
    'PCRE2 pattern, case-insensitive; validated on insert and update';
COMMENT ON COLUMN @extschema@.pledge_clause.negative_form IS
    'the wording itself is negative ("tidak memihak"); otherwise a negator before it turns it around';
COMMENT ON COLUMN @extschema@.pledge_clause.distinctive IS
    'a phrase of the standard pledge text; in article extraction it counts anywhere in a pledge report';
COMMENT ON COLUMN @extschema@.pledge_clause.election_year IS
    'the election year whose pledge uses this wording, NULL for any (informational)';

INSERT INTO @extschema@.pledge_clause (id, clause, pattern, negative_form, distinctive, builtin)
    SELECT id, clause, pattern, negative_form, distinctive, true
      FROM @extschema@.builtin_pledge_clauses();

CREATE TRIGGER pledge_clause_validate
    BEFORE INSERT OR UPDATE ON @extschema@.pledge_clause
    FOR EACH ROW EXECUTE FUNCTION @extschema@.rule_pattern_validate();
CREATE TRIGGER pledge_clause_builtin
    BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.pledge_clause
    FOR EACH ROW EXECUTE FUNCTION @extschema@.reference_guard('builtin');
CREATE TRIGGER pledge_clause_no_truncate
    BEFORE TRUNCATE ON @extschema@.pledge_clause
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.reference_guard();
CREATE TRIGGER pledge_clause_changed
    AFTER INSERT OR UPDATE OR DELETE ON @extschema@.pledge_clause
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.rule_table_changed();

SELECT pg_catalog.pg_extension_config_dump('@extschema@.pledge_clause', 'WHERE NOT builtin');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.pledge_clause_id_seq', '');

REVOKE ALL ON @extschema@.pledge_clause FROM PUBLIC;
GRANT SELECT ON @extschema@.pledge_clause TO PUBLIC;

CREATE FUNCTION @extschema@.check_pledge(body text,
    OUT clause text, OUT present boolean, OUT evidence text, OUT start integer, OUT stop integer)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE COST 1000 ROWS 4;
COMMENT ON FUNCTION @extschema@.check_pledge(text) IS
    'one row per standard pledge point: present or not, with the wording found (a negated one when not present)';

CREATE FUNCTION @extschema@.pledge_points(body text) RETURNS text[]
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE COST 100;
COMMENT ON FUNCTION @extschema@.pledge_points(text) IS
    'the standard pledge points (P1-P4) the text commits to';

CREATE FUNCTION @extschema@.pledge_missing(body text) RETURNS text[]
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE COST 100;
COMMENT ON FUNCTION @extschema@.pledge_missing(text) IS
    'the standard pledge points the text lacks';

CREATE FUNCTION @extschema@.pledge_complete(body text) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE COST 100;
COMMENT ON FUNCTION @extschema@.pledge_complete(text) IS
    'does the text commit to all four standard pledge points';

-- Not STRICT: a missing signer, date, election or text is a problem to report.
CREATE FUNCTION @extschema@.validate_pledge(signer @extschema@.nip, signed_on date,
    election text, body text, OUT problem text, OUT detail text)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE CALLED ON NULL INPUT PARALLEL SAFE COST 200 ROWS 1;
COMMENT ON FUNCTION @extschema@.validate_pledge(@extschema@.nip, date, text, text) IS
    'problems of a signed pledge record (no rows: valid)';

CREATE FUNCTION @extschema@.pledge_is_valid(signer @extschema@.nip, signed_on date,
    election text, body text) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE CALLED ON NULL INPUT PARALLEL SAFE COST 200;
COMMENT ON FUNCTION @extschema@.pledge_is_valid(@extschema@.nip, date, text, text) IS
    'true when validate_pledge finds no problem; for CHECK constraints of a pledge register';
