"""Coverage arithmetic for the local analysis (omgevingsanalyse), pure Python.

Coverage and social coverage per neighbourhood, representation of vulnerable children in care,
small-number suppression, waiting-time percentiles and advice on where new places help most.
See ``docs/domain/coverage.md`` for the definitions and their sources.
"""

from .expansion import (
    DEFAULT_WEIGHTS,
    ExpansionAdvice,
    ExpansionWeights,
    ScoreComponent,
    expansion_score,
    rank_neighbourhoods_by_need,
)
from .figures import (
    BARCELONA_NORM,
    FLEMISH_AVERAGE_2025,
    CoverageReference,
    CoverageRow,
    NeighbourhoodFigures,
    Representation,
    coverage,
    coverage_row,
    coverage_table,
    municipality_totals,
    per_hundred,
    places_short_of,
    representation,
    representation_table,
    social_coverage,
)
from .percentiles import (
    WaitingDaysSummary,
    median_waiting_days,
    nearest_rank_percentile,
    p90_waiting_days,
    summarise_waiting_days,
)
from .suppression import (
    SMALL_CELL_THRESHOLD,
    SUPPRESSED_MARK,
    hidden_cells,
    is_suppressed,
    suppress,
    suppress_column,
    suppress_derived,
    suppress_linked,
    suppressed_figures,
)

__all__ = [
    "BARCELONA_NORM",
    "DEFAULT_WEIGHTS",
    "FLEMISH_AVERAGE_2025",
    "SMALL_CELL_THRESHOLD",
    "SUPPRESSED_MARK",
    "CoverageReference",
    "CoverageRow",
    "ExpansionAdvice",
    "ExpansionWeights",
    "NeighbourhoodFigures",
    "Representation",
    "ScoreComponent",
    "WaitingDaysSummary",
    "coverage",
    "coverage_row",
    "coverage_table",
    "expansion_score",
    "hidden_cells",
    "is_suppressed",
    "median_waiting_days",
    "municipality_totals",
    "nearest_rank_percentile",
    "p90_waiting_days",
    "per_hundred",
    "places_short_of",
    "rank_neighbourhoods_by_need",
    "representation",
    "representation_table",
    "social_coverage",
    "summarise_waiting_days",
    "suppress",
    "suppress_column",
    "suppress_linked",
    "suppress_derived",
    "suppressed_figures",
]
