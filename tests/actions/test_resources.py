"""Education, resources and closing."""
from rasa_sdk.events import SlotSet

from bot.actions.resources import ActionClosing, ActionGiveResources, ActionUniversalEducation


def test_education_steps_through_topics_and_answers_the_one_asked(make_tracker, run):
    _, first = run(ActionUniversalEducation(), make_tracker("affirm", "yes"))
    assert first == [{"response": "utter_edu_what", **{k: v for k, v in first[0].items()
                                                      if k != "response"}}]
    events, asked = run(ActionUniversalEducation(),
                        make_tracker("ask_trafficking_info", "what are my rights at work",
                                     {"edu_step": 0}))
    assert asked[0]["response"] == "utter_edu_rights"
    assert SlotSet("edu_step", 3.0) in events


def test_a_need_gets_its_resources_after_the_hotline_in_spanish(make_tracker, run):
    events, messages = run(ActionGiveResources(),
                           make_tracker("need_substance_use_help", "", {"language": "es"}))
    texts = [m["text"] for m in messages]
    assert texts[0] == "Aquí tienes dónde pedir ayuda:"
    assert texts[1].startswith("Línea Nacional contra la Trata de Personas")
    assert "SAMHSA" in texts[2] and "1-800-662-4357" in texts[2]
    assert SlotSet("needs", ["substance_use"]) in events
    assert SlotSet("resources_offered", ["hotline", "samhsa"]) in events


def test_danger_flag_puts_911_first(make_tracker, run):
    _, messages = run(ActionGiveResources(),
                      make_tracker("request_resources", "", {"danger_flag": True}))
    assert messages[1]["text"].startswith("Emergency (911): ")


def test_sms_gets_the_short_form(make_tracker, run):
    _, messages = run(ActionGiveResources(), make_tracker("request_resources", "", channel="sms"))
    assert messages[1]["text"] == ("National Human Trafficking Hotline: Call 1-888-373-7888; "
                                   "Text BEFREE to 233733 (24/7)")


def test_closing_recaps_what_was_given_and_reminds_about_safety(make_tracker, run):
    _, messages = run(ActionClosing(), make_tracker("goodbye", "bye",
                                                    {"resources_offered": ["hotline", "wage_hour"]}))
    assert messages[0]["text"].startswith("Here is what we talked about:")
    assert "1-866-487-9243" in messages[0]["text"]
    assert messages[1]["response"] == "utter_closing_safety"
