"""Credit estimates of ``kie batch run``: the price table shipped as data (``kie/data/prices.yaml``).

The table holds only prices a source states, each with its source; the file
also says when it was compiled. A model it does not list is *unknown* (never 0):
:class:`Estimate` is ``None`` for it, and totals count such rows apart. A price
given as a range stays a range; budgets (``--max-credits``) use its upper end,
so a batch never spends past them on the table's word. Needs neither typer nor rich.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any

import attrs

__all__ = ["Estimate", "PriceTable", "load_prices"]


@attrs.frozen
class Estimate:
    """A job's price in credits: ``low`` to ``high`` (equal for a single price), and its source."""

    low: float
    high: float
    source: str = ""

    def __str__(self) -> str:
        return f"{self.low:g}" if self.low == self.high else f"{self.low:g}-{self.high:g}"

    def __add__(self, other: Estimate) -> Estimate:
        return Estimate(self.low + other.low, self.high + other.high)


@attrs.frozen
class PriceTable:
    """The price table: per model an ``Estimate``, the named sources and the table's date.

    Attributes:
        prices: model id -> its ``Estimate``.
        sources: source name -> what it is (quoted in ``--dry-run``'s output).
        compiled: when the table was written (ISO date).

    """

    prices: Mapping[str, Estimate]
    sources: Mapping[str, str]
    compiled: str

    def estimate(self, model: str) -> Estimate | None:
        """The price of one job of ``model``, or ``None`` when no source states it."""
        return self.prices.get(model)

    def total(self, models: Iterable[str]) -> tuple[Estimate, int]:
        """The known total of one job per entry of ``models``, and how many of them are unpriced."""
        total, unknown = Estimate(0, 0), 0
        for model in models:
            price = self.estimate(model)
            if price is None:
                unknown += 1
            else:
                total += price
        return total, unknown


def _estimate(model: str, entry: Mapping[str, Any]) -> Estimate:
    credits = entry["credits"]
    low, high = (credits[0], credits[1]) if isinstance(credits, list) else (credits, credits)
    if not (0 <= float(low) <= float(high)):
        raise ValueError(f"prices.yaml: {model}: credits {credits!r} is not a price or a low-high range")
    return Estimate(float(low), float(high), str(entry["source"]))


def load_prices(text: str | None = None) -> PriceTable:
    """Read the price table (default: the one shipped in the package, ``kie/data/prices.yaml``).

    Args:
        text: the YAML text of a table, for a table of your own.

    Returns:
        The ``PriceTable``.

    Raises:
        ValueError: an entry without ``credits`` or ``source``, a source not described
            under ``sources``, or a price that is not a number or a low-high range.

    """
    import yaml  # a core dependency; imported on first use

    if text is None:
        text = resources.files("kie").joinpath("data", "prices.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    sources = {str(k): " ".join(str(v).split()) for k, v in (data.get("sources") or {}).items()}
    prices = {}
    for model, entry in (data.get("models") or {}).items():
        if not isinstance(entry, Mapping) or "credits" not in entry or entry.get("source") not in sources:
            raise ValueError(f"prices.yaml: {model} needs credits and a source listed under sources")
        prices[str(model)] = _estimate(str(model), entry)
    return PriceTable(prices=prices, sources=sources, compiled=str(data.get("compiled", "unknown")))
