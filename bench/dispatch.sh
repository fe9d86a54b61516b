#!/usr/bin/env bash
# Daily survey run benchmark (issue 5): 100,000 newly eligible learners over 20 providers; times creating the
# invitations, survey links and outbox rows (with their delivery tasks). Prints figures.
#   bench/dispatch.sh
#   LEARNERS=20000 TENANTS=5 bench/dispatch.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -B -q test -Dtest=DispatchBenchmark -Dsurefire.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false \
  -Dsurefire.jvm.args="-Dbench.learners=${LEARNERS:-100000} -Dbench.tenants=${TENANTS:-20} -Dbench.parallelism=${PARALLELISM:-2}" 2>&1 \
  | grep -E '^dispatch |FAIL|\[ERROR\]' || true
