"""``kie credits``: print the account's remaining credits."""

# No ``from __future__ import annotations``: typer reads the signature at run time.

from ._json import print_json
from ._params import BaseUrlOption, JsonOption, ProviderOption, run_command
from ._session import EXIT_OK, Session

__all__ = ["credits", "run_credits"]


def credits(json_output: JsonOption = False, provider: ProviderOption = None, base_url: BaseUrlOption = None) -> None:
    """Print the account's remaining credits.\f

    Args:
        json_output: ``--json``.
        provider: ``--provider``.
        base_url: ``--base-url``.

    """  # noqa: D301, D415 - the form feed (\f) ends the --help text (click's convention)
    session = Session(json_output=json_output, provider=provider, base_url=base_url)
    run_command(session, lambda: run_credits(session))


def run_credits(session: Session) -> int:
    """Print the account's remaining credits (a float; ``{"credits": ...}`` under ``--json``).

    Args:
        session: the command run.

    Returns:
        0; errors raise.

    """
    with session.client() as client:
        remaining = client.get_credits()
    if session.json_output:
        print_json({"credits": remaining})
    else:
        print(f"{remaining:g}")
    return EXIT_OK
