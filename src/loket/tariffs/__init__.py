"""Command line for the price estimate: ``python -m loket.tariffs``; the code is in
:mod:`loket.domain.tariffs`."""
