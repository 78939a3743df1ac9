#!/bin/bash
# Scores the violation classifier, netralitas.violation_forms(text) and
# netralitas.is_incident(text), against labelled texts and fails (exit 1)
# when a metric of the labelled set is below its floor (or above its
# maximum) in classify.floors.
#
# Sets, each scored only when present:
#   labelled  test/classify/labelled.jsonl (the project's own texts: id, text,
#             incident, forms; see test/classify/README.md)
#   fixtures  test/fixtures/articles/aNN.txt + gold.jsonl: whole scraped pages
#             (pledge ceremonies, lectures, two cases) in the dev gold's shape
#   dev       ../shared/corpus/dev/articles/dNNN.txt + ../shared/corpus/dev/gold.jsonl;
#             line 1 is "URL: <address>" and line 2 blank, the rest is the
#             text.  Group B records are incidents with the forms of their
#             `violations` (an `alt_forms` entry counts as correct too);
#             groups A and C are non-incidents.
# (../shared is the folder beside the repository; its texts are read in
# place, never copied into the repository.)
#
# Metrics per set (the scoring is classify_score.sql):
#   Fnn_precision, Fnn_recall, Fnn_f1   per form F01..F13
#   micro_precision, micro_recall, micro_f1   over (text, form) pairs
#   incident_accuracy    is_incident() against the label
#   false_incidents      non-incident texts that is_incident() calls incidents
#   false_form_texts     non-incident texts that violation_forms() gives a form
#   missed_incidents     incident texts that is_incident() calls non-incidents
#   errors               texts on which a function raised an error
#
# Run by scripts/run-tests.sh with a cluster up, PGHOST/PGPORT/PGUSER
# exported and the extension installed (not created).  It creates the
# database netralitas_classify, runs CREATE EXTENSION netralitas there,
# scores, and drops the database again whatever happens.  The files are
# sent to psql as one CSV stream (psql reads them, so the server, running as
# another OS user, needs no access to the tree).
#
# Environment:
#   NETRALITAS_SCORE_NO_CREATE=1  score in the existing database $PGDATABASE
#       and leave it alone: no database created or dropped, no CREATE
#       EXTENSION (to test the scorer with fake netralitas.violation_forms
#       and netralitas.is_incident functions).
#   NETRALITAS_SCORE_FLOORS=FILE  floors to use instead of classify.floors
#       (to try raised floors before writing them down).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
scorer=classify
scored=("violation_forms(text)" "is_incident(text)")
with_fixtures=1
. "$here/lib/labelled_scorer.sh"
