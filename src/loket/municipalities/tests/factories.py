import factory

from loket.municipalities.models import Municipality, Neighbourhood, NeighbourhoodPopulation, Street


class MunicipalityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Municipality

    name = factory.Sequence(lambda n: f"Gemeente {n}")
    nis_code = factory.Sequence(lambda n: f"{10000 + n}")
    inhabitants = 20000
    lat = 51.0
    lon = 4.35


class NeighbourhoodFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Neighbourhood

    municipality = factory.SubFactory(MunicipalityFactory)
    code = factory.Sequence(lambda n: f"W{n:02d}")
    name = factory.Sequence(lambda n: f"Wijk {n}")
    postcode = "2990"
    lat = 51.0
    lon = 4.35


class PopulationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NeighbourhoodPopulation

    neighbourhood = factory.SubFactory(NeighbourhoodFactory)
    year = 2026
    children_0_3 = 100


class StreetFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Street

    municipality = factory.SubFactory(MunicipalityFactory)
    neighbourhood = factory.SubFactory(
        NeighbourhoodFactory, municipality=factory.SelfAttribute("..municipality")
    )
    name = factory.Sequence(lambda n: f"Kerkstraat{n}")
    postcode = "2990"
    lat = 51.0
    lon = 4.35
