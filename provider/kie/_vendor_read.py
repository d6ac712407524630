"""Read a vendor page in any of its three forms: the markdown page with its ```yaml fence, bare YAML, or JSON.

The first step of the normalizer (``_vendor_pages.normalize_page``). Source: ``vendor-pages/README.md``.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ._vendor_examples import VendorPageError

__all__ = ["read_page"]

_FENCE_OPEN = re.compile(r"^```[ \t]*(ya?ml|json)[ \t]*$", re.IGNORECASE)


def _parse_yaml(text: str) -> Any:
    import yaml  # only for YAML pages: a JSON page needs no YAML parser

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when the wheel has it: 5x faster
    try:
        return yaml.load(text, Loader=loader)  # noqa: S506  # a safe loader, C or Python
    except yaml.YAMLError as exc:
        raise VendorPageError(f"not valid YAML: {' '.join(str(exc).split())}") from None


def _fenced(text: str) -> str | None:
    """The body of the page's first ```yaml (or ```json) fence, or None when it has none.

    The fence ends only at a fence that starts a line: the vendor's descriptions
    hold fenced code blocks of their own, indented inside the YAML.
    """
    lines = text.splitlines(keepends=True)
    for start, line in enumerate(lines):
        if _FENCE_OPEN.match(line.rstrip("\r\n")):
            for end in range(start + 1, len(lines)):
                if lines[end].startswith("```"):
                    return "".join(lines[start + 1 : end])
            raise VendorPageError("the ```yaml fence never closes (no line starting with ``` after it)")
    return None


def read_page(text: str) -> dict[str, Any]:
    """Parse a vendor page in any of its three forms into an OpenAPI document.

    Args:
        text: a markdown page with a ```yaml fence (as docs.kie.ai publishes it),
            bare YAML, or JSON.

    Returns:
        The document as a dict (not yet repaired).

    Raises:
        VendorPageError: the text is none of the three forms, or not an OpenAPI document.

    """
    body = text.lstrip("\ufeff")
    fenced = _fenced(body)
    try:
        doc = json.loads(body) if fenced is None and body.lstrip().startswith("{") else _parse_yaml(fenced or body)
    except json.JSONDecodeError as exc:
        raise VendorPageError(f"not valid JSON: {exc}") from None
    if not isinstance(doc, dict) or "paths" not in doc:
        raise VendorPageError("not an OpenAPI document (no ```yaml fence, and no `paths` in the YAML or JSON)")
    return doc
