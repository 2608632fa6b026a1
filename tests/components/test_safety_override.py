"""The safety override: whole-message exit and delete commands win over the classifier."""
import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.components.safety_override import SafetyOverride, command_intent, safety_intent


@pytest.mark.parametrize("text", ["exit", "EXIT", "Exit!", "exit now please", "salir", "SALIR ya",
                                  "Sálir", "cerrar", "get me out", "sácame de aquí", "x",
                                  "someone is coming", "alguien viene", "he's here",
                                  "they're here", "ya viene ya", "me tengo que ir ya por favor",
                                  "i need to leave now please", "my boss is here",
                                  "ya llegó el patrón", "cant talk rn", "exti",
                                  "omg he just walked in", "she's right behind me",
                                  "close this tab pls", "esconde la pantalla ya",
                                  "me está revisando el celular", "aguas", "oye ya entró mi jefe",
                                  "gotta go now", "someone's at the door", "me están vigilando",
                                  "ya vienen subiendo", "clear the screen"])
def test_exit_commands(text):
    assert command_intent(text) == "quick_exit"


@pytest.mark.parametrize("text", ["delete my data", "DELETE", "borrar mis datos", "BORRAR",
                                  "borra todo por favor", "forget what i said",
                                  "no guardes mis mensajes", "olvida lo que te conté"])
def test_delete_commands(text):
    assert command_intent(text) == "delete_data"


@pytest.mark.parametrize("text", ["quit", "STOP", "i can't exit the house",
                                  "how do i close a bank account",
                                  "no puedo salir de la casa", "", "🙂", "now", "please", "ok",
                                  "just", "i walked in late today", "el jefe está detrás de todo"])
def test_sentences_that_only_contain_a_command_word_are_left_to_the_classifier(text):
    assert command_intent(text) is None


def test_override_sets_intent_and_keeps_ranking():
    ranking = [{"name": "goodbye", "confidence": 0.41}, {"name": "quick_exit", "confidence": 0.38}]
    message = Message(data={"text": "salir ya", "intent": dict(ranking[0]),
                            "intent_ranking": list(ranking)})
    [out] = SafetyOverride({}).process([message])
    assert out.get("intent") == {"name": "quick_exit", "confidence": 1.0}
    assert [i["name"] for i in out.get("intent_ranking")] == ["quick_exit", "goodbye", "quick_exit"]


def test_classifier_answer_is_kept_when_it_already_agrees_or_no_command():
    message = Message(data={"text": "exit", "intent": {"name": "quick_exit", "confidence": 0.9},
                            "intent_ranking": [{"name": "quick_exit", "confidence": 0.9}]})
    [out] = SafetyOverride({}).process([message])
    assert out.get("intent")["confidence"] == 0.9
    assert len(out.get("intent_ranking")) == 1


@pytest.mark.parametrize("text, guess", [
    ("i can't leave the house at all", "quick_exit"),
    ("mi jefe tiene mi pasaporte y no me quiere pagar", "quick_exit"),
    ("my boss keeps my passport and will not pay me", "delete_data"),
])
def test_long_messages_need_the_lexicon_to_erase(text, guess):
    message = Message(data={"text": text, "intent": {"name": guess, "confidence": 1.0},
                            "intent_ranking": [{"name": guess, "confidence": 1.0}]})
    [out] = SafetyOverride({}).process([message])
    assert out.get("intent")["name"] == "nlu_fallback"
    assert [i["name"] for i in out.get("intent_ranking")] == ["nlu_fallback", guess]


@pytest.mark.parametrize("text", ["he is coming", "they're looking at my phone"])
def test_short_classified_exits_stand(text):
    message = Message(data={"text": text, "intent": {"name": "quick_exit", "confidence": 0.97},
                            "intent_ranking": [{"name": "quick_exit", "confidence": 0.97}]})
    [out] = SafetyOverride({}).process([message])
    assert out.get("intent") == {"name": "quick_exit", "confidence": 0.97}


@pytest.mark.parametrize("text, intent", [
    ("he is going to kill me", "immediate_danger"), ("estoy en peligro", "immediate_danger"),
    ("me tienen encerrada", "immediate_danger"), ("i want to kill myself", "self_harm"),
    ("ya no quiero vivir", "self_harm"), ("kms", "self_harm"),
    ("there's a man with a gun here", "immediate_danger"), ("i want to cut my wrists", "self_harm"),
    ("i'm gonna end it tonight", "self_harm"), ("temo por mi vida", "immediate_danger"),
    ("prefiero morir que volver", "self_harm"), ("SOS", "immediate_danger"),
    ("emergencia", "immediate_danger"), ("this is an emergency", "immediate_danger"),
    ("me corté", "self_harm"), ("i cut myself", "self_harm"),
    ("todos estarían mejor sin mí", "self_harm"), ("no point in living", "self_harm"),
    ("he has a weapon", "immediate_danger"), ("me quiere pegar", "immediate_danger"),
    ("been thinking of taking all my meds", "self_harm"),
    ("guardé pastillas para acabar con todo", "self_harm"),
    ("me hago daño cuando me enojo", "self_harm"),
    ("me metieron en un carro y no se a donde me llevan", "immediate_danger"),
    ("they pushed me into a van", "immediate_danger"),
    ("he's hitting me at work right now", "immediate_danger"),
    ("me están golpeando en el trabajo", "immediate_danger"),
    ("he is threatening me with a knife", "immediate_danger"),
    ("my suicidal thoughts are back", "self_harm"), ("tengo mis ideas suicidas otra vez", "self_harm"),
    ("i have no reason to live", "self_harm"), ("ya no tengo razón para vivir", "self_harm"),
    ("im trapped in the basement", "immediate_danger"),
    ("si me muero nadie me va a extrañar", "self_harm"),
    ("tengo miedo de lo que me pueda hacer a mí misma", "self_harm"),
    ("i already wrote a suicide note", "self_harm"), ("me llevan en un carro", "immediate_danger"),
    ("pls call 911", "immediate_danger"), ("🆘", "immediate_danger"), ("🆘🆘 motel", "immediate_danger"),
    ("the boss locked us in the cooler", "immediate_danger"), ("ayúdame q me matan", "immediate_danger"),
    ("me tomé un montón de pastillas", "self_harm"),
    ("they are holding me against my will", "immediate_danger"),
    ("he wont let me out of the room", "immediate_danger"), ("dice que viene por más", "immediate_danger"),
    # Kinds the blended classifier missed on held-out sets c-e (DIET alone had caught them).
    ("whats the quickest way to die", "self_harm"), ("dying would be easier than this", "self_harm"),
    ("i keep thinking of crashing my car on purpose", "self_harm"),
    ("hoy me tiro del puente", "self_harm"), ("ojalá ya no amanezca", "self_harm"),
    ("la muerte sería más fácil que esto", "self_harm"),
    ("bebo para tener valor para acabar con todo", "self_harm"),
    ("a man is at the door with a bat", "immediate_danger"), ("me están atacando", "immediate_danger"),
    ("me atacan!!", "immediate_danger"),
    ("vengan rápido por favor", "immediate_danger"),
    ("me está dando con el cinturón", "immediate_danger"),
])
def test_crisis_phrases_win_over_the_classifier(text, intent):
    message = Message(data={"text": text, "intent": {"name": "greet", "confidence": 0.9},
                            "intent_ranking": [{"name": "greet", "confidence": 0.9}]})
    [out] = SafetyOverride({}).process([message])
    assert out.get("intent") == {"name": intent, "confidence": 1.0}


@pytest.mark.parametrize("text", [
    "No estoy en peligro", "no me va a pegar", "I don't want to die", "no quiero morir",
    "no quiero vivir con el", "im locked into a contract", "I'm in danger of losing my job",
    "estoy en peligro de perder el trabajo", "me voy a cortar el pelo", "matarme trabajando",
    "I hurt myself at work", "should I call the police?", "I'm not suicidal",
    # "sos" is Rioplatense "you are": an alarm only as the whole message.
    "sos un robot?", "vos sos persona real", "I cut myself at work", "me corté trabajando",
    "me corte el pelo", "emergency contact form", "I don't want to hurt myself",
    "the landlord is kicking me out", "he keeps hitting me up",
    "they took all my meds when i got here", "my hours get cut when i complain",
    "mi amigo tuvo una sobredosis", "quiero acabar con el trabajo temprano hoy",
    "my kids are my reason to live", "what happens to my data if i died",
    "i burn myself on the fryer all the time", "im trapped in debt",
    "my boss is threatening me with immigration", "he hurt me last year",
    "my supervisor keeps following me around", "estoy atrapada con la deuda",
    "me está amenazando con la migra", "mis hijos son mi razón para vivir",
    "tengo miedo de lo que me pueda hacer mi jefe si renuncio",
    "si me muero en la obra quien cuida a mis hijos",
    "me atacan los nervios cuando pienso en la deuda", "he says i scratched his car on purpose",
    "the bat in the garage", "me tiro del pelo cuando estoy nerviosa",
])
def test_negated_and_everyday_phrases_are_not_crises(text):
    message = Message(data={"text": text, "intent": {"name": "greet", "confidence": 0.9},
                            "intent_ranking": [{"name": "greet", "confidence": 0.9}]})
    [out] = SafetyOverride({}).process([message])
    assert out.get("intent")["name"] == "greet"


def processed(text, intent, confidence):
    """The message after the override, the classifier having guessed `intent`."""
    message = Message(data={"text": text, "intent": {"name": intent, "confidence": confidence},
                            "intent_ranking": [{"name": intent, "confidence": confidence}]})
    [out] = SafetyOverride({}).process([message])
    return out


@pytest.mark.parametrize("text, age", [("im 16", "16"), ("tengo 15 años", "15"), ("tengo 15", "15")])
def test_a_stated_age_becomes_state_age_with_its_entity(text, age):
    out = processed(text, "greet", 0.6)
    assert out.get("intent")["name"] == "state_age"
    assert [e["value"] for e in out.get("entities")] == [age]


@pytest.mark.parametrize("text", ["tengo 3 hijos", "I'm 12 hours into my shift", "worked 3 yrs"])
def test_ordinary_numbers_are_not_ages(text):
    out = processed(text, "greet", 0.6)
    assert out.get("intent")["name"] == "greet"


@pytest.mark.parametrize("text", [
    "omg my boyfriend just came home", "the manager is walking over", "crew leader is back",
    "she's at the door", "hes checking my phone", "ya llegó mi marido", "el encargado viene",
    "ahí viene la doña", "están tocando la puerta", "lo tengo detrás de mí", "boyfriend just pulled up",
    "the foreman is right behind me", "gtg his car is outside", "se acerca el encargado", "ya está aquí",
    "someone is knocking", "the owner walked into the kitchen", "me revisan el cel",
    "me están vigilando ahorita", "me toca irme ya", "no puedo hablar, ahi esta el",
    "someone's behind me", "i hear him coming", "i can hear the boss outside",
])
def test_someone_arriving_or_watching_in_a_short_message_is_a_quick_exit(text):
    assert safety_intent(text) == "quick_exit"


@pytest.mark.parametrize("text", [
    "when my boss came back he took my passport and said i owe him", "he checks my phone every night",
    "i can't talk to my family", "no puedo hablar con mi familia", "i have to go to court",
    "tengo que irme de la casa donde vivo", "they are looking for work", "no me llegó el pago",
    "is someone reading this?", "cuando llegó el patrón me quitó el pasaporte",
    "my boss is coming to pick us up at 5 to take us to the farm", "the owner is here every day",
    "they take my phone away", "mi pasaporte está aquí", "el trabajo lo hago yo solita",
    "me revisa el celular todo el tiempo", "the car is here every morning at 5",
    "i hear them coming every night", "i gotta go to court tomorrow", "i have to go back to work",
    "where do i need to go", "how far do i have to go", "they told me i have to go",
])
def test_stories_questions_and_long_messages_about_people_are_not_exits(text):
    assert safety_intent(text) is None


def classified(text, intent, confidence=0.9):
    return processed(text, intent, confidence).get("intent")["name"]


@pytest.mark.parametrize("text", [
    "not safe rn", "not alone rn", "no its not safe", "im not really safe", "it isnt safe",
    "im with him rn", "unsafe", "no es seguro", "no estoy sola", "ahorita no estoy solo",
    "mi esposo esta en la casa", "la jefa ya esta aqui", "estoy con el", "no, hay alguien",
])
def test_a_safe_to_talk_guess_that_says_the_opposite_is_a_quick_exit(text):
    assert classified(text, "safe_to_talk") == "quick_exit"


@pytest.mark.parametrize("text", [
    "im alone", "its safe now", "no one is here", "nobody can see my screen", "he's not home",
    "nobody checks my phone, its safe", "estoy sola", "no hay nadie", "el no esta en la casa",
    "mi esposo no esta", "ya se fue, estoy solo", "no hay moros en la costa", "nadie me ve",
])
def test_safe_answers_stay_safe_to_talk(text):
    assert classified(text, "safe_to_talk") == "safe_to_talk"


@pytest.mark.parametrize("text, intent", [("my job is not safe", "need_work_help"),
                                          ("no estoy segura", "dont_know")])
def test_the_not_safe_guard_only_reads_safe_to_talk_guesses(text, intent):
    assert classified(text, intent) == intent


@pytest.mark.parametrize("text", ["nadie me esta mirando", "nobody is watching", "no one is looking",
                                  "nadie me está vigilando ahorita"])
def test_nobody_watching_is_not_someone_watching(text):
    assert safety_intent(text) is None


@pytest.mark.parametrize("text, guess", [
    ("estoy sola", "quick_exit"), ("si, estoy sola", "quick_exit"), ("sí, nadie está aquí", "quick_exit"),
    ("im alone", "quick_exit"), ("yes im by myself", "self_harm"), ("hes asleep", "immediate_danger"),
    ("my husband is at work", "need_work_help"), ("no hay nadie en casa", "deny"),
    ("he's not here", "quick_exit"), ("ya se fue", "goodbye"), ("todos duermen", "self_harm"),
    ("nobody's home rn", "need_housing"), ("its just me", "nlu_fallback"),
    ("estoy a salvo ahorita", "immediate_danger"), ("coast is clear", "out_of_scope"),
    ("si estoy sola", "affirm"), ("i'm by myself right now", "self_harm"), ("shes out", "quick_exit"),
    ("my roommates are at work", "need_work_help"), ("hes at the bar all night", "disclose_concern"),
    ("he won't be back until tonight", "disclose_concern"), ("everyone in the house is asleep", "disclose_concern"),
    ("empty house rn", "need_housing"), ("el patron no esta", "quick_exit"),
    ("on my lunch break nobody around", "need_work_help"), ("no regresa hasta la noche", "deny"),
])
def test_a_short_safe_statement_is_safe_to_talk_whatever_the_guess(text, guess):
    assert classified(text, guess) == "safe_to_talk"


@pytest.mark.parametrize("text, guess", [
    ("estoy sola y necesito hablar con alguien", "request_human"),
    ("estoy sola con mis hijos y no tengo donde dormir", "need_housing"),
    ("im alone and he hurt me bad", "immediate_danger"),
    ("im alone, he took my passport", "disclose_concern"),
    ("is nobody here?", "bot_challenge"),
    ("me siento sola", "need_peer_support"),
    ("no estoy sola", "quick_exit"), ("im not alone", "quick_exit"),
    ("my husband left me and took the kids", "disclose_concern"),
    ("he left and i have nowhere to sleep tonight at all", "need_housing"),
    ("exit", "quick_exit"), ("estoy sola, me quiero morir", "self_harm"),
])
def test_safe_words_inside_something_else_keep_their_reading(text, guess):
    assert classified(text, guess) == guess


@pytest.mark.parametrize("text, guess", [
    # A safe phrase with anything more is not a safe statement (found in review).
    ("estoy sola me pegó", "immediate_danger"), ("ayuda estoy sola", "immediate_danger"),
    ("im alone bleeding", "immediate_danger"), ("im alone and scared", "immediate_danger"),
    ("im alone with him", "immediate_danger"), ("solo yo y el", "immediate_danger"),
    ("estoy sola encerrada", "immediate_danger"), ("nobody is around, help", "immediate_danger"),
    ("im all alone", "self_harm"), ("estoy sola pero ya viene", "quick_exit"),
    ("its just me and him", "quick_exit"), ("he just left to get his gun", "quick_exit"),
    ("ya se fue por la pistola", "quick_exit"), ("ya se fue pero vuelve en 5 min", "quick_exit"),
    ("everyone is out to get me", "quick_exit"), ("no hay nadie pero revisa mi cel", "quick_exit"),
    ("nobody's here but he checks my phone", "quick_exit"), ("estoy sola sin casa", "need_housing"),
    ("nadie esta a salvo aqui", "quick_exit"), ("nadie está viniendo a ayudarme", "quick_exit"),
    ("no hes at work", "deny"), ("nope hes at work", "deny"), ("no nadie esta aqui", "deny"),
    ("nunca estoy sola", "deny"), ("tampoco estoy sola", "quick_exit"),
])
def test_a_safe_phrase_with_more_in_the_message_is_not_safe_to_talk(text, guess):
    # The guess stands (or, for a long message guessed as an exit, becomes a kind re-ask).
    assert classified(text, guess) in {guess, "nlu_fallback"}


@pytest.mark.parametrize("text, expected", [
    ("i dont feel safe", "quick_exit"), ("idk if its safe", "quick_exit"),
    ("no me siento segura", "quick_exit"), ("no creo que sea seguro", "quick_exit"),
    ("he might check my phone later", "quick_exit"), ("hes in the kitchen", "quick_exit"),
    ("el esta en el cuarto de al lado", "quick_exit"), ("luego me revisa el cel", "quick_exit"),
    ("se estaciono el carro me voy", "quick_exit"), ("ya llego el patron", "quick_exit"),
    ("gotta go he came back", "quick_exit"), ("truck pulled up", "quick_exit"),
    ("mi esposo sigue aqui", "quick_exit"),
    # Long: not erased, a kind re-ask instead.
    ("el patron dice que no es seguro salir porque nos agarra inmigracion", "nlu_fallback"),
    # A question is never an exit; with a child or a sister it is still safe.
    ("is it not safe to talk here?", "safe_to_talk"),
    ("im with my kids, hes at work", "safe_to_talk"), ("estoy con mi bebe, el se fue a trabajar", "safe_to_talk"),
    ("no estoy segura ahorita", "safe_to_talk"),  # "not sure", the classifier's call
])
def test_the_not_safe_guard_on_safe_to_talk_guesses(text, expected):
    assert classified(text, "safe_to_talk") == expected


@pytest.mark.parametrize("text, guess", [
    # Kinds of safe answer the cross-validation showed being missed: time to talk, the phone,
    # the controlling person's schedule or trip, a private place, others asleep or away.
    ("i have like 20 min", "state_age"), ("i have time now", "goodbye"),
    ("this is my own phone", "out_of_scope"), ("he doesnt know my passcode", "deny"),
    ("he works nights so im good", "goodbye"), ("boss is out till monday", "out_of_scope"),
    ("im in the bathroom by myself, its ok", "need_housing"), ("all clear", "delete_data"),
    ("the other girls are sleeping", "need_housing"), ("they took the van and left", "disclose_concern"),
    ("tengo como media hora", "out_of_scope"), ("el telefono es mio", "out_of_scope"),
    ("el no sabe mi contraseña", "out_of_scope"), ("trabaja de noche asi que estoy bien", "disclose_concern"),
    ("mi marido anda de viaje", "self_harm"), ("sali a caminar para poder escribir", "quick_exit"),
    ("ya puedo hablar", "quick_exit"), ("mi jefe no vino hoy", "quick_exit"),
    ("las otras muchachas estan dormidas", "need_peer_support"), ("esta despejado", "goodbye"),
    ("el encargado se fue al rancho", "disclose_concern"), ("si es seguro", "affirm"),
])
def test_more_kinds_of_safe_answer_are_safe_to_talk(text, guess):
    assert classified(text, guess) == "safe_to_talk"


@pytest.mark.parametrize("text, guess", [
    # Near misses that must keep their reading: an age, a number of anything, a question
    # about safety, a phone that is checked, time that is not for talking.
    ("tengo como 40", "state_age"), ("ahorita tengo 16", "state_age"), ("i have 3 kids", "deny"),
    ("i have 20", "out_of_scope"), ("es seguro hablar aqui", "ask_privacy"),
    ("is it safe to talk here", "ask_privacy"), ("he checks my phone", "disclose_concern"),
    ("el patron controla mi telefono", "disclose_concern"),
    ("he took my passport and left", "disclose_concern"), ("im in the car with him alone", "immediate_danger"),
    ("estoy en la casa con el sola", "disclose_concern"), ("i have time for the questions", "start_screening"),
])
def test_near_misses_of_safe_answers_keep_their_reading(text, guess):
    assert classified(text, guess) == guess


@pytest.mark.parametrize("text, age", [
    # An age in words or said as a birthday is an age too: "im seventeen" must stop the adult
    # screen as surely as "im 17".
    ("im seventeen", "17"), ("i am forty one", "41"), ("sixteen and a half", "16"),
    ("just turned 17", "17"), ("tengo diecisiete años", "17"), ("tengo treinta y dos", "32"),
    ("acabo de cumplir 17", "17"), ("cumplí 18 el mes pasado", "18"), ("25 añitos", "25"),
])
def test_ages_in_words_and_birthdays_are_stated_ages(text, age):
    out = processed(text, "greet", 0.6)
    assert out.get("intent")["name"] == "state_age"
    [entity] = out.get("entities")
    assert entity["value"] == age
    # A span on the number itself: `rasa test nlu` (and anything reading entities) needs one.
    said = text[entity["start"]:entity["end"]]
    assert said == age or said.split()[0] in {"seventeen", "forty", "sixteen", "diecisiete",
                                              "treinta"}


@pytest.mark.parametrize("text", ["tengo veinte dolares", "i have one question", "twenty two",
                                  "cumplí 3 años trabajando aquí", "im twelve hours in",
                                  "tengo dos hijos", "i was there once"])
def test_numbers_in_words_that_are_not_ages(text):
    out = processed(text, "greet", 0.6)
    assert out.get("intent")["name"] == "greet"


def test_an_age_the_classifier_found_in_words_gets_its_number():
    found = {"entity": "age", "value": "sixteen", "start": 3, "end": 10, "extractor": "DIETClassifier"}
    message = Message(data={"text": "im sixteen", "intent": {"name": "state_age", "confidence": 0.9},
                            "intent_ranking": [], "entities": [found]})
    [out] = SafetyOverride({}).process([message])
    assert out.get("entities") == [dict(found, value="16")]


@pytest.mark.parametrize("text, guess", [
    ("tengo unos 15 min libres", "state_age"), ("tengo chance como 10 minutos", "state_age"),
    ("el patron se fue a mexico por dos semanas", "out_of_scope"), ("todo en calma por aca", "goodbye"),
    ("el encargado tiene su dia libre y no anda por aca", "disclose_concern"),
    ("me dieron la tarde libre asi q tengo tienpo", "disclose_concern"),
    ("el no tiene el pin de mi cel", "out_of_scope"), ("nadie mas tiene acceso a mi cel", "disclose_concern"),
    ("simon, es seguro", "affirm"), ("si podemos hablar", "disclose_concern"),
    ("los demas trabajadores andan en el campo", "need_work_help"),
])
def test_spanish_kinds_of_safe_answer_are_safe_to_talk(text, guess):
    assert classified(text, guess) == "safe_to_talk"


@pytest.mark.parametrize("text, guess", [
    ("es seguro comprar en shein o es estafa", "out_of_scope"),
    ("el patron tiene el pin de mi cel", "disclose_concern"), ("no podemos hablar con nadie", "disclose_concern"),
    ("el patron sigue en la casa", "disclose_concern"), ("tengo chance de que me deporten", "need_legal_help"),
])
def test_spanish_near_misses_keep_their_reading(text, guess):
    assert classified(text, guess) == guess


@pytest.mark.parametrize("text", [
    # Crises the lexicons miss, read as safe_to_talk by the classifier (held-out sets c and e):
    # not "good, let's go on" but a kind re-ask with the hotline.
    "ta aqui el jefe", "la doña me acaba de cachetear", "they grabbed my sister",
])
def test_a_safe_to_talk_guess_with_no_word_of_safety_is_not_trusted(text):
    assert classified(text, "safe_to_talk") == "nlu_fallback"


@pytest.mark.parametrize("text", ["me tiene la navaja en el cuello",
                                  "my cousin is getting beat by the crew boss right now"])
def test_a_weapon_at_the_throat_or_a_beating_now_is_danger_whatever_the_guess(text):
    assert classified(text, "safe_to_talk") == "immediate_danger"


@pytest.mark.parametrize("text", ["hes at work", "tengo un ratito", "i got all afternoon actually",
                                  "he never checks this one", "nomas estoy yo",
                                  "el landlord no pasa hasta fin de mes"])
def test_a_safe_to_talk_guess_with_a_word_of_safety_stands(text):
    assert classified(text, "safe_to_talk") == "safe_to_talk"
