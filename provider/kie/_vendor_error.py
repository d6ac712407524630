"""``VendorPageError``: a vendor page kie cannot turn into a model spec.

Its own module so that what ``import kie`` loads (the category and role
vocabularies, which raise it only while reading a page) does not load the
page normalizer's repairs with it. ``kie._vendor_examples`` and
``kie._vendor_pages`` export it too.
"""

from __future__ import annotations

__all__ = ["VendorPageError"]


class VendorPageError(ValueError):
    """A vendor page kie cannot turn into a model spec; the message names the page and the reason.

    Args:
        reason: what is wrong, in one line.
        source: the page (a file name), or ``None`` while it is not known yet.

    Attributes:
        reason: what is wrong, in one line.
        source: the page, or ``None``.

    """

    def __init__(self, reason: str, source: str | None = None) -> None:
        super().__init__(f"{source}: {reason}" if source else reason)
        self.reason = reason
        self.source = source
