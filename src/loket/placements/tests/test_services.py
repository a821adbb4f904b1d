import datetime as dt

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from loket.audit.models import AuditEvent
from loket.families.tests.factories import FactFactory, GuardianFactory
from loket.locations.models import LocationCapacity
from loket.locations.tests.factories import LocationFactory
from loket.placements import services
from loket.placements.models import Offer, Placement
from loket.registrations.tests.factories import ChildcareRequestFactory

pytestmark = pytest.mark.django_db


def free(location, day="mon", band="baby"):
    return LocationCapacity.objects.get(location=location, weekday=day, age_band=band).free_places


def set_free(location, n, places=None):
    qs = LocationCapacity.objects.filter(location=location)
    if places is not None:
        qs.update(places=places)
    qs.update(free_places=n)


def waiting_request(municipality, location, **kw):
    req = ChildcareRequestFactory(
        child__family__municipality=municipality, locations=[location], **kw
    )
    GuardianFactory(
        family=req.child.family, email=f"p{req.pk}@example.org", user=kw.pop("user", None)
    )
    return req


def test_round_gives_the_free_seats_in_priority_order(
    municipality, location, desk_user, django_capture_on_commit_callbacks
):
    set_free(location, 1)
    late_worker = waiting_request(municipality, location, lottery=0.9)
    FactFactory(family=late_worker.child.family, key="working")
    early_without_priority = waiting_request(municipality, location, lottery=0.1)
    today = timezone.localdate()
    rnd = services.round_preview(
        actor=desk_user,
        municipality=municipality,
        window_start=today,
        window_end=today + dt.timedelta(days=365),
    )
    assignments = rnd.result["assignments"]
    assert assignments[f"R{late_worker.pk}"] == f"L{location.pk}-baby", "work priority first"
    assert assignments[f"R{early_without_priority.pk}"] is None
    explanation = rnd.result["explanations"][f"R{early_without_priority.pk}"]
    assert explanation and explanation[0]["location"] == f"L{location.pk}-baby"
    assert rnd.summary["placed"] == 1 and rnd.summary["blocking_pairs"] == 0
    assert Offer.objects.count() == 0, "a preview sends nothing"

    with django_capture_on_commit_callbacks(execute=True):
        offers = services.round_confirm(actor=desk_user, allocation_round=rnd)
    assert [o.request_id for o in offers] == [late_worker.pk]
    offer = offers[0]
    assert offer.deadline.date() == (timezone.now() + dt.timedelta(days=7)).date()
    late_worker.refresh_from_db()
    assert late_worker.status == "offered"
    assert free(location) == 0, "the offer holds its seat"
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [f"p{late_worker.pk}@example.org"]
    assert AuditEvent.objects.filter(object_type="placements.Offer").count() == 1


def test_a_round_cannot_be_confirmed_twice(municipality, location, desk_user):
    waiting_request(municipality, location)
    today = timezone.localdate()
    rnd = services.round_preview(
        actor=desk_user,
        municipality=municipality,
        window_start=today,
        window_end=today + dt.timedelta(days=365),
    )
    services.round_confirm(actor=desk_user, allocation_round=rnd)
    with pytest.raises(ValidationError):
        services.round_confirm(actor=desk_user, allocation_round=rnd)


def test_only_the_desk_runs_a_round(municipality, parent_user, provider_user):
    today = timezone.localdate()
    for user in (parent_user, provider_user):
        with pytest.raises(PermissionDenied):
            services.round_preview(
                actor=user, municipality=municipality, window_start=today, window_end=today
            )


def test_accepting_creates_a_placement_and_declining_offers_the_next_in_line(
    municipality, location, desk_user
):
    set_free(location, 1)
    first = waiting_request(municipality, location, lottery=0.1)
    second = waiting_request(municipality, location, lottery=0.5)
    offer = services.offer_make(actor=desk_user, childcare_request=first, location=location)
    nxt = services.offer_decline(actor=desk_user, offer=offer, stay_on_list=True)
    first.refresh_from_db()
    assert first.status == "waiting"
    assert nxt is not None and nxt.request_id == second.pk and nxt.origin == "next_in_line"
    placement = services.offer_accept(actor=desk_user, offer=nxt)
    second.refresh_from_db()
    assert second.status == "accepted" and placement.status == "planned"
    assert placement.days == ["mon", "tue", "thu"]


def test_an_expired_offer_goes_to_the_next_child(municipality, location, desk_user):
    set_free(location, 1)
    first = waiting_request(municipality, location, lottery=0.1)
    second = waiting_request(municipality, location, lottery=0.5)
    offer = services.offer_make(actor=desk_user, childcare_request=first, location=location)
    Offer.objects.filter(pk=offer.pk).update(deadline=timezone.now() - dt.timedelta(minutes=1))
    new = services.offers_expire_due()
    offer.refresh_from_db()
    assert offer.status == "expired"
    assert [o.request_id for o in new] == [second.pk]
    with pytest.raises(ValidationError):
        services.offer_accept(actor=desk_user, offer=offer)


def test_reminders_are_sent_once_before_the_deadline(municipality, location, desk_user):
    req = waiting_request(municipality, location)
    offer = services.offer_make(actor=desk_user, childcare_request=req, location=location)
    mail.outbox.clear()
    Offer.objects.filter(pk=offer.pk).update(deadline=timezone.now() + dt.timedelta(days=1))
    assert services.offer_reminders_send() == 1
    assert services.offer_reminders_send() == 0
    assert len(mail.outbox) == 1


def test_capacity_is_never_exceeded_on_acceptance(municipality, location, desk_user):
    # One place on Monday, already taken by a confirmed placement: a second family's offer
    # (made when the provider still declared a free seat) cannot be accepted.
    LocationCapacity.objects.filter(location=location).update(places=1, free_places=1)
    holder = waiting_request(municipality, location)
    services.offer_accept(
        actor=desk_user,
        offer=services.offer_make(actor=desk_user, childcare_request=holder, location=location),
    )
    LocationCapacity.objects.filter(location=location).update(free_places=1)  # a wrong count
    other = waiting_request(municipality, location)
    offer = services.offer_make(actor=desk_user, childcare_request=other, location=location)
    with pytest.raises(ValidationError):
        services.offer_accept(actor=desk_user, offer=offer)
    assert Placement.objects.filter(location=location).count() == 1


def test_a_parent_answers_only_their_own_offer(municipality, location, desk_user, parent_user):
    req = waiting_request(municipality, location)
    offer = services.offer_make(actor=desk_user, childcare_request=req, location=location)
    with pytest.raises(PermissionDenied):
        services.offer_accept(actor=parent_user, offer=offer)
    req.child.family.guardians.update(user=parent_user)
    placement = services.offer_accept(actor=parent_user, offer=offer, keep_higher_choices=False)
    assert placement.request_id == req.pk


def test_transfer_keeps_the_request_for_higher_choices(municipality, desk_user):
    first_choice = LocationFactory(municipality=municipality, with_capacity=True)
    second_choice = LocationFactory(municipality=municipality, with_capacity=True)
    set_free(first_choice, 0)
    req = ChildcareRequestFactory(
        child__family__municipality=municipality, locations=[first_choice, second_choice]
    )
    offer = services.offer_make(actor=desk_user, childcare_request=req, location=second_choice)
    services.offer_accept(actor=desk_user, offer=offer, keep_higher_choices=True)
    req.refresh_from_db()
    assert req.transfer_below_rank == 2
    # A seat frees up at the first choice: the next round offers it, and accepting ends the
    # old place.
    set_free(first_choice, 1)
    today = timezone.localdate()
    rnd = services.round_preview(
        actor=desk_user,
        municipality=municipality,
        window_start=today,
        window_end=today + dt.timedelta(days=365),
    )
    assert rnd.result["assignments"][f"R{req.pk}"] == f"L{first_choice.pk}-baby"
    (new_offer,) = services.round_confirm(actor=desk_user, allocation_round=rnd)
    services.offer_accept(actor=desk_user, offer=new_offer)
    statuses = dict(Placement.objects.filter(request=req).values_list("location_id", "status"))
    assert statuses == {second_choice.pk: "ended", first_choice.pk: "planned"}


def test_provider_confirms_a_placement(municipality, location, desk_user, provider_user):
    req = waiting_request(municipality, location)
    placement = services.offer_accept(
        actor=desk_user,
        offer=services.offer_make(actor=desk_user, childcare_request=req, location=location),
    )
    services.placement_confirm(actor=provider_user, placement=placement)
    req.refresh_from_db()
    assert req.status == "placed"


def test_occasional_care_lasts_at_most_six_months(municipality, location, desk_user):
    req = waiting_request(municipality, location)
    start = timezone.localdate() + dt.timedelta(days=10)
    with pytest.raises(ValidationError):
        services.placement_create(
            actor=desk_user,
            childcare_request=req,
            location=location,
            kind="occasional",
            start_date=start,
            end_date=start + dt.timedelta(days=200),
        )
    placement = services.placement_create(
        actor=desk_user,
        childcare_request=req,
        location=location,
        kind="occasional",
        start_date=start,
        end_date=start + dt.timedelta(days=150),
    )
    req.refresh_from_db()
    assert placement.end_date and req.status == "waiting", "the request stays in the queue"


def test_municipal_places_are_limited_to_what_was_bought(municipality, location, desk_user):
    location.municipal_places = 1
    location.save()
    start = timezone.localdate() + dt.timedelta(days=10)
    a, b = waiting_request(municipality, location), waiting_request(municipality, location)
    services.placement_create(
        actor=desk_user,
        childcare_request=a,
        location=location,
        kind="municipal",
        start_date=start,
        end_date=None,
    )
    with pytest.raises(ValidationError):
        services.placement_create(
            actor=desk_user,
            childcare_request=b,
            location=location,
            kind="municipal",
            start_date=start,
            end_date=None,
        )


def test_ending_a_placement_frees_its_seats(municipality, location, desk_user):
    set_free(location, 1)
    req = waiting_request(municipality, location)
    placement = services.offer_accept(
        actor=desk_user,
        offer=services.offer_make(actor=desk_user, childcare_request=req, location=location),
    )
    assert free(location) == 0
    services.placement_end(
        actor=desk_user,
        placement=placement,
        end_date=timezone.localdate() + dt.timedelta(days=40),
        reason="moved",
    )
    assert free(location) == 1
