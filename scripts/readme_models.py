"""Print (or, with ``--write``, refresh in README.md) the model table derived from the bundled spec."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import kie

README = Path(__file__).resolve().parent.parent / "README.md"
START, END = "<!-- models:start -->", "<!-- models:end -->"


def _field(field: kie.FieldInfo) -> str:
    facts = [field.type if field.item_type is None else f"{field.type} of {field.item_type}"]
    if field.required:
        facts.append("required")
    if field.enum is not None:
        facts.append("/".join(f"`{v}`" for v in field.enum))
    if field.max_length is not None:
        facts.append(f"max {field.max_length} chars")
    if field.accept:
        facts.append(f"{', '.join(a.split('/')[1] for a in field.accept)} <= {(field.max_bytes or 0) // 2**20} MB")
    if field.has_default:
        facts.append(f"default `{json.dumps(field.default)}`")
    return f"`{field.name}` ({', '.join(facts)})"


def table() -> str:
    """The markdown table of every model in ``kie.MODELS``."""
    lines = ["| model id | input fields |", "|---|---|"]
    for info in kie.MODELS.values():
        fixed = f" Fixed output: {', '.join(f'{k} {v}' for k, v in info.output.items())}." if info.output else ""
        lines.append(f"| `{info.id}` | {'; '.join(_field(f) for f in info.fields.values())}.{fixed} |")
    return "\n".join(lines)


def main() -> int:
    """Print the table, or replace the README's table between its markers with ``--write``."""
    text = table()
    if "--write" not in sys.argv:
        print(text)
        return 0
    readme = README.read_text(encoding="utf-8")
    head, rest = readme.split(START, 1)
    _, tail = rest.split(END, 1)
    README.write_text(f"{head}{START}\n{text}\n{END}{tail}", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
