"""PII redaction for transcripts: ``redact(text, language) -> text with typed placeholders``.

Rule-based on spaCy's blank English/Spanish tokenizers (phrase-matcher contexts, vendored
name lists) and ``phonenumbers``; see redactor.redact for the contract and bench/redact_eval.py
for its measured recall, precision and speed.
"""
from bot.privacy.redaction.redactor import find_spans, redact
from bot.privacy.redaction.text import LABELS, Span
from bot.privacy.redaction.vocab import warm_up

__all__ = ["LABELS", "Span", "find_spans", "redact", "warm_up"]
