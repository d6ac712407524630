"""What ``import kie`` loads: only what every program needs (issue "Performance": import kie <= 1.25x httpx)."""

from __future__ import annotations

import subprocess
import sys

import pytest

LAZY = ["asyncio", "concurrent.futures", "difflib", "importlib.resources", "jsonschema", "kie_api", "statistics"]
LAZY += ["kie._vendor_examples"]  # the page normalizer: register_model_spec and KIE_MODEL_SPECS load it


@pytest.mark.parametrize("module", LAZY)
def test_import_kie_leaves_a_module_for_first_use(module: str) -> None:
    """``import kie`` does not import ``module``: it loads when first needed (an asyncio program has asyncio)."""
    code = f"import sys, httpx; before = set(sys.modules); import kie; print({module!r} in set(sys.modules) - before)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout == "False\n"


def test_model_id_still_reads_as_a_name_of_kie() -> None:
    """``kie.ModelId`` (imported on first use) is the generated ``Literal`` of the bundled model ids."""
    import typing

    import kie

    assert "wan/2-5-image-to-video" in typing.get_args(kie.ModelId)
    assert "ModelId" in dir(kie)
