#!/usr/bin/env python3
"""Figures of an SMS failure run from the Vonage stub's own request log (bench/vonage-stub.py), for
bench/cluster-failures.sh sms: one "measure | figure" line each.

usage: vonage-requests.py QUEUED_PURPOSES REQUESTS_OF_THE_RUN LIMIT_PER_SECOND RECOVERED_EPOCH
  QUEUED_PURPOSES      the run's outbox purposes, one a line (an SMS's text is its purpose)
  REQUESTS_OF_THE_RUN  the stub's log lines of the run
The backoff lines compare the gaps between a message's requests with RetryPolicy's defaults (first step 30 s,
doubling, equal jitter: a wait of half to all of the step).
"""
import bisect, collections, statistics, sys
queued = set(open(sys.argv[1]).read().split())
limit, recovered = int(sys.argv[3]), float(sys.argv[4])
requests = []  # (time, status, purpose)
for line in open(sys.argv[2]):
    fields = line.split()
    requests.append((float(fields[0]), int(fields[1]), fields[-1]))
requests.sort()
accepted = collections.Counter(p for t, s, p in requests if s == 200)
by_status = collections.Counter(s for t, s, p in requests)
print("requests the stub received: 200 / 500 / 429 | %d / %d / %d" % (by_status[200], by_status[500], by_status[429]))
print("lost (queued, never accepted by the stub) | %d" % len(queued - set(accepted)))
print("duplicates (accepted twice or more) | %d" % sum(1 for n in accepted.values() if n > 1))
times = [t for t, s, p in requests]
most, at = 0, 0.0
for i, t in enumerate(times):  # requests in [t, t + 1 s) for each request t
    n = bisect.bisect_left(times, t + 1.0) - i
    if n > most:
        most, at = n, t
per_second = collections.Counter(int(t) for t in times)
print("most requests in any 1 s window (sliding) / in one calendar second; limit | %d / %d; %d per s"
      " (slots spaced for %d)" % (most, max(per_second.values()), limit, int(limit * 0.9)))
print("windows over the limit | %d" % sum(1 for i, t in enumerate(times)
                                         if bisect.bisect_left(times, t + 1.0) - i > limit))
attempts = collections.defaultdict(list)
for t, s, p in requests:
    attempts[p].append(t)
gaps = collections.defaultdict(list)
for ts in attempts.values():
    for k in range(1, len(ts)):
        gaps[k].append(ts[k] - ts[k - 1])
for k in sorted(gaps):
    ceiling = 30 * 2 ** (k - 1)
    g = gaps[k]
    print("attempt %d -> %d: messages; gap min / median / max (RetryPolicy waits %d-%d s) | %d; %.1f / %.1f / %.1f s"
          % (k, k + 1, ceiling // 2, ceiling, len(g), min(g), statistics.median(g), max(g)))
after = [t for t, s, p in requests if s == 200 and t >= recovered]
if after:
    print("stub OK again -> first accepted / last accepted | %.1f s / %.1f s"
          % (after[0] - recovered, after[-1] - recovered))
