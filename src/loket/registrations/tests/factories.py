import datetime as dt

import factory
from django.utils import timezone

from loket.domain.requests import PlanDay, WeeklyPlan
from loket.families.tests.factories import ChildFactory
from loket.registrations.models import ChildcareRequest, RequestPreference


class ChildcareRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ChildcareRequest
        skip_postgeneration_save = True

    child = factory.SubFactory(ChildFactory)
    municipality = factory.SelfAttribute("child.family.municipality")
    reference = factory.Sequence(lambda n: f"A-T{n:05d}")
    desired_start = factory.LazyFunction(lambda: dt.date.today() + dt.timedelta(days=90))
    plan = factory.LazyFunction(
        lambda: WeeklyPlan(days=tuple(PlanDay(d) for d in ("mon", "tue", "thu"))).to_json()
    )
    motive = "activation"
    channel = "portal"
    status = "waiting"
    registered_at = factory.LazyFunction(timezone.now)
    lottery = factory.Sequence(lambda n: (n * 0.137) % 1)

    class Params:
        urgent_request = factory.Trait(
            urgent=True,
            urgent_deadline=factory.LazyFunction(lambda: dt.date.today() + dt.timedelta(days=5)),
        )
        draft = factory.Trait(status="draft", registered_at=None, lottery=None)

    @factory.post_generation
    def locations(obj, create, extracted, **kwargs):
        for rank, loc in enumerate(extracted or [], start=1):
            RequestPreference.objects.create(request=obj, location=loc, rank=rank)
