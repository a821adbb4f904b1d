from django import forms
from django.utils.translation import gettext_lazy as _

from .models import AgeBand, Weekday

DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


class CapacityForm(forms.Form):
    """Places and free places per weekday and age band, as one grid."""

    def __init__(self, *args, location=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.location = location
        existing = {(c.weekday, c.age_band): c for c in location.capacities.all()}
        for day in DAYS:
            for band in AgeBand.values:
                cap = existing.get((day, band))
                self.fields[f"places_{day}_{band}"] = forms.IntegerField(
                    label=_("places"),
                    min_value=0,
                    max_value=200,
                    error_messages={"required": _("Give a number (0 when there are none).")},
                    initial=cap.places if cap else 0,
                )
                self.fields[f"free_{day}_{band}"] = forms.IntegerField(
                    label=_("free"),
                    min_value=0,
                    max_value=200,
                    error_messages={"required": _("Give a number (0 when there are none).")},
                    initial=cap.free_places if cap else 0,
                )

    def rows(self):
        out = []
        for day in DAYS:
            out.append(
                (
                    Weekday(day).label,
                    [
                        (
                            AgeBand(band).label,
                            self[f"places_{day}_{band}"],
                            self[f"free_{day}_{band}"],
                        )
                        for band in AgeBand.values
                    ],
                )
            )
        return out

    def rows_by_band(self):
        """One table per age band (narrow enough for a phone): (band, [(day, places, free)])."""
        return [
            (
                AgeBand(band).label,
                [
                    (Weekday(day).label, self[f"places_{day}_{band}"], self[f"free_{day}_{band}"])
                    for day in DAYS
                ],
            )
            for band in AgeBand.values
        ]

    def values(self) -> dict[tuple[str, str], tuple[int, int]]:
        cd = self.cleaned_data
        return {
            (day, band): (cd.get(f"places_{day}_{band}") or 0, cd.get(f"free_{day}_{band}") or 0)
            for day in DAYS
            for band in AgeBand.values
        }

    def add_service_errors(self, errors: dict) -> None:
        for key, messages in errors.items():
            day, what = key.split("_", 1)
            # A day's total above the licence belongs to that day's places; the rest to a cell.
            target = f"places_{day}_baby" if what == "places" else f"free_{day}_{what}"
            for message in messages:
                self.add_error(target, message)


class HoursForm(forms.Form):
    def __init__(self, *args, location=None, **kwargs):
        super().__init__(*args, **kwargs)
        existing = {h.weekday: h for h in location.opening_hours.all()}
        for day in DAYS:
            h = existing.get(day)
            time_input = forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
            self.fields[f"opens_{day}"] = forms.TimeField(
                label=_("opens"), required=False, initial=h.opens if h else None, widget=time_input
            )
            self.fields[f"closes_{day}"] = forms.TimeField(
                label=_("closes"),
                required=False,
                initial=h.closes if h else None,
                widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            )

    def clean(self):
        cleaned = super().clean()
        for day in DAYS:
            opens, closes = cleaned.get(f"opens_{day}"), cleaned.get(f"closes_{day}")
            if (opens is None) != (closes is None):
                self.add_error(
                    f"closes_{day}", _("Give both the opening and the closing time, or neither.")
                )
            elif opens and closes and closes <= opens:
                self.add_error(f"closes_{day}", _("Closing time must be after opening time."))
        return cleaned

    def rows(self):
        return [(Weekday(d).label, self[f"opens_{d}"], self[f"closes_{d}"]) for d in DAYS]

    def values(self):
        cd = self.cleaned_data
        return {
            d: (cd[f"opens_{d}"], cd[f"closes_{d}"]) if cd.get(f"opens_{d}") else None for d in DAYS
        }


class FreePlacesSearchForm(forms.Form):
    where = forms.CharField(label=_("Near (postcode or street)"), required=False, max_length=120)
    radius_km = forms.DecimalField(
        label=_("Within (km)"), required=False, min_value=0.5, max_value=50, decimal_places=1
    )
    neighbourhood = forms.ChoiceField(label=_("Neighbourhood"), required=False)
    age_band = forms.ChoiceField(
        label=_("Age"), required=False, choices=[("", _("all ages"))] + list(AgeBand.choices)
    )
    income_related = forms.ChoiceField(
        label=_("Price"),
        required=False,
        choices=[
            ("", _("any price")),
            ("yes", _("price based on income")),
            ("no", _("price set by the provider")),
        ],
    )
    opens_by = forms.TimeField(
        label=_("Open at the latest at"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}),
    )
    closes_after = forms.TimeField(
        label=_("Still open at"), required=False, widget=forms.TimeInput(attrs={"type": "time"})
    )

    def __init__(self, *args, municipality=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["neighbourhood"].choices = [("", _("all neighbourhoods"))] + [
            (str(n.pk), n.name) for n in municipality.neighbourhoods.all()
        ]
        for day in DAYS[:6]:
            self.fields[f"day_{day}"] = forms.BooleanField(label=Weekday(day).label, required=False)

    def day_fields(self):
        return [self[f"day_{d}"] for d in DAYS[:6]]

    def days(self):
        return [d for d in DAYS[:6] if self.cleaned_data.get(f"day_{d}")]
