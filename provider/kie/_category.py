"""A model's category (``video``, ``image`` or ``audio``): the kind of media its tasks produce.

The normalizer (``_vendor_pages.normalize_page``) reads it from the page, in this order:

1. ``x-kie-category`` in the spec file (on the createTask operation, the
   document's root or the ``input`` schema): the project's override;
2. the vendor doc tool's ``x-apidog-folder`` of the createTask operation
   (``docs/en/Market/Video Models/Kling`` -> ``video``; the vendor writes
   ``Image    Models`` with a run of spaces, ``Music Models`` for audio);
3. for a page without either, the words of its title and model id
   (``...-to-video`` -> ``video``), with a warning that says so.

A page none of them settles is a ``VendorPageError`` asking for an
``x-kie-category``: never a guessed category. Source: ``vendor-pages/README.md``
(the folders of the 111 published pages: 61 video, 42 image, 6 music).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Literal, get_args

from ._vendor_error import VendorPageError

__all__ = ["CATEGORIES", "Category", "find_category"]

Category = Literal["video", "image", "audio"]
"""What a model's tasks produce: MP4 video, a PNG/JPEG/WebP image, or MP3/WAV audio."""

CATEGORIES: tuple[Category, ...] = get_args(Category)
"""The categories, in the order the docs list them."""

_OVERRIDE = "x-kie-category"
_FOLDER_WORDS: tuple[tuple[str, Category], ...] = (
    ("video", "video"),
    ("image", "image"),
    ("music", "audio"),
    ("audio", "audio"),
    ("speech", "audio"),
    ("sound", "audio"),
    ("voice", "audio"),
)
"""A folder segment's first word -> category (``Video Models``, ``Image Models``, ``Music Models``)."""

_TITLE_WORDS: tuple[tuple[str, Category], ...] = (
    (r"\bvideos?\b", "video"),
    (r"\b(images?|photos?|pictures?)\b", "image"),
    (r"\b(music|audio|speech|sound|songs?|voices?|dialogue|tts)\b", "audio"),
)
"""Words of a title or model id -> category; the first that matches wins (``image to video`` is video).
Patterns, compiled by ``re`` on first use (and kept in its cache): ``import kie`` compiles none."""


def _override(sources: tuple[Mapping[str, Any], ...]) -> Category | None:
    for node in sources:
        value = node.get(_OVERRIDE)
        if value is None:
            continue
        text = str(value).strip().lower()
        if text not in CATEGORIES:
            raise VendorPageError(f"{_OVERRIDE} {value!r} is not one of {', '.join(CATEGORIES)}")
        return text
    return None


def _from_folder(folder: Any) -> Category | None:
    """The category of an ``x-apidog-folder`` path: its ``<Kind> Models`` segment (any whitespace)."""
    for segment in str(folder or "").split("/"):
        words = segment.lower().split()
        if len(words) >= 2 and words[-1] == "models":
            return next((category for word, category in _FOLDER_WORDS if words[0] == word), None)
    return None


def _from_title(title: str, model_id: str) -> Category | None:
    text = re.sub(r"[^a-z0-9]+", " ", f"{title} {model_id}".lower())
    return next((category for words, category in _TITLE_WORDS if re.search(words, text)), None)


def find_category(
    operation: Mapping[str, Any],
    *overrides: Mapping[str, Any],
    model_id: str,
) -> tuple[Category, list[str]]:
    """The category of a page's model, and the warnings its choice needs.

    Call it on the page as read (before ``drop_vendor_noise`` removes ``x-apidog-folder``).

    Args:
        operation: the createTask ``post`` operation (``x-apidog-folder``, ``x-kie-category``, ``summary``).
        *overrides: more places an ``x-kie-category`` may sit (the document's root, the ``input`` schema).
        model_id: the model id, for the last resort (words of the id).

    Returns:
        ``(category, warnings)``: no warning when the spec file or the folder states it.

    Raises:
        VendorPageError: an ``x-kie-category`` that is not one of the three, or a page
            whose folder, title and id name no category (add ``x-kie-category``).

    """
    stated = _override((operation, *overrides))
    if stated is not None:
        return stated, []
    folder = operation.get("x-apidog-folder")
    found = _from_folder(folder)
    if found is not None:
        return found, []
    title = str(operation.get("summary") or "")
    guessed = _from_title(title, model_id)
    if guessed is None:
        where = f"x-apidog-folder {folder!r}" if folder else "no x-apidog-folder"
        raise VendorPageError(
            f"no category: {where}, and neither the title {title.strip()!r} nor the id {model_id!r} says "
            f"video, image or audio; add x-kie-category: video|image|audio to the createTask operation"
        )
    return guessed, [f"no category folder: {guessed!r} read from the title and id (x-kie-category overrides it)"]
