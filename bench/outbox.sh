#!/usr/bin/env bash
# Outbox throughput benchmark (issue 4): 10,000 emails to a local SMTP sink (GreenMail) and 10,000 SMS to a local
# Vonage stub (WireMock), delivered by the real scheduler, gateways and database. Prints figures.
#   bench/outbox.sh
#   MESSAGES=2000 THREADS=20 SMS_RATE=30 bench/outbox.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -B -q test -Dtest=OutboxThroughputBenchmark -Dsurefire.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false \
  -Dsurefire.jvm.args="-Dbench.messages=${MESSAGES:-10000} -Dbench.threads=${THREADS:-10} -Dbench.sms-rate=${SMS_RATE:-100000}" 2>&1 \
  | grep -E '^outbox_|FAIL|\[ERROR\]' || true
