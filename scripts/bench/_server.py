"""A minimal canned kie API server for the benchmarks: raw asyncio, in its own process, on 127.0.0.1.

It answers what the client under test needs and nothing more, as fast as
asyncio allows, so a benchmark measures the client and not a server:

* ``POST /api/v1/jobs/createTask``: a new task id;
* ``GET /api/v1/jobs/recordInfo?taskId=...``: a realistic record (double-encoded
  ``param``, ``resultJson`` a string), ``generating`` until ``--task-seconds``
  after its creation, then ``success``;
* ``GET /files/video.mp4``: ``--file-mib`` MiB of a whole MP4 (ftyp, moov, mdat),
  written in 1 MiB slices with backpressure.

On a driven clock (the polling benchmark), a request's ``X-Bench-Now`` header is
the time in seconds, and createTask's ``X-Bench-Task-Seconds`` that task's duration.

    python scripts/bench/_server.py [--task-seconds S] [--file-mib N]

Prints ``PORT <n>`` on its first line, then serves until stdin closes.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import struct
import sys
import time
from urllib.parse import parse_qs, urlsplit

PROMPT = "A lone samurai stands atop a jagged mountain peak as sakura petals are swept across the wind. " * 3
INPUT = {"prompt": PROMPT, "image_url": "https://example.com/cat.png", "duration": "5", "resolution": "1080p"}
PARAM = json.dumps({"model": "wan/2-5-image-to-video", "input": json.dumps(INPUT), "callBackUrl": None})


def mp4_bytes(mib: int) -> bytes:
    """A whole MP4 of about ``mib`` MiB: ftyp, a small moov, and an mdat of zeros."""
    ftyp = struct.pack(">I4s4sI8s", 24, b"ftyp", b"isom", 0x200, b"isomiso2")
    moov = struct.pack(">I4s", 16, b"moov") + bytes(8)
    body = max(mib * (1 << 20) - len(ftyp) - len(moov) - 8, 0)
    return ftyp + moov + struct.pack(">I4s", body + 8, b"mdat") + bytes(body)


class Canned:
    """The server's state: task creation times and the file."""

    def __init__(self, task_seconds: float, file_mib: int) -> None:
        self.task_seconds = task_seconds
        self.file = memoryview(mp4_bytes(file_mib)) if file_mib else memoryview(b"")
        self.created: dict[str, tuple[float, float]] = {}  # task id -> (created at, seconds it takes)
        self.ids = itertools.count()

    def create(self, headers: dict[str, str]) -> bytes:
        task_id = f"bench{next(self.ids):08d}"
        seconds = float(headers.get("x-bench-task-seconds", self.task_seconds))
        self.created[task_id] = (now(headers), seconds)
        return json.dumps({"code": 200, "msg": "success", "data": {"taskId": task_id}}).encode()

    def record(self, task_id: str, headers: dict[str, str]) -> bytes:
        started, seconds = self.created.get(task_id, (0.0, self.task_seconds))
        done = now(headers) - started >= seconds
        now_ms = int(time.time() * 1000)
        data = {
            "taskId": task_id,
            "model": "wan/2-5-image-to-video",
            "state": "success" if done else "generating",
            "param": PARAM,
            "resultJson": json.dumps({"resultUrls": ["http://127.0.0.1/files/video.mp4"]}) if done else "",
            "failCode": None,
            "failMsg": None,
            "costTime": int(self.task_seconds) if done else None,
            "completeTime": now_ms if done else None,
            "createTime": now_ms - 5000,
            "updateTime": now_ms,
            "creditsConsumed": 10.0 if done else None,
            "progress": 100 if done else 50,
        }
        return json.dumps({"code": 200, "msg": "success", "data": data}).encode()


def now(headers: dict[str, str]) -> float:
    """The driven clock's time when the request carries one, else the monotonic clock."""
    return float(headers["x-bench-now"]) if "x-bench-now" in headers else time.monotonic()


def head(status: str, length: int, kind: str = "application/json") -> bytes:
    return f"HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {length}\r\n\r\n".encode()


async def serve_one(state: Canned, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            try:
                raw = await reader.readuntil(b"\r\n\r\n")
            except (asyncio.IncompleteReadError, ConnectionError):
                return
            lines = raw.decode("latin-1").split("\r\n")
            method, target, _ = lines[0].split(" ", 2)
            headers = {}
            for line in lines[1:]:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            length = int(headers.get("content-length", 0))
            if length:
                await reader.readexactly(length)
            url = urlsplit(target)
            if url.path.endswith("/createTask"):
                body = state.create(headers)
                writer.write(head("200 OK", len(body)) + body)
            elif url.path.endswith("/recordInfo"):
                body = state.record(parse_qs(url.query).get("taskId", [""])[0], headers)
                writer.write(head("200 OK", len(body)) + body)
            elif url.path.startswith("/files/") and method == "GET":
                writer.write(head("200 OK", len(state.file), "video/mp4"))
                for start in range(0, len(state.file), 1 << 20):
                    writer.write(state.file[start : start + (1 << 20)])
                    await writer.drain()
            else:
                writer.write(head("404 Not Found", 2) + b"{}")
            await writer.drain()
    except ConnectionError:
        return
    finally:
        writer.close()


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--task-seconds", type=float, default=0.0)
    parser.add_argument("--file-mib", type=int, default=0)
    args = parser.parse_args()
    state = Canned(args.task_seconds, args.file_mib)
    server = await asyncio.start_server(lambda r, w: serve_one(state, r, w), "127.0.0.1", 0, backlog=4096)
    port = server.sockets[0].getsockname()[1]
    print(f"PORT {port}", flush=True)
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.read)  # serve until the benchmark closes our stdin
    os._exit(0)  # at once: open keep-alive connections need no goodbye


if __name__ == "__main__":
    asyncio.run(main())
