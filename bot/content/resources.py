"""The resource directory (resources.yml): loading, validation, choice and wording.

Everyone gets the National Human Trafficking Hotline. Needs add their resources; a positive screen
adds legal help; crisis flags put emergency lines first. Negative and indeterminate screens get the
same universal resources as everyone else.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

from bot.content import read_yaml

LANGUAGES = ("en", "es")
DEFAULT_PATH = Path(__file__).resolve().parent / "resources.yml"

# What each need, result and crisis adds, in order, after the hotline.
NEED_TAGS = {
    "housing": ("housing",), "substance_use": ("substance_use",), "legal": ("legal",),
    "work": ("work",), "peer_support": ("peer_support",),
}
CRISIS_FIRST = {"danger": ("emergency",), "self_harm": ("lifeline_988", "emergency"),
                "minor": ("emergency", "childhelp", "ncmec")}
ALWAYS = "hotline"

_WORDS = {
    "en": {"call": "Call", "text": "Text", "text_to": "Text {keyword} to {number}", "chat": "Chat",
           "tty": "TTY"},
    "es": {"call": "Llama al", "text": "Envía un texto al", "text_to": "Envía {keyword} al {number}",
           "chat": "Chat", "tty": "TTY"},
}


class ResourceError(ValueError):
    """The resource file is not usable; the message names the file and the problem."""


@dataclass(frozen=True)
class Resource:
    id: str
    tags: Tuple[str, ...]
    name: Mapping[str, str]
    purpose: Mapping[str, str]
    hours: Mapping[str, str]
    languages: Mapping[str, str]
    call: Optional[str] = None
    text: Optional[Mapping[str, str]] = None
    chat: Optional[str] = None
    tty: Optional[str] = None
    note: Optional[Mapping[str, str]] = None

    def contacts(self, language: str, short: bool = False) -> List[str]:
        words = _WORDS[language]
        parts = []
        if self.call:
            parts.append(f"{words['call']} {self.call}")
        if self.text:
            if self.text.get("keyword"):
                parts.append(words["text_to"].format(**self.text))
            else:
                parts.append(f"{words['text']} {self.text['number']}")
        if self.chat and not short:
            parts.append(f"{words['chat']}: {self.chat}")
        if self.tty and not short:
            parts.append(f"{words['tty']} {self.tty}")
        return parts

    def render(self, language: str, short: bool = False) -> str:
        """One message: name, what it is for, how to reach it, hours, languages."""
        if short:  # SMS and recaps: name, call or text, hours; GSM-7 punctuation only
            reach = "; ".join(self.contacts(language, short))
            return f"{self.name[language]}: {reach} ({self.hours[language]})"
        reach = " · ".join(self.contacts(language, short))
        lines = [f"{self.name[language]}: {self.purpose[language]}",
                 f"{reach} · {self.hours[language]} · {self.languages[language]}"]
        if self.note:
            lines.append(self.note[language])
        return "\n".join(lines)


@dataclass(frozen=True)
class Directory:
    last_verified: str
    resources: Tuple[Resource, ...]

    def by_id(self, resource_id: str) -> Resource:
        for resource in self.resources:
            if resource.id == resource_id:
                return resource
        raise KeyError(resource_id)

    def choose(self, needs: Iterable[str] = (), result: Optional[str] = None,
               flags: Iterable[str] = ()) -> List[Resource]:
        """Crisis lines first, then the hotline, then what the needs and result add."""
        ids: List[str] = []
        for flag in flags:
            ids.extend(CRISIS_FIRST.get(flag, ()))
        ids.append(ALWAYS)
        tags: List[str] = []
        for need in needs:
            tags.extend(NEED_TAGS.get(need, ()))
        if result == "positive":
            tags.append("legal")
        for tag in tags:
            ids.extend(r.id for r in self.resources if tag in r.tags and r.id != ALWAYS)
        seen: Dict[str, Resource] = {}
        for resource_id in ids:
            if resource_id not in seen:
                seen[resource_id] = self.by_id(resource_id)
        return list(seen.values())


def _bilingual(value: Any, where: str) -> Dict[str, str]:
    if not isinstance(value, dict) or any(not isinstance(value.get(l), str) or not value[l].strip()
                                          for l in LANGUAGES):
        raise ResourceError(f"{where} needs both en and es text")
    return {lang: value[lang].strip() for lang in LANGUAGES}


def parse(data: Any, source: str = "resources") -> Directory:
    try:
        if not isinstance(data, dict) or not data.get("last_verified"):
            raise ResourceError("'last_verified' (the date the facts were checked) is missing")
        resources = []
        for number, raw in enumerate(data.get("resources") or [], start=1):
            if not isinstance(raw, dict) or not raw.get("id"):
                raise ResourceError(f"resource {number} has no id")
            where = f"resource '{raw['id']}'"
            if not (raw.get("call") or raw.get("text") or raw.get("chat")):
                raise ResourceError(f"{where} has no way to reach it (call, text or chat)")
            text = raw.get("text")
            if text is not None and not (isinstance(text, dict) and text.get("number")):
                raise ResourceError(f"{where}: text needs a number")
            resources.append(Resource(
                id=str(raw["id"]), tags=tuple(raw.get("tags") or ()),
                name=_bilingual(raw.get("name"), f"{where} name"),
                purpose=_bilingual(raw.get("purpose"), f"{where} purpose"),
                hours=_bilingual(raw.get("hours"), f"{where} hours"),
                languages=_bilingual(raw.get("languages"), f"{where} languages"),
                call=raw.get("call"), text=text, chat=raw.get("chat"), tty=raw.get("tty"),
                note=_bilingual(raw["note"], f"{where} note") if raw.get("note") else None,
            ))
        directory = Directory(str(data["last_verified"]), tuple(resources))
        needed = {ALWAYS, *(i for ids in CRISIS_FIRST.values() for i in ids)}
        missing = sorted(needed - {r.id for r in resources})
        if missing:
            raise ResourceError(f"the directory must include {', '.join(missing)}")
        return directory
    except ResourceError as e:
        raise ResourceError(f"{source}: {e}") from None


@lru_cache(maxsize=4)
def load(path: Path = DEFAULT_PATH) -> Directory:
    return parse(read_yaml(path, ResourceError), str(path))


def render_list(resources: Sequence[Resource], language: str, short: bool = False) -> List[str]:
    return [r.render(language, short) for r in resources]
