"""Run the allocation command line: ``python -m loket.allocation solve|verify|generate``."""

from loket.domain.allocation.cli import main

raise SystemExit(main())
