"""``kie models``: list the models and their fields, or describe one model's fields in full."""

# No ``from __future__ import annotations``: typer reads the signature at run time.

from typing import Annotated

import typer

from kie import MODELS
from kie.spec import get_model

from ._json import model_json, print_json
from ._params import JsonOption, complete_model, run_command
from ._render import print_model, print_models
from ._session import EXIT_OK, Session

__all__ = ["models", "run_models"]

Model = Annotated[
    str | None,
    typer.Argument(
        help="Show every field of this model.", metavar="[MODEL]", autocompletion=complete_model, show_default=False
    ),
]


def models(model: Model = None, json_output: JsonOption = False) -> None:
    """List the models and their fields, or describe one model's fields in full.\f

    Args:
        model: the model to describe, or ``None`` for the list.
        json_output: ``--json``.

    """  # noqa: D301, D415 - the form feed (\f) ends the --help text (click's convention)
    session = Session(json_output=json_output)
    run_command(session, lambda: run_models(session, model))


def run_models(session: Session, model: str | None) -> int:
    """Print every model (a table, or JSON by id), or every field of one.

    Args:
        session: the command run.
        model: the model id, or ``None`` for all.

    Returns:
        0.

    Raises:
        InputValidationError: an unknown model id.

    """
    if model is None:
        if session.json_output:
            print_json({info.id: model_json(info) for info in MODELS.values()})
        else:
            print_models(MODELS)
        return EXIT_OK
    info = get_model(model)
    if session.json_output:
        print_json(model_json(info))
    else:
        print_model(info)
    return EXIT_OK
