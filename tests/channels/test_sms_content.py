"""Every text the assistant can send over SMS fits: no paragraph needs more than two segments.

The texts are chosen the way the Rasa server chooses them for the "sms" output channel (Rasa's own
ResponseVariationFilter), in English, Spanish and before a language is known; plus the instrument's
items with their answer options, and the resource lines the actions compose.
"""
from __future__ import annotations

import itertools
from typing import Any, Dict, Iterator, List, Optional, Tuple

import pytest
import yaml
from rasa.core.nlg.response import ResponseVariationFilter

from bot.actions.resources import HERE, RECAP
from bot.actions.screening import BUTTONS
from bot.channels.sms_format import (
    MAX_SEGMENTS_PER_PART, _PARAGRAPHS, options_block, plain, render, segments,
)
from bot.content.instrument import load as load_instrument
from bot.content.resources import load as load_directory
from bot.settings import PROJECT_ROOT

DOMAIN = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))
RESPONSES = DOMAIN["responses"]
LANGUAGES = ("en", "es", None)


def condition_values(name: str) -> Dict[str, set]:
    """Each slot a response's variations are conditioned on, with the values they test."""
    values: Dict[str, set] = {}
    for variation in RESPONSES[name]:
        for c in variation.get("condition") or []:
            values.setdefault(c["name"], set()).add(c["value"])
    values.pop("language", None)
    return values


def sms_variations(name: str) -> Iterator[Tuple[Optional[str], Dict[str, Any], Dict[str, Any]]]:
    """(language, slots, variation) for every variation an SMS conversation can be sent."""
    others = condition_values(name)
    combos = [dict(zip(others, values)) for values in itertools.product(*others.values())]
    for language in LANGUAGES:
        for slots in combos or [{}]:
            filled = {"language": language, **slots}
            chosen = ResponseVariationFilter(RESPONSES).responses_for_utter_action(
                name, "sms", filled)
            assert chosen, f"{name} has no variation for {filled}"
            for variation in chosen:
                yield language, filled, variation


def paragraphs(text: str) -> List[str]:
    return [p for p in _PARAGRAPHS.split(plain(text).strip()) if p.strip()]


def too_long(text: str) -> List[Tuple[int, str]]:
    return [(segments(p), p) for p in paragraphs(text) if segments(p) > MAX_SEGMENTS_PER_PART]


@pytest.mark.parametrize("name", sorted(RESPONSES))
def test_every_response_fits_sms(name):
    for language, slots, variation in sms_variations(name):
        text = variation.get("text", "")
        if variation.get("buttons"):
            text = f"{text}\n\n{options_block(variation['buttons'])}"
        assert not too_long(text), (name, slots, too_long(text))


@pytest.mark.parametrize("name", sorted(RESPONSES))
def test_sms_variations_exist_in_every_language_or_none(name):
    """A response with an SMS variation in one language needs one in each (and a default), or
    Rasa would send an SMS conversation the other language's channel variation."""
    channels = {}
    for variation in RESPONSES[name]:
        if variation.get("channel") == "sms":
            language = next((c["value"] for c in variation.get("condition") or []
                             if c["name"] == "language"), None)
            channels.setdefault(language, 0)
    assert not channels or set(channels) == {"en", "es", None}, name


@pytest.mark.parametrize("name", sorted(RESPONSES))
def test_sms_variation_speaks_the_conversation_language(name):
    for language, _, variation in sms_variations(name):
        conditions = {c["name"]: c["value"] for c in variation.get("condition") or []}
        assert conditions.get("language") == language, (name, language, variation.get("text"))


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_screening_item_with_its_options_fits_sms(language):
    instrument = load_instrument()
    assert not too_long(instrument.notice[language])
    buttons = [{"title": t, "payload": p} for t, p in BUTTONS[language]]
    for item in instrument.items:
        text = f"{item.question(language, 'sms')}\n\n{options_block(buttons)}"
        assert not too_long(text), (item.id, too_long(text))


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_resource_line_fits_sms(language):
    assert not too_long(HERE[language]) and not too_long(RECAP[language])
    for resource in load_directory().resources:
        line = resource.render(language, short=True)
        assert not too_long(line), (resource.id, too_long(line))
        assert "·" not in line  # not GSM-7: it would make the whole SMS UCS-2


def test_a_long_question_with_options_renders_within_limits():
    parts = render({"text": "Is it safe to talk now? " * 12,
                    "buttons": [{"title": "Yes", "payload": "/affirm"}]})
    assert parts[-1].endswith("1 Yes")
    assert all(segments(p) <= MAX_SEGMENTS_PER_PART for p in parts)
