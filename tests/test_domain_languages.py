"""Both languages, always: every response has an English, a Spanish and a default variation."""
import pytest
import yaml

from bot.settings import PROJECT_ROOT

DOMAIN = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(DOMAIN["responses"]))
def test_response_has_english_spanish_and_default_variations(name):
    variations = DOMAIN["responses"][name]
    languages = {c["value"] for v in variations for c in v.get("condition") or []
                 if c.get("name") == "language"}
    assert {"en", "es"} <= languages
    assert any(not v.get("condition") for v in variations), "no default variation"
    for variation in variations:
        assert variation.get("text", "").strip()
        assert "TODO" not in variation["text"] and "lorem" not in variation["text"].lower()


def test_spanish_and_english_variations_differ():
    for name, variations in DOMAIN["responses"].items():
        texts = {}
        for v in variations:
            for c in v.get("condition") or []:
                if c.get("name") == "language":
                    texts.setdefault(c["value"], set()).add(v["text"])
        if name != "utter_language_switched":
            assert texts["en"].isdisjoint(texts["es"]), name
