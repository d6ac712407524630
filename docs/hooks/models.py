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

import json
import re
import shlex
from collections.abc import Mapping
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

import kie
from kie.spec import end_image_field, start_image_field

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
    """Field name -> the ``generate`` keyword that fills it (``image_url`` -> ``image``); other fields go by name."""
    found: dict[str, str] = {}
    for field in info.fields.values():
        role = getattr(field, "role", None)
        if isinstance(role, str) and role:
            found[field.name] = role
    if found:
        return found
    if "prompt" in info.fields:
        found["prompt"] = "prompt"
    if info.image_fields:
        found[start_image_field(info).name] = "image"
        end = end_image_field(info)
        if end is not None:
            found[end.name] = "end_image"
    for name in ("duration", "resolution", "aspect_ratio"):
        if name in info.fields:
            found[name] = name
    return found


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


def example_arguments(info: kie.ModelInfo) -> dict[str, Any]:
    """The vendor's request example as ``generate`` keyword arguments (vocabulary first, then vendor names)."""
    example = dict((info.example or {}).get("input") or {})
    named = roles(info)
    vocabulary: dict[str, Any] = {}
    options: dict[str, Any] = {}
    for name, value in example.items():
        if value in ("", None, []) or name not in info.fields:
            continue
        keyword = named.get(name)
        if keyword is None:
            options[name] = value
        elif keyword == "prompt":
            vocabulary[keyword] = short_prompt(str(value))
        elif keyword in ("image", "end_image", "video", "audio") and isinstance(value, list):
            vocabulary[keyword] = value[0]
        elif keyword == "duration":
            vocabulary[keyword] = int(float(value))
        else:
            vocabulary[keyword] = value
    ordered = {k: vocabulary[k] for k in VOCABULARY if k in vocabulary}
    return ordered | {k: v for k, v in vocabulary.items() if k not in ordered} | options


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
    category = getattr(info, "category", "video")
    return {"image": ".png", "audio": ".mp3"}.get(str(category), ".mp4")


def cli_example(info: kie.ModelInfo) -> str:
    """The same call as a ``kie generate`` line (roles as flags, other fields as ``--option``)."""
    flags = {"prompt": "--prompt", "image": "--image", "end_image": "--end-image", "duration": "--duration"}
    flags |= {"resolution": "--resolution"}
    words = ["kie", "generate", info.id]
    for name, value in example_arguments(info).items():
        flag = flags.get(name)
        if flag is not None:
            words += [flag, str(value)]
        else:
            option = value if isinstance(value, str) else _json(value)
            words += ["--option", f"{name}={option}"]
    words += ["--output", f"result{_suffix(info)}"]
    return " ".join(shlex.quote(w) for w in words)


def _facts(info: kie.ModelInfo) -> str:
    rows = [("model id", f"`{info.id}`")]
    category = getattr(info, "category", None)
    if category:
        rows.append(("category", str(category)))
    if info.typical_seconds:
        rows.append(("typical time", f"about {info.typical_seconds:g} s from creation to success"))
    if info.output:
        rows.append(("fixed output", ", ".join(f"{k} {v}" for k, v in info.output.items())))
    rows.append(("required fields", ", ".join(f"`{n}`" for n in info.required) or "none"))
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
    taken = set(roles(info).values())
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
        category = getattr(info, "category", None) or ""
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
