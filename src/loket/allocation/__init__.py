"""``python -m loket.allocation``: the allocation engine's command line.

The engine lives in :mod:`loket.domain.allocation`; this package only gives it the short module
name of contract allocation-v1.
"""

from loket.domain.allocation import parse_instance, solve, verify

__all__ = ["parse_instance", "solve", "verify"]
