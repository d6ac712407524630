"""The model reference, generated at build time from ``kie.MODELS`` (a mkdocs hook; nothing generated is committed).

``on_config`` adds a page per model to the nav's "Models" section (after its
``models/index.md``, grouped by family: ``kling``, ``wan``, ...), ``on_files`` writes the pages themselves: the index (a
table of every model) and, per model, its fields (type, limits, default, the
``generate`` name that reaches it), an example ``generate`` call, the same as a
``kie generate`` line, and the vendor's request example. The examples are the
vendor's own request example spoken in the ``generate`` vocabulary, so they are
valid input; ``tests/test_docs_models.py`` runs every one on the emulator.

The page of model ``wan/2-5-image-to-video`` is ``models/wan/2-5-image-to-video.md``
(the id's slashes become folders).
"""

from __future__ import annotations

import inspect
import json
import re
import shlex
from collections.abc import Mapping
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

import kie

INDEX = "models/index.md"
SECTION = "Models"
PROMPT_CHARS = 90
"""Example prompts are cut to about this many characters (at a word), to keep the examples readable."""

VOCABULARY = ("prompt", "image", "end_image", "images", "video", "audio", "duration", "resolution", "aspect_ratio")
"""The ``generate`` keywords, in the order an example passes them."""


def page_path(model_id: str) -> str:
    """The docs path of a model's page: its id's slashes become folders (``models/wan/2-5-image-to-video.md``)."""
    return f"models/{model_id}.md"


def roles(info: kie.ModelInfo) -> dict[str, str]:
    """Field name -> the ``generate`` keyword that fills it (``image_url`` -> ``image``): the fields' ``x-kie-role``."""
    return {field.name: field.role for field in info.fields.values() if field.role is not None}


PLACEHOLDERS: dict[str, Any] = {
    "prompt": "a paper boat sails across a rainy street, cinematic",
    "image": "https://example.com/first-frame.png",
    "end_image": "https://example.com/last-frame.png",
    "images": ["https://example.com/reference.png"],
    "video": "https://example.com/input.mp4",
    "audio": "https://example.com/input.mp3",
}
"""What an example passes for a role the model requires when the vendor's own example leaves it out."""

RESERVED = frozenset(inspect.signature(kie.Client.generate).parameters) - {"self", "model_options", *VOCABULARY}
"""``generate``'s own parameters besides the vocabulary (``timeout``, ``job_id``...): a vendor field of the
same name cannot pass through ``**model_options``."""


def _cell(text: str) -> str:
    """Text made safe for one markdown table cell."""
    return " ".join(text.replace("|", "\\|").replace("<", "&lt;").split())


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _py(value: Any) -> str:
    """A JSON value as a Python literal, strings in double quotes (the project's style)."""
    if isinstance(value, str):
        return _json(value)
    if isinstance(value, list):
        return "[" + ", ".join(_py(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_json(str(k))}: {_py(v)}" for k, v in value.items()) + "}"
    return repr(value)


def _limits(field: kie.FieldInfo) -> str:
    """A field's allowed values and limits, in words."""
    facts: list[str] = []
    if field.enum is not None:
        facts.append("one of " + ", ".join(f"`{_json(v)}`" for v in field.enum))
    if field.max_length is not None:
        facts.append(f"at most {field.max_length} characters")
    if field.min_items is not None or field.max_items is not None:
        low, high = field.min_items, field.max_items
        facts.append(f"{low if low is not None else 0} to {high if high is not None else 'any number of'} items")
    if field.accept:
        kinds = ", ".join(a.split("/", 1)[1] for a in field.accept)
        size = f" up to {field.max_bytes / 2**20:g} MB" if field.max_bytes else ""
        facts.append(f"a URL of a {kinds} file{size}")
    return "; ".join(facts)


def _type(field: kie.FieldInfo) -> str:
    return field.type if field.item_type is None else f"{field.type} of {field.item_type}"


def fields_table(info: kie.ModelInfo) -> str:
    """The markdown table of a model's input fields."""
    named = roles(info)
    lines = [
        "| field | type | required | values and limits | default | `generate` | description |",
        "|---|---|---|---|---|---|---|",
    ]
    for field in info.fields.values():
        default = f"`{_cell(_json(field.default))}`" if field.has_default else ""
        keyword = named.get(field.name, f"{field.name}=" if field.name != "prompt" else "prompt")
        cells = (
            f"`{field.name}`",
            _type(field),
            "yes" if field.required else "",
            _cell(_limits(field)),
            default,
            f"`{keyword}`",
            _cell(field.description),
        )
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def short_prompt(text: str) -> str:
    """The example prompt, cut at a word to about ``PROMPT_CHARS`` characters."""
    text = " ".join(text.split())
    if len(text) <= PROMPT_CHARS:
        return text
    return text[:PROMPT_CHARS].rsplit(" ", 1)[0].rstrip(",.;:") + "..."


def _seconds(value: Any) -> int | float:
    seconds = float(value)
    return int(seconds) if seconds.is_integer() else seconds


def example_arguments(info: kie.ModelInfo) -> dict[str, Any]:
    """The vendor's request example as ``generate`` keyword arguments (the vocabulary first, then vendor names)."""
    vocabulary, options = split_example(info)
    return vocabulary | options


def split_example(info: kie.ModelInfo) -> tuple[dict[str, Any], dict[str, Any]]:
    """The vendor's request example as ``generate``'s vocabulary (role -> value) and its options (field -> value).

    Empty values are left out; a list given to a one-item role (``image``, ``video``...) gives
    its first item; a file field without a role is left out (``generate`` takes files by role only),
    and so is a field named like one of ``generate``'s own parameters. A role the model requires
    that the example lacks gets a placeholder (``PLACEHOLDERS``).
    """
    example = dict((info.example or {}).get("input") or {})
    named = roles(info)
    vocabulary: dict[str, Any] = {}
    options: dict[str, Any] = {}
    for name, value in example.items():
        field = info.fields.get(name)
        if value in ("", None, [], {}) or field is None:
            continue
        keyword = named.get(name)
        if keyword is None:
            if not field.is_file and name not in RESERVED:
                options[name] = value
        elif keyword == "prompt":
            vocabulary[keyword] = short_prompt(str(value))
        elif keyword == "images":
            vocabulary[keyword] = value if isinstance(value, list) else [value]
        elif isinstance(value, list):
            vocabulary[keyword] = value[0]
        elif keyword == "duration":
            vocabulary[keyword] = _seconds(value)
        else:
            vocabulary[keyword] = value
    for name in info.required:
        keyword = named.get(name)
        if keyword in PLACEHOLDERS and keyword not in vocabulary and not info.fields[name].has_default:
            vocabulary[keyword] = PLACEHOLDERS[keyword]
    return {k: vocabulary[k] for k in VOCABULARY if k in vocabulary}, options


def python_example(info: kie.ModelInfo) -> str:
    """A ``client.generate`` call with the model's example input, and the download."""
    arguments = example_arguments(info)
    lines = [f"        {name}={_py(value)}," for name, value in arguments.items()]
    suffix = _suffix(info)
    return "\n".join(
        [
            "import kie",
            "",
            "with kie.Client() as client:  # KIE_API_KEY from the environment",
            "    info = client.generate(",
            f"        {_json(info.id)},",
            *lines,
            "    )",
            f'    client.download(info, "result{suffix}")',
        ]
    )


def _suffix(info: kie.ModelInfo) -> str:
    return {"image": ".png", "audio": ".mp3"}.get(info.category, ".mp4")


FLAGS = {role: "--" + role.replace("_", "-") for role in VOCABULARY}
"""The ``kie generate`` flag of each role (``end_image`` -> ``--end-image``; ``--images`` repeats)."""


def _option(name: str, value: Any) -> str:
    """``--option NAME=VALUE`` text: JSON, except a string that JSON would read as something else stays quoted."""
    if isinstance(value, str):
        try:
            json.loads(value)
        except ValueError:
            return f"{name}={value}"
    return f"{name}={_json(value)}"


def cli_example(info: kie.ModelInfo) -> str:
    """The same call as a ``kie generate`` line (roles as flags, other fields as ``--option``)."""
    words = ["kie", "generate", info.id]
    vocabulary, options = split_example(info)
    for role, value in vocabulary.items():
        if role == "images":
            for item in value:
                words += ["--images", str(item)]
        elif role == "duration" and not (isinstance(value, int) and value >= 1):
            words += ["--option", _option(info.roles[role], value)]  # the flag takes whole seconds >= 1
        else:
            words += [FLAGS[role], str(value)]
    for name, value in options.items():
        words += ["--option", _option(name, value)]
    words += ["--output", f"result{_suffix(info)}"]
    return " ".join(shlex.quote(w) for w in words)


def _facts(info: kie.ModelInfo) -> str:
    rows = [("model id", f"`{info.id}`")]
    rows.append(("category", info.category))
    if info.typical_seconds:
        rows.append(("typical time", f"about {info.typical_seconds:g} s from creation to success"))
    if info.output:
        rows.append(("fixed output", ", ".join(f"{k} {v}" for k, v in info.output.items())))
    rows.append(("required fields", ", ".join(f"`{n}`" for n in info.required) or "none"))
    taken = ", ".join(f"`{role}` → `{field}`" for role, field in info.roles.items())
    rows.append(("`generate` roles", taken or "none: every field by its own name"))
    rows.append(("spec", f"`openapi/models/{info.source}`"))
    rows.append(("typed input class", f"`kie_api.models.{info.input_class_name}`"))
    return "\n".join(["| | |", "|---|---|", *(f"| {k} | {v} |" for k, v in rows)])


def model_page(info: kie.ModelInfo) -> str:
    """The markdown page of one model."""
    example = _json(dict(info.example)) if info.example else None
    parts = [
        f"# {info.id}",
        _cell(info.description) or "",
        _facts(info),
        "## Input fields",
        "The `generate` column is the keyword that fills the field; a field the vocabulary does not "
        "cover passes through by its own name (`name=value`, or `--option name=value` on the command line).",
        fields_table(info),
        "## Example",
        "```python\n" + python_example(info) + "\n```",
        "From the command line (add `--provider emulator` to try it on the local emulator, no credits spent):",
        "```sh\n" + cli_example(info) + "\n```",
    ]
    if example is not None:
        parts += [
            "The vendor's request example, which `kie generate MODEL --example` starts from and "
            "`client.create_task(model, example['input'])` takes as it is:",
            "```json\n" + json.dumps(dict(info.example or {}), ensure_ascii=False, indent=2) + "\n```",
        ]
    return "\n\n".join(p for p in parts if p) + "\n"


def _roles_summary(info: kie.ModelInfo) -> str:
    """The ``generate`` keywords a model takes, in the vocabulary's order (a role it does not know of, last)."""
    taken = set(info.roles)
    ordered = [r for r in VOCABULARY if r in taken] + sorted(taken - set(VOCABULARY))
    return ", ".join(f"`{r}`" for r in ordered)


def index_page(models: Mapping[str, kie.ModelInfo]) -> str:
    """The index: a table of every model with its category, its ``generate`` roles and its typical time."""
    lines = [
        "# Models",
        "",
        f"{len(models)} models are bundled: each has a page with its fields, limits, defaults and an "
        "example, generated from the bundled spec when the site is built. `kie models` lists the same "
        "from the command line; a model the bundle lacks can be added from its vendor page "
        "([vendor pages](../vendor-pages.md)).",
        "",
        "| model | category | `generate` roles | typical seconds |",
        "|---|---|---|---|",
    ]
    for info in models.values():
        category = info.category
        seconds = f"{info.typical_seconds:g}" if info.typical_seconds else ""
        link = page_path(info.id).removeprefix("models/")
        lines.append(f"| [`{info.id}`]({link}) | {category} | {_roles_summary(info)} | {seconds} |")
    return "\n".join(lines) + "\n"


def family(model_id: str) -> str:
    """The family a model's nav entry sits under: the id's leading word (``kling-2.6/...`` -> ``kling``)."""
    match = re.match(r"[a-z]+", model_id.lower())
    return match.group(0) if match else model_id


def nav_entries(models: Mapping[str, kie.ModelInfo]) -> list[dict[str, Any]]:
    """The nav entries of the model pages: one section per family, one entry per model, sorted by id."""
    families: dict[str, list[dict[str, str]]] = {}
    for info in sorted(models.values(), key=lambda i: i.id):
        families.setdefault(family(info.id), []).append({info.id: page_path(info.id)})
    return [{name: entries} for name, entries in sorted(families.items())]


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Add the model pages after ``models/index.md`` in the nav's "Models" section."""
    for entry in config.nav or []:
        if isinstance(entry, dict) and SECTION in entry:
            section = entry[SECTION]
            if isinstance(section, list) and INDEX in section:
                section[section.index(INDEX) + 1 :] = nav_entries(kie.MODELS)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Write the index and every model's page (in memory: the build reads them like written pages)."""
    files.append(File.generated(config, INDEX, content=index_page(kie.MODELS)))
    for info in kie.MODELS.values():
        files.append(File.generated(config, page_path(info.id), content=model_page(info)))
    return files
