"""Privacy: pseudonymous sender ids, erasure, retention, log scrubbing and PII redaction.

`python -m bot.privacy purge` deletes raw conversation state past its retention age.
`redact(text, language)` replaces personal information with typed placeholders
(bot/privacy/redaction).
"""
from bot.privacy.redaction import redact

__all__ = ["redact"]
