import datetime as dt

import factory

from loket.locations.models import Location, LocationCapacity, OpeningHours, Organiser
from loket.municipalities.tests.factories import MunicipalityFactory


class OrganiserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organiser

    name = factory.Sequence(lambda n: f"Organisator {n}")


class LocationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Location
        skip_postgeneration_save = True

    organiser = factory.SubFactory(OrganiserFactory)
    municipality = factory.SubFactory(MunicipalityFactory)
    name = factory.Sequence(lambda n: f"Kinderdagverblijf {n}")
    kind = "group"
    subsidy_step = "2A"
    pricing = "income"
    licensed_places = 14
    income_related_places = 14
    street = "Kerkstraat"
    house_number = "1"
    postcode = "2990"
    lat = 51.0
    lon = 4.35

    @factory.post_generation
    def with_capacity(obj, create, extracted, **kwargs):
        """``with_capacity=True`` gives 7 baby and 7 toddler places mon-fri, 1 free each, and
        opening hours 7:00-18:00."""
        if not (create and extracted):
            return
        for day in ("mon", "tue", "wed", "thu", "fri"):
            for band in ("baby", "toddler"):
                LocationCapacity.objects.create(location=obj, weekday=day, age_band=band,
                                                places=7, free_places=1)  # fmt: skip
            OpeningHours.objects.create(location=obj, weekday=day, opens=dt.time(7),
                                        closes=dt.time(18))  # fmt: skip
