"""Screening instruments: loading, validation and scoring.

File format (YAML, see instruments/default.yml): id, version, validated, title/notice per language,
answers (yes, no, not_sure, prefer_not), scoring (positive_when_yes_at_least: N), domains (id ->
label per language) and items (id, domain, text per language, optional sms text per language).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

from bot.content import read_yaml

LANGUAGES = ("en", "es")
ANSWERS = ("yes", "no", "not_sure", "prefer_not")
DEFAULT_PATH = Path(__file__).resolve().parent / "instruments" / "default.yml"

POSITIVE, NEGATIVE, INDETERMINATE = "positive", "negative", "indeterminate"


class InstrumentError(ValueError):
    """The instrument file is not usable; the message names the file and the problem."""


@dataclass(frozen=True)
class Item:
    id: str
    domain: str
    text: Mapping[str, str]
    sms: Mapping[str, str]

    def question(self, language: str, channel: Optional[str] = None) -> str:
        if channel == "sms" and language in self.sms:
            return self.sms[language]
        return self.text[language]


@dataclass(frozen=True)
class Instrument:
    id: str
    version: str
    validated: bool
    title: Mapping[str, str]
    notice: Mapping[str, str]
    yes_threshold: int
    domains: Mapping[str, Mapping[str, str]]
    items: Tuple[Item, ...]

    @property
    def label(self) -> str:
        return f"{self.id}@{self.version}"

    def score(self, answers: Mapping[str, str]) -> Tuple[str, List[str]]:
        """(result, endorsed domains). Positive: at least N yes. Indeterminate: not positive, but
        the unanswered, "not sure" and "prefer not" items could still reach N. Else negative."""
        yes = [item for item in self.items if answers.get(item.id) == "yes"]
        open_ = [item for item in self.items if answers.get(item.id) not in ("yes", "no")]
        domains = sorted({item.domain for item in yes})
        if len(yes) >= self.yes_threshold:
            return POSITIVE, domains
        if len(yes) + len(open_) >= self.yes_threshold:
            return INDETERMINATE, domains
        return NEGATIVE, domains


def _bilingual(value: Any, where: str) -> Dict[str, str]:
    if not isinstance(value, dict):
        raise InstrumentError(f"{where} must map en and es to text")
    missing = [lang for lang in LANGUAGES if not isinstance(value.get(lang), str)
               or not value[lang].strip()]
    if missing:
        raise InstrumentError(f"{where} has no {' or '.join(missing)} text")
    return {lang: value[lang].strip() for lang in LANGUAGES}


def parse(data: Any, source: str = "instrument") -> Instrument:
    """Validates a parsed instrument file; raises InstrumentError naming the first problem."""
    try:
        if not isinstance(data, dict):
            raise InstrumentError("the file must be a mapping with id, version, items, ...")
        for key in ("id", "version", "items", "domains", "scoring"):
            if key not in data:
                raise InstrumentError(f"'{key}' is missing")
        # YAML 1.1 reads an unquoted yes/no as a boolean: take those as the words they were.
        answers = [{True: "yes", False: "no"}.get(a, a) if isinstance(a, bool) else str(a)
                   for a in (data.get("answers") or ANSWERS)]
        if sorted(answers) != sorted(ANSWERS):
            raise InstrumentError(f"'answers' must be exactly {', '.join(ANSWERS)}")
        threshold = (data["scoring"] or {}).get("positive_when_yes_at_least")
        if not isinstance(threshold, int) or isinstance(threshold, bool) or threshold < 1:
            raise InstrumentError("scoring.positive_when_yes_at_least must be a whole number >= 1")
        domains = {str(k): _bilingual(v, f"domain '{k}'") for k, v in (data["domains"] or {}).items()}
        raw_items = data["items"]
        if not isinstance(raw_items, list) or not raw_items:
            raise InstrumentError("'items' must be a non-empty list")
        items: List[Item] = []
        for number, raw in enumerate(raw_items, start=1):
            where = f"item {number}"
            if not isinstance(raw, dict) or not raw.get("id"):
                raise InstrumentError(f"{where} has no id")
            where = f"item {number} ('{raw['id']}')"
            if raw.get("domain") not in domains:
                raise InstrumentError(f"{where} names domain {raw.get('domain')!r}, "
                                      f"which is not under 'domains'")
            sms = raw.get("sms") or {}
            items.append(Item(str(raw["id"]), raw["domain"], _bilingual(raw.get("text"), where),
                              _bilingual(sms, f"{where} sms") if sms else {}))
        ids = [item.id for item in items]
        if len(set(ids)) != len(ids):
            raise InstrumentError("item ids must be unique")
        if threshold > len(items):
            raise InstrumentError(f"scoring needs {threshold} yes answers but there are only "
                                  f"{len(items)} items")
        return Instrument(
            id=str(data["id"]), version=str(data["version"]),
            validated=bool(data.get("validated", False)),
            title=_bilingual(data.get("title"), "title"),
            notice=_bilingual(data.get("notice"), "notice"),
            yes_threshold=threshold, domains=domains, items=tuple(items),
        )
    except InstrumentError as e:
        raise InstrumentError(f"{source}: {e}") from None


@lru_cache(maxsize=8)
def load(path: Path = DEFAULT_PATH) -> Instrument:
    """Reads and validates an instrument file (cached per path)."""
    return parse(read_yaml(path, InstrumentError), str(path))


def answers_from(raw: Any, items: Sequence[Item]) -> Dict[str, str]:
    """The recorded answers from a slot value, keeping only known items and answers."""
    known = {item.id for item in items}
    if not isinstance(raw, dict):
        return {}
    return {k: v for k, v in raw.items() if k in known and v in ANSWERS}
