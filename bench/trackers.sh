#!/usr/bin/env bash
# Trackers benchmark (issue 12): one provider with 200,000 trackers and 50 other providers present; times the
# /trackers first page (50 rows) plus its count per filter, p50/p95 over 50 runs, then 1,000 address changes
# processed one after another.
#   bench/trackers.sh
#   TRACKERS=20000 TENANTS=5 bench/trackers.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -B -q test -Dtest=TrackerBenchmark -Dsurefire.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false \
  -Dsurefire.jvm.args="-Dbench.trackers=${TRACKERS:-200000} -Dbench.tenants=${TENANTS:-50} -Dbench.processed=${PROCESSED:-1000}" 2>&1 \
  | grep -E '^trackers |FAIL|\[ERROR\]' || true
