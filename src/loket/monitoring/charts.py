"""Server-rendered SVG: the neighbourhood map and the bar charts, no JavaScript, no map tiles.

Every chart is an ``<svg role="img">`` labelled by its ``<title>`` and ``<desc>``; the page puts
the same figures in a table beside it. Only published (suppressed) figures come in here: a hidden
figure draws no bar and shows its mark. Colours are viridis steps, which colour-blind readers can
tell apart and which stay in order when printed in grey.

The map projects the neighbourhoods' GeoJSON outlines (longitude, latitude in WGS 84) to the
picture equirectangularly, with longitudes scaled by the cosine of the middle latitude so that
the shapes keep their proportions at Flemish latitudes.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.utils import formats
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

FONT = "DejaVu Sans, Noto Sans, Segoe UI, sans-serif"
INK = "#1d2733"
MUTED = "#55606e"
GRID = "#d5dbe3"
#: Two series that differ in hue and in lightness (viridis 0.3 and 0.7).
SERIES = ("#31688e", "#5ec962")
#: Median (dark) and 90th percentile (light) of the waiting chart.
RANGE = ("#3b528b", "#b8de29")


def fmt(value: Any, decimals: int = 2) -> str:
    """A figure as the page shows it, in the active language (decimal comma in Dutch)."""
    if isinstance(value, Decimal | float):
        return formats.number_format(value, decimal_pos=decimals)
    if value is None:
        return "—"
    return str(value)


def _num(value: Any) -> float | None:
    return (
        float(value)
        if isinstance(value, int | Decimal | float) and not isinstance(value, bool)
        else None
    )


def _text(x, y, text, *, size=12, anchor="start", weight="normal", fill=INK, extra="") -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size:.1f}" text-anchor="{anchor}" '
        f'font-weight="{weight}" fill="{fill}"{extra}>{escape(text)}</text>'
    )


def _svg(
    chart_id: str, title: str, desc: str, width: float, height: float, body: str
) -> SafeString:
    return mark_safe(  # noqa: S308 - every text passed through escape() above
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="{escape(chart_id)}" '
        f'role="img" aria-labelledby="{escape(chart_id)}-title {escape(chart_id)}-desc" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" width="{width:.0f}" height="{height:.0f}" '
        f'font-family="{FONT}" preserveAspectRatio="xMinYMin meet">'
        f'<title id="{escape(chart_id)}-title">{escape(title)}</title>'
        f'<desc id="{escape(chart_id)}-desc">{escape(desc)}</desc>'
        f"{body}</svg>"
    )


# The map -----------------------------------------------------------------------------------------


def polygons(geometry: dict | None) -> list[list[list[tuple[float, float]]]]:
    """The polygons of a GeoJSON Polygon or MultiPolygon, each a list of rings of (lon, lat)."""
    if not geometry:
        return []
    kind, coords = geometry.get("type"), geometry.get("coordinates") or []
    if kind == "Polygon":
        coords = [coords]
    elif kind != "MultiPolygon":
        return []
    return [
        [[(float(p[0]), float(p[1])) for p in ring] for ring in polygon if len(ring) >= 3]
        for polygon in coords
    ]


@dataclass(frozen=True)
class Projection:
    """Equirectangular with cos(latitude) scaling, fitted to ``width`` with ``pad`` around."""

    min_lon: float
    max_lat: float
    kx: float
    scale: float
    pad: float

    @classmethod
    def fit(cls, points: Iterable[tuple[float, float]], width: float, pad: float = 8):
        points = list(points)
        lons = [p[0] for p in points]
        lats = [p[1] for p in points]
        kx = math.cos(math.radians((min(lats) + max(lats)) / 2))
        span_x = max((max(lons) - min(lons)) * kx, 1e-9)
        span_y = max(max(lats) - min(lats), 1e-9)
        scale = (width - 2 * pad) / span_x
        # Very tall municipalities: keep the map at most 1.3 times as high as wide.
        scale = min(scale, (width * 1.3 - 2 * pad) / span_y)
        return cls(min(lons), max(lats), kx, scale, pad)

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        return (
            self.pad + (lon - self.min_lon) * self.kx * self.scale,
            self.pad + (self.max_lat - lat) * self.scale,
        )


def _centroid(ring: Sequence[tuple[float, float]]) -> tuple[float, float, float]:
    """Centroid and area of a ring in picture coordinates (area-weighted, shoelace)."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, [*ring[1:], ring[0]], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-9:
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        return sum(xs) / len(xs), sum(ys) / len(ys), 0.0
    return cx / (3 * area), cy / (3 * area), abs(area) / 2


def map_svg(
    features: Sequence[dict[str, Any]],
    *,
    chart_id: str,
    title: str,
    desc: str,
    legend: Sequence[Any],
    legend_title: str,
    width: float = 560,
) -> SafeString:
    """Neighbourhoods filled by class, each labelled with its name and figure; legend below.

    ``features``: dicts with ``code``, ``name``, ``geometry``, ``value`` (published) and ``cls``
    (with ``colour`` and ``ink``); ``legend``: the classes in order.
    """
    shapes = [(f, polygons(f["geometry"])) for f in features]
    points = [p for _f, polys in shapes for poly in polys for ring in poly for p in ring]
    if not points:
        return _svg(chart_id, title, desc, width, 40, _text(8, 24, desc, fill=MUTED))
    project = Projection.fit(points, width)
    map_height = max(project(lon, lat)[1] for lon, lat in points) + project.pad
    body = []
    labels = []
    for f, polys in shapes:
        d = []
        best = (0.0, 0.0, -1.0)
        xs, ys = [], []
        for poly in polys:
            for ring in poly:
                pts = [project(lon, lat) for lon, lat in ring]
                xs += [p[0] for p in pts]
                ys += [p[1] for p in pts]
                d.append("M" + " L".join(f"{x:.1f},{y:.1f}" for x, y in pts) + " Z")
            outer = [project(lon, lat) for lon, lat in poly[0]]
            centre = _centroid(outer)
            if centre[2] > best[2]:
                best = centre
        cls = f["cls"]
        name = f["name"]
        body.append(
            f'<path d="{" ".join(d)}" fill="{cls.colour}" fill-rule="evenodd" stroke="#ffffff" '
            f'stroke-width="1.5"><title>{escape(name)}: {escape(fmt(f["value"]))}</title></path>'
        )
        box_w = max(xs) - min(xs)
        size = max(7.0, min(13.0, 0.9 * box_w / max(1, 0.6 * len(name))))
        label = name if 0.6 * size * len(name) <= box_w else f["code"]
        cx, cy = best[0], best[1]
        labels.append(
            _text(cx, cy - 2, label, size=size, anchor="middle", fill=cls.ink)
            + _text(
                cx,
                cy + size + 1,
                fmt(f["value"]),
                size=size + 1,
                anchor="middle",
                weight="bold",
                fill=cls.ink,
            )  # fmt: skip
        )
    body += labels
    # Legend below the map.
    y = map_height + 20
    body.append(_text(8, y, legend_title, size=14, weight="bold"))
    for i, cls in enumerate(legend):
        x0, y0 = 8, y + 10 + i * 24
        body.append(
            f'<rect x="{x0:.1f}" y="{y0:.1f}" width="22" height="16" fill="{cls.colour}" '
            f'stroke="{MUTED}" stroke-width="0.5"/>'
        )
        body.append(_text(x0 + 30, y0 + 13, str(cls.label), size=13.5))
    height = y + 10 + len(legend) * 24 + 4
    return _svg(chart_id, title, desc, width, height, "".join(body))


# Bar charts --------------------------------------------------------------------------------------


def _nice_max(value: float) -> float:
    if value <= 0:
        return 10
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


def _ticks(top: float) -> list[float]:
    step = top / 5
    return [step * i for i in range(6)]


def hbar_svg(
    rows: Sequence[tuple[str, Sequence[Any]]],
    *,
    series: Sequence[str],
    chart_id: str,
    title: str,
    desc: str,
    references: Sequence[tuple[str, Decimal, str]] = (),
    unit: str = "",
    width: float = 560,
    decimals: int = 2,
) -> SafeString:
    """Horizontal grouped bars: one group per row, one bar per series; dashed reference lines.

    ``rows``: (label, values); a value that is not a number (a hidden figure) draws no bar and
    shows its mark. ``references``: (label, value, dash pattern).
    """
    label_w = min(190.0, 12 + 6.6 * max((len(r[0]) for r in rows), default=4))
    right = 56
    plot_w = width - label_w - right
    numbers = [_num(v) for _label, values in rows for v in values]
    top = _nice_max(
        max([n for n in numbers if n is not None] + [float(v) for _l, v, _d in references] + [1])
    )
    bar_h, gap = 11, 9
    group_h = bar_h * len(series) + gap
    legend_h = 22
    head = legend_h + 24
    height = head + group_h * len(rows) + 26

    def x(value: float) -> float:
        return label_w + plot_w * value / top

    body = []
    # Legend.
    lx = 8
    for i, name in enumerate(series):
        body.append(f'<rect x="{lx}" y="6" width="14" height="12" fill="{SERIES[i]}"/>')
        body.append(_text(lx + 19, 16.5, name, size=11.5))
        lx += 19 + 7 * len(name) + 18
    # Grid and axis.
    for t in _ticks(top):
        body.append(
            f'<line x1="{x(t):.1f}" y1="{head - 6}" x2="{x(t):.1f}" '
            f'y2="{height - 20}" stroke="{GRID}" stroke-width="1"/>'
        )
        body.append(_text(x(t), height - 6, fmt(Decimal(round(t)), 0), size=10, anchor="middle",
                          fill=MUTED))  # fmt: skip
    if unit:
        body.append(_text(label_w, height + 8, unit, size=10, fill=MUTED))
    # Bars.
    for i, (label, values) in enumerate(rows):
        y0 = head + i * group_h
        body.append(_text(label_w - 6, y0 + group_h / 2 + 0, label, size=11.5, anchor="end"))
        for j, value in enumerate(values):
            yb = y0 + j * bar_h
            number = _num(value)
            if number is None:
                body.append(_text(label_w + 4, yb + bar_h - 2, fmt(value), size=10.5,
                                  fill=MUTED))  # fmt: skip
                continue
            w = max(0.0, x(number) - label_w)
            body.append(
                f'<rect x="{label_w:.1f}" y="{yb:.1f}" width="{w:.1f}" height="{bar_h - 1}" '
                f'fill="{SERIES[j % len(SERIES)]}"><title>{escape(label)}, '
                f"{escape(series[j])}: {escape(fmt(value, decimals))}</title></rect>"
            )
            body.append(_text(label_w + w + 3, yb + bar_h - 2, fmt(value, decimals), size=10))
    # Reference lines on top.
    for k, (name, value, dash) in enumerate(references):
        xr = x(float(value))
        body.append(
            f'<line x1="{xr:.1f}" y1="{head - 8}" x2="{xr:.1f}" y2="{height - 20}" '
            f'stroke="#000000" stroke-width="1.5" stroke-dasharray="{dash}"/>'
        )
        body.append(
            _text(
                xr,
                head - 10 - 0 * k,
                f"{name} {fmt(value, 0 if value == int(value) else 2)}",
                size=10.5,
                anchor="end" if k == 0 else "start",
                weight="bold",
            )  # fmt: skip
        )
    return _svg(chart_id, title, desc, width, height + (14 if unit else 0), "".join(body))


def range_svg(
    rows: Sequence[tuple[str, Any, Any]],
    *,
    chart_id: str,
    title: str,
    desc: str,
    median_label: str,
    p90_label: str,
    unit: str,
    width: float = 640,
) -> SafeString:
    """Waiting times: per row a light bar to the 90th percentile with the median bar inside."""
    label_w = min(230.0, 12 + 6.6 * max((len(r[0]) for r in rows), default=4))
    right = 110
    plot_w = width - label_w - right
    numbers = [_num(v) for _l, m, p in rows for v in (m, p)]
    top = _nice_max(max([n for n in numbers if n is not None] + [1]))
    row_h = 26
    head = 34
    height = head + row_h * len(rows) + 26

    def x(value: float) -> float:
        return label_w + plot_w * value / top

    body = [
        f'<rect x="8" y="6" width="14" height="12" fill="{RANGE[0]}"/>',
        _text(27, 16.5, median_label, size=11.5),
        f'<rect x="{27 + 7 * len(median_label) + 18}" y="6" width="14" height="12" '
        f'fill="{RANGE[1]}"/>',
        _text(27 + 7 * len(median_label) + 37, 16.5, p90_label, size=11.5),
    ]
    for t in _ticks(top):
        body.append(
            f'<line x1="{x(t):.1f}" y1="{head - 4}" x2="{x(t):.1f}" y2="{height - 20}" '
            f'stroke="{GRID}"/>'
        )
        body.append(_text(x(t), height - 6, fmt(Decimal(round(t)), 0), size=10, anchor="middle",
                          fill=MUTED))  # fmt: skip
    body.append(_text(label_w, height + 8, unit, size=10, fill=MUTED))
    for i, (label, median, p90) in enumerate(rows):
        y0 = head + i * row_h
        body.append(_text(label_w - 6, y0 + 15, label, size=11.5, anchor="end"))
        m, p = _num(median), _num(p90)
        if m is None or p is None:
            body.append(_text(label_w + 4, y0 + 15, fmt(median), size=10.5, fill=MUTED))
            continue
        body.append(
            f'<rect x="{label_w:.1f}" y="{y0 + 3}" width="{x(p) - label_w:.1f}" height="18" '
            f'fill="{RANGE[1]}"><title>{escape(label)}: {escape(p90_label)} {p}</title></rect>'
        )
        body.append(
            f'<rect x="{label_w:.1f}" y="{y0 + 7}" width="{x(m) - label_w:.1f}" height="10" '
            f'fill="{RANGE[0]}"><title>{escape(label)}: {escape(median_label)} {m}</title></rect>'
        )
        body.append(_text(x(p) + 4, y0 + 16, f"{fmt(median)} / {fmt(p90)}", size=10.5))
    return _svg(chart_id, title, desc, width, height + 14, "".join(body))


def columns_svg(
    rows: Sequence[tuple[str, Any, Any]],
    *,
    chart_id: str,
    title: str,
    desc: str,
    series: Sequence[str],
    width: float = 560,
) -> SafeString:
    """Columns per period (e.g. requests by month) with the part in a second series (urgent)
    drawn inside; a hidden figure shows its mark instead of a column."""
    head, foot, left = 30, 24, 8
    plot_h = 170
    height = head + plot_h + foot
    numbers = [_num(v) for _l, v, _p in rows]
    top = _nice_max(max([n for n in numbers if n is not None] + [1]))
    slot = (width - 2 * left) / max(1, len(rows))
    body = []
    lx = 8
    for i, name in enumerate(series):
        body.append(f'<rect x="{lx}" y="6" width="14" height="12" fill="{SERIES[i]}"/>')
        body.append(_text(lx + 19, 16.5, name, size=11.5))
        lx += 19 + 7 * len(name) + 18
    base = head + plot_h
    body.append(f'<line x1="{left}" y1="{base}" x2="{width - left}" y2="{base}" stroke="{MUTED}"/>')
    for i, (label, value, part) in enumerate(rows):
        x0 = left + i * slot + slot * 0.15
        w = slot * 0.7
        cx = x0 + w / 2
        body.append(_text(cx, base + 15, label, size=10.5, anchor="middle"))
        v = _num(value)
        if v is None:
            body.append(_text(cx, base - 4, fmt(value), size=10, anchor="middle", fill=MUTED))
            continue
        h = plot_h * v / top
        body.append(
            f'<rect x="{x0:.1f}" y="{base - h:.1f}" width="{w:.1f}" height="{h:.1f}" '
            f'fill="{SERIES[0]}"><title>{escape(label)}: {escape(fmt(value))}</title></rect>'
        )
        p = _num(part)
        if p is not None and p > 0:
            hp = plot_h * p / top
            body.append(
                f'<rect x="{x0:.1f}" y="{base - hp:.1f}" width="{w:.1f}" height="{hp:.1f}" '
                f'fill="{SERIES[1]}"><title>{escape(label)}, {escape(series[1])}: '
                f"{escape(fmt(part))}</title></rect>"
            )
        body.append(_text(cx, base - h - 4, fmt(value), size=10, anchor="middle"))
    return _svg(chart_id, title, desc, width, height, "".join(body))
