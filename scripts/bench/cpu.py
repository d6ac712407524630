"""CPU per call of the sync client's ``create_task`` and ``get_task`` against raw ``httpx.Client``.

Each side makes ``--calls`` sequential calls to a canned server (its own
process on 127.0.0.1) and its CPU time (user + system of this process) is
divided by the calls. The raw side does the same HTTP work by hand: the same
URL, headers and JSON body, then ``response.json()`` and the envelope's
``code`` check. ``create_task`` runs without pacing (pacing sleeps; it costs
no CPU, and 20 per 10 s would make the run take hours).

    python scripts/bench/cpu.py [--rounds 15] [--calls 1000] [--json]
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx
from _common import canned_server, figure, interleave, parser, show

import kie

MODEL = "wan/2-5-image-to-video"
INPUT = {
    "prompt": "A lone samurai stands atop a jagged mountain peak as sakura petals are swept across the wind.",
    "image_url": "https://example.com/cat.png",
    "duration": "5",
    "resolution": "1080p",
}
HEADERS = {"Authorization": "Bearer bench", "User-Agent": "bench", "Accept": "application/json"}


def per_call(calls: int, one: Callable[[], Any]) -> Callable[[], float]:
    """A round: ``calls`` calls of ``one``; microseconds of CPU per call."""

    def run() -> float:
        started = time.process_time()
        for _ in range(calls):
            one()
        return (time.process_time() - started) / calls * 1e6

    return run


def raw_data(response: httpx.Response) -> Any:
    """What a hand-written caller does with an answer: decode it, check the envelope's code."""
    body = response.json()
    if body.get("code") != 200:
        raise RuntimeError(body)
    return body["data"]


def main() -> None:
    """Run both figures and print them."""
    args = parser(__doc__, rounds=15)
    args.add_argument("--calls", type=int, default=1000)
    options = args.parse_args()
    with canned_server() as base, kie.Client(api_key="bench", base_url=base, rate_limit=None) as client:
        raw = httpx.Client(headers=HEADERS, timeout=30.0)
        task_id = client.create_task(MODEL, INPUT).task_id
        figures = []
        for name, lib_one, raw_one, target in (
            (
                "sync create_task CPU per call",
                lambda: client.create_task(MODEL, INPUT),
                lambda: raw_data(raw.post(f"{base}/api/v1/jobs/createTask", json={"model": MODEL, "input": INPUT})),
                1.10,
            ),
            (
                "sync get_task CPU per call",
                lambda: client.get_task(task_id),
                lambda: raw_data(raw.get(f"{base}/api/v1/jobs/recordInfo", params={"taskId": task_id})),
                1.05,
            ),
        ):
            lib, plain = interleave(per_call(options.calls, lib_one), per_call(options.calls, raw_one), options.rounds)
            ratio = sorted(x / y for x, y in zip(lib, plain, strict=True))
            median = ratio[len(ratio) // 2]
            figures.append(figure(name, "us", lib, plain, target=f"<= {target:.2f}x", met=median <= target))
        raw.close()
    show(figures, options.json)


if __name__ == "__main__":
    main()
