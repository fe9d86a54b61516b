#!/usr/bin/env python3
"""A stand-in for Vonage's SMS API (POST /sms/json) for the bench cluster (bench/cluster.sh).

Answers like Vonage: 200 with one accepted message part ("status": "0") in Vonage's response shape, or, switched at
run time by the one word in the mode file (bench/cluster.sh sms ok|fail500|fail429):
  fail500  HTTP 500, as Vonage's edge answers when its platform fails
  fail429  HTTP 429 with Vonage's problem-details body for throttling
Every request is logged as one line, written when it arrives:
  <epoch seconds, microseconds> <HTTP status answered> <to> <client-ref or -> <text, tabs and newlines as spaces>
so a benchmark can count requests per second, losses and duplicates from what the "provider" itself saw.

usage: vonage-stub.py PORT MODE_FILE LOG_FILE
"""
import json
import sys
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

PORT, MODE_FILE, LOG_FILE = int(sys.argv[1]), sys.argv[2], sys.argv[3]
log_lock = threading.Lock()
log = open(LOG_FILE, "a", buffering=1, encoding="utf-8")


def mode():
    try:
        with open(MODE_FILE, encoding="ascii") as f:
            return f.read().strip() or "ok"
    except FileNotFoundError:
        return "ok"


def one_line(value):
    return " ".join(value.split()) if value else "-"


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as Vonage's API does; the portal pools its connections

    def do_POST(self):
        arrived = time.time()
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode("utf-8", "replace")
        if self.path.split("?")[0] != "/sms/json":
            self.answer(404, {"error-code": "404", "error-code-label": "Not found"}, arrived, {})
            return
        if "json" in (self.headers.get("Content-Type") or ""):
            params = {k: str(v) for k, v in json.loads(body or "{}").items()}
        else:
            params = {k: v[0] for k, v in parse_qs(body, keep_blank_values=True).items()}
        current = mode()
        if current == "fail500":
            self.answer(500, None, arrived, params)
        elif current == "fail429":
            self.answer(429, {"type": "https://developer.vonage.com/api-errors#throttled", "title": "Throttled",
                              "detail": "Please wait, then retry your request", "instance": str(uuid.uuid4())},
                        arrived, params)
        else:
            part = {"to": params.get("to", ""), "message-id": str(uuid.uuid4()), "status": "0",
                    "remaining-balance": "10.00000000", "message-price": "0.03330000", "network": "23410"}
            if params.get("client-ref"):
                part["client-ref"] = params["client-ref"]
            self.answer(200, {"message-count": "1", "messages": [part]}, arrived, params)

    def answer(self, status, payload, arrived, params):
        with log_lock:
            log.write("%.6f %d %s %s %s\n" % (arrived, status, one_line(params.get("to")),
                                              one_line(params.get("client-ref")), one_line(params.get("text"))))
        data = b"Internal Server Error" if payload is None else json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain" if payload is None else "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format, *args):  # the request log above replaces http.server's stderr lines
        pass


ThreadingHTTPServer.daemon_threads = True
ThreadingHTTPServer.request_queue_size = 128
ThreadingHTTPServer(("127.0.0.1", PORT), Handler).serve_forever()
