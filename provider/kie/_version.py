"""The package version (read by hatchling for the wheel)."""

__all__ = ["__version__"]

__version__ = "0.1.0"
