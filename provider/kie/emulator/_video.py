"""Old home of the MP4 renderer and prober, kept for importers outside the emulator: use ``kie.emulator.video``.

``tests/test_cli.py``, ``tests/test_e2e.py``, ``tests/test_examples.py`` and
``scripts/bench_seed_examples.py`` still import from here; once they import
``kie.emulator.video`` this module goes.
"""

from .video import VideoProbe, output_size, probe_mp4, render_mp4

__all__ = ["VideoProbe", "output_size", "probe_mp4", "render_mp4"]
