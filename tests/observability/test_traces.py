"""Trace ids: unique and unguessable, 32 hex digits, from any thread, after a fork too."""

from __future__ import annotations

import os
import re
import threading

from keel.observability.traces import new_trace_id


def test_trace_ids_are_unique_32_hex_across_threads():
    out: list[list[str]] = [[] for _ in range(4)]

    def take(i: int) -> None:
        out[i].extend(new_trace_id() for _ in range(5000))

    threads = [threading.Thread(target=take, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ids = [i for chunk in out for i in chunk]
    assert len(set(ids)) == len(ids) == 20000
    assert all(re.fullmatch(r"[0-9a-f]{32}", i) for i in ids)


def test_a_forked_child_does_not_repeat_the_parents_ids():
    new_trace_id()  # the parent has a buffer of random bytes now
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: report its next ids, then leave at once
        os.write(write, " ".join(new_trace_id() for _ in range(3)).encode())
        os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    child = os.read(read, 4096).decode().split()
    os.close(read)
    parent = [new_trace_id() for _ in range(3)]
    assert len(child) == 3 and not set(child) & set(parent)


def test_requests_refused_at_resolution_are_traced_logged_and_counted_under_one_label(http):
    """An unknown model (404) or a bad template call (400) ends before any stage: it still has a
    trace, a request-log row and a metric, and the name the client sent is not a metric label."""
    import re

    before = http.get("/metrics").text
    r = http.post(
        "/v1/chat/completions", json={"model": "no-such-model-x1", "messages": [{"role": "user", "content": "hi"}]}
    )
    assert r.status_code == 404
    trace = http.get(f"/v1/traces/{r.headers['x-keel-trace-id']}").json()
    assert trace["status"] == 404 and trace["resolution"] is None and "no-such-model-x1" in trace["error"]
    r = http.post("/v1/chat/completions", json={"model": "no-such-model-x1", "prompt": {"name": "nonesuch"}})
    assert r.status_code == 404 and http.get(f"/v1/traces/{r.headers['x-keel-trace-id']}").json()["status"] == 404
    after = http.get("/metrics").text
    assert "no-such-model-x1" not in after

    def refused(text: str) -> float:
        m = re.search(r'keel_requests_total\{model="\(unresolved\)",route="chat",status="404"\} (\S+)', text)
        return float(m.group(1)) if m else 0.0

    assert refused(after) - refused(before) == 2
    in_flight = re.search(r'keel_requests_in_flight\{route="chat"\} (\S+)', after)
    assert in_flight is not None and float(in_flight.group(1)) >= 0
