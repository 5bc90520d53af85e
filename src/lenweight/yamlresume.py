"""A resume kept as YAML: RenderCV's `cv:` file, or a JSON Resume written in YAML.

A JSON Resume in YAML (`basics:`, `work:`, ...) goes to jsonresume.py as it stands. A RenderCV file
(`cv: {name, location, email, ..., sections: {title: [entries]}}`, https://docs.rendercv.com) is
written out as the text its PDF shows, a section per title and a line per entry in the layouts
resume.py reads ("Role, Company, Place    Mar 2021 - Present" over "- highlight" bullets): its
section titles are the user's own ("experience", "Honors", "Where I worked"), and the text reader
already knows what titles mean and how an award's year or a skill's category reads.
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from .errors import LenweightError
from .jsonresume import SECTIONS

_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def read_yaml(text: str, path: Path) -> dict | None:
    """The mapping a .yaml resume holds, or a clear error naming the file and line."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f", line {mark.line + 1}" if mark else ""
        raise LenweightError(f"{path}{where}: malformed YAML ({getattr(e, 'problem', e)})") from None
    if isinstance(data, dict) and isinstance(data.get("cv"), dict):
        return data
    if isinstance(data, dict) and any(k in data for k in SECTIONS):
        return data
    raise LenweightError(
        f"{path}: a YAML resume must be a RenderCV file (a 'cv:' mapping) or a JSON Resume "
        "('basics:', 'work:', 'education:', ...)"
    )


def as_json_resume(data: dict) -> str | None:
    """The JSON text of a JSON Resume written in YAML; None for a RenderCV file."""
    return None if "cv" in data else json.dumps(data, default=str)


def _date(value) -> str:
    """RenderCV's dates ("2021-03", 2021, "present", "Fall 2019") as a resume writes them."""
    text = str(value).strip()
    parts = text.split("-")
    if len(parts) >= 2 and parts[0].isdigit() and parts[1].isdigit() and 1 <= int(parts[1]) <= 12:
        return f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return "Present" if text.lower() == "present" else text


def _when(entry: dict) -> str:
    if entry.get("date"):
        return _date(entry["date"])
    if entry.get("start_date"):
        return f"{_date(entry['start_date'])} - {_date(entry.get('end_date') or 'present')}"
    return ""


def _entry(entry) -> list[str]:
    """An entry's lines: its header (what, where, when) and its highlights as bullets."""
    if not isinstance(entry, dict):  # a TextEntry: a paragraph, or a BulletEntry's text
        return [str(entry)]
    if "bullet" in entry:
        return [f"- {entry['bullet']}"]
    if "label" in entry:  # OneLineEntry: "Languages: Go, Java"
        return [f"{entry['label']}: {entry.get('details', '')}"]
    if "company" in entry or "institution" in entry:
        what = (
            [entry.get("position"), entry.get("company")]
            if "company" in entry
            else [
                " in ".join(filter(None, [entry.get("degree"), entry.get("area")])),
                entry.get("institution"),
            ]
        )
    elif "title" in entry:  # PublicationEntry
        what = [f'"{entry["title"]}"', entry.get("journal")]
    else:  # NormalEntry: a project, an award, a certificate
        what = [entry.get("name")]
    head = ", ".join(str(w) for w in [*what, entry.get("location")] if w)
    lines = [f"{head}    {_when(entry)}".rstrip()]
    if entry.get("summary"):
        lines.append(f"- {entry['summary']}")
    lines += [f"- {h}" for h in entry.get("highlights") or []]
    return lines


def rendercv_to_text(data: dict) -> str:
    cv = data["cv"]
    contact = [cv.get(k) for k in ("location", "email", "phone", "website")]
    for net in cv.get("social_networks") or []:
        if isinstance(net, dict) and str(net.get("network", "")).lower() in ("github", "linkedin"):
            host = "github.com/" if str(net["network"]).lower() == "github" else "linkedin.com/in/"
            contact.append(host + str(net.get("username", "")))
    lines = [str(cv.get("name") or ""), " | ".join(str(c) for c in contact if c), ""]
    for title, entries in (cv.get("sections") or {}).items():
        lines += [str(title).replace("_", " ").upper()]
        for entry in entries or []:
            lines += _entry(entry)
        lines.append("")
    return "\n".join(lines)
