/*
 * cancel_latency: how long a running statement takes to stop once it is
 * cancelled, by a cancel request (PQcancel, as pg_cancel_backend does)
 * and by statement_timeout.
 *
 * Reads test cases from standard input, one per line, tab-separated:
 *
 *   label  baseline statement  statement
 *
 * The statement runs a function on a large argument; the baseline fetches
 * the same argument and does next to nothing with it (its time is what
 * the server spends before the function starts: reading and detoasting
 * 100 MB, which has no interrupt check and is not what is measured).  On
 * one connection (libpq defaults: PGHOST, PGPORT, ...), after the warm-up
 * statement, each case runs -n times (default 4), each time stopped after
 * DELAY ms, all but the last time by a cancel request, the last time by
 * statement_timeout:
 *
 *   cancel   send the statement, wait DELAY ms, send a cancel request;
 *            latency = cancel request sent -> error received
 *   timeout  SET statement_timeout = DELAY and run it;
 *            latency = error received - statement sent - DELAY
 *
 * The delays are spread evenly over [-d, -D) (default 0.4-2 s), shifted
 * by a phase of their own in each case: a stretch without an interrupt
 * check longer than their spacing cannot be missed.  A call that is over
 * before its first cancellation is cancelled at points spread over its
 * own work instead (after the baseline); one whose whole work takes less
 * than the limit passes as it is, since no cancellation can wait longer.
 * Both must end in SQLSTATE 57014 within the limit (-l, default 100 ms).
 * "ready" is the time from the error to the end of the statement (the
 * transaction abort, which frees the input), for information.
 *
 * Exit status: 0 all within the limit; 1 a latency over the limit, another
 * error, or a call that ended before it was cancelled; 2 usage or
 * connection errors, or a call that did not stop within the give-up time
 * (-g, default 10 s) after its cancellation (the session is then
 * abandoned).
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <poll.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <libpq-fe.h>

enum
{
	PASS = 0,
	FAIL = 1,
	STUCK = 2
};

static double limit_ms = 100.0;
static int	delay_min = 400;
static int	delay_max = 2000;
static int	points = 4;
static int	give_up_ms = 10000;
static int	passed = 0;
static int	failed = 0;

static double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/*
 * Wait until the result of the running statement can be read without
 * blocking, or until "deadline" (monotonic ms).  Returns true when it can.
 */
static bool
wait_result(PGconn *conn, double deadline)
{
	for (;;)
	{
		struct pollfd p = {.fd = PQsocket(conn), .events = POLLIN};
		double		left;

		if (!PQconsumeInput(conn))
			return true;		/* connection lost: PQgetResult reports it */
		if (!PQisBusy(conn))
			return true;
		left = deadline - now_ms();
		if (left <= 0)
			return false;
		if (poll(&p, 1, left < 1 ? 1 : (int) left) < 0 && errno != EINTR)
			return true;
	}
}

/* What one run of a statement gave. */
typedef struct run
{
	int			delay;			/* ms after sending: cancel or timeout */
	bool		answered;		/* false: no result within the give-up time */
	bool		early;			/* over (with no 57014) before the cancellation */
	bool		failed;			/* the first result is an error */
	char		sqlstate[6];
	char		message[200];
	double		total;			/* sent -> first result */
	double		latency;		/* cancellation -> first result */
	double		ready;			/* first result -> end of the statement */
} run;

/* Read every result of the statement; the first one decides. */
static void
collect(PGconn *conn, run *r, double sent)
{
	PGresult   *res;
	double		first_at = 0;

	while ((res = PQgetResult(conn)) != NULL)
	{
		if (first_at == 0)
		{
			const char *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
			const char *msg = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);

			first_at = now_ms();
			r->failed = PQresultStatus(res) == PGRES_FATAL_ERROR;
			snprintf(r->sqlstate, sizeof(r->sqlstate), "%s", state ? state : "");
			snprintf(r->message, sizeof(r->message), "%s",
					 msg ? msg : PQresultErrorMessage(res));
		}
		PQclear(res);
	}
	r->total = first_at - sent;
	r->ready = now_ms() - first_at;
}

static bool
exec_ok(PGconn *conn, const char *sql)
{
	PGresult   *res = PQexec(conn, sql);
	ExecStatusType st = PQresultStatus(res);
	bool		ok = st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK;

	if (!ok)
		fprintf(stderr, "cancel_latency: %s: %s", sql, PQerrorMessage(conn));
	PQclear(res);
	return ok;
}

/* Time of a statement run to its end, or -1 on error. */
static double
timed(PGconn *conn, const char *sql)
{
	double		t0 = now_ms();

	return exec_ok(conn, sql) ? now_ms() - t0 : -1;
}

/* Send the statement and cancel it after r->delay ms. */
static bool
run_cancel(PGconn *conn, const char *sql, run *r)
{
	double		sent,
				cancelled;
	char		errbuf[256];
	PGcancel   *c;

	sent = now_ms();
	if (!PQsendQuery(conn, sql))
		return false;
	if (wait_result(conn, sent + r->delay))
	{
		/* over before the cancellation: nothing measured */
		collect(conn, r, sent);
		r->early = true;
		return true;
	}
	c = PQgetCancel(conn);
	cancelled = now_ms();
	if (c == NULL || !PQcancel(c, errbuf, sizeof(errbuf)))
	{
		fprintf(stderr, "cancel_latency: cancel request failed: %s\n", c ? errbuf : "");
		return false;
	}
	PQfreeCancel(c);
	r->answered = wait_result(conn, cancelled + give_up_ms);
	if (r->answered)
	{
		collect(conn, r, sent);
		r->latency = r->total - (cancelled - sent);
		/* no error: it ended while the cancel request was on its way */
		r->early = !r->failed;
	}
	return true;
}

/* Run the statement under statement_timeout = r->delay ms. */
static bool
run_timeout(PGconn *conn, const char *sql, run *r)
{
	double		sent;
	char		set[64];

	snprintf(set, sizeof(set), "SET statement_timeout = %d", r->delay);
	if (!exec_ok(conn, set))
		return false;
	sent = now_ms();
	if (!PQsendQuery(conn, sql))
		return false;
	r->answered = wait_result(conn, sent + r->delay + give_up_ms);
	if (r->answered)
	{
		collect(conn, r, sent);
		/* no cancellation: the statement ended before the timeout was due */
		r->early = !(r->failed && strcmp(r->sqlstate, "57014") == 0);
		r->latency = r->total - r->delay;
		/*
		 * A timeout that fires just as the statement ends is delivered to
		 * the next statement: let a throwaway one take it.
		 */
		PQclear(PQexec(conn, "SELECT 1"));
		return exec_ok(conn, "RESET statement_timeout");
	}
	return true;
}

static bool
attempt(PGconn *conn, const char *sql, bool timeout, int delay, run *r)
{
	memset(r, 0, sizeof(*r));
	r->delay = delay;
	r->answered = true;
	return timeout ? run_timeout(conn, sql, r) : run_cancel(conn, sql, r);
}

/* Print one row of the table; PASS, FAIL or STUCK. */
static int
report(const char *label, const char *method, const run *r)
{
	if (!r->answered)
	{
		printf("%-32s %-8s %6d  FAIL: no answer %d ms after the cancellation"
			   " (no interrupt check)\n", label, method, r->delay, give_up_ms);
		return STUCK;
	}
	if (r->early)
	{
		printf("%-32s %-8s %6d  FAIL: over after %.0f ms, before it was cancelled (%s);"
			   " the input is too small to test it\n", label, method, r->delay, r->total,
			   r->failed ? r->message : "no error");
		return FAIL;
	}
	if (!r->failed || strcmp(r->sqlstate, "57014") != 0)
	{
		printf("%-32s %-8s %6d  FAIL: SQLSTATE %s, not 57014: %s\n", label, method,
			   r->delay, r->sqlstate[0] ? r->sqlstate : "none", r->message);
		return FAIL;
	}
	printf("%-32s %-8s %6d %9.1f %9.1f%s\n", label, method, r->delay, r->latency,
		   r->ready, r->latency > limit_ms ? "  FAIL: over the limit" : "");
	return r->latency > limit_ms ? FAIL : PASS;
}

static int
count(int rc)
{
	if (rc == PASS)
		passed++;
	else
		failed++;
	return rc;
}

/* Baseline times, measured once per baseline statement. */
static struct
{
	char	   *sql;
	double		ms;
}			baselines[64];
static int	nbaselines = 0;

static double
baseline_ms(PGconn *conn, const char *sql)
{
	int			i;

	if (sql[0] == '\0')
		return 0;
	for (i = 0; i < nbaselines; i++)
		if (strcmp(baselines[i].sql, sql) == 0)
			return baselines[i].ms;
	/* the first run also reads the table into the cache: time the second */
	if (timed(conn, sql) < 0)
		return -1;
	if (nbaselines < (int) (sizeof(baselines) / sizeof(baselines[0])))
	{
		baselines[nbaselines].sql = strdup(sql);
		baselines[nbaselines].ms = timed(conn, sql);
		return baselines[nbaselines++].ms;
	}
	return timed(conn, sql);
}

/*
 * Cancel the statement "points" times, the last time by statement_timeout,
 * at points spread evenly over [delay_min, delay_max) (each case shifted
 * by its own phase), so that any stretch without an interrupt check that
 * is longer than the spacing is hit.  A call that is over before that is
 * cancelled at points spread over its own work instead.
 */
static int
run_case(PGconn *conn, const char *label, const char *base_sql, const char *sql, int n)
{
	double		base = baseline_ms(conn, base_sql);
	double		phase = (n * 0.37) - (int) (n * 0.37);
	double		work = -1;
	int			worst = PASS;
	run			r;

	if (base < 0)
		return STUCK;
	for (int k = 0; k < points; k++)
	{
		bool		timeout = k == points - 1;
		double		at = (k + phase) / points;	/* in [0, 1) */
		int			delay = (int) (delay_min + at * (delay_max - delay_min));
		int			rc;

		/* inside a short call: within 10-70% of its work, away from its end */
		if (work >= 0)
			delay = (int) (base + work * (0.1 + 0.6 * at));
		if (!attempt(conn, sql, timeout, delay, &r))
			return STUCK;
		if (r.early && r.answered && !r.failed && work < 0)
		{
			work = r.total - base;
			if (work <= limit_ms)
			{
				printf("%-32s %-8s %6s  whole call %.0f ms, %.0f ms after fetching the"
					   " argument: shorter than the limit\n", label, "-", "-", r.total, work);
				count(PASS);
				return worst;
			}
			delay = (int) (base + work * (0.1 + 0.6 * at));
			if (!attempt(conn, sql, timeout, delay, &r))
				return STUCK;
		}
		rc = count(report(label, timeout ? "timeout" : "cancel", &r));
		worst = rc > worst ? rc : worst;
		if (rc == STUCK)
			break;
	}
	return worst;
}

static void
usage(void)
{
	fprintf(stderr,
			"usage: cancel_latency [-w warm-up SQL] [-l limit ms] [-d min delay ms]\n"
			"                      [-D max delay ms] [-n points] [-g give-up ms] < cases\n"
			"  each line of cases: label<TAB>baseline statement<TAB>statement\n");
	exit(STUCK);
}

int
main(int argc, char **argv)
{
	const char *warmup = NULL;
	PGconn	   *conn;
	char	   *line = NULL;
	size_t		cap = 0;
	int			opt,
				worst = PASS,
				n = 0;

	while ((opt = getopt(argc, argv, "w:l:d:D:n:g:")) != -1)
	{
		switch (opt)
		{
			case 'w':
				warmup = optarg;
				break;
			case 'l':
				limit_ms = atof(optarg);
				break;
			case 'd':
				delay_min = atoi(optarg);
				break;
			case 'D':
				delay_max = atoi(optarg);
				break;
			case 'n':
				points = atoi(optarg);
				break;
			case 'g':
				give_up_ms = atoi(optarg);
				break;
			default:
				usage();
		}
	}
	if (optind != argc || delay_min <= 0 || delay_max < delay_min || points < 1 ||
		give_up_ms <= 0)
		usage();

	conn = PQconnectdb("application_name=cancel_latency");
	if (PQstatus(conn) != CONNECTION_OK)
	{
		fprintf(stderr, "cancel_latency: %s", PQerrorMessage(conn));
		return STUCK;
	}
	/* The first call of a session compiles the pattern databases. */
	if (warmup != NULL && !exec_ok(conn, warmup))
		return STUCK;

	printf("%-32s %-8s %6s %9s %9s\n", "function", "method", "delay", "latency", "ready");
	printf("%-32s %-8s %6s %9s %9s\n", "", "", "ms", "ms", "ms");
	while (getline(&line, &cap, stdin) > 0)
	{
		char	   *base = strchr(line, '\t');
		char	   *sql = base ? strchr(base + 1, '\t') : NULL;
		int			rc;

		line[strcspn(line, "\n")] = '\0';
		if (sql == NULL)
			continue;
		*base++ = '\0';
		*sql++ = '\0';
		rc = run_case(conn, line, base, sql, n++);
		fflush(stdout);
		worst = rc > worst ? rc : worst;
		if (rc == STUCK)
			break;				/* the session is stuck or gone */
	}
	free(line);
	PQfinish(conn);
	printf("cancellations: %d passed, %d failed\n", passed, failed);
	return worst;
}
