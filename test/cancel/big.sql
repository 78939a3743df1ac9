--
-- Input for scripts/cancel-test.sh: 100 MB of news text in two shapes,
-- built from every line of the project's pages, reports and pledges
-- (soak.line, loaded by test/soak/load-texts.sh).
--
--   lines     the lines in paragraphs, as a scraped page has them
--   one line  the same sentences joined by spaces: no line breaks at all
--
-- Each copy of a line ends with its copy number, so that no line is a
-- repeat of another: the page cleaner drops repeated lines, and then the
-- later stages would have almost nothing to do.
--
-- The column is stored uncompressed out of line (STORAGE EXTERNAL):
-- fetching the argument is then a copy of the chunks rather than a
-- decompression, over in a fraction of the delay before the cancellation,
-- so that the cancellation lands inside the function.
--
CREATE UNLOGGED TABLE cancel_input (shape text PRIMARY KEY, body text NOT NULL);
ALTER TABLE cancel_input ALTER COLUMN body SET STORAGE EXTERNAL;

-- enough copies for 100 MB without the copy numbers, which add more
SELECT ceil(100 * 1024 * 1024 / sum(octet_length(line) + 1))::integer AS copies
  FROM soak.line \gset

INSERT INTO cancel_input
SELECT shape, string_agg(l.line || ' ' || c, sep ORDER BY c, l.n)
  FROM (VALUES ('lines', E'\n'), ('one line', ' ')) AS s(shape, sep),
       generate_series(1, :copies) AS c,
       soak.line AS l
 GROUP BY shape;

SELECT format('%s: %s MB, %s lines', shape, octet_length(body) / (1024 * 1024),
              length(body) - length(replace(body, E'\n', '')) + 1)
  FROM cancel_input ORDER BY shape;
