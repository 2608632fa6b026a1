"""How bot messages become SMS: encoding, segment counts, numbered options, paragraph parts.

One SMS segment holds 160 GSM-7 characters, or 153 when a message is split (the rest is the
concatenation header). GSM-7 has é, ñ, ü, ¿ and ¡ but not á, í, ó or ú: one of those turns the whole
message into UCS-2, 70 characters in one segment or 67 per segment when split. Phones show a message
of several segments as one, but every segment costs and long ones arrive late or in pieces, so a part
may take at most MAX_SEGMENTS_PER_PART segments; the responses have `channel: sms` variations short
enough for that (tests/channels/test_sms_content.py checks every one).
"""
from __future__ import annotations

import math
import re
from typing import Any, Dict, List, Optional, Sequence

MAX_SEGMENTS_PER_PART = 2

_GSM7_BASIC = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM7_EXTENDED = set("^{}\\[~]|€\f")  # two septets each (escape + character)

# Typography that would force UCS-2 for no reason; plain equivalents exist in GSM-7.
_PLAIN = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2022": "-", "\u00a0": " ", "\u202f": " ",
    "\u2026": "...",
})

_PARAGRAPHS = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"(?<=[.!?:])\s+")


def plain(text: str) -> str:
    """Replaces curly quotes, dashes, bullets and ellipses with their GSM-7 equivalents."""
    return text.translate(_PLAIN)


def is_gsm7(text: str) -> bool:
    return all(c in _GSM7_BASIC or c in _GSM7_EXTENDED for c in text)


def segments(text: str) -> int:
    """How many SMS segments the provider sends this text as."""
    if not text:
        return 0
    if is_gsm7(text):
        septets = sum(2 if c in _GSM7_EXTENDED else 1 for c in text)
        return 1 if septets <= 160 else math.ceil(septets / 153)
    units = len(text.encode("utf-16-le")) // 2  # UTF-16 code units: an emoji takes two
    return 1 if units <= 70 else math.ceil(units / 67)


def options_block(buttons: Sequence[Dict[str, Any]]) -> str:
    """Buttons as numbered lines: '1 Yes' / '2 No'. A reply of '1' chooses the first."""
    return "\n".join(f"{n} {plain(str(b.get('title', '')).strip())}"
                     for n, b in enumerate(buttons, start=1))


def _fits(text: str, limit: int) -> bool:
    return segments(text) <= limit


def _split_long(paragraph: str, limit: int) -> List[str]:
    """A paragraph over the limit, cut at sentence ends, then at spaces, never inside a word
    unless a single word is longer than a part."""
    pieces: List[str] = []
    for sentence in _SENTENCE_END.split(paragraph):
        words = sentence.split(" ")
        current = ""
        for word in words:
            candidate = f"{current} {word}" if current else word
            if _fits(candidate, limit):
                current = candidate
                continue
            if current:
                pieces.append(current)
            while not _fits(word, limit):  # one enormous token: cut it
                cut = len(word)
                while cut > 1 and not _fits(word[:cut], limit):
                    cut = max(1, cut * 3 // 4)
                pieces.append(word[:cut])
                word = word[cut:]
            current = word
        if current:
            pieces.append(current)
    # Glue sentences back together while they still fit.
    merged: List[str] = []
    for piece in pieces:
        if merged and _fits(f"{merged[-1]} {piece}", limit):
            merged[-1] = f"{merged[-1]} {piece}"
        else:
            merged.append(piece)
    return merged


def split_parts(text: str, limit: int = MAX_SEGMENTS_PER_PART) -> List[str]:
    """The SMS parts of one bot message: split at paragraph boundaries; short neighbouring
    paragraphs share a part while it stays within one segment; a paragraph too long for
    `limit` segments is cut at sentence ends."""
    parts: List[str] = []
    for paragraph in _PARAGRAPHS.split(plain(text).strip()):
        paragraph = paragraph.strip()
        if not paragraph:
            continue
        if not _fits(paragraph, limit):
            parts.extend(_split_long(paragraph, limit))
            continue
        if parts and _fits(f"{parts[-1]}\n\n{paragraph}", 1):
            parts[-1] = f"{parts[-1]}\n\n{paragraph}"
        else:
            parts.append(paragraph)
    return parts


def render(message: Dict[str, Any]) -> List[str]:
    """One bot message (Rasa's dict: text, buttons, ...) as SMS parts, options last."""
    text = str(message.get("text") or "").strip()
    buttons = message.get("buttons") or []
    if buttons:
        text = f"{text}\n\n{options_block(buttons)}" if text else options_block(buttons)
    return split_parts(text) if text else []


def choice(reply: str, buttons: Optional[Sequence[Dict[str, Any]]]) -> Optional[str]:
    """The payload of the option a reply like '2', '2.' or ' #2 ' picks, else None."""
    if not buttons:
        return None
    match = re.fullmatch(r"\s*#?\s*(\d{1,2})\s*[.)]?\s*", reply)
    if not match:
        return None
    index = int(match.group(1)) - 1
    if 0 <= index < len(buttons):
        return str(buttons[index].get("payload") or "") or None
    return None
