"""Forms for a childcare request: the parent's own form and the desk's assisted intake.

The rules live in loket.domain.requests; these forms turn the page's fields into its values and
each error code into a plain, translated message next to the field it belongs to.
"""

from __future__ import annotations

from decimal import Decimal

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from loket.domain import requests as rules
from loket.families.models import FactKey, Situation
from loket.locations.models import Location, Weekday
from loket.partners.models import PartnerOrganisation

from .models import Motive, PlanKind, PreferenceMode
from .services import ChildInput, FamilyInput, GuardianInput, RequestInput

MAX_CHOICES = 5
PLAN_DAYS = ["mon", "tue", "wed", "thu", "fri", "sat"]
DAY_PART_CHOICES = [
    ("full", _("whole day")),
    ("morning", _("morning")),
    ("afternoon", _("afternoon")),
]
LANGUAGE_CHOICES = [("nl", "Nederlands"), ("en", "English"), ("fr", "Français"), ("ar", "العربية")]

#: A plain message for every error code of loket.domain.requests.
ERROR_MESSAGES = {
    "birth_or_expected_required": _(
        "Give the date of birth, or the expected date if the baby is not born yet."
    ),
    "birth_in_future": _(
        "The date of birth cannot be in the future. Is the baby not born yet? "
        "Then choose 'not yet'."
    ),
    "expected_date_past": _(
        "The expected date is in the past. Is the baby born? Then give the date of birth."
    ),
    "expected_date_too_far": _("The expected date is more than 10 months away."),
    "start_required": _("Give the date you would like care to start."),
    "start_in_past": _("The start date cannot be in the past."),
    "start_too_far": _("You can ask for care at most %(months)s months ahead."),
    "start_before_birth": _("The start date is before the child's date of birth."),
    "start_after_three": _(
        "On that start date your child is already 3 years old. Childcare for "
        "babies and toddlers stops at 3."
    ),
    "no_days": _("Choose at least one day."),
    "unknown_day": _("Unknown day: %(day)s."),
    "unknown_part": _("Choose a whole day, a morning or an afternoon."),
    "duplicate_day": _("A day was chosen twice."),
    "flexible_days_out_of_range": _(
        "Give how many days a week you need: at least 1 and at most the %(max)s days you ticked."
    ),
    "no_preferences": _(
        "Choose at least one childcare location, or choose 'any location near my home'."
    ),
    "unknown_location": _("This childcare location is not in the list of the municipality."),
    "duplicate_location": _("You chose the same location twice."),
    "radius_required": _("Give how far from home the location may be, in km."),
    "radius_out_of_range": _("Give a distance of at most %(max)s km."),
}


def error_message(code: str, params: dict | None = None) -> str:
    message = ERROR_MESSAGES.get(code, _("This value is not valid."))
    return str(message) % (params or {}) if params else str(message)


class LocationChoiceField(forms.ModelChoiceField):
    """A location with its street, so two childminders with the same name can be told apart."""

    def label_from_instance(self, obj):
        return f"{obj.name} – {obj.street} {obj.house_number}"


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class RequestFieldsMixin(forms.Form):
    """The fields of the request itself, shared by the portal, the desk and the edit form."""

    desired_start = forms.DateField(
        label=_("From when do you need childcare?"), widget=DateInput(), required=False
    )
    plan_kind = forms.ChoiceField(
        label=_("Which days?"),
        choices=PlanKind.choices,
        initial=PlanKind.FIXED,
        widget=forms.RadioSelect,
    )
    days_per_week = forms.IntegerField(
        label=_("How many days a week?"),
        required=False,
        min_value=1,
        max_value=6,
        help_text=_("Only for a plan that changes from week to week."),
    )
    hours_per_day = forms.DecimalField(
        label=_("About how many hours a day?"),
        required=False,
        min_value=Decimal("0.5"),
        max_value=Decimal("14"),
        decimal_places=1,
    )
    preference_mode = forms.ChoiceField(
        label=_("Where?"),
        choices=PreferenceMode.choices,
        initial=PreferenceMode.RANKED,
        widget=forms.RadioSelect,
    )
    radius_km = forms.DecimalField(
        label=_("How far from home at most (km)?"),
        required=False,
        min_value=Decimal("0.5"),
        max_value=Decimal("50"),
        decimal_places=1,
    )
    motive = forms.ChoiceField(
        label=_("Why do you need childcare?"), choices=Motive.choices, widget=forms.RadioSelect
    )
    parent_note = forms.CharField(
        label=_("Anything else the desk should know?"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
    )

    #: Fields checked by the request rules rather than by "required": no "(optional)" label.
    RULE_CHECKED = ("desired_start", "birth_date", "expected_date", "choice_1", "radius_km",
                    "days_per_week")  # fmt: skip

    def __init__(self, *args, municipality=None, n_choices: int = MAX_CHOICES, **kwargs):
        super().__init__(*args, **kwargs)
        self.municipality = municipality
        self.n_choices = max(MAX_CHOICES, n_choices)
        locations = Location.objects.filter(municipality=municipality, active=True).order_by("name")
        for day in PLAN_DAYS:
            self.fields[f"day_{day}"] = forms.BooleanField(label=Weekday(day).label, required=False)
            self.fields[f"part_{day}"] = forms.ChoiceField(
                label=_("part of the day"),
                choices=DAY_PART_CHOICES,
                initial="full",
                required=False,
            )
        for i in range(1, self.n_choices + 1):
            self.fields[f"choice_{i}"] = LocationChoiceField(
                label=_("Choice %(n)s") % {"n": i},
                queryset=locations,
                required=False,
                empty_label=_("(no choice)"),
                error_messages={"invalid_choice": ERROR_MESSAGES["unknown_location"]},
            )
        for name in self.RULE_CHECKED:
            if name in self.fields:
                self.fields[name].hide_optional = True

    @property
    def day_rows(self):
        return [(self[f"day_{d}"], self[f"part_{d}"]) for d in PLAN_DAYS]

    @property
    def choice_fields(self):
        return [self[f"choice_{i}"] for i in range(1, self.n_choices + 1)]

    def build_plan(self) -> rules.WeeklyPlan:
        cd = self.cleaned_data
        days = tuple(
            rules.PlanDay(day=d, part=cd.get(f"part_{d}") or "full")
            for d in PLAN_DAYS
            if cd.get(f"day_{d}")
        )
        kind = rules.PlanKind(cd.get("plan_kind") or PlanKind.FIXED)
        return rules.WeeklyPlan(
            kind=kind,
            days=days,
            days_per_week=cd.get("days_per_week") if kind == rules.PlanKind.FLEXIBLE else None,
        )

    def request_input(self) -> RequestInput:
        cd = self.cleaned_data
        return RequestInput(
            desired_start=cd.get("desired_start"),
            plan=self.build_plan(),
            motive=cd.get("motive") or "",
            preference_mode=cd.get("preference_mode") or PreferenceMode.RANKED,
            location_ids=[
                cd[f"choice_{i}"].pk for i in range(1, self.n_choices + 1) if cd.get(f"choice_{i}")
            ],
            radius_km=cd.get("radius_km"),
            hours_per_day=cd.get("hours_per_day"),
            parent_note=cd.get("parent_note") or "",
        )

    def child_dates(self):
        """(birth date, expected date) to check the start date against; overridden below."""
        return None, None

    def check_rules(self) -> None:
        """Run the domain's rules and put each error next to its field."""
        if any(
            f in self.errors for f in ("desired_start", "birth_date", "expected_date", "radius_km")
        ):
            return
        data = self.request_input()
        birth, expected = self.child_dates()
        known = {str(pk) for pk in self.fields["choice_1"].queryset.values_list("pk", flat=True)}
        errors = rules.validate_request(
            today=timezone.localdate(),
            desired_start=data.desired_start,
            birth_date=birth,
            expected_date=expected,
            plan=data.plan,
            preference_mode=data.preference_mode,
            preferences=[str(pk) for pk in data.location_ids],
            known_locations=known,
            radius_km=float(data.radius_km) if data.radius_km is not None else None,
        )
        field_map = {"days": "day_mon", "preferences": "choice_1"}
        for err in errors:
            name = field_map.get(err.field, err.field)
            if name not in self.fields:
                name = None
            self.add_error(name, error_message(err.code, err.params))


class ChildFieldsMixin(forms.Form):
    child_first_name = forms.CharField(
        label=_("First name of your child"),
        required=False,
        max_length=100,
        help_text=_("Leave empty if the baby is not born yet."),
    )
    born = forms.ChoiceField(
        label=_("Is your child born?"),
        choices=[("yes", _("yes")), ("no", _("not yet"))],
        initial="yes",
        widget=forms.RadioSelect,
    )
    birth_date = forms.DateField(label=_("Date of birth"), required=False, widget=DateInput())
    expected_date = forms.DateField(
        label=_("Expected date of birth"), required=False, widget=DateInput()
    )

    def child_dates(self):
        cd = self.cleaned_data
        if cd.get("born") == "no":
            return None, cd.get("expected_date")
        if cd.get("birth_date") is None and cd.get("born") == "yes":
            return None, None
        return cd.get("birth_date"), None

    def child_input(self) -> ChildInput:
        birth, expected = self.child_dates()
        return ChildInput(
            first_name=self.cleaned_data.get("child_first_name", ""),
            birth_date=birth,
            expected_date=expected,
        )


class ParentFieldsMixin(forms.Form):
    first_name = forms.CharField(label=_("Your first name"), max_length=100)
    last_name = forms.CharField(label=_("Your last name"), max_length=100)
    phone = forms.CharField(label=_("Phone number"), max_length=40, required=False)
    street = forms.CharField(label=_("Street"), max_length=120, required=False)
    house_number = forms.CharField(label=_("Number"), max_length=10, required=False)
    postcode = forms.RegexField(
        label=_("Postcode"),
        regex=r"^\d{4}$",
        required=False,
        error_messages={"invalid": _("A Belgian postcode has 4 digits.")},
    )
    language = forms.ChoiceField(
        label=_("In which language do we write to you?"), choices=LANGUAGE_CHOICES
    )
    situation = forms.ChoiceField(
        label=_("What do you do now?"), choices=Situation.choices, widget=forms.RadioSelect
    )
    single_parent = forms.BooleanField(label=_("I raise my child alone"), required=False)
    low_income = forms.BooleanField(
        label=_("Our family has a low income"),
        required=False,
        help_text=_("Not sure? The desk checks it with you."),
    )
    foster_child = forms.BooleanField(label=_("It is a foster child"), required=False)
    sibling_location = LocationChoiceField(
        label=_("A brother or sister already goes to"),
        queryset=Location.objects.none(),
        required=False,
        empty_label=_("(no)"),
    )

    def init_parent_fields(self, municipality):
        from loket.municipalities.models import Street

        self.street_names = sorted(
            set(Street.objects.filter(municipality=municipality).values_list("name", flat=True))
        )
        self.fields["street"].widget.attrs.update({"list": "street-names", "autocomplete": "off"})
        self.fields["sibling_location"].queryset = Location.objects.filter(
            municipality=municipality, active=True
        ).order_by("name")

    def guardian_input(self) -> GuardianInput:
        cd = self.cleaned_data
        return GuardianInput(
            first_name=cd["first_name"],
            last_name=cd["last_name"],
            email=cd.get("email", "") or "",
            phone=cd.get("phone", ""),
            preferred_language=cd.get("language", "nl"),
            situation=cd.get("situation", Situation.NOT_ACTIVE),
        )

    def declared_facts(self) -> list[str]:
        cd = self.cleaned_data
        facts = [cd.get("situation") or Situation.NOT_ACTIVE]
        for name, key in (
            ("single_parent", FactKey.SINGLE_PARENT),
            ("low_income", FactKey.LOW_INCOME),
            ("foster_child", FactKey.FOSTER_CHILD),
        ):
            if cd.get(name):
                facts.append(key)
        if cd.get("sibling_location"):
            facts.append(FactKey.SIBLING_IN_CARE)
        return [str(f) for f in facts]

    def family_input(self) -> FamilyInput:
        cd = self.cleaned_data
        sibling = cd.get("sibling_location")
        return FamilyInput(
            street=cd.get("street", ""),
            house_number=cd.get("house_number", ""),
            postcode=cd.get("postcode", ""),
            preferred_language=cd.get("language", "nl"),
            facts=self.declared_facts(),
            sibling_location_id=sibling.pk if sibling else None,
        )


class PortalRequestForm(ChildFieldsMixin, RequestFieldsMixin, ParentFieldsMixin, forms.Form):
    """The parent's request: one form, for all locations of the municipality at once."""

    consent = forms.BooleanField(
        label=_("I agree that the childcare desk and the locations I chose see this request."),
        error_messages={"required": _("We can only handle your request with your agreement.")},
    )

    field_order = [
        "child_first_name",
        "born",
        "birth_date",
        "expected_date",
        "desired_start",
        "plan_kind",
        "days_per_week",
        "hours_per_day",
        "preference_mode",
        "radius_km",
        "motive",
        "first_name",
        "last_name",
        "phone",
        "street",
        "house_number",
        "postcode",
        "language",
        "situation",
        "single_parent",
        "low_income",
        "foster_child",
        "sibling_location",
        "parent_note",
        "consent",
    ]

    def __init__(self, *args, municipality=None, **kwargs):
        super().__init__(*args, municipality=municipality, **kwargs)
        self.init_parent_fields(municipality)
        for name in ("birth_date", "expected_date"):
            self.fields[name].hide_optional = True

    def clean(self):
        cleaned = super().clean()
        self.check_rules()
        return cleaned


class EditRequestForm(RequestFieldsMixin, forms.Form):
    """Change the request itself (not the family): days, start, locations, motive."""

    def __init__(self, *args, municipality=None, child=None, **kwargs):
        super().__init__(*args, municipality=municipality, **kwargs)
        self.child = child

    def child_dates(self):
        return self.child.birth_date, (None if self.child.birth_date else self.child.expected_date)

    def clean(self):
        cleaned = super().clean()
        self.check_rules()
        return cleaned

    @classmethod
    def initial_from(cls, req) -> dict:
        plan = req.weekly_plan
        initial = {
            "desired_start": req.desired_start,
            "plan_kind": req.plan_kind,
            "days_per_week": plan.days_per_week,
            "hours_per_day": req.hours_per_day,
            "preference_mode": req.preference_mode,
            "radius_km": req.radius_km,
            "motive": req.motive,
            "parent_note": req.parent_note,
        }
        for d in plan.days:
            initial[f"day_{d.day}"] = True
            initial[f"part_{d.day}"] = d.part
        for pref in req.preferences.all():
            initial[f"choice_{pref.rank}"] = pref.location_id
        return initial


def use_staff_wording(form: forms.Form) -> None:
    """Labels for staff who fill in the form with a family (the desk, a referral partner):
    about the family, not "you"."""
    labels = {
        "first_name": _("First name of the parent"),
        "last_name": _("Last name of the parent"),
        "child_first_name": _("First name of the child"),
        "situation": _("Situation of the parent"),
        "language": _("Language of the family"),
        "desired_start": _("Start date"),
        "motive": _("Why care is needed"),
        "low_income": _("Low income"),
        "foster_child": _("Foster child"),
    }
    for name, label in labels.items():
        form.fields[name].label = label
    form.fields["low_income"].help_text = ""


class IntakeForm(PortalRequestForm):
    """The desk's assisted intake: the same request, with what only the desk records."""

    email = forms.EmailField(label=_("E-mail (if the family has one)"), required=False)
    second_parent_first_name = forms.CharField(
        label=_("First name of the other parent"), required=False, max_length=100
    )
    second_parent_last_name = forms.CharField(
        label=_("Last name of the other parent"), required=False, max_length=100
    )
    needs_interpreter = forms.BooleanField(label=_("Needs an interpreter"), required=False)
    extra_facts = forms.MultipleChoiceField(
        label=_("What the desk checked"),
        choices=[
            (FactKey.HEALTH_OR_CARE.value, FactKey.HEALTH_OR_CARE.label),
            (FactKey.NO_SECONDARY_DIPLOMA.value, FactKey.NO_SECONDARY_DIPLOMA.label),
            (FactKey.SOCIAL_INTEGRATION_INCOME.value, FactKey.SOCIAL_INTEGRATION_INCOME.label),
            (FactKey.WORKS_FOUR_FIFTHS.value, FactKey.WORKS_FOUR_FIFTHS.label),
        ],
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    urgent = forms.BooleanField(
        label=_("Urgent: a place is needed within one month"), required=False
    )
    social_emergency = forms.BooleanField(
        label=_("Social emergency (emergency list)"), required=False
    )
    referring_partner = forms.ModelChoiceField(
        label=_("Referred by"),
        queryset=PartnerOrganisation.objects.none(),
        required=False,
        empty_label=_("(nobody)"),
    )
    consent = forms.BooleanField(
        label=_("The parent agrees that the desk and the chosen locations see this request."),
        error_messages={"required": _("Ask the parent's agreement before you register.")},
    )

    def __init__(self, *args, municipality=None, **kwargs):
        super().__init__(*args, municipality=municipality, **kwargs)
        self.fields["referring_partner"].queryset = PartnerOrganisation.objects.filter(
            municipality=municipality
        )
        use_staff_wording(self)
        self.fields["single_parent"].label = _("Single-parent family")
        self.fields["sibling_location"].label = _("Brother or sister already in care at")
        self.fields["parent_note"].label = _("Note for the desk's colleagues")

    def declared_facts(self) -> list[str]:
        return super().declared_facts() + list(self.cleaned_data.get("extra_facts") or [])

    def family_input(self) -> FamilyInput:
        data = super().family_input()
        data.needs_interpreter = bool(self.cleaned_data.get("needs_interpreter"))
        return data

    def second_guardian_input(self) -> GuardianInput | None:
        cd = self.cleaned_data
        if not cd.get("second_parent_first_name"):
            return None
        return GuardianInput(
            first_name=cd["second_parent_first_name"],
            last_name=cd.get("second_parent_last_name") or cd["last_name"],
            preferred_language=cd.get("language", "nl"),
        )


class UrgencyForm(forms.Form):
    urgent = forms.BooleanField(
        label=_("Urgent: a place is needed within one month"), required=False
    )
    social_emergency = forms.BooleanField(
        label=_("Social emergency (emergency list)"), required=False
    )


class DeskFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    status = forms.ChoiceField(label=_("Status"), required=False)
    neighbourhood = forms.ChoiceField(label=_("Neighbourhood"), required=False)
    age = forms.ChoiceField(
        label=_("Age at start"),
        required=False,
        choices=[("", _("all")), ("baby", _("baby")), ("toddler", _("toddler"))],
    )
    day = forms.ChoiceField(
        label=_("Needs care on"),
        required=False,
        choices=[("", _("any day"))] + [(d, Weekday(d).label) for d in PLAN_DAYS],
    )
    urgent = forms.BooleanField(label=_("only urgent"), required=False)
    social_emergency = forms.BooleanField(label=_("only social emergency"), required=False)
    vulnerable = forms.BooleanField(label=_("only vulnerable families"), required=False)

    def __init__(self, *args, municipalities=(), **kwargs):
        super().__init__(*args, **kwargs)
        from loket.municipalities.models import Neighbourhood

        from .models import RequestStatus

        self.fields["status"].choices = [("", _("open requests")), ("all", _("all"))] + list(
            RequestStatus.choices
        )
        self.fields["neighbourhood"].choices = [("", _("all"))] + [
            (str(n.pk), n.name)
            for n in Neighbourhood.objects.filter(municipality__in=municipalities)
        ]
