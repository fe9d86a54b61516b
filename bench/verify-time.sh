#!/usr/bin/env bash
# Build benchmark (not a test): times `./mvnw -B verify` and prints the Surefire totals. See bench/README.md.
# Extra arguments go to Maven, e.g.  bench/verify-time.sh -o
set -uo pipefail

cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
log=$(mktemp "${TMPDIR:-/tmp}/waymark-verify.XXXXXX")

start=$(date +%s.%N)
./mvnw -B verify "$@" >"$log" 2>&1
status=$?
end=$(date +%s.%N)

awk -v a="$start" -v b="$end" 'BEGIN {printf "verify_seconds=%.1f\n", b - a}'
echo "verify_exit=$status"
# Surefire prints a "Tests run:" line per test class (with "Time elapsed") and, after "Results:", the totals.
totals=$(grep 'Tests run:' "$log" | grep -v 'Time elapsed' | tail -n1 | sed -E 's/^\[[A-Z]+\] *//')
echo "surefire_totals=${totals:-none}"
echo "log=$log"
exit "$status"
