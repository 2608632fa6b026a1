"""Instrument files: the default and another one load; a broken one says what is wrong."""
from pathlib import Path

import pytest
import yaml

from bot.content.instrument import InstrumentError, load, parse

ALT = Path(__file__).parent / "instruments" / "two_or_more.yml"


def test_default_instrument_covers_the_indicator_domains_in_both_languages():
    instrument = load()
    assert instrument.validated is False
    assert set(instrument.domains) == {"forced_or_tricked", "commercial_sex", "documents_or_pay",
                                       "debt", "threats", "movement", "harm_or_confinement"}
    for item in instrument.items:
        assert item.text["en"].endswith("?") and item.text["es"].startswith("¿")


def test_another_instrument_loads_unchanged_with_its_own_rule():
    alt = load(ALT)
    assert (alt.label, len(alt.items), alt.yes_threshold) == ("test-four-items@2.3", 4, 2)
    assert alt.items[1].question("es", "sms") == "¿B?"
    assert alt.score({"a": "yes", "b": "no", "c": "no", "d": "no"}) == ("negative", ["pay"])
    assert alt.score({"a": "yes", "b": "not_sure", "c": "no", "d": "no"})[0] == "indeterminate"
    assert alt.score({"a": "yes", "b": "yes", "c": "no", "d": "no"}) == (
        "positive", ["papers", "pay"])


@pytest.mark.parametrize("answers, expected", [
    ({}, "indeterminate"),
    ({i: "no" for i in "forced_or_tricked commercial_sex documents_or_pay debt threats movement "
      "harm_or_confinement".split()}, "negative"),
    ({"debt": "yes"}, "positive"),
    ({"debt": "prefer_not", "threats": "not_sure"}, "indeterminate"),
])
def test_default_rule_any_yes_is_positive_and_unknowns_are_indeterminate(answers, expected):
    assert load().score(answers)[0] == expected


def broken(**change):
    data = yaml.safe_load(ALT.read_text())
    data.update(change)
    return data


@pytest.mark.parametrize("data, message", [
    (broken(items=[]), "'items' must be a non-empty list"),
    ({k: v for k, v in broken().items() if k != "version"}, "'version' is missing"),
    (broken(scoring={"positive_when_yes_at_least": 0}), "whole number >= 1"),
    (broken(scoring={"positive_when_yes_at_least": 9}), "needs 9 yes answers but there are only 4"),
    (broken(answers=["yes", "no"]), "'answers' must be exactly"),
    (broken(items=[{"id": "a", "domain": "pay", "text": {"en": "A?"}}]), "item 1 ('a') has no es"),
    (broken(items=[{"id": "a", "domain": "nope", "text": {"en": "A?", "es": "¿A?"}}]),
     "names domain 'nope'"),
    (broken(items=[{"id": "a", "domain": "pay", "text": {"en": "A?", "es": "¿A?"}}] * 2),
     "item ids must be unique"),
])
def test_broken_instrument_is_refused_with_the_problem_named(data, message):
    with pytest.raises(InstrumentError) as refused:
        parse(data, "org.yml")
    assert str(refused.value).startswith("org.yml: ") and message in str(refused.value)


def test_unreadable_or_invalid_yaml_file_is_named(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text("items: [unclosed")
    with pytest.raises(InstrumentError, match="bad.yml: is not valid YAML"):
        load(bad)
    with pytest.raises(InstrumentError, match="missing.yml: cannot be read"):
        load(tmp_path / "missing.yml")
