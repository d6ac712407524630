"""``python -m kie.cli``: the ``kie`` command."""

import sys

from . import main

__all__: list[str] = []

sys.exit(main())
