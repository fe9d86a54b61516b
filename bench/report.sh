#!/usr/bin/env bash
# Destination report benchmark (issue 5): one provider with 1,000,000 destination records (550,000 leavers) and 50
# other providers present; times the first page (50 rows) plus the count for typical filters, p50/p95 over 50 runs.
#   bench/report.sh
#   LEARNERS=110000 TENANTS=10 bench/report.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -B -q test -Dtest=ReportBenchmark -Dsurefire.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false \
  -Dsurefire.jvm.args="-Dbench.learners=${LEARNERS:-550000} -Dbench.tenants=${TENANTS:-50}" 2>&1 \
  | grep -E '^report |FAIL|\[ERROR\]' || true
