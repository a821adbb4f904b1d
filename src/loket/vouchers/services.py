"""Every write on vouchers: checking eligibility, issuing a booklet, using a voucher.

Each service is one transaction with its audit events. A voucher is used at most once, even
when two providers scan it at the same moment: :func:`voucher_redeem` locks the voucher's row
(``select_for_update``) before it looks at it, so the second one waits and then finds it used.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from loket.accounts import access
from loket.audit.models import AuditAction
from loket.audit.services import audit_record
from loket.domain import vouchers as rules
from loket.domain.requests import age_in_months
from loket.families.models import Child, FactSource, Family, FamilyFact
from loket.locations.models import Location

from .models import Booklet, Voucher, VoucherProgramme

#: Vouchers are for babies and toddlers: a child must be born and younger than 3 when the
#: booklet is issued.
MAX_AGE_MONTHS = 36


def _require_partner_of(actor, family: Family) -> None:
    """Staff of the partner that referred the family, while the family's consent stands."""
    if not (
        access.is_partner_for(actor, family.referred_by_id)
        and access.can_view_family(actor, family)
    ):
        raise PermissionDenied


def _eligibility_keys(programme: VoucherProgramme | None) -> list[str]:
    rule = programme.rule if programme else rules.programme_rule(None)
    return [str(k) for k in (*rule.domains, *rule.extras)]


@transaction.atomic
def eligibility_record(
    *, actor, family: Family, facts: set[str], programme: VoucherProgramme | None = None
):
    """The partner goes through the child-poverty domains with the family: what it ticks is
    recorded as attested by the partner, what it unticks of its own earlier answers is removed.
    Returns the assessment under the programme's rule."""
    _require_partner_of(actor, family)
    keys = _eligibility_keys(programme)
    unknown = set(facts) - set(keys)
    if unknown:
        raise ValidationError(f"unknown fact: {', '.join(sorted(unknown))}", code="unknown_fact")
    existing = {
        f.key: f
        for f in FamilyFact.objects.filter(
            family=family, key__in=keys, source=FactSource.ATTESTED, partner_id=actor.partner_id
        )
    }
    for key in keys:
        if key in facts and key not in existing:
            if FamilyFact.objects.filter(
                family=family, key=key, source=FactSource.ATTESTED
            ).exists():
                continue  # attested by another partner earlier: it stays theirs
            FamilyFact.objects.create(
                family=family,
                key=key,
                source=FactSource.ATTESTED,
                partner_id=actor.partner_id,
                recorded_by=actor,
            )
            change = {"key": key, "source": "attested", "new": True}
        elif key not in facts and key in existing:
            existing[key].delete()
            change = {"key": key, "source": "attested", "new": False}
        else:
            continue
        audit_record(
            actor=actor,
            action=AuditAction.CREATE if change["new"] else AuditAction.DELETE,
            object_type="families.FamilyFact",
            object_id=f"{family.pk}:{key}:attested",
            municipality_id=family.municipality_id,
            family_id=family.pk,
            changes=change,
            note="voucher eligibility check",
        )
    return family_eligibility(family, programme)


def family_eligibility(family: Family, programme: VoucherProgramme | None = None):
    """The family's child-poverty assessment from all its facts, under the programme's rule."""
    facts = FamilyFact.objects.filter(family=family).values_list("key", flat=True)
    return rules.voucher_eligibility(facts, programme.eligibility_rule if programme else None)


def _new_codes(count: int) -> list[str]:
    """``count`` fresh codes. A clash at 90 random bits is astronomically unlikely; it is checked
    anyway, and the unique constraint on the code is the last guard."""
    codes: set[str] = set()
    while len(codes) < count:
        fresh = {rules.generate_code() for _ in range(count - len(codes))} - codes
        codes |= fresh - set(Voucher.objects.filter(code__in=fresh).values_list("code", flat=True))
    return list(codes)


@transaction.atomic
def booklet_issue(
    *,
    actor,
    programme: VoucherProgramme,
    child: Child,
    language: str,
    now: dt.datetime | None = None,
) -> Booklet:
    """A referral partner gives the family a booklet for one child: the family must be eligible,
    the programme running and within budget, and the child born and younger than 3."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    family = child.family
    _require_partner_of(actor, family)
    programme = VoucherProgramme.objects.select_for_update().get(pk=programme.pk)
    errors: dict[str, str] = {}
    if programme.municipality_id != family.municipality_id or not programme.active:
        raise PermissionDenied
    if not programme.valid_from <= today <= programme.valid_until:
        errors["programme"] = "programme_not_running"
    if child.birth_date is None or child.birth_date > today:
        errors["child"] = "child_not_born"
    elif age_in_months(child.birth_date, today) >= MAX_AGE_MONTHS:
        errors["child"] = "child_too_old"
    elif Booklet.objects.filter(programme=programme, child=child).exists():
        errors["child"] = "already_issued"
    if not family_eligibility(family, programme).eligible:
        errors["eligibility"] = "not_eligible"
    if programme.moment_value_cents:
        committed = programme.booklets.count() * programme.booklet_cost_cents
        if committed + programme.booklet_cost_cents > programme.budget_cents:
            errors["programme"] = "budget_spent"
    if language not in rules.LANGUAGES:
        errors["language"] = "unknown_language"
    if errors:
        raise ValidationError(
            {field: ValidationError(code, code=code) for field, code in errors.items()}
        )
    try:
        with transaction.atomic():
            booklet = Booklet.objects.create(
                programme=programme,
                family=family,
                child=child,
                partner_id=actor.partner_id,
                issued_by=actor,
                issued_at=now,
                language=language,
            )
    except IntegrityError:  # the same child, at the same moment, by someone else
        raise ValidationError(
            {"child": ValidationError("already_issued", code="already_issued")}
        ) from None
    Voucher.objects.bulk_create(
        Voucher(booklet=booklet, code=code, number=i + 1)
        for i, code in enumerate(_new_codes(programme.vouchers_per_booklet))
    )
    audit_record(
        actor=actor,
        action=AuditAction.CREATE,
        obj=booklet,
        municipality_id=family.municipality_id,
        family_id=family.pk,
        # Never the codes: they are worth money to whoever holds them.
        changes={
            "programme": programme.pk,
            "child": child.pk,
            "vouchers": programme.vouchers_per_booklet,
            "language": language,
        },
    )
    return booklet


@dataclass(frozen=True)
class Redemption:
    """The outcome of :func:`voucher_redeem`: the voucher used, or why it was refused."""

    voucher: Voucher | None
    refusal: rules.Refusal | None = None
    #: For a refusal because it was used already: whether it was used at one of the provider's
    #: own locations (then the provider may see when and where).
    used_here: bool = False

    @property
    def ok(self) -> bool:
        return self.refusal is None


@transaction.atomic
def voucher_redeem(
    *,
    actor,
    code: str,
    location: Location,
    moment_date: dt.date,
    now: dt.datetime | None = None,
) -> Redemption:
    """A provider uses a voucher for a care moment at one of its locations. Every attempt is
    in the audit log, refused ones with their reason (so guessing codes shows up there)."""
    if not access.can_edit_location(actor, location):
        raise PermissionDenied
    now = now or timezone.now()
    today = timezone.localdate(now)
    compact = rules.normalise_code(code)
    voucher = None
    if rules.code_problem(compact) is None:
        voucher = (
            Voucher.objects.select_for_update(of=("self",))
            .select_related("booklet__programme", "location")
            .filter(code=compact)
            .first()
        )
    state = None
    if voucher is not None:
        programme = voucher.booklet.programme
        state = rules.VoucherState(
            municipality=programme.municipality_id if programme.active else None,
            valid_from=programme.valid_from,
            valid_until=programme.valid_until,
            issued_on=timezone.localdate(voucher.booklet.issued_at),
            used=voucher.is_used,
        )
    refusal = rules.redemption_refusal(
        code=compact,
        voucher=state,
        location_municipality=location.municipality_id,
        location_accepts=location.accepts_vouchers,
        moment_date=moment_date,
        today=today,
    )
    if refusal is not None:
        used_here = bool(
            refusal == rules.Refusal.ALREADY_USED
            and access.locations_for_provider(actor).filter(pk=voucher.location_id).exists()
        )
        audit_record(
            actor=actor,
            action=AuditAction.UPDATE,
            object_type="vouchers.Voucher",
            object_id=voucher.pk if voucher else "",
            municipality_id=location.municipality_id,
            family_id=voucher.booklet.family_id if voucher else None,
            changes={"location": location.pk, "moment_date": moment_date},
            note=f"voucher refused: {refusal}",
        )
        return Redemption(voucher=voucher, refusal=refusal, used_here=used_here)
    voucher.redeemed_at = now
    voucher.redeemed_by = actor
    voucher.location = location
    voucher.moment_date = moment_date
    voucher.value_cents = programme.moment_value_cents or 0
    voucher.save(
        update_fields=["redeemed_at", "redeemed_by", "location", "moment_date", "value_cents"]
    )
    audit_record(
        actor=actor,
        action=AuditAction.STATUS,
        obj=voucher,
        municipality_id=location.municipality_id,
        family_id=voucher.booklet.family_id,
        changes={
            "used": {"old": None, "new": str(now)},
            "location": location.pk,
            "moment_date": moment_date,
            "value_cents": voucher.value_cents,
        },
    )
    return Redemption(voucher=voucher)
