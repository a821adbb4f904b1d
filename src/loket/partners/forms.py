"""Forms of referral partners (reusing the request forms of loket.registrations) and the desk."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from loket.families.models import FactKey
from loket.locations.models import Location
from loket.registrations.forms import (
    ChildFieldsMixin,
    ParentFieldsMixin,
    RequestFieldsMixin,
    error_message,
    use_staff_wording,
)

#: Fields of the request itself: only checked when the partner files the request now.
REQUEST_FIELDS = (
    "desired_start",
    "plan_kind",
    "days_per_week",
    "hours_per_day",
    "preference_mode",
    "radius_km",
    "motive",
    "parent_note",
)


class ReferralForm(ChildFieldsMixin, RequestFieldsMixin, ParentFieldsMixin, forms.Form):
    """A partner refers a family: parent, child, what the partner knows, the family's consent,
    and, if the family wants it now, the childcare request (the same fields as the portal)."""

    email = forms.EmailField(label=_("E-mail (if the family has one)"), required=False)
    needs_interpreter = forms.BooleanField(label=_("Needs an interpreter"), required=False)
    attested_facts = forms.MultipleChoiceField(
        label=_("Also known to your organisation"),
        choices=[
            (FactKey.SOCIAL_INTEGRATION_INCOME.value, FactKey.SOCIAL_INTEGRATION_INCOME.label),
            (FactKey.HEALTH_OR_CARE.value, FactKey.HEALTH_OR_CARE.label),
            (FactKey.NO_SECONDARY_DIPLOMA.value, FactKey.NO_SECONDARY_DIPLOMA.label),
        ],
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    file_request = forms.BooleanField(
        label=_("File the childcare request now, together with the family"),
        required=False,
        help_text=_("You can also do it later from the family's page."),
    )
    consent = forms.BooleanField(
        label=_(
            "The family agrees that the childcare desk, the childcare locations it chooses and "
            "our organisation see its file and follow its request."
        ),
        error_messages={"required": _("Ask the family's agreement before you refer it.")},
    )

    def __init__(self, *args, municipality=None, **kwargs):
        super().__init__(*args, municipality=municipality, **kwargs)
        self.init_parent_fields(municipality)
        use_staff_wording(self)
        self.fields["single_parent"].label = _("Single parent")
        for name in ("birth_date", "expected_date"):
            self.fields[name].hide_optional = True
        if not self.wants_request:
            for name in ("plan_kind", "preference_mode", "motive"):
                self.fields[name].required = False

    @property
    def wants_request(self) -> bool:
        return bool(self.data.get("file_request")) if self.is_bound else False

    def declared_facts(self) -> list[str]:
        return super().declared_facts() + list(self.cleaned_data.get("attested_facts") or [])

    def family_input(self):
        data = super().family_input()
        data.needs_interpreter = bool(self.cleaned_data.get("needs_interpreter"))
        return data

    def clean(self):
        cleaned = super().clean()
        if self.wants_request:
            self.check_rules()
        else:
            for name in REQUEST_FIELDS:
                self.errors.pop(name, None)
            self._check_child()
        return cleaned

    def _check_child(self) -> None:
        """Without a request, still check the child's dates (the request rules do it otherwise)."""
        birth, expected = self.child_dates()
        today = timezone.localdate()
        if birth is None and expected is None:
            field = "expected_date" if self.cleaned_data.get("born") == "no" else "birth_date"
            self.add_error(field, error_message("birth_or_expected_required"))
        elif birth and birth > today:
            self.add_error("birth_date", error_message("birth_in_future"))
        elif expected and expected < today:
            self.add_error("expected_date", error_message("expected_date_past"))
        elif expected and expected > today + dt.timedelta(days=310):
            self.add_error("expected_date", error_message("expected_date_too_far"))


class PartnerRequestForm(RequestFieldsMixin, forms.Form):
    """File the request later, for a child the partner referred."""

    child = forms.ModelChoiceField(label=_("For which child?"), queryset=None, empty_label=None)

    field_order = ["child"]

    def __init__(self, *args, municipality=None, children=None, **kwargs):
        super().__init__(*args, municipality=municipality, **kwargs)
        self.fields["child"].queryset = children
        self.fields["child"].label_from_instance = lambda c: (
            c.first_name or str(_("expected child"))
        )

    def child_dates(self):
        child = self.cleaned_data.get("child")
        if child is None:
            return None, None
        return child.birth_date, (None if child.birth_date else child.expected_date)

    def clean(self):
        cleaned = super().clean()
        if "child" not in self.errors:
            self.check_rules()
        return cleaned


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


class IntroductionForm(forms.Form):
    location = forms.ModelChoiceField(
        label=_("Childcare location"), queryset=Location.objects.none()
    )
    meeting_at = forms.DateTimeField(
        label=_("Meeting on"), widget=DateTimeInput(), input_formats=["%Y-%m-%dT%H:%M"]
    )
    note = forms.CharField(label=_("Note for the location"), required=False, max_length=300)

    def __init__(self, *args, municipality=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["location"].queryset = Location.objects.filter(
            municipality=municipality, active=True
        ).order_by("name")

    def clean_meeting_at(self):
        value = self.cleaned_data["meeting_at"]
        if value < timezone.now() - dt.timedelta(days=1):
            raise forms.ValidationError(_("The meeting cannot be in the past."))
        return value


class CaseNoteForm(forms.Form):
    text = forms.CharField(
        label=_("Note"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )
    shared_with_partner = forms.BooleanField(
        label=_("The referring partner may read this note"), required=False
    )
