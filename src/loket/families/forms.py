from django import forms
from django.utils.translation import gettext_lazy as _

from .models import FactKey, FactSource, NeedKind, NeedStatus, ReferralTarget


class FactForm(forms.Form):
    key = forms.ChoiceField(label=_("Fact"), choices=FactKey.choices)
    source = forms.ChoiceField(
        label=_("Source"),
        choices=[(FactSource.CHECKED, FactSource.CHECKED.label)],
        initial=FactSource.CHECKED,
    )


class NeedForm(forms.Form):
    kind = forms.ChoiceField(label=_("What does the family need?"), choices=NeedKind.choices)
    description = forms.CharField(
        label=_("Short description"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=1000,
    )
    referred_to = forms.ChoiceField(
        label=_("Referred to"),
        choices=[("", _("(not yet)"))] + list(ReferralTarget.choices),
        required=False,
    )


class NeedStatusForm(forms.Form):
    status = forms.ChoiceField(choices=NeedStatus.choices)


class NotesForm(forms.Form):
    desk_notes = forms.CharField(
        label=_("Notes of the desk"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=5000,
    )
