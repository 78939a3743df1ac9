--
-- rule_cache: the per-session caches of compiled violation rules and pledge
-- wordings, used together in one session, through invalidations of any
-- relation and of the rule tables themselves.
--

-- Load both caches, in both orders, then invalidate: every later call
-- must return (an earlier version looped forever here).
SELECT netralitas.violation_forms('Seorang PNS dilaporkan ikut kampanye pasangan calon bupati.') AS forms,
       netralitas.pledge_points('Kami siap menjaga netralitas ASN.') AS points;
SELECT netralitas.pledge_points('Kami siap menjaga netralitas ASN.') AS points,
       netralitas.violation_forms('Seorang PNS dilaporkan ikut kampanye pasangan calon bupati.') AS forms;
CREATE TEMP TABLE invalidates_the_relcache (x int);
DROP TABLE invalidates_the_relcache;
SELECT 1 AS still_answers;

-- A change of one table reloads that cache only when it is next used,
-- and the other cache keeps working.
INSERT INTO netralitas.violation_rule (form, pattern, note)
VALUES ('F13', '\bzorblax\b', 'rule_cache test');
SELECT netralitas.pledge_points('Kami siap menjaga netralitas ASN.') AS points;
SELECT netralitas.violation_forms('Seorang PNS berinisial AB dilaporkan warga karena zorblax di kantor.') AS with_user_rule;
INSERT INTO netralitas.pledge_clause (clause, pattern, note)
VALUES ('P4', '\bogah\s+terima\s+amplop\b', 'rule_cache test');
SELECT netralitas.pledge_points('Kami ogah terima amplop.') AS with_user_wording;
DELETE FROM netralitas.violation_rule WHERE note = 'rule_cache test';
DELETE FROM netralitas.pledge_clause WHERE note = 'rule_cache test';
SELECT netralitas.violation_forms('Seorang PNS berinisial AB dilaporkan warga karena zorblax di kantor.') AS rule_gone,
       netralitas.pledge_points('Kami ogah terima amplop.') AS wording_gone;
CREATE TEMP TABLE invalidates_again (x int);
SELECT netralitas.violation_forms('Seorang PNS dilaporkan ikut kampanye pasangan calon bupati.') AS forms,
       netralitas.pledge_points('Kami siap menjaga netralitas ASN.') AS points;
