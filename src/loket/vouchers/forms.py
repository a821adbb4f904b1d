"""Forms: the eligibility check with the family, issuing a booklet, using a voucher."""

from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from loket.families.models import FactKey
from loket.registrations.forms import LANGUAGE_CHOICES, DateInput

#: The six domains of the child-poverty index, as questions a partner can go through with the
#: family (seed 000).
DOMAIN_QUESTIONS = [
    (FactKey.WEAK_INCOME.value, _("Income: the family's monthly income is too low to live on")),
    (FactKey.WEAK_EDUCATION.value, _("Education: the parents did not finish secondary school")),
    (FactKey.WEAK_EMPLOYMENT.value, _("Work: no parent has a steady job")),
    (FactKey.WEAK_HOUSING.value, _("Housing: the home is too small, unhealthy or not sure")),
    (
        FactKey.WEAK_STIMULATION.value,
        _("Stimulation: the child gets few chances to play, talk and learn"),
    ),
    (FactKey.WEAK_HEALTH.value, _("Health: the child or a parent has health problems")),
]
EXTRA_QUESTIONS = [
    (FactKey.NO_SOCIAL_NETWORK.value, _("The family has nobody to fall back on")),
    (
        FactKey.BURDEN_EXCEEDS_CAPACITY.value,
        _("The family carries more than it can bear"),
    ),
]


class EligibilityForm(forms.Form):
    """The short check with the family: weak on which domains?"""

    domains = forms.MultipleChoiceField(
        label=_("Where does the family score weak?"),
        choices=DOMAIN_QUESTIONS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    extras = forms.MultipleChoiceField(
        label=_("Also important"),
        choices=EXTRA_QUESTIONS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def facts(self) -> set[str]:
        return set(self.cleaned_data.get("domains") or []) | set(
            self.cleaned_data.get("extras") or []
        )


class IssueForm(forms.Form):
    programme = forms.ModelChoiceField(label=_("Programme"), queryset=None, empty_label=None)
    child = forms.ModelChoiceField(label=_("For which child?"), queryset=None, empty_label=None)
    language = forms.ChoiceField(label=_("Language of the booklet"), choices=LANGUAGE_CHOICES)

    def __init__(self, *args, programmes, children, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["programme"].queryset = programmes
        self.fields["child"].queryset = children
        self.fields["child"].label_from_instance = lambda c: (
            f"{c.first_name or _('child')} ({c.birth_date:%d-%m-%Y})"
            if c.birth_date
            else f"{c.first_name or _('expected child')}"
        )


class RedeemForm(forms.Form):
    code = forms.CharField(
        label=_("Code on the voucher"),
        max_length=80,
        help_text=_("Type the code, with or without dashes, or scan the QR code on the voucher."),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )
    location = forms.ModelChoiceField(label=_("Location"), queryset=None, empty_label=None)
    moment_date = forms.DateField(label=_("Date of the care moment"), widget=DateInput())

    def __init__(self, *args, locations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["location"].queryset = locations
        self.fields["location"].label_from_instance = lambda loc: (
            loc.name if loc.accepts_vouchers else f"{loc.name} ({_('does not accept vouchers')})"
        )
        self.fields["moment_date"].initial = timezone.localdate

    def clean_moment_date(self):
        day = self.cleaned_data["moment_date"]
        if day > timezone.localdate():
            raise forms.ValidationError(_("The care moment cannot be in the future."))
        return day
