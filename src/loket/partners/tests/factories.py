import factory

from loket.municipalities.tests.factories import MunicipalityFactory
from loket.partners.models import PartnerOrganisation


class PartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PartnerOrganisation

    municipality = factory.SubFactory(MunicipalityFactory)
    name = factory.Sequence(lambda n: f"OCMW {n}")
    kind = "ocmw"
