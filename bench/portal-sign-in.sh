#!/usr/bin/env bash
# Learner portal sign-in benchmark (issue 13): answers for an address a learner holds and for one nobody holds, in a
# provider with 5,000 learners; p50/p95 in ms of the sign-in page's Continue click (server side, through Vaadin), of
# the lookup and sending done after it, and of typing a wrong code. 200 of each after 30 warm-up runs.
#   bench/portal-sign-in.sh
#   RUNS=50 bench/portal-sign-in.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -B -q test -Dtest=PortalSignInBenchmark -Dsurefire.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false \
  -Dsurefire.jvm.args="-Dbench.learners=${LEARNERS:-5000} -Dbench.runs=${RUNS:-200}" 2>&1 \
  | grep -E '^portal-sign-in |FAIL|\[ERROR\]' || true
