#!/bin/bash
# Scores the pledge checker, netralitas.pledge_points(text), against
# labelled texts, checks that netralitas.check_pledge(text) (and
# pledge_missing, pledge_complete) agree with it on every text, and fails
# (exit 1) when a metric of the labelled set is below its floor (or above
# its maximum) in pledge.floors.
#
# Sets, each scored only when present:
#   labelled  test/pledge/labelled.jsonl (the project's own texts: id, text,
#             points; see test/pledge/README.md)
#   dev       ../shared/corpus/dev/articles/dNNN.txt + ../shared/corpus/dev/gold.jsonl;
#             line 1 is "URL: <address>" and line 2 blank, the rest is the
#             text.  Only group A records (pledge and pact events) are
#             scored, against their `pledge_points`.  These are whole news
#             excerpts, not pledge texts: pledge_points() reads every
#             sentence, appeals and prohibitions included, so expect a lower
#             precision than on the labelled set.
# (../shared is the folder beside the repository; its texts are read in
# place, never copied into the repository.)
#
# Metrics per set (the scoring is pledge_score.sql):
#   Pn_precision, Pn_recall, Pn_f1   per point P1..P4 over texts
#   micro_precision, micro_recall, micro_f1   over (text, point) pairs
#   exact_accuracy       texts whose predicted set of points is the gold set
#   false_point_texts    texts with no gold point that get a point
#   check_disagree       texts where the present rows of check_pledge() are
#                        not pledge_points()
#   other_disagree       texts where pledge_missing() is not the complement of
#                        pledge_points() or pledge_complete() is not "all four"
#   span_errors          check_pledge() rows whose evidence is not
#                        substr(text, start, stop - start), present rows
#                        without evidence, texts without exactly four rows
#   errors               texts on which a function raised an error
#
# Run by scripts/run-tests.sh with a cluster up, PGHOST/PGPORT/PGUSER
# exported and the extension installed (not created).  It creates the
# database netralitas_pledge, runs CREATE EXTENSION netralitas there,
# scores, and drops the database again whatever happens.  The files are
# sent to psql as one CSV stream (psql reads them, so the server, running as
# another OS user, needs no access to the tree).
#
# Environment:
#   NETRALITAS_SCORE_NO_CREATE=1  score in the existing database $PGDATABASE
#       and leave it alone: no database created or dropped, no CREATE
#       EXTENSION (to test the scorer with fake netralitas.pledge_points and
#       netralitas.check_pledge functions).
#   NETRALITAS_SCORE_FLOORS=FILE  floors to use instead of pledge.floors
#       (to try raised floors before writing them down).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
scorer=pledge
scored=("pledge_points(text)" "check_pledge(text)")
with_fixtures=
. "$here/lib/labelled_scorer.sh"
