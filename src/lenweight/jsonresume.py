"""A JSON Resume file (the jsonresume.org schema) read straight into a Profile: exact facts, no parsing.

Fields used: basics (name, label, email, phone, url, summary, location, profiles), work, volunteer,
education, awards, certificates, publications, skills, languages, interests, projects. Dates are the
schema's ISO forms ("2019-06", "2019-06-01", "2019"); a missing endDate means "still there".
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


def load_json_resume(text: str, path: Path) -> tuple[Resume, Profile]:
    """(a Resume with one pseudo-section per JSON key, for the coverage report; the Profile)."""
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
    basics = data.get("basics") or {}
    if not isinstance(basics, dict):
        raise LenweightError(f"{path}: 'basics' must be an object (JSON Resume schema)")
    sections = [
        Section(kind=k if k != "certificates" else "certifications", title=k, start=0)
        for k in SECTIONS[1:]
        if data.get(k)
    ]
    index = {s.title: i for i, s in enumerate(sections)}
    p = Profile(name=_text(basics, "name", f"{path}: basics") or None)
    p.headline = _text(basics, "label", "basics")
    if summary := _text(basics, "summary", "basics"):
        p.summary.append((summary, None))
    for key in ("email", "phone", "url"):
        if value := _text(basics, key, "basics"):
            p.contact["website" if key == "url" else key] = re.sub(r"^https?://(www\.)?", "", value).rstrip(
                "/"
            )
    loc = basics.get("location") or {}
    if isinstance(loc, dict) and (city := ", ".join(str(loc[k]) for k in ("city", "region") if loc.get(k))):
        p.contact["location"] = city
    for prof in _list(basics, "profiles", path):
        network = _text(prof, "network", "basics.profiles").lower()
        handle = _text(prof, "url", "basics.profiles") or _text(prof, "username", "basics.profiles")
        if network in ("github", "linkedin") and handle:
            p.contact[network] = handle.replace("https://", "").replace("www.", "")
    for key, bucket, org_key in (("work", p.jobs, "name"), ("volunteer", p.volunteer, "organization")):
        for i, w in enumerate(_list(data, key, path)):
            where = f"{path}: {key}[{i}]"
            org, role = _text(w, org_key, where) or _text(w, "company", where), _text(w, "position", where)
            details = tuple(h for h in _strings(w.get("highlights")))
            if org and role:
                bucket.append(
                    Position(
                        org,
                        role,
                        _range(w, where),
                        details or tuple(filter(None, [_text(w, "summary", where)])),
                        index[key],
                    )
                )
    for i, e in enumerate(_list(data, "education", path)):
        where = f"{path}: education[{i}]"
        deg = " in ".join(filter(None, [_text(e, "studyType", where), _text(e, "area", where)]))
        if school := _text(e, "institution", where):
            p.degrees.append(Degree(school, deg, _range(e, where), (), index["education"]))
    for key, bucket, title, date in (("awards", p.awards, "title", "date"), ("certificates", p.certifications, "name", "date"),
                                     ("publications", p.publications, "name", "releaseDate")):  # fmt: skip
        for i, a in enumerate(_list(data, key, path)):
            where = f"{path}: {key}[{i}]"
            name = _text(a, title, where)
            if key == "publications" and name:
                name = f'"{name}", {_text(a, "publisher", where)}'
            if name:
                bucket.append(Item(name, _range(a, where, single=date), "", index[key]))
    for i, s in enumerate(_list(data, "skills", path)):
        words = list(_strings(s.get("keywords")))
        if name := _text(s, "name", f"{path}: skills[{i}]"):
            p.skills.append((name, words, index["skills"]) if words else ("", [name], index["skills"]))
    for i, lang in enumerate(_list(data, "languages", path)):
        where = f"{path}: languages[{i}]"
        if name := _text(lang, "language", where):
            fluency = _text(lang, "fluency", where)
            p.languages.append(Item(f"{name} ({fluency})" if fluency else name, None, "", index["languages"]))
    for i, it in enumerate(_list(data, "interests", path)):
        if name := _text(it, "name", f"{path}: interests[{i}]"):
            p.interests.append(Item(name, None, "", index["interests"]))
    for i, pr in enumerate(_list(data, "projects", path)):
        where = f"{path}: projects[{i}]"
        if name := _text(pr, "name", where):
            p.projects.append(Item(name, None, _text(pr, "description", where), index["projects"]))
    counts = {"work": p.jobs, "volunteer": p.volunteer, "education": p.degrees, "awards": p.awards,
              "certificates": p.certifications, "publications": p.publications, "languages": p.languages,
              "interests": p.interests, "projects": p.projects}  # fmt: skip
    for s in sections:
        s.entries = len(counts.get(s.title, [])) if s.title != "skills" else len(p.skills)
    return Resume(name=p.name, header=[], sections=sections, contact=p.contact), p
