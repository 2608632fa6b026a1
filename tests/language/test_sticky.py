"""The sticky conversation language (bot.language.sticky)."""
from typing import List, Optional, Tuple

import pytest

from bot.language import Analysis, Decision, decide, update, warm_up


@pytest.fixture(scope="module", autouse=True)
def _resources_loaded():
    warm_up()


def run(messages: List[str], language: Optional[str] = None,
        explicit: Optional[List[Optional[str]]] = None) -> List[Decision]:
    """Feed messages through ``update`` carrying the state the way the custom action will."""
    streak, decisions = 0, []
    for i, text in enumerate(messages):
        decision = update(language, text, streak, explicit[i] if explicit else None)
        decisions.append(decision)
        language, streak = decision.language, decision.streak
    return decisions


def analysis(language: str, confidence: float, words: int = 5, letters: int = 25,
             votes: Tuple[int, int] = (0, 0)) -> Analysis:
    return Analysis(language, confidence, words, letters, *votes)


# --- first message -------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["hi", "ok", "no", "1", "👍", "", "hola"])
def test_short_first_message_does_not_set_the_language(text):
    decision = update(None, text)
    assert decision.language is None
    assert not decision.switched


def test_short_first_message_replies_in_a_clear_guess_else_english():
    assert update(None, "hola").reply == "es"
    assert update(None, "👍").reply == "en"
    assert update(None, "no").reply == "en"  # "no" is shared: not a clear guess


def test_first_substantive_message_sets_the_language():
    decision = update(None, "necesito ayuda con mi trabajo")
    assert (decision.language, decision.switched, decision.reason) == ("es", True, "first")
    assert update(None, "I need help with my job").language == "en"


def test_first_spanglish_message_does_not_set_the_language():
    assert update(None, "ok gracias but I need help").language is None


def test_explicit_choice_sets_the_language_at_once():
    decision = update(None, "👍", explicit="es")
    assert (decision.language, decision.reply, decision.reason) == ("es", "es", "explicit")


# --- stickiness ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["no", "ok", "si", "sí", "yes", "1", "42", "👍", "gracias",
                                  "thanks", "tal vez", "ok gracias but I need help",
                                  "si pero my boss no me paga"])
@pytest.mark.parametrize("current", ["en", "es"])
def test_short_and_code_switched_replies_never_flip(text, current):
    decisions = run([text] * 4, language=current)
    assert all(d.language == current and not d.switched and d.streak == 0 for d in decisions)


def test_one_other_language_message_is_not_enough():
    decision = update("en", "necesito ayuda con mi trabajo")
    assert (decision.language, decision.streak, decision.reason) == ("en", 1, "pending")


def test_two_consecutive_other_language_messages_flip():
    decisions = run(["necesito ayuda con mi trabajo", "mi jefe tiene mi pasaporte"], "en")
    assert [d.language for d in decisions] == ["en", "es"]
    assert decisions[1].switched and decisions[1].reason == "switch"
    assert decisions[1].streak == 0


def test_flip_back_to_english_also_needs_two_messages():
    decisions = run(["I need help with my job", "my boss has my passport"], "es")
    assert [d.language for d in decisions] == ["es", "en"]


@pytest.mark.parametrize("interruption", ["ok", "👍", "I need help with my job",
                                          "ok gracias but I need help"])
def test_anything_in_between_resets_the_streak(interruption):
    messages = ["necesito ayuda con mi trabajo", interruption, "mi jefe tiene mi pasaporte"]
    decisions = run(messages, "en")
    assert decisions[1].streak == 0
    assert [d.language for d in decisions] == ["en", "en", "en"]


def test_explicit_request_flips_at_once_and_wins_over_detection():
    assert update("en", "en español por favor").language == "es"
    decision = update("es", "necesito ayuda con mi trabajo", streak=1, explicit="en")
    assert (decision.language, decision.switched, decision.streak) == ("en", True, 0)


def test_typed_request_for_the_current_language_is_not_a_switch():
    decision = update("es", "español")
    assert (decision.language, decision.switched, decision.reason) == ("es", False, "explicit")


# --- the pure rules, without the detector ----------------------------------------------------

def test_weak_guesses_do_not_count_towards_a_switch():
    decision = decide("en", analysis("es", 0.8), streak=1)
    assert (decision.language, decision.streak, decision.reason) == ("en", 0, "weak")


def test_confident_substantive_messages_count():
    first = decide("en", analysis("es", 0.999), streak=0)
    second = decide("en", analysis("es", 0.999), streak=first.streak)
    assert (first.streak, second.language, second.switched) == (1, "es", True)


def test_few_words_never_count_even_when_confident():
    decision = decide("en", analysis("es", 0.999, words=2, letters=14), streak=1)
    assert (decision.language, decision.streak, decision.reason) == ("en", 0, "short")


def test_votes_for_both_languages_mean_code_switching():
    decision = decide("en", analysis("es", 0.999, words=6, votes=(2, 3)), streak=1)
    assert (decision.language, decision.reason) == ("en", "mixed")


def test_unknown_current_value_is_treated_as_unset():
    assert decide("fr", analysis("es", 0.999)).language == "es"
