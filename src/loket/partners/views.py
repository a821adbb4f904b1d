"""Pages of referral partners (my families, refer a family, a family's page, export) and of the
desk (referrals, introductions, case notes, case meetings); providers see their introductions."""

from __future__ import annotations

import csv
import io

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from loket.accounts import access
from loket.accounts.roles import Role
from loket.audit.models import AuditAction
from loket.audit.services import audit_record
from loket.families.models import Family
from loket.families.selectors import family_file_open
from loket.registrations.views_portal import _apply_service_errors
from loket.web.decorators import role_required

from . import selectors, services
from .forms import CaseNoteForm, IntroductionForm, PartnerRequestForm, ReferralForm

# Partner ----------------------------------------------------------------------------------------


def _rows(families, signals=None):
    signals = signals or {}
    rows = []
    for family in families:
        requests_ = [r for c in family.children.all() for r in c.requests.all()]
        booklets = [selectors.booklet_usage(b) for b in family.voucher_booklets.all()]
        rows.append(
            {
                "family": family,
                "guardian": next(iter(family.guardians.all()), None),
                "children": list(family.children.all()),
                "requests": requests_,
                "vouchers_used": sum(u for u, _t in booklets),
                "vouchers_total": sum(t for _u, t in booklets),
                "signals": signals.get(family.pk, []),
            }
        )
    return rows


@role_required(Role.PARTNER)
def home(request):
    if not request.user.partner_id:
        raise Http404
    families = selectors.partner_families(viewer=request.user)
    signals = selectors.family_signals(viewer=request.user)
    return render(
        request,
        "partners/home.html",
        {"partner": request.user.partner, "rows": _rows(families, signals)},
    )


@role_required(Role.PARTNER)
def export_csv(request):
    """The partner's families as CSV (semicolon, UTF-8): what the partner may see, no more."""
    if not request.user.partner_id:
        raise Http404
    families = selectors.partner_families(viewer=request.user)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(
        [_("File number"), _("Parent"), _("Child"), _("Request"), _("Status"), _("Vouchers used")]
    )
    for row in _rows(families):
        guardian = row["guardian"]
        name = f"{guardian.first_name} {guardian.last_name}" if guardian else ""
        requests_ = row["requests"] or [None]
        for req in requests_:
            writer.writerow(
                [
                    row["family"].reference,
                    name,
                    ", ".join(c.first_name for c in row["children"] if c.first_name),
                    req.reference if req else "",
                    req.get_status_display() if req else _("no request yet"),
                    f"{row['vouchers_used']}/{row['vouchers_total']}"
                    if row["vouchers_total"]
                    else "",
                ]
            )
    audit_record(
        actor=request.user,
        action=AuditAction.EXPORT,
        object_type="partners.PartnerOrganisation",
        object_id=request.user.partner_id,
        note=f"my families CSV ({len(families)} families)",
    )
    response = HttpResponse(
        ("\ufeff" + out.getvalue()).encode("utf-8"), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="my-families.csv"'
    return response


@role_required(Role.PARTNER)
@require_http_methods(["GET", "POST"])
def refer(request):
    partner = request.user.partner
    if partner is None:
        raise Http404
    form = ReferralForm(
        request.POST or None,
        municipality=partner.municipality,
        initial={"language": "nl", "situation": "not_active"},
    )
    if request.method == "POST" and form.is_valid():
        try:
            family = services.referral_register(
                actor=request.user,
                guardian=form.guardian_input(),
                family=form.family_input(),
                child=form.child_input(),
                request=form.request_input() if form.wants_request else None,
            )
        except ValidationError as exc:
            _apply_service_errors(form, exc)
        else:
            messages.success(
                request,
                _("The family is referred (file %(ref)s). The childcare desk sees it now.")
                % {"ref": family.reference},
            )
            return redirect("partners:family", pk=family.pk)
    return render(request, "partners/refer.html", {"form": form, "partner": partner})


@role_required(Role.PARTNER)
def family(request, pk: int):
    item = selectors.partner_family_get(viewer=request.user, pk=pk)
    view = selectors.partner_view(viewer=request.user, family=item)
    signals = selectors.family_signals(viewer=request.user).get(item.pk, [])
    booklets = [(b, *selectors.booklet_usage(b)) for b in view.booklets]
    return render(
        request,
        "partners/family.html",
        {"view": view, "family": item, "signals": signals, "booklets": booklets},
    )


@role_required(Role.PARTNER)
@require_http_methods(["GET", "POST"])
def file_request(request, pk: int):
    item = selectors.partner_family_get(viewer=request.user, pk=pk)
    form = PartnerRequestForm(
        request.POST or None, municipality=item.municipality, children=item.children.all()
    )
    if request.method == "POST" and form.is_valid():
        try:
            req = services.referral_request_file(
                actor=request.user, child=form.cleaned_data["child"], data=form.request_input()
            )
        except ValidationError as exc:
            _apply_service_errors(form, exc)
        else:
            messages.success(request, _("Request %(ref)s registered.") % {"ref": req.reference})
            return redirect("partners:family", pk=item.pk)
    return render(request, "partners/file_request.html", {"form": form, "family": item})


# Desk -------------------------------------------------------------------------------------------


@role_required(Role.DESK)
def desk_referrals(request):
    partner_id = request.GET.get("partner", "")
    if partner_id and not partner_id.isdigit():
        raise Http404
    partners = selectors.partners_for_desk(viewer=request.user)
    families = selectors.referrals_for_desk(
        viewer=request.user, partner_id=int(partner_id) if partner_id else None
    )
    return render(
        request,
        "partners/desk_referrals.html",
        {"rows": _rows(families), "partners": partners, "chosen": partner_id},
    )


def _desk_family(request, pk: int, what: str) -> Family:
    family = family_file_open(viewer=request.user, pk=pk, what=what)
    if not access.can_manage_family(request.user, family):
        raise Http404
    return family


@role_required(Role.DESK)
@require_POST
def introduction_add(request, pk: int):
    family = _desk_family(request, pk, "plan introduction")
    form = IntroductionForm(request.POST, municipality=family.municipality)
    if form.is_valid():
        services.introduction_plan(actor=request.user, family=family, **form.cleaned_data)
        messages.success(request, _("Introduction planned."))
    else:
        messages.error(request, _("Choose a location and a date for the meeting."))
    return redirect("families:file", pk=family.pk)


@role_required(Role.DESK)
@require_POST
def case_note_add(request, pk: int):
    family = _desk_family(request, pk, "add case note")
    form = CaseNoteForm(request.POST)
    if form.is_valid():
        services.case_note_add(actor=request.user, family=family, **form.cleaned_data)
        messages.success(request, _("Note saved."))
    else:
        messages.error(request, _("Write a note first."))
    return redirect("families:file", pk=family.pk)


@role_required(Role.DESK)
def case_meeting(request):
    audiences = selectors.audiences_for_desk(viewer=request.user)
    key = request.GET.get("for", "desk")
    audience = selectors.audience_from_key(viewer=request.user, key=key)
    items = selectors.case_meeting(viewer=request.user, audience=audience)
    return render(
        request,
        "partners/case_meeting.html",
        {
            "items": items,
            "audience": audience,
            "audiences": audiences,
            "today": timezone.localdate(),
        },
    )


# Provider ---------------------------------------------------------------------------------------


@role_required(Role.PROVIDER)
def provider_introductions(request):
    return render(
        request,
        "partners/provider_introductions.html",
        {"introductions": selectors.introductions_for_provider(viewer=request.user)},
    )
