--
-- election: the reference table, election_on() and election_id()
--

SELECT id, kind, year, voting_day, campaign_start, campaign_end,
       candidates_determined, stages_start, stages_end
  FROM netralitas.election ORDER BY voting_day;

-- the table is the built-in calendar that the text functions use
SELECT count(*) FROM netralitas.election e
  FULL JOIN netralitas.election_calendar() c USING (id)
 WHERE e IS DISTINCT FROM c;

SELECT d, netralitas.election_on(d)
  FROM (VALUES (date '2020-09-21'), ('2020-12-09'), ('2023-11-20'),
               ('2024-02-14'), ('2024-02-15'), ('2024-07-04'), ('2018-05-01'),
               ('2018-07-01'), ('2021-06-01'), ('2014-01-01')) AS t(d)
 ORDER BY d;

SELECT k, y, netralitas.election_id(k, y)
  FROM (VALUES ('pilkada', 2020), ('Pilkada', 2024), (' PEMILU ', 2024),
               ('pilpres', 2019), ('pemilihan', 2018), ('pemilu', 2020),
               ('referendum', 2024)) AS t(k, y)
 ORDER BY k, y;

-- reference rows are read-only, even for the table owner
\set VERBOSITY default
INSERT INTO netralitas.election (id, kind, year, voting_day, stages_start, stages_end)
VALUES ('pilkada-2029', 'pilkada', 2029, '2029-11-28', '2028-11-28', '2030-01-12');
UPDATE netralitas.election SET voting_day = voting_day + 1;
DELETE FROM netralitas.election;
TRUNCATE netralitas.election;
SELECT count(*) FROM netralitas.election;

-- and only readable for other roles
CREATE ROLE netralitas_regress_reader;
SET ROLE netralitas_regress_reader;
SELECT count(*) FROM netralitas.election;
DELETE FROM netralitas.election;
RESET ROLE;
DROP ROLE netralitas_regress_reader;

-- elections can be joined to dated facts
SELECT e.id, count(*)
  FROM generate_series(date '2020-01-01', date '2020-12-31', interval '1 month') AS g(d)
  JOIN netralitas.election e ON e.id = netralitas.election_on(g.d::date)
 GROUP BY e.id;
