#!/usr/bin/env bash
# Skills Bootcamps benchmark (issue 15): a provider with 50,000 bootcamp learners in five codings; times what
# /bootcamps does when it opens (bulk read of the aims, evaluation, counts, blocked list) and the XLSX/CSV exports of
# the whole blocked list, p50 and max over 7 runs after 2 warm-up runs. Target: page and export under 2 s.
#   bench/bootcamps.sh
#   LEARNERS=10000 RUNS=3 bench/bootcamps.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -B -q test -Dtest=BootcampsBenchmark -Dsurefire.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false \
  -Dsurefire.jvm.args="-Xmx2g -Dbench.learners=${LEARNERS:-50000} -Dbench.runs=${RUNS:-7}" 2>&1 \
  | grep -E '^bootcamps |FAIL|\[ERROR\]' || true
