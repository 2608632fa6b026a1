"""The patched reply check still accepts what Rasa accepts and refuses what it refuses."""
import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction

from bot import rasa_speedups


@pytest.fixture(scope="module")
def action():
    rasa_speedups.install()
    assert RemoteAction._validate_action_result is rasa_speedups._validate_action_result
    return RemoteAction("action_anything", None)


@pytest.mark.parametrize("reply", [
    {"events": [], "responses": []},
    {"events": [{"event": "slot", "name": "language", "value": "es"}],
     "responses": [{"text": "hola", "buttons": [{"title": "Sí", "payload": "/affirm"}]}]},
    {},
])
def test_valid_replies_pass_as_before(action, reply):
    jsonschema.validate(reply, action.action_response_format_spec())  # Rasa's own check agrees
    assert action._validate_action_result(reply) is True


@pytest.mark.parametrize("reply", [
    {"events": [{"name": "language"}]},              # an event without its type
    {"events": [{"event": "slot"}], "responses": 3},  # responses must be a list
    {"events": "not a list"},
])
def test_invalid_replies_are_refused_as_before(action, reply):
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(reply, action.action_response_format_spec())
    with pytest.raises(jsonschema.ValidationError) as refused:
        action._validate_action_result(reply)
    assert "Failed to validate Action server response" in refused.value.message
