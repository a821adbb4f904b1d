import datetime as dt

import factory

from loket.families.models import Child, Consent, Family, FamilyFact, Guardian
from loket.municipalities.tests.factories import MunicipalityFactory


class FamilyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Family
        skip_postgeneration_save = True

    municipality = factory.SubFactory(MunicipalityFactory)
    reference = factory.Sequence(lambda n: f"G-T{n:05d}")
    street = "Kerkstraat"
    house_number = "3"
    postcode = "2990"

    @factory.post_generation
    def consents(obj, create, extracted, **kwargs):
        """Consents to share with the desk and the chosen locations (as at registration)."""
        if create and extracted is not False:
            for purpose in ("share_with_desk", "share_with_providers"):
                Consent.objects.create(family=obj, purpose=purpose, given_by="parent")


class GuardianFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Guardian

    family = factory.SubFactory(FamilyFactory)
    first_name = "Amina"
    last_name = factory.Sequence(lambda n: f"Ouder{n}")
    situation = "working"


class ChildFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Child

    family = factory.SubFactory(FamilyFactory)
    first_name = factory.Sequence(lambda n: f"Kind{n}")
    birth_date = factory.LazyFunction(lambda: dt.date.today() - dt.timedelta(days=120))


class FactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FamilyFact

    family = factory.SubFactory(FamilyFactory)
    key = "low_income"
    source = "declared"
