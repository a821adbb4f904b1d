"""``python -m loket.tariffs``: see :mod:`loket.domain.tariffs.cli`."""

import sys

from loket.domain.tariffs.cli import main

sys.exit(main())
