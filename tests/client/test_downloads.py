"""Downloads never succeed with junk and never lose a file (issue "Hardening", item 3); both clients."""

from __future__ import annotations

import http.server
import io
import os
import re
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

import kie
from kie.emulator import Emulator
from kie.emulator.audio import render_audio
from kie.emulator.image import render_image
from tests.fakes import FakeAPI, Sleeps, call, envelope, mp4, record

Make = Callable[..., kie.Client | kie.AsyncClient]
URL = "https://files.example/r.mp4"


@pytest.mark.parametrize(
    "body",
    [
        b'{"code": 404, "msg": "not found", "data": null}',
        b"<!doctype html><html><body>Access denied</body></html>",
        mp4()[:45],
        b"\x89PNG\r\n\x1a\n" + b"\0" * 64,
    ],
    ids=["json", "html", "45-byte-fragment", "png-for-mp4"],
)
async def test_junk_with_http_200_is_an_error_and_keeps_the_existing_file(
    make_client: Make, api: FakeAPI, tmp_path: Path, body: bytes
) -> None:
    """A 200 whose body is not the promised MP4 raises ``DownloadError``; the old file stays, no temp file is left."""
    target = tmp_path / "out.mp4"
    target.write_bytes(b"the user's earlier video")
    api.default = lambda request: httpx.Response(200, content=body)
    with pytest.raises(kie.DownloadError, match="nothing was saved"):
        await call(make_client().download(URL, target))
    assert target.read_bytes() == b"the user's earlier video"
    assert [p.name for p in tmp_path.iterdir()] == ["out.mp4"]


async def test_a_task_result_is_checked_against_the_models_media(
    make_client: Make, api: FakeAPI, tmp_path: Path
) -> None:
    """A video model's result URL without an extension must still be an MP4: a JPEG there is refused."""
    info = kie.TaskInfo.from_data(record("t1", resultJson='{"resultUrls": ["https://files.example/result"]}'))
    api.push(httpx.Response(200, content=b"\xff\xd8\xff\xe0" + b"\0" * 64))
    with pytest.raises(kie.DownloadError, match="not video/mp4"):
        await call(make_client().download(info, tmp_path))
    api.push(httpx.Response(200, content=mp4()))
    assert (await call(make_client().download(info, tmp_path))).read_bytes() == mp4()


async def test_downloads_retry_429_honouring_retry_after(
    make_client: Make, api: FakeAPI, sleeps: Sleeps, tmp_path: Path
) -> None:
    """A file host's 429 is retried after its ``Retry-After`` like other idempotent calls."""
    api.push(httpx.Response(429, headers={"retry-after": "3"}), httpx.Response(200, content=mp4()))
    path = await call(make_client().download(URL, tmp_path / "out.mp4"))
    assert path.read_bytes() == mp4()
    assert len(api.requests) == 2
    assert sleeps.delays == [3.0]


async def test_an_expired_fallback_link_is_a_kie_error(make_client: Make, api: FakeAPI, tmp_path: Path) -> None:
    """The result URL and the fresh download-url link both expired: ``DownloadError``, not a private exception."""
    api.push(httpx.Response(410), envelope("https://files.example/fresh.mp4"), httpx.Response(403))
    with pytest.raises(kie.DownloadError, match="expired"):
        await call(make_client().download(URL, tmp_path / "out.mp4"))
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("state", "words"), [("generating", "still generating"), ("fail", "failed")])
async def test_downloading_an_unfinished_or_failed_task_says_so(
    make_client: Make, api: FakeAPI, tmp_path: Path, state: str, words: str
) -> None:
    """``download()`` of a task without a result is a ``DownloadError`` naming its state, before any request."""
    info = kie.TaskInfo.from_data(record("t1", state))
    with pytest.raises(kie.DownloadError, match=words) as caught:
        await call(make_client().download(info, tmp_path))
    assert caught.value.task_id == "t1"
    assert api.requests == []


async def test_temp_files_of_a_killed_download_are_swept(make_client: Make, api: FakeAPI, tmp_path: Path) -> None:
    """A stale ``.part`` file left by a killed process goes with the next download to that folder; a fresh one stays."""
    stale = tmp_path / ".old.mp4.kie-abc123.part"
    fresh = tmp_path / ".other.mp4.kie-def456.part"
    stale.write_bytes(b"half a video")
    fresh.write_bytes(b"being written right now")
    hour_ago = time.time() - 3600
    os.utime(stale, (hour_ago, hour_ago))
    api.push(httpx.Response(200, content=mp4()))
    await call(make_client().download(URL, tmp_path / "out.mp4"))
    assert sorted(p.name for p in tmp_path.iterdir()) == [fresh.name, "out.mp4"]


async def test_an_async_download_hops_to_a_worker_thread_a_few_times_not_per_chunk(
    api: FakeAPI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """4 MiB arrive in 1 MiB write batches on the loop: no thread hop per 64 KiB chunk (64 before)."""
    from kie._async.io import run_blocking as real

    hops: list[str] = []

    async def counting(function: Callable[..., object], /, *args: object, **kwargs: object) -> object:
        hops.append(getattr(function, "__name__", "?"))
        return await real(function, *args, **kwargs)

    monkeypatch.setattr("kie._async.downloads.run_blocking", counting)
    body = mp4(b"\0" * (4 << 20))
    api.push(httpx.Response(200, content=body))
    client = kie.AsyncClient(
        api_key="k", base_url="https://api.example", http_client=httpx.AsyncClient(transport=httpx.MockTransport(api))
    )
    assert (await client.download(URL, tmp_path / "out.mp4")).read_bytes() == body
    assert len(hops) <= 4, hops  # open the temp file, write the tail, check the container, rename
    assert hops[0] == "atomic_writer", hops  # the hops counted are the download's own


def test_write_batches_gather_about_a_mebibyte_and_leave_the_loop_after_a_slow_write(tmp_path: Path) -> None:
    """``WriteBatch`` hands out ~``size`` bytes at a time; one write slower than ``slow`` turns ``inline`` off."""
    from kie._downloads import WriteBatch

    batch = WriteBatch(size=10, slow=3600.0)
    assert batch.add(b"12345") is None
    full = batch.add(b"67890")
    assert full == [b"12345", b"67890"]
    with (tmp_path / "f").open("wb") as handle:
        batch.write(handle, full)
        assert batch.inline
        slow = WriteBatch(size=10, slow=-1.0)  # every write counts as slow
        slow.write(handle, [b"x"])
        assert not slow.inline
    assert (tmp_path / "f").read_bytes() == b"1234567890x"
    assert batch.rest() == []


PAGES = Path(__file__).parents[1] / "fixtures" / "vendor-pages" / "market"


@pytest.mark.usefixtures("restore_models")
@pytest.mark.parametrize(
    ("page", "good", "bad", "wanted", "suffix"),
    [
        ("google/nano-banana.md", render_image(width=16, height=16), mp4(), "image/*", ".png"),
        ("elevenlabs/sound-effect-v2.md", render_audio(duration=0.5, mime="audio/wav"), render_image(width=8, height=8),
         "audio/*", ".mp3"),
    ],
    ids=["image-model", "audio-model"],
)  # fmt: skip
async def test_a_result_is_checked_against_the_models_category(
    make_client: Make, api: FakeAPI, tmp_path: Path, page: str, good: bytes, bad: bytes, wanted: str, suffix: str
) -> None:
    """An image model's result must be an image and an audio model's audio, by magic bytes: the other kind is refused.

    The URL has no extension, so the model's category (its vendor page's folder) says
    what to expect, and names the file when no path is given.
    """
    model = kie.register_model_spec(PAGES / page).id
    info = kie.TaskInfo.from_data(record("t1", model=model, resultJson='{"resultUrls": ["https://files.example/r"]}'))
    api.push(httpx.Response(200, content=bad))
    with pytest.raises(kie.DownloadError, match=f"not {re.escape(wanted)}"):
        await call(make_client().download(info, tmp_path))
    api.push(httpx.Response(200, content=good))
    saved = await call(make_client().download(info, tmp_path))
    assert (saved.name, saved.read_bytes()) == ("t1" + suffix, good)


def _cut(data: bytes) -> bytes:
    return data[: len(data) * 2 // 3]


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("page.png", b"<!doctype html><html><body>Service unavailable</body></html>"),
        ("cut.png", _cut(render_image(width=64, height=64))),
        ("cut.jpg", _cut(render_image(width=64, height=64, mime="image/jpeg"))),
        ("cut.mp3", _cut(render_audio(duration=1))),
        ("cut.wav", _cut(render_audio(duration=1, mime="audio/wav"))),
    ],
)
def test_junk_and_truncated_media_from_the_emulator_are_refused(
    kie_client: kie.Client, kie_emulator: Emulator, tmp_path: Path, name: str, body: bytes
) -> None:
    """An HTML page named like an image, and images or audio cut short, are served with 200 and still refused."""
    stored = httpx.post(
        f"{kie_emulator.url}/api/file-stream-upload",
        files={"file": (name, body)},
        data={"uploadPath": "junk", "fileName": name},
        headers={"Authorization": "Bearer k"},
        trust_env=False,
    ).json()
    target = tmp_path / name
    with pytest.raises(kie.DownloadError, match="nothing was saved"):
        kie_client.download(stored["data"]["downloadUrl"], target)
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def file_host() -> Iterator[tuple[str, bytes]]:
    """A real file host on 127.0.0.1 serving a 4 MiB MP4 (with its Content-Length): its URL and the bytes."""
    body = mp4(b"\0" * (4 << 20))

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "video/mp4")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            for start in range(0, len(body), 1 << 16):
                self.wfile.write(body[start : start + (1 << 16)])

        def log_message(self, *args: object) -> None:
            return None

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/r.mp4", body
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_each_chunk_is_on_disk_when_progress_reports_it(
    file_host: tuple[str, bytes], tmp_path: Path, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Chunks are written as they arrive, none gathered in memory.

    The temp file holds every byte reported but what the file's own buffer keeps (under 8 KiB).
    """
    monkeypatch.setattr("kie._async.downloads.SLOW_WRITE", float("inf"))  # a fast disk, whatever the machine's load
    url, body = file_host
    on_disk: list[tuple[int, int]] = []

    def progress(done: int, total: int | None) -> None:
        (part,) = tmp_path.glob(".out.mp4.kie-*.part")
        on_disk.append((done, part.stat().st_size))

    client: kie.Client | kie.AsyncClient = (
        kie.Client(api_key="k", base_url="http://127.0.0.1:9")
        if kind == "sync"
        else kie.AsyncClient(api_key="k", base_url="http://127.0.0.1:9")
    )
    path = await call(client.download(url, tmp_path / "out.mp4", on_progress=progress))
    assert path.read_bytes() == body
    assert len(on_disk) > 8  # the body came in many chunks
    assert all(0 <= done - size < io.DEFAULT_BUFFER_SIZE for done, size in on_disk), on_disk
    await call(client.close())


async def test_after_a_slow_write_the_loop_writes_through_a_worker_a_mebibyte_at_a_time(
    file_host: tuple[str, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once a write is slow (a network disk), chunks go to a worker thread in ~1 MiB batches, not one hop each."""
    from kie._async.io import run_blocking as real

    hops: list[str] = []

    async def counting(function: Callable[..., object], /, *args: object, **kwargs: object) -> object:
        hops.append(getattr(function, "__name__", "?"))
        return await real(function, *args, **kwargs)

    monkeypatch.setattr("kie._async.downloads.run_blocking", counting)
    monkeypatch.setattr("kie._async.downloads.SLOW_WRITE", -1.0)  # every write counts as slow
    url, body = file_host
    client = kie.AsyncClient(api_key="k", base_url="http://127.0.0.1:9")
    assert (await client.download(url, tmp_path / "out.mp4")).read_bytes() == body
    assert 3 <= hops.count("write") <= 6, hops  # 4 MiB in 1 MiB batches (and the tail), not 64 hops
    await client.close()


def test_one_slow_chunk_is_not_a_slow_disk_three_are(tmp_path: Path) -> None:
    """A chunk write slower than ``slow`` is a strike (a busy machine may preempt one write); the third ends inline."""
    from kie._downloads import WriteBatch

    batch = WriteBatch(slow=-1.0)  # every write counts as slow
    with (tmp_path / "f").open("wb") as handle:
        batch.write_now(handle, b"a")
        batch.write_now(handle, b"b")
        assert batch.inline
        batch.write_now(handle, b"c")
        assert not batch.inline
    assert (tmp_path / "f").read_bytes() == b"abc"
