#!/usr/bin/env bash
# ILR import fuzzing (issue 16, part 5): broken versions of the funder's sample file sent through the import API;
# prints the answers per kind of mutation and the time. CI runs the same test with 200 files.
#   bench/ilr-fuzz.sh
#   FILES=1000 SEED=7 bench/ilr-fuzz.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -B -q test -Dtest=IlrImportFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dsurefire.jvm.args="-Dfuzz.files=${FILES:-10000} -Dfuzz.seed=${SEED:-20261204}" 2>&1 \
  | grep -E '^ilr-fuzz |FAIL|\[ERROR\]|mutation ' || true
