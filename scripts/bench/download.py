"""Download throughput: ``AsyncClient.download`` / ``Client.download`` against raw httpx streaming to a file.

A canned server (its own process on 127.0.0.1) serves a whole MP4 of
``--mib`` MiB. The raw side streams it with ``httpx`` the way a hand-written
caller would (``aiter_bytes`` / ``iter_bytes``, each chunk written to an open
file); the library streams to a temp file, checks the content and renames it.
Figures are MB/s (ratio: library / raw, higher is better), with CPU seconds and
the peak growth of the process's resident memory during a download in the notes.
Each round first deletes its side's previous output (untimed), so both sides
write a new file, as a user's download usually does (replacing an existing file
by rename makes ext4 flush the new one first: a cost of atomicity, not of speed).

    python scripts/bench/download.py [--rounds 12] [--mib 300] [--json]
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from _common import canned_server, figure, interleave, parser, show

import kie

PAGE = 4096


def rss() -> int:
    """This process's resident memory, bytes."""
    return int(Path("/proc/self/statm").read_text().split()[1]) * PAGE


class Measured:
    """One download's wall time, CPU time and peak memory growth (sampled every 20 ms)."""

    def __init__(self, run: Callable[[], Any], size: int, output: Path) -> None:
        self.run = run
        self.size = size
        self.output = output
        self.cpu: list[float] = []
        self.memory: list[float] = []

    def __call__(self) -> float:
        """Run one download; return MB/s."""
        self.output.unlink(missing_ok=True)  # untimed: each round writes a new file, as a user's download does
        base, peak, stop = rss(), [0], threading.Event()

        def sample() -> None:
            while not stop.wait(0.02):
                peak[0] = max(peak[0], rss() - base)

        sampler = threading.Thread(target=sample)
        sampler.start()
        cpu, wall = time.process_time(), time.perf_counter()
        self.run()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        stop.set()
        sampler.join()
        self.cpu.append(cpu)
        self.memory.append(peak[0] / (1 << 20))
        return self.size / wall / 1e6


def notes(lib: Measured, raw: Measured) -> str:
    """CPU and memory, each side's median."""
    cpu = statistics.median(a / b for a, b in zip(lib.cpu, raw.cpu, strict=True))
    return (
        f"CPU ratio {cpu:.2f}x (kie {statistics.median(lib.cpu):.2f} s, raw {statistics.median(raw.cpu):.2f} s); "
        f"peak memory growth kie {max(lib.memory):.0f} MiB, raw {max(raw.memory):.0f} MiB"
    )


def async_sides(url: str, folder: Path, size: int) -> tuple[Measured, Measured]:
    """The async library download and raw async streaming, each a blocking call."""
    loop = asyncio.new_event_loop()
    client = kie.AsyncClient(api_key="bench", base_url=url.split("/files")[0])
    raw = httpx.AsyncClient(timeout=30.0)

    async def plain() -> None:
        async with raw.stream("GET", url) as response:
            with (folder / "raw.mp4").open("wb") as handle:
                async for chunk in response.aiter_bytes():
                    handle.write(chunk)

    lib = Measured(lambda: loop.run_until_complete(client.download(url, folder / "kie.mp4")), size, folder / "kie.mp4")
    return lib, Measured(lambda: loop.run_until_complete(plain()), size, folder / "raw.mp4")


def sync_sides(url: str, folder: Path, size: int) -> tuple[Measured, Measured]:
    """The sync library download and raw sync streaming."""
    client = kie.Client(api_key="bench", base_url=url.split("/files")[0])
    raw = httpx.Client(timeout=30.0)

    def plain() -> None:
        with raw.stream("GET", url) as response, (folder / "raw.mp4").open("wb") as handle:
            for chunk in response.iter_bytes():
                handle.write(chunk)

    lib = Measured(lambda: client.download(url, folder / "kie.mp4"), size, folder / "kie.mp4")
    return lib, Measured(plain, size, folder / "raw.mp4")


def main() -> None:
    """Run the async and sync figures and print them."""
    args = parser(__doc__, rounds=12)
    args.add_argument("--mib", type=int, default=300)
    options = args.parse_args()
    size = options.mib << 20
    figures = []
    with canned_server("--file-mib", str(options.mib)) as base, tempfile.TemporaryDirectory() as folder:
        url = f"{base}/files/video.mp4"
        for name, sides in (("async download throughput", async_sides), ("sync download throughput", sync_sides)):
            lib, raw = sides(url, Path(folder), size)
            lib_mbs, raw_mbs = interleave(lib, raw, options.rounds)
            ratio = statistics.median(a / b for a, b in zip(lib_mbs, raw_mbs, strict=True))
            figures.append(
                figure(name, "MB/s", lib_mbs, raw_mbs, target=">= 0.95x", met=ratio >= 0.95, notes=notes(lib, raw))
            )
    show(figures, options.json)


if __name__ == "__main__":
    main()
