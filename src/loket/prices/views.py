"""The price calculator for parents, and the desk's form for a family's income figures."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from loket.accounts.roles import Role
from loket.families import selectors as family_selectors
from loket.municipalities.models import Municipality
from loket.web.decorators import role_required

from . import services, session
from .forms import CalculatorForm, FamilyIncomeForm
from .selectors import calculator_view, current_parameters


def _desk_municipality(request):
    """The municipality whose desk the parent is pointed to."""
    guardian = getattr(request.user, "guardian", None) if request.user.is_authenticated else None
    if guardian is not None:
        return guardian.family.municipality
    return Municipality.objects.order_by("name").first()


@require_http_methods(["GET", "POST"])
def calculator(request):
    """What will childcare cost? Public, works without JavaScript.

    A valid form is kept in the session (for the estimate next to each location) and the page
    comes back with the estimate (post/redirect/get); a wrong field gets its message, and what
    was typed stays.
    """
    inputs = session.inputs_get(request)
    if request.method == "POST":
        form = CalculatorForm(request.POST)
        if form.is_valid():
            session.inputs_remember(request, form.inputs())
            return redirect(reverse("prices:calculator") + "#estimate")
        estimate = None
    else:
        form = CalculatorForm(initial=CalculatorForm.initial_from(inputs))
        estimate = calculator_view(inputs, request.LANGUAGE_CODE) if inputs else None
    context = {
        "form": form,
        "estimate": estimate,
        "parameters": current_parameters(),
        "municipality": _desk_municipality(request),
    }
    return render(request, "prices/calculator.html", context)


@require_POST
def forget(request):
    session.inputs_forget(request)
    messages.success(request, _("Your figures are forgotten."))
    return redirect("prices:calculator")


@role_required(Role.DESK)
@require_http_methods(["GET", "POST"])
def family_income(request, pk: int):
    """The family's income figures, written by the desk (the form sits in the file's price card).

    A GET, or a form with a mistake, shows the form on its own page with the messages.
    """
    family = family_selectors.family_file_open(viewer=request.user, pk=pk, what="income")
    if request.method == "POST":
        form = FamilyIncomeForm(request.POST)
        if form.is_valid():
            services.family_income_update(actor=request.user, family=family, **form.values())
            messages.success(request, _("Income figures saved."))
            return redirect(reverse("families:file", args=[family.pk]) + "#price")
    else:
        form = FamilyIncomeForm(initial=FamilyIncomeForm.initial_from(family))
    return render(request, "prices/family_income.html", {"family": family, "form": form})
