-- Helpers shared by the benchmark scripts (loaded first by scripts/bench.sh).
CREATE SCHEMA IF NOT EXISTS bench;

-- Best wall-clock time in milliseconds of "runs" executions of a statement.
-- The best run is the least disturbed by the rest of the machine; every
-- figure of one report comes from the same session and server.
CREATE OR REPLACE FUNCTION bench.best_ms(statement text, runs integer DEFAULT 3,
                                          setup text DEFAULT NULL)
RETURNS double precision
LANGUAGE plpgsql AS $$
DECLARE
    best double precision := 'infinity';
    t0 timestamptz;
    ms double precision;
BEGIN
    FOR i IN 1 .. runs LOOP
        IF setup IS NOT NULL THEN
            EXECUTE setup;
        END IF;
        t0 := clock_timestamp();
        EXECUTE statement;
        ms := extract(epoch FROM clock_timestamp() - t0) * 1000;
        best := least(best, ms);
    END LOOP;
    RETURN best;
END;
$$;

CREATE OR REPLACE FUNCTION bench.report(label text, ms double precision,
                                         base_label text, base_ms double precision,
                                         goal text)
RETURNS text
LANGUAGE sql AS $$
    SELECT format('%s %s ms  vs %s %s ms  ratio %s  (goal %s)',
                  rpad(label, 40), lpad(round(ms)::text, 7),
                  rpad(base_label, 30), lpad(round(base_ms)::text, 7),
                  lpad(to_char(ms / nullif(base_ms, 0), 'FM9990.00'), 6), goal);
$$;
