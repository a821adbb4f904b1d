"""The analysis' choices: municipality and reference year; a proposal of new places."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _


class ScopeForm(forms.Form):
    municipality = forms.TypedChoiceField(label=_("Municipality"), coerce=int, required=False)
    year = forms.TypedChoiceField(label=_("Reference year"), coerce=int, required=False)

    def __init__(self, *args, municipalities, years, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["municipality"].choices = [(m.pk, m.name) for m in municipalities]
        self.fields["year"].choices = [(y, str(y)) for y in years]


class ExpansionForm(forms.Form):
    neighbourhood = forms.ChoiceField(label=_("Neighbourhood"))
    new_places = forms.IntegerField(
        label=_("Number of new places"), min_value=1, max_value=1000, initial=14
    )
    kind = forms.ChoiceField(
        label=_("Kind of places"),
        choices=[
            ("income", _("income-related places (income tariff)")),
            ("free", _("free-price places")),
        ],
        initial="income",
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, neighbourhoods, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["neighbourhood"].choices = neighbourhoods
        self.fields["new_places"].widget.attrs["class"] = "narrow"
