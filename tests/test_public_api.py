"""The public surface: ``kie.__all__`` is sorted and complete; every public name is documented."""

from __future__ import annotations

import inspect

import kie
import kie.errors


def test_all_is_sorted_and_complete() -> None:
    """``kie.__all__`` is sorted and lists every public name the package defines."""
    assert kie.__all__ == sorted(kie.__all__, key=lambda n: (not n.isupper(), n))
    public = {n for n in dir(kie) if not n.startswith("_") and not inspect.ismodule(getattr(kie, n))}
    assert public - {"annotations"} == set(kie.__all__) - {"__version__"}


def test_errors_are_all_reexported() -> None:
    """Every class of ``kie.errors`` is also importable from ``kie``."""
    for name in kie.errors.__all__:
        assert getattr(kie, name) is getattr(kie.errors, name)


def test_every_public_name_has_a_docstring() -> None:
    """Each public class, function and method of ``kie`` has a docstring."""
    missing = []
    for name in kie.__all__:
        obj = getattr(kie, name)
        if inspect.isclass(obj) or inspect.isfunction(obj):
            if not inspect.getdoc(obj):
                missing.append(name)
            for attr, member in vars(obj).items() if inspect.isclass(obj) else ():
                if not attr.startswith("_") and callable(member) and not inspect.getdoc(member):
                    missing.append(f"{name}.{attr}")
    assert missing == []


def test_errors_subclass_the_builtins_they_resemble() -> None:
    """Validation errors are ValueErrors and timeouts are TimeoutErrors."""
    assert issubclass(kie.InputValidationError, ValueError)
    assert issubclass(kie.CallbackVerificationError, ValueError)
    assert issubclass(kie.WaitTimeoutError, TimeoutError)
    assert issubclass(kie.APITimeoutError, TimeoutError)
