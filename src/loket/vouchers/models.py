"""Childcare-voucher programmes, booklets and vouchers (kinderopvangcheques, Genk).

A referral partner issues a booklet of vouchers to a family in child poverty; a childcare
location that accepts vouchers redeems one for each care moment. The rules are in
:mod:`loket.domain.vouchers`; every write goes through :mod:`loket.vouchers.services`.
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from loket.domain import vouchers as rules


class VoucherProgramme(models.Model):
    """A municipality's voucher programme: budget, validity, booklet size, the value or length
    of one care moment, who is eligible (a child-poverty rule as data) and the family's texts."""

    municipality = models.ForeignKey(
        "municipalities.Municipality", on_delete=models.PROTECT, related_name="voucher_programmes"
    )
    name = models.CharField(_("name"), max_length=200)
    budget_cents = models.PositiveBigIntegerField(_("budget (cents)"))
    valid_from = models.DateField(_("valid from"))
    valid_until = models.DateField(_("valid until"))
    vouchers_per_booklet = models.PositiveSmallIntegerField(_("vouchers per booklet"), default=10)
    #: What the municipality pays the provider for one care moment.
    moment_value_cents = models.PositiveIntegerField(
        _("value of one care moment (cents)"), null=True, blank=True
    )
    #: Or how long one care moment lasts (the family and the provider agree on the rest).
    moment_hours = models.DecimalField(
        _("hours of one care moment"), max_digits=4, decimal_places=1, null=True, blank=True
    )
    #: A ChildPovertyRule as a dict (loket.domain.eligibility); empty means Kind en Gezin's
    #: index: weak on at least 3 of the 6 domains.
    eligibility_rule = models.JSONField(_("who is eligible"), default=dict, blank=True)
    #: The programme's own wording of the booklet, per language: {"nl": {"intro": "..."}}.
    texts = models.JSONField(_("texts for families"), default=dict, blank=True)
    active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-valid_from", "name"]
        verbose_name = _("voucher programme")
        verbose_name_plural = _("voucher programmes")
        constraints = [
            models.CheckConstraint(
                condition=Q(valid_until__gte=F("valid_from")), name="programme_valid_order"
            ),
            models.CheckConstraint(
                condition=Q(vouchers_per_booklet__gte=1) & Q(vouchers_per_booklet__lte=50),
                name="programme_booklet_size",
            ),
            models.CheckConstraint(
                condition=Q(moment_value_cents__isnull=False) | Q(moment_hours__isnull=False),
                name="programme_moment_value_or_hours",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def rule(self):
        return rules.programme_rule(self.eligibility_rule)

    @property
    def booklet_cost_cents(self) -> int:
        return self.vouchers_per_booklet * (self.moment_value_cents or 0)


class Booklet(models.Model):
    """A booklet of vouchers for one child, issued by a referral partner (chequeboekje)."""

    programme = models.ForeignKey(
        VoucherProgramme, on_delete=models.PROTECT, related_name="booklets"
    )
    family = models.ForeignKey(
        "families.Family", on_delete=models.CASCADE, related_name="voucher_booklets"
    )
    child = models.ForeignKey(
        "families.Child", on_delete=models.CASCADE, related_name="voucher_booklets"
    )
    partner = models.ForeignKey(
        "partners.PartnerOrganisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="voucher_booklets",
        verbose_name=_("issued by partner"),
    )
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    issued_at = models.DateTimeField(_("issued on"))
    language = models.CharField(_("language of the booklet"), max_length=5, default="nl")

    class Meta:
        ordering = ["-issued_at"]
        verbose_name = _("voucher booklet")
        verbose_name_plural = _("voucher booklets")
        constraints = [
            models.UniqueConstraint(fields=["programme", "child"], name="booklet_one_per_child")
        ]

    def __str__(self) -> str:
        return f"{self.programme} · {self.family}"


class Voucher(models.Model):
    """One voucher of a booklet: a hard-to-guess code, used at most once for one care moment."""

    booklet = models.ForeignKey(Booklet, on_delete=models.CASCADE, related_name="vouchers")
    #: Compact form (20 symbols of Crockford's base32, no dashes); shown grouped by four.
    code = models.CharField(_("code"), max_length=rules.CODE_LENGTH, unique=True)
    number = models.PositiveSmallIntegerField(_("number"))
    redeemed_at = models.DateTimeField(_("used on"), null=True, blank=True, db_index=True)
    redeemed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    location = models.ForeignKey(
        "locations.Location",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="vouchers",
        verbose_name=_("used at"),
    )
    moment_date = models.DateField(_("date of the care moment"), null=True, blank=True)
    #: What the provider is paid for this moment, fixed when it is used.
    value_cents = models.PositiveIntegerField(_("value (cents)"), null=True, blank=True)

    class Meta:
        ordering = ["booklet", "number"]
        verbose_name = _("voucher")
        verbose_name_plural = _("vouchers")
        constraints = [
            models.UniqueConstraint(fields=["booklet", "number"], name="voucher_number_unique"),
            models.CheckConstraint(condition=Q(number__gte=1), name="voucher_number_positive"),
            models.CheckConstraint(
                condition=(
                    Q(redeemed_at__isnull=True)
                    & Q(location__isnull=True)
                    & Q(moment_date__isnull=True)
                    & Q(value_cents__isnull=True)
                )
                | (
                    Q(redeemed_at__isnull=False)
                    & Q(location__isnull=False)
                    & Q(moment_date__isnull=False)
                    & Q(value_cents__isnull=False)
                ),
                name="voucher_redeemed_all_or_nothing",
            ),
        ]

    def __str__(self) -> str:
        return self.display_code

    @property
    def display_code(self) -> str:
        return rules.format_code(self.code)

    @property
    def is_used(self) -> bool:
        return self.redeemed_at is not None
