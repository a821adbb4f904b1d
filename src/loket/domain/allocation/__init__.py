"""The allocation engine (toewijzingsmotor): pure Python, contract allocation-v1.

``parse_instance`` validates an instance document, ``solve`` allocates the places (child-proposing
deferred acceptance with the contract's choice rule, plus a repair pass for part-time plans) and
explains every refusal, ``verify`` checks a result independently, ``explanation_sentence`` writes
an explanation for the family. See ``docs/allocation.md``.
"""

from .instance import Child, Instance, Location, ValidationError, load_instance, parse_instance
from .sentences import explanation_sentence
from .solver import Result, SolveStats, solve
from .verify import ResultFormatError, VerifyReport, verify

__all__ = [
    "Child",
    "Instance",
    "Location",
    "Result",
    "ResultFormatError",
    "SolveStats",
    "ValidationError",
    "VerifyReport",
    "explanation_sentence",
    "load_instance",
    "parse_instance",
    "solve",
    "verify",
]
