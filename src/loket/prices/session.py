"""The calculator's inputs in the parent's session, so other pages can show the estimate.

Only the session holds them (no model is written); "Forget my figures" removes them, and they go
when the session ends (logging out, or after SESSION_COOKIE_AGE).
"""

from __future__ import annotations

from .selectors import CalculatorInputs

SESSION_KEY = "loket.prices.inputs"


def inputs_get(request) -> CalculatorInputs | None:
    return CalculatorInputs.from_session(request.session.get(SESSION_KEY))


def inputs_remember(request, inputs: CalculatorInputs) -> None:
    request.session[SESSION_KEY] = inputs.to_session()


def inputs_forget(request) -> None:
    request.session.pop(SESSION_KEY, None)
