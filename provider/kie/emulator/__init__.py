"""A local kie.ai emulator: the same jobs and upload API, served from 127.0.0.1, no credits spent.

What it emulates (``API-FACTS.md``, seeds 000-004): ``POST /api/v1/jobs/createTask``
(validated against the bundled spec, charged at creation), ``GET
/api/v1/jobs/recordInfo``, ``GET /api/v1/chat/credit``, ``POST
/api/v1/common/download-url``, the three upload endpoints
(``/api/file-stream-upload``, ``/api/file-base64-upload``, ``/api/file-url-upload``)
and ``GET /files/...`` for uploads and results. Tasks move waiting -> queuing ->
generating -> success on a configurable (injectable) clock, and each result is
a real file of the model's category (``kie.ModelInfo.category``): a playable
H.264 MP4 of the requested duration, resolution and aspect ratio (from the
uploaded first/last frame, a test pattern with the prompt otherwise), a PNG,
JPEG or WebP of the requested size and ``output_format``, or an MP3, WAV or Ogg
of the requested length. Identical renders are made once and kept on disk
(``render_cache_hits`` in ``/_emulator/stats``). ``Emulator(specs=[...])`` and
``kie emulator --spec PAGE`` add vendor pages' models. Callbacks are POSTed to
loopback ``callBackUrl``s only, signed when ``EmulatorConfig.hmac_key`` is set.

Quirks of the real API it reproduces: the ``{"code", "msg", "data"}`` envelope
with ``data: null`` on errors; HTTP 200 with an error code in the body (422
validation, "The model is not supported", "recordInfo is null", 402 credits);
HTTP 401 without a Bearer token; ``recordId`` equal to ``taskId``;
``resultJson`` ``""`` until success; ``param`` a JSON string whose ``input`` is
itself a JSON string; ``costTime`` in seconds; epoch-millisecond times.

Like the real service it can enforce one API key (``EmulatorConfig.api_key``:
any other key gets HTTP 401) and the account rate limit
(``EmulatorConfig.rate_limit``, e.g. ``"20/10"``: HTTP 429 with ``Retry-After``
beyond 20 createTask per 10 s, one window for every client and key of the
emulator, as for one account); both are off by default. A fleet of clients is
checked with ``GET /_emulator/stats`` (``created_count``, ``rate_limited_count``)
and ``GET /_emulator/tasks`` (each task's id, model, state and createTime). Hostile input is
answered, never crashed on: bodies over ``max_json_bytes`` (1 MiB) or
``max_upload_bytes`` (50 MiB) get HTTP 413 before they are read whole, JSON
nested past 64 levels is a 422, body codes stay in the vendor's list,
``/_emulator/*`` answers loopback callers only, and a foreign ``Host`` header is
never echoed into the URLs it hands out.

Faults, injected with ``Emulator.inject`` (the same method as
``EmulatorState.inject`` and ``FaultQueue.inject``) or ``POST
/_emulator/faults``: ``"429"`` (with ``Retry-After``), ``"455"``, ``"500"``,
``"drop"`` (connection closed without an answer), ``"slow"``, ``"malformed"``
(a non-JSON body), ``"433"``, ``"fail_task"`` (the next task ends in ``fail``);
each for ``count`` requests, optionally only on some ``paths``, and for
createTask optionally ``when="after"`` the task was created (an ambiguous
submit; only ``"500"``, ``"drop"``, ``"slow"`` and ``"malformed"``: a 429, 433 or
455 means the task was not created).

Time: task states follow ``EmulatorState.clock`` (``time.monotonic`` by
default); tests set ``emulator.state.clock = ManualClock()`` and ``advance()``
it instead of sleeping.

Layout: ``_app`` (``create_app`` and the route table), ``_jobs``, ``_uploads``
and ``_admin`` (the handlers), ``_middleware`` (request counting, faults, the
Bearer check, the rate limit), ``_guards`` (body limits, loopback-only admin),
``_http`` (the envelope, JSON bodies, URLs), ``_state`` (``EmulatorState``,
composed of ``_tasks.TaskStore``, ``_files.FileStore``, ``_faults.FaultQueue``
and ``_callbacks.CallbackDispatcher``), ``_records`` (config and records),
``_server`` (running it), ``_media`` (what a task's result is, from its input),
``_renders`` (the render cache on disk), and ``video``, ``image`` and ``audio``
(rendering and probing each kind).

Example:
    >>> from kie.emulator import Emulator
    >>> with Emulator() as emu:
    ...     emu.inject("429", retry_after=2, paths="/api/v1/jobs/createTask")
    ...     ...  # point a client at emu.url

"""

from ._app import create_app
from ._records import EmulatorConfig, ManualClock
from ._server import Emulator, ServerThread, serve, shared_emulator, shared_emulator_url
from ._state import EmulatorState

__all__ = [
    "Emulator",
    "EmulatorConfig",
    "EmulatorState",
    "ManualClock",
    "ServerThread",
    "create_app",
    "serve",
    "shared_emulator",
    "shared_emulator_url",
]
