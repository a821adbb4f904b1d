"""Voucher pages: the partner's eligibility check and booklet, the provider's redemption page
and statements, the desk's programme dashboard and monthly statements."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from loket.accounts import access
from loket.accounts.roles import Role
from loket.audit.models import AuditAction
from loket.audit.services import audit_record
from loket.domain import vouchers as rules
from loket.families.models import Family
from loket.families.selectors import family_file_open
from loket.web.decorators import role_required

from . import documents, selectors, services
from .forms import EligibilityForm, IssueForm, RedeemForm

# Partner: eligibility and booklet ---------------------------------------------------------------

ISSUE_ERRORS = {
    "programme_not_running": gettext_lazy("The programme does not run today."),
    "budget_spent": gettext_lazy("The programme's budget is spent: no booklet can be issued now."),
    "child_not_born": gettext_lazy("A booklet is for a child that is born."),
    "child_too_old": gettext_lazy("A booklet is for a child younger than 3."),
    "already_issued": gettext_lazy("This child already has a booklet of this programme."),
    "not_eligible": gettext_lazy("The family does not meet the conditions of the programme."),
    "unknown_language": gettext_lazy("Choose a language."),
}


def _partner_family(request, pk: int, what: str) -> Family:
    """The family, if the partner referred it and may follow it; the read is logged."""
    family = family_file_open(viewer=request.user, pk=pk, what=what)
    if not access.is_partner_for(request.user, family.referred_by_id):
        raise Http404
    return family


def _language(request) -> str:
    code = getattr(request, "LANGUAGE_CODE", "nl")
    return code if code in rules.LANGUAGES else "nl"


@role_required(Role.PARTNER)
@require_http_methods(["GET", "POST"])
def eligibility(request, pk: int):
    family = _partner_family(request, pk, "voucher eligibility")
    today = timezone.localdate()
    programmes = selectors.running_programmes(
        viewer=request.user, municipality_id=family.municipality_id, today=today
    )
    programme = programmes.first()
    attested = set(family.facts.values_list("key", flat=True))
    form = EligibilityForm(
        request.POST or None,
        initial={
            "domains": [
                k for k, _l in EligibilityForm.base_fields["domains"].choices if k in attested
            ],
            "extras": [
                k for k, _l in EligibilityForm.base_fields["extras"].choices if k in attested
            ],
        },
    )
    if request.method == "POST" and form.is_valid():
        services.eligibility_record(
            actor=request.user, family=family, facts=form.facts(), programme=programme
        )
        messages.success(request, _("The answers are saved."))
        return redirect("vouchers:eligibility", pk=family.pk)
    assessment = services.family_eligibility(family, programme)
    children = family.children.filter(birth_date__isnull=False)
    issue_form = IssueForm(
        programmes=programmes,
        children=children,
        initial={"language": family.preferred_language},
    )
    return render(
        request,
        "vouchers/eligibility.html",
        {
            "family": family,
            "form": form,
            "programme": programme,
            "assessment": assessment,
            "reasons": assessment.explain(_language(request)),
            "issue_form": issue_form,
            "booklets": selectors.booklets_of_family(viewer=request.user, family=family),
        },
    )


@role_required(Role.PARTNER)
@require_POST
def issue(request, pk: int):
    family = _partner_family(request, pk, "issue voucher booklet")
    today = timezone.localdate()
    programmes = selectors.running_programmes(
        viewer=request.user, municipality_id=family.municipality_id, today=today
    )
    form = IssueForm(request.POST, programmes=programmes, children=family.children.all())
    if not form.is_valid():
        messages.error(request, _("Choose the programme, the child and the language."))
        return redirect("vouchers:eligibility", pk=family.pk)
    try:
        booklet = services.booklet_issue(
            actor=request.user,
            programme=form.cleaned_data["programme"],
            child=form.cleaned_data["child"],
            language=form.cleaned_data["language"],
        )
    except ValidationError as exc:
        codes = [e.code for errors in exc.error_dict.values() for e in errors]
        for code in codes:
            messages.error(request, ISSUE_ERRORS.get(code, _("The booklet could not be issued.")))
        return redirect("vouchers:eligibility", pk=family.pk)
    messages.success(
        request,
        _("Booklet issued: %(n)s vouchers. Print it and give it to the family.")
        % {"n": booklet.vouchers.count()},
    )
    return redirect("vouchers:booklet", pk=booklet.pk)


@role_required(Role.PARTNER, Role.DESK)
def booklet(request, pk: int):
    item = selectors.booklet_get(viewer=request.user, pk=pk)
    vouchers = list(item.vouchers.select_related("location").order_by("number"))
    return render(request, "vouchers/booklet.html", {"booklet": item, "vouchers": vouchers})


@role_required(Role.PARTNER, Role.DESK)
def booklet_pdf(request, pk: int):
    item = selectors.booklet_get(viewer=request.user, pk=pk)
    audit_record(
        actor=request.user,
        action=AuditAction.EXPORT,
        obj=item,
        municipality_id=item.programme.municipality_id,
        family_id=item.family_id,
        note="booklet PDF",
    )
    response = HttpResponse(documents.booklet_pdf(item), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="booklet-{item.pk}.pdf"'
    return response


# Provider: using a voucher ----------------------------------------------------------------------


def refusal_message(result: services.Redemption) -> str:
    refusal, voucher = result.refusal, result.voucher
    if refusal == rules.Refusal.ALREADY_USED:
        if result.used_here:
            return _("This voucher was already used on %(date)s at %(location)s.") % {
                "date": date_format(voucher.moment_date, "SHORT_DATE_FORMAT"),
                "location": voucher.location.name,
            }
        return _("This voucher was already used. Each voucher can be used only once.")
    if refusal == rules.Refusal.EXPIRED:
        return _("This voucher has expired: it was valid until %(date)s.") % {
            "date": date_format(voucher.booklet.programme.valid_until, "SHORT_DATE_FORMAT")
        }
    if refusal == rules.Refusal.NOT_YET_VALID:
        return _("On that date the voucher was not valid yet. Check the date of the care moment.")
    return {
        rules.Refusal.MISTYPED: _(
            "This code is not complete or has a typing error. Check the code on the voucher."
        ),
        rules.Refusal.UNKNOWN: _("No voucher has this code. Check the code on the voucher."),
        rules.Refusal.WRONG_PROGRAMME: _(
            "This voucher belongs to another municipality's programme. It cannot be used here."
        ),
        rules.Refusal.LOCATION_REFUSES: _(
            "This location does not accept childcare vouchers. Choose another location."
        ),
        rules.Refusal.FUTURE_DATE: _("The care moment cannot be in the future."),
    }[refusal]


@role_required(Role.PROVIDER)
@require_http_methods(["GET", "POST"])
def redeem(request):
    locations = selectors.redeem_locations(viewer=request.user)
    initial = {"code": rules.normalise_code(request.GET.get("code", ""))}
    if initial["code"]:
        initial["code"] = rules.format_code(initial["code"])
    accepting = [loc for loc in locations if loc.accepts_vouchers]
    if accepting:
        initial["location"] = accepting[0].pk
    form = RedeemForm(request.POST or None, locations=locations, initial=initial)
    result = None
    if request.method == "POST" and form.is_valid():
        result = services.voucher_redeem(
            actor=request.user,
            code=form.cleaned_data["code"],
            location=form.cleaned_data["location"],
            moment_date=form.cleaned_data["moment_date"],
        )
        if result.ok:
            messages.success(
                request,
                _("Voucher %(code)s is used for %(date)s at %(location)s.")
                % {
                    "code": result.voucher.display_code,
                    "date": date_format(result.voucher.moment_date, "SHORT_DATE_FORMAT"),
                    "location": result.voucher.location.name,
                },
            )
            return redirect("vouchers:redeem")
        form.add_error("code", refusal_message(result))
    return render(
        request,
        "vouchers/redeem.html",
        {
            "form": form,
            "refused": result is not None and not result.ok,
            "has_accepting": bool(accepting),
            "recent": selectors.redemptions_for_provider(viewer=request.user, limit=10),
        },
        status=200,
    )


@role_required(Role.PROVIDER)
def provider_redemptions(request):
    return render(
        request,
        "vouchers/provider_redemptions.html",
        {
            "vouchers": selectors.redemptions_for_provider(viewer=request.user, limit=200),
            "statements": selectors.statement_index(viewer=request.user),
        },
    )


# Statements -------------------------------------------------------------------------------------


@role_required(Role.DESK)
def statements(request):
    return render(
        request,
        "vouchers/statements.html",
        {"statements": selectors.statement_index(viewer=request.user)},
    )


def _statement(request, organiser_id: int, year: int, month: int, what: str):
    statement = selectors.statement_get(
        viewer=request.user, organiser_id=organiser_id, year=year, month=month
    )
    audit_record(
        actor=request.user,
        action=AuditAction.EXPORT if what != "page" else AuditAction.READ,
        object_type="vouchers.Statement",
        object_id=f"{organiser_id}:{year}-{month:02d}",
        note=f"statement {what}",
    )
    return statement


@role_required(Role.DESK, Role.PROVIDER)
def statement(request, organiser_id: int, year: int, month: int):
    item = _statement(request, organiser_id, year, month, "page")
    return render(request, "vouchers/statement.html", {"statement": item})


@role_required(Role.DESK, Role.PROVIDER)
def statement_csv(request, organiser_id: int, year: int, month: int):
    item = _statement(request, organiser_id, year, month, "csv")
    response = HttpResponse(documents.statement_csv(item), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="statement-{organiser_id}-{year}-{month:02d}.csv"'
    )
    return response


@role_required(Role.DESK, Role.PROVIDER)
def statement_pdf(request, organiser_id: int, year: int, month: int):
    item = _statement(request, organiser_id, year, month, "pdf")
    response = HttpResponse(documents.statement_pdf(item), content_type="application/pdf")
    response["Content-Disposition"] = (
        f'inline; filename="statement-{organiser_id}-{year}-{month:02d}.pdf"'
    )
    return response


# Dashboard --------------------------------------------------------------------------------------


@role_required(Role.DESK, Role.ANALYST)
def dashboard(request):
    programmes = selectors.programmes_for(viewer=request.user).order_by("-valid_from")
    chosen = request.GET.get("programme", "")
    if chosen and not chosen.isdigit():
        raise Http404
    programme = programmes.filter(pk=chosen).first() if chosen else programmes.first()
    if chosen and programme is None:
        raise Http404
    figures = None
    if programme is not None:
        figures = selectors.programme_figures(
            viewer=request.user, programme=programme, today=timezone.localdate()
        )
    suppress = not access.desk_municipality_ids(request.user)
    return render(
        request,
        "vouchers/dashboard.html",
        {
            "programmes": programmes,
            "programme": programme,
            "figures": figures,
            "suppress": suppress,
            "is_desk": not suppress,
            "shown": selectors.published_funnels(figures, suppress=suppress) if figures else None,
        },
    )
