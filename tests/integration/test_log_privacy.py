"""No message text, slot value or id in any log line, at DEBUG level, in either server.

The shared `assistant` runs at DEBUG. This test holds conversations full of seeded personal
data (Faker-free: fixed, distinctive values) and then reads every log the servers wrote.
"""
import uuid

SEEDS = {
    "names": ["Guadalupe Quintanilla", "Marisol Etxeberria", "Bartholomew Okonkwo"],
    "phones": ["555-867-5309", "(312) 555-0199", "+52 55 1234 5678"],
    "emails": ["lupita.q1987@example.org", "bart.okonkwo@example.net"],
}


def test_seeded_personal_data_appears_in_no_log_output(assistant):
    senders = [f"+1312555{uuid.uuid4().int % 10**4:04d}", f"client-{uuid.uuid4().hex[:12]}"]
    english, spanish = senders
    assistant.say(english, "hi")
    assistant.say(english, '/change_language{"language": "en"}')
    assistant.say(english, f"my name is {SEEDS['names'][0]} call me at {SEEDS['phones'][0]}")
    assistant.say(english, f"email {SEEDS['emails'][0]} or {SEEDS['phones'][1]}")
    assistant.say(english, f"{SEEDS['names'][2]} {SEEDS['emails'][1]}")
    assistant.say(spanish, "hola")
    assistant.say(spanish, "español")
    assistant.say(spanish, f"me llamo {SEEDS['names'][1]}, mi número es {SEEDS['phones'][2]}")
    assistant.say(spanish, "salir")

    logs = assistant.output()
    for path in assistant.settings.log_dir.glob("*.log"):
        logs += path.read_text(errors="replace")
    assert "DEBUG" in logs, "the servers should be running at DEBUG level for this test"
    assert "[redacted]" in logs, "the scrubber should have had something to do at DEBUG"

    secrets = [*senders, *(assistant.conversation_id(s) for s in senders)]
    secrets += [v for values in SEEDS.values() for v in values]
    secrets += [part for name in SEEDS["names"] for part in name.split()]
    leaked = [s for s in secrets if s in logs or s.lower() in logs]
    assert leaked == []
