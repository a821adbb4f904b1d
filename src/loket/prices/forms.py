"""The price calculator for parents and the desk's form for a family's income figures.

Amounts are typed as people write them: ``32000``, ``32.000``, ``32 000,50`` or ``32,000.50``.
Every field is a text field so what was typed is shown again next to its message.
"""

from __future__ import annotations

import re
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from loket.domain.tariffs.calculation import MAX_DAYS_PER_WEEK

from .selectors import CalculatorInputs

MAX_INCOME = Decimal("99999999.99")  # what Family.joint_taxable_income holds (10 digits)
MAX_CHILDREN = 20

_SPACES = re.compile(r"[\s\u00a0\u202f']")
_AMOUNT_FORMS = (
    (re.compile(r"^\d+$"), None, None),
    (re.compile(r"^\d+[.,]\d{1,2}$"), None, ","),
    (re.compile(r"^\d{1,3}(\.\d{3})+(,\d{1,2})?$"), ".", ","),  # 32.000,50
    (re.compile(r"^\d{1,3}(,\d{3})+(\.\d{1,2})?$"), ",", None),  # 32,000.50
)
_HOURS = re.compile(r"^\d{1,2}([.,]\d{1,2})?$")

MESSAGES = {
    "income_required": _("Give your joint taxable income, in euro a year."),
    "income_invalid": _("Write the income as an amount in euro, for example 32000 or 32.000,50."),
    "income_negative": _("The income cannot be less than 0."),
    "income_too_high": _("This amount is too high. Check it: the income is in euro a year."),
    "children_invalid": _(
        "Give the number of children in your charge: at least 1 (the child who goes to "
        "childcare) and at most 20."
    ),
    "multiple_birth_one_child": _("Twins or triplets means at least 2 children in your charge."),
    "hours_invalid": _(
        "Give the hours of care a day: more than 0 and at most 24, for example 8 or 8,5."
    ),
    "days_invalid": _("Choose how many days a week: from 1 to 7."),
}


def parse_amount(text: str) -> Decimal:
    """``"32.000,50"`` → ``Decimal("32000.50")``; ValidationError with a plain message."""
    value = _SPACES.sub("", str(text)).replace("€", "").replace("EUR", "").replace("eur", "")
    if value.startswith("-"):
        digits = value[1:]
        if any(pattern.match(digits) for pattern, _g, _d in _AMOUNT_FORMS):
            raise ValidationError(MESSAGES["income_negative"], code="negative")
    for pattern, group, decimal_mark in _AMOUNT_FORMS:
        if pattern.match(value):
            if group:
                value = value.replace(group, "")
            if decimal_mark:
                value = value.replace(decimal_mark, ".")
            amount = Decimal(value)
            if amount > MAX_INCOME:
                raise ValidationError(MESSAGES["income_too_high"], code="too_high")
            return amount
    raise ValidationError(MESSAGES["income_invalid"], code="invalid")


def parse_hours(text: str) -> Decimal:
    value = _SPACES.sub("", str(text))
    if not _HOURS.match(value):
        raise ValidationError(MESSAGES["hours_invalid"], code="invalid")
    hours = Decimal(value.replace(",", "."))
    if not 0 < hours <= 24:
        raise ValidationError(MESSAGES["hours_invalid"], code="out_of_range")
    return hours


def _text(**attrs) -> forms.TextInput:
    return forms.TextInput(attrs={"autocomplete": "off", **attrs})


class IncomeFieldsMixin(forms.Form):
    """Income, children in the family's charge, twins or triplets."""

    joint_taxable_income = forms.CharField(
        label=_("Joint taxable income of the parents, a year"),
        help_text=_(
            "You find it on your tax bill (aanslagbiljet) as 'gezamenlijk belastbaar inkomen': "
            "the taxable income of both parents together, in euro a year. Example: 32000."
        ),
        max_length=30,
        widget=_text(inputmode="decimal"),
        error_messages={"required": MESSAGES["income_required"]},
    )
    dependent_children = forms.IntegerField(
        label=_("How many children are in your charge?"),
        help_text=_("Count the child who will go to childcare too."),
        min_value=1,
        max_value=MAX_CHILDREN,
        widget=_text(inputmode="numeric", size=3),
        error_messages=dict.fromkeys(
            ("required", "invalid", "min_value", "max_value"), MESSAGES["children_invalid"]
        ),
    )
    multiple_birth = forms.BooleanField(label=_("We have twins or triplets"), required=False)

    def clean_joint_taxable_income(self) -> Decimal | None:
        text = self.cleaned_data.get("joint_taxable_income", "")
        if not text.strip():
            return None
        return parse_amount(text)

    def clean(self):
        cleaned = super().clean()
        children = cleaned.get("dependent_children")
        if cleaned.get("multiple_birth") and children is not None and children < 2:
            self.add_error("multiple_birth", MESSAGES["multiple_birth_one_child"])
        return cleaned


class CalculatorForm(IncomeFieldsMixin):
    """The parent's price calculator."""

    hours_per_day = forms.CharField(
        label=_("How many hours a day will your child be in childcare?"),
        help_text=_("On a usual day, for example 8 or 8,5."),
        max_length=10,
        widget=_text(inputmode="decimal", size=5),
        error_messages={"required": MESSAGES["hours_invalid"]},
    )
    days_per_week = forms.TypedChoiceField(
        label=_("How many days a week?"),
        choices=[(n, str(n)) for n in range(1, MAX_DAYS_PER_WEEK + 1)],
        coerce=int,
        initial=5,
        error_messages={
            "required": MESSAGES["days_invalid"],
            "invalid_choice": MESSAGES["days_invalid"],
        },
    )

    field_order = [
        "joint_taxable_income",
        "dependent_children",
        "multiple_birth",
        "hours_per_day",
        "days_per_week",
    ]

    def clean_hours_per_day(self) -> Decimal:
        return parse_hours(self.cleaned_data.get("hours_per_day", ""))

    def inputs(self) -> CalculatorInputs:
        cd = self.cleaned_data
        return CalculatorInputs(
            income=cd["joint_taxable_income"],
            dependent_children=cd["dependent_children"],
            multiple_birth=cd["multiple_birth"],
            hours_per_day=cd["hours_per_day"],
            days_per_week=cd["days_per_week"],
        )

    @classmethod
    def initial_from(cls, inputs: CalculatorInputs | None) -> dict:
        if inputs is None:
            return {"dependent_children": 1, "days_per_week": 5}
        return {
            "joint_taxable_income": _plain_number(inputs.income),
            "dependent_children": inputs.dependent_children,
            "multiple_birth": inputs.multiple_birth,
            "hours_per_day": _plain_number(inputs.hours_per_day),
            "days_per_week": inputs.days_per_week,
        }


class FamilyIncomeForm(IncomeFieldsMixin):
    """The desk records the family's income figures and its situation for lower prices."""

    social_integration_income = forms.BooleanField(
        label=_("The family lives on social integration income (leefloon)"), required=False
    )
    income_dropped = forms.BooleanField(
        label=_("The income has been at least 20% lower for 3 months"), required=False
    )
    cannot_pay = forms.BooleanField(label=_("The family cannot pay the price"), required=False)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("prefix", "price")
        super().__init__(*args, **kwargs)
        self.fields["joint_taxable_income"].required = False
        self.fields["dependent_children"].required = False
        self.fields["joint_taxable_income"].label = _("Joint taxable income a year")
        self.fields["joint_taxable_income"].help_text = _(
            "'Gezamenlijk belastbaar inkomen' on the tax bill (aanslagbiljet). Leave empty if "
            "not known."
        )
        self.fields["dependent_children"].label = _("Children in the family's charge")
        self.fields["multiple_birth"].label = _("Twins or triplets")

    def values(self) -> dict:
        return dict(self.cleaned_data)

    @classmethod
    def initial_from(cls, family) -> dict:
        children = family.dependent_children
        if children is None:
            children = len(family.children.all()) or None
        return {
            "joint_taxable_income": (
                ""
                if family.joint_taxable_income is None
                else _plain_number(family.joint_taxable_income)
            ),
            "dependent_children": children,
            "multiple_birth": family.multiple_birth,
            "social_integration_income": family.social_integration_income,
            "income_dropped": family.income_dropped,
            "cannot_pay": family.cannot_pay,
        }


def _plain_number(value: Decimal) -> str:
    """A number as the form shows it again: 30000.00 → "30000", 8.50 → "8,5" (nl, fr)."""
    text = f"{Decimal(value).normalize():f}"
    return text.replace(".", ",") if get_language() in ("nl", "fr") else text
