#!/usr/bin/env bash
# ILR import benchmark (issue 3): a generated 100,000-learner file imported end to end with the test JVM's heap
# capped at 512 MB, an unchanged re-import, and PostgreSQL COPY of the same rows (into bare temporary tables, indexed
# temporary tables and the real tables) for comparison. Prints figures.
#   bench/ilr-import.sh            100,000 learners
#   LEARNERS=20000 bench/ilr-import.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -B -q test -Dtest=IlrImportBenchmark -Dsurefire.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false \
  -Dsurefire.jvm.args="-Xmx512m -Dbench.learners=${LEARNERS:-100000}" 2>&1 \
  | grep -E '^(generated_file|check_and_stage|first_import|reimport|copy_seconds|indexed_copy|table_copy|max_heap)|FAIL|ERROR' || true
