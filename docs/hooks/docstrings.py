"""Docstrings as the reference pages show them: the reST ``::`` before a literal block reads as ``:``.

The package's docstrings are Google style with a few reST habits (``Example::`` then an
indented block). mkdocstrings renders the indented block as code already; this hook
drops the doubled colon that would otherwise end the paragraph before it.
"""

from __future__ import annotations

import re
from typing import Any

_LITERAL_INTRO = re.compile(r"::(\s*</p>)")


def on_page_content(html: str, **_: Any) -> str:
    """A paragraph ending in ``::`` (a reST literal-block intro) ends in ``:``."""
    return _LITERAL_INTRO.sub(r":\1", html)
