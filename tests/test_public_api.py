"""The public surface: ``kie.__all__`` is sorted and complete; every public name is documented."""

from __future__ import annotations

import importlib
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


PUBLIC_MODULES = [
    "kie",
    "kie.callbacks",
    "kie.cli",
    "kie.emulator",
    "kie.errors",
    "kie.media",
    "kie.signing",
    "kie.spec",
    "kie.testing",
    "kie.urls",
]


def _own_doc(obj: object) -> str:
    """The object's own docstring, never one inherited from a parent class (unlike ``inspect.getdoc``)."""
    if isinstance(obj, classmethod | staticmethod):
        obj = obj.__func__
    doc = obj.__dict__.get("__doc__") if inspect.isclass(obj) else getattr(obj, "__doc__", None)
    return (doc or "").strip()


def undocumented(name: str, obj: object) -> list[str]:
    """Names under ``obj`` (itself, and for a class its own public methods and properties) lacking a docstring."""
    if not (inspect.isclass(obj) or inspect.isfunction(obj)):
        return []
    missing = [] if _own_doc(obj) else [name]
    for attr, member in vars(obj).items() if inspect.isclass(obj) else ():
        documentable = isinstance(member, property | classmethod | staticmethod) or inspect.isfunction(member)
        if not attr.startswith("_") and documentable and not _own_doc(member):
            missing.append(f"{name}.{attr}")
    return missing


def test_the_docstring_check_catches_an_undocumented_subclass_method_and_property() -> None:
    """The check fails on an empty subclass (which would inherit a docstring) and on bare members."""

    class Bare(kie.KieError):
        pass

    class Members:
        """Documented class."""

        def method(self) -> None:
            pass

        @property
        def value(self) -> int:
            return 1

    assert undocumented("Bare", Bare) == ["Bare"]
    assert undocumented("Members", Members) == ["Members.method", "Members.value"]


def test_every_public_name_has_a_docstring() -> None:
    """Each public class, function, method and property of ``kie`` and its public modules has its own docstring."""
    missing = []
    for module_name in PUBLIC_MODULES:
        module = importlib.import_module(module_name)
        assert _own_doc(module), module_name
        for name in module.__all__:
            missing += undocumented(f"{module_name}.{name}", getattr(module, name))
    assert missing == []


def test_errors_subclass_the_builtins_they_resemble() -> None:
    """Validation errors are ValueErrors and timeouts are TimeoutErrors."""
    assert issubclass(kie.InputValidationError, ValueError)
    assert issubclass(kie.CallbackVerificationError, ValueError)
    assert issubclass(kie.WaitTimeoutError, TimeoutError)
    assert issubclass(kie.APITimeoutError, TimeoutError)
