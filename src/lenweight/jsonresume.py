"""A JSON Resume file (the jsonresume.org schema) read straight into a Profile: exact facts, no parsing.

Fields used: basics (name, label, email, phone, url, summary, location, profiles), work (with its
location), volunteer, education, awards, certificates, publications, skills, languages, interests,
projects. Dates are the schema's ISO forms ("2019-06", "2019-06-01", "2019"); a missing endDate
means "still there".
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from .dates import DateRange
from .entries import Degree, Item, Position, Profile
from .errors import LenweightError
from .resume import Resume, Section

_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
SECTIONS = ("basics", "work", "volunteer", "education", "awards", "certificates", "publications",
            "skills", "languages", "interests", "projects")  # fmt: skip


def _point(value: str, where: str) -> tuple[tuple[int, int], str]:
    parts = str(value).split("-")
    try:
        year, month = int(parts[0]), int(parts[1]) if len(parts) > 1 else 0
    except ValueError:
        raise LenweightError(
            f"{where}: '{value}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"
        ) from None
    if not 1900 <= year <= 2100 or not 0 <= month <= 12:
        raise LenweightError(f"{where}: '{value}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
    return (year, month), (f"{_MONTHS[month - 1]} {year}" if month else str(year))


def _range(obj: dict, where: str, single: str | None = None) -> DateRange | None:
    if single:
        if not obj.get(single):
            return None
        point, text = _point(obj[single], f"{where}.{single}")
        return DateRange(text, "", point, None, False, (0, 0))
    if not obj.get("startDate"):
        return None
    start, start_text = _point(obj["startDate"], f"{where}.startDate")
    if not obj.get("endDate"):
        return DateRange(start_text, "present", start, None, True, (0, 0))
    end, end_text = _point(obj["endDate"], f"{where}.endDate")
    return DateRange(start_text, end_text, start, end, False, (0, 0))


def _text(obj: dict, key: str, where: str) -> str:
    value = obj.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise LenweightError(f"{where}.{key}: expected a string, got {type(value).__name__}")
    return value.strip()


def _strings(value) -> list[str]:
    """The strings of a list field ("highlights", "keywords"); anything else gives none."""
    return [v.strip() for v in value if isinstance(v, str) and v.strip()] if isinstance(value, list) else []


def _list(data: dict, key: str, path: Path) -> list[dict]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise LenweightError(f"{path}: '{key}' must be a list of objects (JSON Resume schema)")
    return value


def is_json_resume(text: str) -> bool:
    """A JSON Resume whatever the file's name: an object holding one of the schema's keys."""
    if not text.lstrip().startswith("{"):
        return False
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        return False
    return isinstance(data, dict) and any(k in data for k in SECTIONS)


def _parse(text: str, path: Path) -> dict:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise LenweightError(
            f"{path}, line {e.lineno}: malformed JSON ({e.msg} at column {e.colno})"
        ) from None
    except RecursionError:
        raise LenweightError(f"{path}: malformed JSON (nested too deeply)") from None
    if not isinstance(data, dict) or not any(k in data for k in SECTIONS):
        raise LenweightError(
            f"{path}: not a JSON Resume (expected an object with 'basics', 'work', 'education', ...)"
        )
    if not isinstance(data.get("basics") or {}, dict):
        raise LenweightError(f"{path}: 'basics' must be an object (JSON Resume schema)")
    return data


def _basics(basics: dict, p: Profile, path: Path) -> None:
    """Name, headline, summary and contact details."""
    where = f"{path}: basics"
    p.name = _text(basics, "name", where) or None
    p.headline = _text(basics, "label", where)
    if summary := _text(basics, "summary", where):
        p.summary.append((summary, None))
    for key in ("email", "phone", "url"):
        if value := _text(basics, key, where):
            p.contact["website" if key == "url" else key] = re.sub(r"^https?://(www\.)?", "", value).rstrip(
                "/"
            )
    loc = basics.get("location") or {}
    if isinstance(loc, dict) and (city := ", ".join(str(loc[k]) for k in ("city", "region") if loc.get(k))):
        p.contact["location"] = city
    for prof in _list(basics, "profiles", path):
        network = _text(prof, "network", f"{where}.profiles").lower()
        handle = _text(prof, "url", f"{where}.profiles") or _text(prof, "username", f"{where}.profiles")
        if network in ("github", "linkedin") and handle:
            p.contact[network] = re.sub(r"^https?://(www\.)?", "", handle)


def _positions(data: dict, key: str, org_key: str, section: int, path: Path) -> list[Position]:
    out = []
    for i, w in enumerate(_list(data, key, path)):
        where = f"{path}: {key}[{i}]"
        org, role = _text(w, org_key, where) or _text(w, "company", where), _text(w, "position", where)
        details = tuple(_strings(w.get("highlights"))) or tuple(filter(None, [_text(w, "summary", where)]))
        if org and role:
            place = _text(w, "location", where)  # the schema's work.location: "Madrid, Spain"
            out.append(Position(org, role, _range(w, where), details, section, place=place))
    return out


def _degrees(data: dict, section: int, path: Path) -> list[Degree]:
    out = []
    for i, e in enumerate(_list(data, "education", path)):
        where = f"{path}: education[{i}]"
        degree = " in ".join(filter(None, [_text(e, "studyType", where), _text(e, "area", where)]))
        if school := _text(e, "institution", where):
            out.append(Degree(school, degree, _range(e, where), (), section))
    return out


# key -> (Profile field, name field, date field, how the name reads as a resume line)
_ITEMS = {
    "awards": ("awards", "title", "date", "{name}"),
    "certificates": ("certifications", "name", "date", "{name}"),
    "publications": ("publications", "name", "releaseDate", '"{name}", {publisher}'),
    "interests": ("interests", "name", None, "{name}"),
    "projects": ("projects", "name", None, "{name}"),
}

ISSUER = {"awards": "awarder", "certificates": "issuer"}


def _items(data: dict, key: str, section: int, path: Path) -> list[Item]:
    _, name_key, date_key, form = _ITEMS[key]
    out = []
    for i, a in enumerate(_list(data, key, path)):
        where = f"{path}: {key}[{i}]"
        if name := _text(a, name_key, where):
            text = form.format(name=name, publisher=_text(a, "publisher", where))
            if by := _text(a, ISSUER.get(key, ""), where):
                text += f" - {by}"  # read back by facts._issuer, as a text resume's "Award - Issuer"
            dates = _range(a, where, single=date_key) if date_key else None
            out.append(Item(text, dates, _text(a, "description", where), section))
    return out


def load_json_resume(text: str, path: Path) -> tuple[Resume, Profile]:
    """(a Resume with one pseudo-section per JSON key, for the coverage report; the Profile)."""
    data = _parse(text, path)
    sections = [
        Section(kind=k if k != "certificates" else "certifications", title=k, start=0)
        for k in SECTIONS[1:]
        if data.get(k)
    ]
    index = {s.title: i for i, s in enumerate(sections)}
    p = Profile(name=None)
    _basics(data.get("basics") or {}, p, path)
    p.jobs = _positions(data, "work", "name", index.get("work"), path)
    p.volunteer = _positions(data, "volunteer", "organization", index.get("volunteer"), path)
    p.degrees = _degrees(data, index.get("education"), path)
    for key, (attr, *_) in _ITEMS.items():
        setattr(p, attr, _items(data, key, index.get(key), path))
    for i, s in enumerate(_list(data, "skills", path)):
        words = _strings(s.get("keywords"))
        if name := _text(s, "name", f"{path}: skills[{i}]"):
            p.skills.append((name, words, index["skills"]) if words else ("", [name], index["skills"]))
    for i, lang in enumerate(_list(data, "languages", path)):
        where = f"{path}: languages[{i}]"
        if name := _text(lang, "language", where):
            fluency = _text(lang, "fluency", where)
            p.languages.append(Item(f"{name} ({fluency})" if fluency else name, None, "", index["languages"]))
    found = {"work": p.jobs, "volunteer": p.volunteer, "education": p.degrees, "skills": p.skills,
             "languages": p.languages, **{k: getattr(p, v[0]) for k, v in _ITEMS.items()}}  # fmt: skip
    for s in sections:
        s.entries = len(found.get(s.title, []))
    return Resume(name=p.name, header=[], sections=sections, contact=p.contact), p
