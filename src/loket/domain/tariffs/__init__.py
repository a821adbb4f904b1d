"""Estimate of the income-related price per day of childcare (inkomenstarief), pure Python.

The desk estimates the price a family will find on its "attest inkomenstarief" (Kind en Gezin),
explains it step by step and points the family to lower prices. Figures come from one data file
a year (``data/<year>.toml``) with its source; a figure that is not published is never made up.
See docs/domain/tariffs.md.

Entry points for the Django layer:

- :func:`estimate` (a :class:`Household`, a year, the hours a day, optionally a :class:`CarePlan`)
  → :class:`Estimate` with the price per day and per month and the :class:`Step` list;
- :func:`explain_booking` → steps on "bestellen is betalen" and respite days for the plan;
- :func:`reduced_tariff_guidance` (a :class:`FamilySituation`, an estimate) → what may apply,
  the OCMW prices and the family's next steps;
- :func:`explain` (a step, a language) → the sentence in nl (default), en, fr or ar;
- :func:`estimate_to_dict` and friends → plain dicts for JSON.
"""

from .booking import RespiteDays, explain_booking, respite_days
from .calculation import (
    CarePlan,
    DayPrice,
    Estimate,
    Household,
    TariffInputError,
    estimate,
)
from .explain import LANGUAGES, Phrase, Step, explain, format_money
from .money import PriceRange
from .parameters import (
    ParameterFileError,
    UnknownYearError,
    YearParameters,
    available_years,
    load_year,
)
from .reduced import (
    INDIVIDUAL_REDUCED_TARIFF,
    OCMW_TARIFF,
    FamilySituation,
    ReducedTariffGuidance,
    ocmw_levels,
    reduced_tariff_guidance,
)
from .serialize import estimate_to_dict, guidance_to_dict, price_to_dict, steps_to_list

__all__ = [
    "INDIVIDUAL_REDUCED_TARIFF",
    "LANGUAGES",
    "OCMW_TARIFF",
    "CarePlan",
    "DayPrice",
    "Estimate",
    "FamilySituation",
    "Household",
    "ParameterFileError",
    "Phrase",
    "PriceRange",
    "ReducedTariffGuidance",
    "RespiteDays",
    "Step",
    "TariffInputError",
    "UnknownYearError",
    "YearParameters",
    "available_years",
    "estimate",
    "estimate_to_dict",
    "explain",
    "explain_booking",
    "format_money",
    "guidance_to_dict",
    "load_year",
    "ocmw_levels",
    "price_to_dict",
    "reduced_tariff_guidance",
    "respite_days",
    "steps_to_list",
]
