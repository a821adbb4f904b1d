import datetime as dt

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from loket.locations.models import Location

from .models import PlacementKind


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class RoundForm(forms.Form):
    window_start = forms.DateField(label=_("Start dates from"), widget=DateInput())
    window_end = forms.DateField(label=_("Start dates until"), widget=DateInput())

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        today = timezone.localdate()
        self.fields["window_start"].initial = today
        self.fields["window_end"].initial = today + dt.timedelta(days=120)

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("window_start"), cleaned.get("window_end")
        if start and end and end < start:
            self.add_error("window_end", _("The end of the window is before its start."))
        return cleaned


class AnswerForm(forms.Form):
    keep_higher_choices = forms.BooleanField(
        label=_("I take this place, but I stay on the list for the locations I chose higher."),
        required=False,
    )


class DeclineForm(forms.Form):
    stay_on_list = forms.BooleanField(
        label=_("Keep my request on the waiting list"), required=False, initial=True
    )


class DeskOfferForm(forms.Form):
    location = forms.ModelChoiceField(label=_("Location"), queryset=Location.objects.none())
    start_date = forms.DateField(label=_("Start date"), required=False, widget=DateInput())

    def __init__(self, *args, municipality=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["location"].queryset = Location.objects.filter(
            municipality=municipality, active=True
        ).order_by("name")


class PlacementForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind of place"), choices=PlacementKind.choices)
    location = forms.ModelChoiceField(label=_("Location"), queryset=Location.objects.none())
    start_date = forms.DateField(label=_("Start date"), widget=DateInput())
    end_date = forms.DateField(label=_("End date"), required=False, widget=DateInput())

    def __init__(self, *args, municipality=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["location"].queryset = Location.objects.filter(
            municipality=municipality, active=True
        ).order_by("name")


class EndPlacementForm(forms.Form):
    end_date = forms.DateField(label=_("Last day"), widget=DateInput())
    reason = forms.CharField(label=_("Reason"), max_length=200, required=False)
