import datetime as dt

import factory
from django.utils import timezone

from loket.families.models import Consent, ConsentPurpose, FamilyFact
from loket.families.tests.factories import ChildFactory, FamilyFactory, GuardianFactory
from loket.municipalities.tests.factories import MunicipalityFactory
from loket.vouchers.models import VoucherProgramme

WEAK = [
    "weak_income",
    "weak_education",
    "weak_employment",
    "weak_housing",
    "weak_stimulation",
    "weak_health",
]


class ProgrammeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = VoucherProgramme

    municipality = factory.SubFactory(MunicipalityFactory)
    name = factory.Sequence(lambda n: f"Kinderopvangcheques {n}")
    budget_cents = 1_000_000
    valid_from = factory.LazyFunction(lambda: timezone.localdate() - dt.timedelta(days=100))
    valid_until = factory.LazyFunction(lambda: timezone.localdate() + dt.timedelta(days=200))
    vouchers_per_booklet = 10
    moment_value_cents = 2500


def referred_family(
    partner,
    *,
    first_name: str = "Amina",
    last_name: str = "Referred",
    weak: int = 3,
    child_age_days: int = 200,
    consent: bool = True,
    language: str = "nl",
):
    """A family the partner referred, with a born child, ``weak`` attested weak domains and (by
    default) the family's consent to share with the partner. Returns (family, child)."""
    family = FamilyFactory(
        municipality=partner.municipality, referred_by=partner, preferred_language=language
    )
    GuardianFactory(family=family, first_name=first_name, last_name=last_name)
    child = ChildFactory(
        family=family,
        first_name=f"Kind{first_name}",
        birth_date=timezone.localdate() - dt.timedelta(days=child_age_days),
    )
    if consent:
        Consent.objects.create(
            family=family,
            purpose=ConsentPurpose.SHARE_WITH_PARTNER,
            partner=partner,
            given_by=first_name,
        )
    for key in WEAK[:weak]:
        FamilyFact.objects.create(family=family, key=key, source="attested", partner=partner)
    return family, child
