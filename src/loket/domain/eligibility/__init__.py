"""Eligibility rules: priority groups, vulnerable families and child poverty (pure Python).

Every rule is data (a frozen dataclass that round-trips to a JSON-able dict), because the rules
change often. Every assessment returns :class:`~.texts.Reason` values that render as plain
sentences in Dutch, English, French and Arabic. See ``docs/domain/eligibility.md``.
"""

from .child_poverty import (
    DEFAULT_CHILD_POVERTY_RULE,
    ChildPovertyAssessment,
    ChildPovertyRule,
    ExtrasMode,
    assess_child_poverty,
)
from .criteria import Criterion
from .facts import (
    CHILD_POVERTY_DOMAINS,
    GENK_EXTRA_SIGNALS,
    WORK_OR_TRAINING,
    WORK_SITUATIONS,
    Fact,
    Source,
    strongest_source,
    validate_facts,
)
from .priority import (
    REGIME_2024_ANNULLED,
    REGIME_IN_FORCE,
    REGIMES,
    PriorityGroup,
    PriorityRegime,
    explain_priority,
    priority_groups,
    priority_reasons,
    tiers_for_location,
)
from .texts import LANGUAGES, Reason, render, render_all
from .vulnerability import (
    DEFAULT_VULNERABILITY_RULE,
    KOKSIJDE_RULE,
    VulnerabilityAssessment,
    VulnerabilityRule,
    assess_vulnerability,
)

__all__ = [
    "CHILD_POVERTY_DOMAINS",
    "DEFAULT_CHILD_POVERTY_RULE",
    "DEFAULT_VULNERABILITY_RULE",
    "GENK_EXTRA_SIGNALS",
    "KOKSIJDE_RULE",
    "LANGUAGES",
    "REGIMES",
    "REGIME_2024_ANNULLED",
    "REGIME_IN_FORCE",
    "WORK_OR_TRAINING",
    "WORK_SITUATIONS",
    "ChildPovertyAssessment",
    "ChildPovertyRule",
    "Criterion",
    "ExtrasMode",
    "Fact",
    "PriorityGroup",
    "PriorityRegime",
    "Reason",
    "Source",
    "VulnerabilityAssessment",
    "VulnerabilityRule",
    "assess_child_poverty",
    "assess_vulnerability",
    "explain_priority",
    "priority_groups",
    "priority_reasons",
    "render",
    "render_all",
    "strongest_source",
    "tiers_for_location",
    "validate_facts",
]
