"""One fix to Rasa 3.6's hot path, installed in the Rasa server process.

Rasa checks every action-server reply against a JSON schema with `jsonschema.validate(result,
schema)`. jsonschema 4.x's `validate` first checks the *schema itself* against the meta-schema, on
every call: profiled under the whole-flow benchmark (py-spy, bench/RESULTS.md), that was 37% of the
Rasa server's CPU. The reply is still checked against the same schema, the same way; the schema is
checked once, with a validator built once.

`install()` is idempotent; the tracker store calls it (it is in every Rasa server of ours, shell
included). The action server never imports this.
"""
from __future__ import annotations

import threading
from typing import Any, Dict, Optional, Text

_lock = threading.Lock()
_installed = False
_validator: Optional[Any] = None


def _validator_for(schema: Dict[Text, Any]) -> Any:
    global _validator
    if _validator is None:
        from jsonschema.validators import validator_for

        cls = validator_for(schema)
        cls.check_schema(schema)  # what validate() did on every call, now once
        _validator = cls(schema)
    return _validator


def _validate_action_result(self: Any, result: Dict[Text, Any]) -> bool:
    """Rasa's RemoteAction._validate_action_result with the validator built once."""
    from jsonschema import ValidationError
    from jsonschema.exceptions import best_match

    from rasa.shared.constants import DOCS_BASE_URL

    error = best_match(_validator_for(self.action_response_format_spec()).iter_errors(result))
    if error is None:
        return True
    assert isinstance(error, ValidationError)
    error.message += (
        ". Failed to validate Action server response from API, make sure your response from the "
        f"Action endpoint is valid. For more information about the format visit "
        f"{DOCS_BASE_URL}/custom-actions"
    )
    raise error


def install() -> None:
    global _installed
    with _lock:
        if _installed:
            return
        from rasa.core.actions.action import RemoteAction

        RemoteAction._validate_action_result = _validate_action_result
        _installed = True
