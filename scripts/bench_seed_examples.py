"""Benchmark: each seed example end to end against the emulator; prints the MP4s' figures.

For every model's spec example (the seed doc's request): create -> wait -> download
through ``kie.Client(provider="emulator")``, then probe the file. Prints model,
state, duration (s), size (px), bytes and wall time (s). Asserts nothing.

    python scripts/bench_seed_examples.py
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import kie
from kie.emulator.video import probe_mp4


def main() -> None:
    """Run each example once and print one line of figures."""
    with tempfile.TemporaryDirectory() as folder, kie.Client(provider="emulator", poll_interval=0.05) as client:
        for info in kie.MODELS.values():
            if info.example is None:
                continue
            started = time.monotonic()
            task = client.create_task(info.id, info.example["input"])
            done = client.wait(task.task_id, timeout=120)
            path = client.download(done, Path(folder) / "out.mp4")
            elapsed = time.monotonic() - started
            probe = probe_mp4(path.read_bytes())
            print(
                f"{info.id:36} {done.state.value:8} {probe.duration:5.2f} s {probe.width}x{probe.height} "
                f"{probe.codec} {path.stat().st_size:>8,} bytes {elapsed:5.2f} s"
            )


if __name__ == "__main__":
    main()
