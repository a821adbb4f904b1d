"""Provider pages (own locations only) and the public search of free places."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from loket.accounts.roles import Role
from loket.municipalities.models import Municipality
from loket.registrations.selectors import requests_for_location
from loket.web.decorators import role_required

from . import selectors, services
from .forms import CapacityForm, FreePlacesSearchForm, HoursForm


def _own_location(request, pk: int):
    location = selectors.provider_locations(viewer=request.user).filter(pk=pk).first()
    if location is None:
        raise Http404
    return location


@role_required(Role.PROVIDER)
def provider_home(request):
    locations = selectors.provider_locations(viewer=request.user)
    return render(request, "locations/provider_home.html", {"locations": locations})


@role_required(Role.PROVIDER)
@require_http_methods(["GET", "POST"])
def provider_location(request, pk: int):
    location = _own_location(request, pk)
    form = CapacityForm(request.POST or None, location=location)
    if request.method == "POST" and form.is_valid():
        try:
            services.location_update_capacity(
                actor=request.user, location=location, rows=form.values()
            )
        except ValidationError as exc:
            form.add_service_errors(exc.message_dict)
        else:
            messages.success(request, _("Places saved. Thank you for keeping them up to date."))
            return redirect("provider:location", pk=location.pk)
    return render(request, "locations/provider_location.html", {"location": location, "form": form})


@role_required(Role.PROVIDER)
@require_http_methods(["GET", "POST"])
def provider_hours(request, pk: int):
    location = _own_location(request, pk)
    form = HoursForm(request.POST or None, location=location)
    if request.method == "POST" and form.is_valid():
        try:
            services.location_update_hours(
                actor=request.user, location=location, hours=form.values()
            )
        except ValidationError as exc:
            for field, errs in exc.message_dict.items():
                for e in errs:
                    form.add_error(field if field in form.fields else None, e)
        else:
            messages.success(request, _("Opening hours saved."))
            return redirect("provider:location", pk=location.pk)
    return render(request, "locations/provider_hours.html", {"location": location, "form": form})


@role_required(Role.PROVIDER)
def provider_requests(request, pk: int):
    location = _own_location(request, pk)
    rows = requests_for_location(viewer=request.user, location=location)
    return render(
        request, "locations/provider_requests.html", {"location": location, "requests": rows}
    )


def free_places(request):
    municipalities = Municipality.objects.order_by("name")
    municipality = (
        municipalities.filter(pk=request.GET.get("municipality")).first()
        if request.GET.get("municipality", "").isdigit()
        else None
    ) or municipalities.first()
    if municipality is None:
        raise Http404
    form = FreePlacesSearchForm(request.GET or None, municipality=municipality)
    results, point, not_found = [], None, False
    if form.is_valid():
        cd = form.cleaned_data
        if cd.get("where"):
            point = selectors.geocode(municipality=municipality, text=cd["where"])
            not_found = point is None
        results = selectors.free_places_search(
            municipality=municipality,
            neighbourhood_id=int(cd["neighbourhood"]) if cd.get("neighbourhood") else None,
            days=form.days(),
            age_band=cd.get("age_band") or None,
            income_related={"yes": True, "no": False}.get(cd.get("income_related") or ""),
            opens_by=cd.get("opens_by"),
            closes_after=cd.get("closes_after"),
            near=point[:2] if point else None,
            radius_km=float(cd["radius_km"]) if cd.get("radius_km") and point else None,
        )
    else:
        results = selectors.free_places_search(municipality=municipality)
    context = {
        "form": form,
        "results": results,
        "municipality": municipality,
        "municipalities": municipalities,
        "point": point,
        "not_found": not_found,
    }
    template = (
        "locations/free_places_results.html" if request.htmx else "locations/free_places.html"
    )
    return render(request, template, context)
