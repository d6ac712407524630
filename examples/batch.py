"""Run a mixed batch of image-to-video jobs with ``AsyncClient.generate_many``.

Shows that ``generate_many`` runs many ``generate`` jobs at once (at most
``--concurrency`` in flight, createTask paced across all of them) and hands back
one ``kie.JobResult`` per job, in order: its ``TaskInfo`` or its error, and its
task id whenever the API returned one. One failure never sinks the batch.

Against a local emulator started by this script (the default; the example image
URLs are never fetched by it)::

    .venv/bin/python examples/batch.py
    .venv/bin/python examples/batch.py --inject-fault fail_task   # 3 tasks end in fail, the rest succeed

Against the real API (spends credits; give a real image URL)::

    KIE_API_KEY=... .venv/bin/python examples/batch.py --provider kie --image https://.../frame.png

The exit status is 0 when the batch ran, whatever its jobs' outcomes (2 on a configuration error).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
import time
from collections.abc import Sequence
from typing import Any

import kie

FAULTS = ("429", "455", "500", "drop", "slow", "malformed", "fail_task")
"""The faults the emulator can inject (``kie.emulator.Emulator.inject``)."""

EXAMPLE_IMAGES = (
    "https://example.com/frames/cat.png",
    "https://example.com/frames/band.jpg",
    "https://example.com/frames/harbour.webp",
)
"""Remote example images: passed through as URLs, never fetched by the emulator."""


def build_jobs(image: str | None) -> list[dict[str, Any]]:
    """Ten ``generate`` jobs over all four models (``image`` replaces the example URLs when given)."""

    def job(i: int, model: str, prompt: str, **options: Any) -> dict[str, Any]:
        return {"model": model, "prompt": prompt, "image": image or EXAMPLE_IMAGES[i % len(EXAMPLE_IMAGES)], **options}

    return [
        job(0, "wan/2-5-image-to-video", "a cat surfs a wave", duration=5, resolution="720p", seed=42),
        job(1, "kling-2.6/image-to-video", "a band rehearses", duration=5, sound=True),
        job(2, "hailuo/02-image-to-video-standard", "boats leave the harbour", duration=6, resolution="512P"),
        job(3, "hailuo/02-image-to-video-pro", "gulls circle the mast"),
        job(4, "wan/2-5-image-to-video", "the cat falls off", duration=5, resolution="720p", negative_prompt="blur"),
        job(5, "kling-2.6/image-to-video", "the drummer counts in", duration=5, sound=False),
        job(6, "hailuo/02-image-to-video-standard", "a storm rolls in", duration=6, prompt_optimizer=False),
        job(7, "wan/2-5-image-to-video", "sunset over the sea", duration=5, enable_prompt_expansion=False),
        job(8, "hailuo/02-image-to-video-pro", "the lighthouse blinks"),
        job(9, "kling-2.6/image-to-video", "the crowd cheers", duration=5, sound=True),
    ]


def describe(result: kie.JobResult) -> str:
    """One line for a job: index, model, state (or error class and message) and task id."""
    model = str(result.job["model"])
    error = result.error
    outcome = result.info.state.value if result.info is not None else f"{type(error).__name__}: {error}"
    return f"job {result.index:2d}  {model:34s} {outcome}  task_id={result.task_id or '-'}"


async def run_batch(args: argparse.Namespace, base_url: str | None) -> list[kie.JobResult]:
    """Run the batch with an ``AsyncClient`` pointed at ``base_url`` (or the provider's host)."""
    async with kie.AsyncClient(provider=args.provider, base_url=base_url, poll_interval=0.1) as client:
        return await client.generate_many(build_jobs(args.image), concurrency=args.concurrency)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse the command line (``--inject-fault`` needs the emulator this script starts)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--provider", default="emulator", help="kie, apikley or emulator (default: emulator)")
    parser.add_argument("--base-url", help="the jobs API host, overriding the provider's")
    parser.add_argument("--image", help="an image URL for every job instead of the example URLs")
    parser.add_argument("--concurrency", type=int, default=4, help="jobs in flight at once (default: 4)")
    parser.add_argument(
        "--inject-fault",
        metavar="KIND",
        choices=FAULTS,
        help=f"emulator only: inject this fault for 3 requests (tasks, for fail_task); one of {', '.join(FAULTS)}",
    )
    args = parser.parse_args(argv)
    if args.inject_fault and (args.provider != "emulator" or args.base_url):
        parser.error("--inject-fault needs the emulator this script starts (--provider emulator, no --base-url)")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Run the batch, print one line per job and a summary; 0 once the batch ran."""
    args = parse_args(argv)
    with contextlib.ExitStack() as stack:
        base_url = args.base_url
        if args.provider == "emulator" and base_url is None:
            from kie.emulator import Emulator  # the emulator extra, needed only here

            emulator = stack.enter_context(Emulator())
            base_url = emulator.url
            if args.inject_fault:
                emulator.inject(args.inject_fault, count=3)
                print(f"injected fault {args.inject_fault!r} x3 into the emulator at {base_url}")
        started = time.monotonic()
        try:
            results = asyncio.run(run_batch(args, base_url))
        except kie.ConfigurationError as exc:  # e.g. no API key for a real provider
            print(f"error: {exc}", file=sys.stderr)
            return 2
        elapsed = time.monotonic() - started
    for result in results:
        print(describe(result))
    failed = sum(not result.ok for result in results)
    print(f"summary: {len(results)} jobs, {len(results) - failed} succeeded, {failed} failed in {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
