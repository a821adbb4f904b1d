from django.db.models import Count
from django.http import JsonResponse
from django.shortcuts import redirect, render

from loket.accounts.roles import Role
from loket.municipalities.models import Municipality
from loket.registrations.models import ChildcareRequest
from loket.web.decorators import role_required

SMALL_CELL = 5


def home(request):
    user = request.user
    if user.is_authenticated:
        for role, target in (
            (Role.DESK, "desk:requests"),
            (Role.PROVIDER, "provider:home"),
            (Role.ANALYST, "web:figures"),
            (Role.PARENT, "portal:home"),
        ):
            if user.has_role(role):
                return redirect(target)
    municipality = Municipality.objects.order_by("name").first()
    return render(request, "web/home.html", {"municipality": municipality})


def suppress(count: int) -> int | str:
    """Small numbers are not shown, so no family can be recognised in a figure."""
    return f"< {SMALL_CELL}" if 0 < count < SMALL_CELL else count


@role_required(Role.ANALYST)
def figures(request):
    """Aggregates only: requests per neighbourhood and status, small cells suppressed."""
    municipalities = request.user.municipalities.all()
    rows = (
        ChildcareRequest.objects.filter(municipality__in=municipalities)
        .values("child__family__neighbourhood__name", "status")
        .annotate(n=Count("id"))
        .order_by("child__family__neighbourhood__name", "status")
    )
    table: dict[str, dict[str, int]] = {}
    statuses: list[str] = []
    for row in rows:
        name = row["child__family__neighbourhood__name"] or "?"
        table.setdefault(name, {})[row["status"]] = row["n"]
        if row["status"] not in statuses:
            statuses.append(row["status"])
    from loket.registrations.models import RequestStatus

    labels = [(s, RequestStatus(s).label) for s in RequestStatus.values if s in statuses]
    body = [
        (name, [suppress(counts.get(s, 0)) for s, _ in labels], suppress(sum(counts.values())))
        for name, counts in sorted(table.items())
    ]
    return render(request, "web/figures.html", {"labels": labels, "body": body})


def health(request):
    return JsonResponse({"status": "ok"})
