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
