#!/usr/bin/env bash
# ILR import benchmark (issue 3): a generated 100,000-learner file imported end to end with the test JVM's heap
# capped at 512 MB, an unchanged re-import, and PostgreSQL COPY of the same rows (into bare temporary tables, indexed
# temporary tables and the real tables) for comparison. Prints figures.
#   bench/ilr-import.sh            100,000 learners
#   LEARNERS=20000 bench/ilr-import.sh
#   ILR_YEAR=2026-27 bench/ilr-import.sh     a 2026-27 file (default 2024-25, the year of the earlier figures)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -B -q test -Dtest=IlrImportBenchmark -Dsurefire.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false \
  -Dsurefire.jvm.args="-Xmx512m -Dbench.learners=${LEARNERS:-100000} -Dbench.year=${ILR_YEAR:-2024-25}" 2>&1 \
  | grep -E '^(ilr_year|generated_file|check_and_stage|first_import|reimport|copy_seconds|indexed_copy|table_copy|max_heap)|FAIL|ERROR' || true
