"""Every rule round-trips through a JSON-able dict; bad config is refused with a clear message."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loket.domain.eligibility.child_poverty import (
    DEFAULT_CHILD_POVERTY_RULE,
    ChildPovertyRule,
    ExtrasMode,
)
from loket.domain.eligibility.criteria import Criterion
from loket.domain.eligibility.facts import Fact
from loket.domain.eligibility.priority import (
    REGIME_2024_ANNULLED,
    REGIME_IN_FORCE,
    PriorityGroup,
    PriorityRegime,
)
from loket.domain.eligibility.vulnerability import KOKSIJDE_RULE, VulnerabilityRule


def through_json(data):
    return json.loads(json.dumps(data))


@pytest.mark.parametrize(
    "rule",
    [REGIME_IN_FORCE, REGIME_2024_ANNULLED, KOKSIJDE_RULE, DEFAULT_CHILD_POVERTY_RULE],
    ids=["in_force", "2024", "koksijde", "child_poverty"],
)
def test_built_in_rules_round_trip(rule):
    data = through_json(rule.to_dict())
    again = type(rule).from_dict(data)
    assert again == rule
    assert again.to_dict() == data


FACTS = st.sampled_from(list(Fact))


@st.composite
def criteria(draw, name):
    any_of = draw(st.sets(FACTS, min_size=1, max_size=5))
    none_of = draw(st.sets(FACTS, max_size=3)) - any_of
    return Criterion(name, any_of=any_of, none_of=none_of)


@st.composite
def regimes(draw):
    names = draw(st.lists(st.sampled_from(list(PriorityGroup)), min_size=1, unique=True))
    groups = tuple(draw(criteria(name)) for name in names)
    ranked = draw(st.permutations(names))[: draw(st.integers(0, len(names)))]
    tiers, rest = [], list(ranked)
    while rest:
        size = draw(st.integers(1, len(rest)))
        tiers.append(tuple(rest[:size]))
        rest = rest[size:]
    shares = st.decimals(min_value=0, max_value=1, places=3)
    return PriorityRegime(
        name=draw(st.text(min_size=1, max_size=20)),
        description=draw(st.text(max_size=40)),
        groups=groups,
        default_tiers=tuple(tiers),
        location_may_order=draw(st.booleans()),
        vulnerable_minimum_share=draw(shares),
        deviation_maximum_share=draw(st.none() | shares),
    )


@st.composite
def vulnerability_rules(draw):
    names = draw(st.lists(FACTS, min_size=1, max_size=8, unique=True))
    characteristics = tuple(draw(criteria(str(name))) for name in names)
    core = draw(st.lists(st.sampled_from(names), unique=True))
    return VulnerabilityRule(
        characteristics=characteristics,
        minimum=draw(st.integers(1, len(names))),
        core=tuple(core),
        core_minimum=draw(st.integers(0, len(core))),
        attested_status_suffices=draw(st.booleans()),
    )


@st.composite
def child_poverty_rules(draw):
    chosen = draw(st.lists(FACTS, min_size=1, max_size=10, unique=True))
    split = draw(st.integers(1, len(chosen)))
    domains, extras = chosen[:split], chosen[split:]
    mode = draw(st.sampled_from(list(ExtrasMode)))
    most = len(domains) + (len(extras) if mode is ExtrasMode.COUNT_AS_DOMAINS else 0)
    return ChildPovertyRule(
        threshold=draw(st.integers(1, most)),
        domains=tuple(domains),
        extras=tuple(extras),
        extras_mode=mode,
        extras_lower_threshold_by=draw(st.integers(0, 4)),
    )


@given(regimes())
def test_regime_round_trip(regime):
    assert PriorityRegime.from_dict(through_json(regime.to_dict())) == regime


@given(vulnerability_rules())
def test_vulnerability_rule_round_trip(rule):
    assert VulnerabilityRule.from_dict(through_json(rule.to_dict())) == rule


@given(child_poverty_rules())
def test_child_poverty_rule_round_trip(rule):
    assert ChildPovertyRule.from_dict(through_json(rule.to_dict())) == rule


def test_regime_from_a_hand_written_dict():
    regime = PriorityRegime.from_dict(
        {
            "name": "our_pilot",
            "groups": [
                {"name": "work_or_training", "any_of": ["working", "job_seeking"]},
                {"name": "sibling", "any_of": ["sibling_in_care"]},
            ],
            "default_tiers": [["sibling", "work_or_training"]],
            "location_may_order": True,
            "vulnerable_minimum_share": 0.25,
        }
    )
    assert regime.description == ""
    assert float(regime.vulnerable_minimum_share) == 0.25
    assert regime.deviation_maximum_share is None
    assert regime.groups[0].none_of == frozenset()


def test_child_poverty_rule_from_a_partial_dict_takes_defaults():
    rule = ChildPovertyRule.from_dict({"threshold": 2, "extras_mode": "count_as_domains"})
    assert rule.domains == DEFAULT_CHILD_POVERTY_RULE.domains
    assert rule.extras == DEFAULT_CHILD_POVERTY_RULE.extras
    assert rule.extras_mode is ExtrasMode.COUNT_AS_DOMAINS


def _with(data, path, value):
    """A copy of ``data`` with the item at ``path`` replaced by ``value``."""
    data = through_json(data)
    target = data
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return data


@pytest.mark.parametrize(
    ("cls", "data", "message"),
    [
        (
            PriorityRegime,
            _with(REGIME_IN_FORCE.to_dict(), ["groups", 0, "any_of"], ["working", "wrking"]),
            "unknown fact key: 'wrking'",
        ),
        (
            PriorityRegime,
            _with(REGIME_IN_FORCE.to_dict(), ["groups", 0, "none_of"], ["inactive"]),
            "'inactive'",
        ),
        (
            PriorityRegime,
            _with(REGIME_IN_FORCE.to_dict(), ["priority_order"], []),
            "unknown key.*'priority_order'",
        ),
        (
            PriorityRegime,
            _with(REGIME_IN_FORCE.to_dict(), ["groups", 1, "all_of"], ["single_parent"]),
            "unknown key.*'all_of'",
        ),
        (
            PriorityRegime,
            _with(REGIME_IN_FORCE.to_dict(), ["default_tiers", 1, 0], "single_parents"),
            "'single_parents'",
        ),
        (
            PriorityRegime,
            _with(REGIME_IN_FORCE.to_dict(), ["groups", 0, "any_of"], "working"),
            "any_of must be a list",
        ),
        (
            PriorityRegime,
            {k: v for k, v in REGIME_IN_FORCE.to_dict().items() if k != "groups"},
            "missing key.*'groups'",
        ),
        (
            VulnerabilityRule,
            _with(KOKSIJDE_RULE.to_dict(), ["characteristics", 4, "any_of"], ["lone_parent"]),
            "'lone_parent'",
        ),
        (
            VulnerabilityRule,
            _with(KOKSIJDE_RULE.to_dict(), ["min"], 2),
            "unknown key.*'min'",
        ),
        (
            ChildPovertyRule,
            _with(DEFAULT_CHILD_POVERTY_RULE.to_dict(), ["extras"], ["no_network"]),
            "'no_network'",
        ),
        (
            ChildPovertyRule,
            _with(DEFAULT_CHILD_POVERTY_RULE.to_dict(), ["count_extras"], True),
            "unknown key.*'count_extras'",
        ),
        (ChildPovertyRule, ["threshold", 3], "must be a dict"),
    ],
)
def test_bad_config_is_refused(cls, data, message):
    with pytest.raises(ValueError, match=message):
        cls.from_dict(data)


def test_criterion_with_a_fact_in_any_of_and_none_of_is_refused():
    with pytest.raises(ValueError, match="any_of and none_of"):
        Criterion("work_or_training", any_of={"working"}, none_of={"working"})
