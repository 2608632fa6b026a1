"""The resource directory: both languages, verified facts, the choice by needs and flags."""
import pytest

from bot.content.resources import ResourceError, load, parse


def test_every_resource_has_both_languages_and_a_way_to_reach_it():
    directory = load()
    assert directory.last_verified
    for resource in directory.resources:
        for language in ("en", "es"):
            text = resource.render(language)
            assert resource.name[language] in text and resource.contacts(language)


def test_hotline_facts_match_the_brief():
    hotline = load().by_id("hotline")
    assert hotline.call == "1-888-373-7888"
    assert hotline.text == {"number": "233733", "keyword": "BEFREE"}
    assert "Envía BEFREE al 233733" in hotline.render("es")
    assert "Text BEFREE to 233733" in hotline.render("en")
    assert "AYUDA" in load().by_id("lifeline_988").render("es")


@pytest.mark.parametrize("result", [None, "negative", "indeterminate"])
def test_everyone_gets_the_same_universal_resources(result):
    assert [r.id for r in load().choose(result=result)] == ["hotline"]


def test_needs_add_their_resources_after_the_hotline():
    ids = [r.id for r in load().choose(needs=["housing", "work"])]
    assert ids[0] == "hotline" and "two_one_one" in ids and "wage_hour" in ids


def test_crisis_lines_come_first():
    assert [r.id for r in load().choose(flags=["danger"])][:2] == ["emergency", "hotline"]
    assert [r.id for r in load().choose(flags=["self_harm"])][0] == "lifeline_988"
    assert {"childhelp", "ncmec"} <= {r.id for r in load().choose(flags=["minor"])}


def test_positive_screen_adds_legal_help():
    assert "legal_referral" in [r.id for r in load().choose(result="positive")]


def test_a_resource_without_spanish_is_refused():
    data = {"last_verified": "2026-01-01", "resources": [
        {"id": "hotline", "name": {"en": "X"}, "purpose": {"en": "x", "es": "x"},
         "hours": {"en": "x", "es": "x"}, "languages": {"en": "x", "es": "x"}, "call": "1"}]}
    with pytest.raises(ResourceError, match="resource 'hotline' name needs both en and es"):
        parse(data, "dir.yml")
