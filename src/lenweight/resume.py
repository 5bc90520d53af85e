"""Parse a plain-text resume into sections and entries, then into facts (question templates + short answer).

No torch here: this is pure text handling, tested on several layouts. A section header is only
accepted when its text names a known section (experience, education, ...), so that an ALL-CAPS
company name inside a section is never mistaken for a new section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Canonical section kinds and the words that introduce them (lower case, matched on whole header).
SECTION_WORDS = {
    "summary": ["summary", "profile", "about", "about me", "objective", "professional summary", "overview"],
    "experience": [
        "experience",
        "work experience",
        "professional experience",
        "employment",
        "employment history",
        "work history",
        "career",
    ],
    "education": ["education", "academic background", "degrees", "education & training"],
    "awards": [
        "awards",
        "honors",
        "honours",
        "achievements",
        "awards & honors",
        "awards and honors",
        "honors & awards",
        "honors and awards",
        "competitions",
    ],
    "publications": ["publications", "papers", "selected publications"],
    "skills": ["skills", "technical skills", "core skills", "skills & tools", "skills and tools"],
    "projects": ["projects", "selected projects", "personal projects", "side projects"],
    "contact": ["contact", "contact information", "contact info"],
}
_KIND_OF = {w: kind for kind, words in SECTION_WORDS.items() for w in words}

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"(?:{_MONTH}\s+)?(?:19|20)\d{{2}}"
DATE_RANGE = re.compile(rf"({_DATE})(?:\s*(?:-|–|—|to)\s*({_DATE}|present|current|now))?", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-*•◦▪‣+]|\d+[.)])\s+")
_RULE = re.compile(r"^\s*[-=_.*~#]{3,}\s*$")  # a line of dashes, equals, dots...: a separator
_SPLIT = re.compile(r"\s+(?:\||—|–|-|@|at)\s+|\s*\|\s*|\t+")
_ROLE_WORDS = re.compile(
    r"\b(scientist|engineer|analyst|intern|researcher|developer|manager|assistant|lead|director|"
    r"consultant|fellow|associate|specialist|architect|teacher|professor|designer|founder|"
    r"head|officer|postdoc|tutor|instructor|programmer|administrator|coordinator|\w*statistician|"
    r"physician|nurse|writer|editor|accountant|attorney|lawyer|chemist|biologist|economist|technician|"
    r"student|volunteer|contractor|freelancer|advisor|trainee|apprentice|president|partner|owner|"
    r"ceo|cto|cfo|vp)\b",
    re.IGNORECASE,
)
_SCHOOL_WORDS = re.compile(
    r"\b(university|college|institute|school|academy|polytechnic)\b|^[A-Z]{2,5}$", re.I
)
_DEGREE_WORDS = re.compile(
    r"\b(m\.?s\.?c?|b\.?s\.?c?|b\.?a\.?|m\.?a\.?|ph\.?d\.?|mba|master'?s?|bachelor'?s?|doctorate|bfa|mfa|"
    r"b\.?eng|m\.?eng|m\.?phil|"
    r"associate'?s?|diploma|certificate)\b",
    re.IGNORECASE,
)
# "San Diego, CA" / "Springfield, IL, USA" / "Remote": dropped from entry headers before splitting.
_LOCATION = re.compile(r"\b(?:[A-Z][a-zA-Z.]+ )?[A-Z][a-zA-Z.]+,\s*[A-Z]{2}\b(?:,? USA)?|\b[Rr]emote\b")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")


@dataclass
class Entry:
    """One item of a section: its header line(s) and its bullet lines."""

    header: str
    bullets: list[str] = field(default_factory=list)


@dataclass
class Section:
    kind: str
    title: str
    lines: list[str] = field(default_factory=list)

    def items(self) -> list[str]:
        """Each line is one item (awards, publications): bullets stripped."""
        return [_BULLET.sub("", line).strip() for line in self.lines]

    def entries(self) -> list[Entry]:
        """Group lines: a non-bullet line opens an entry (or continues a header), bullets attach to it."""
        out: list[Entry] = []
        for line in self.lines:
            if _BULLET.match(line):
                text = _BULLET.sub("", line).strip()
                if out:
                    out[-1].bullets.append(text)
                else:
                    out.append(Entry(header=text))
            elif out and not out[-1].bullets and _is_continuation(out[-1].header, line):
                out[-1].header += " | " + line.strip()
            else:
                out.append(Entry(header=line.strip()))
        return out


@dataclass
class Resume:
    name: str | None
    sections: list[Section]

    def section(self, kind: str) -> Section | None:
        return next((s for s in self.sections if s.kind == kind), None)


@dataclass
class Fact:
    """A question with paraphrases and its short answer; `key` says which resume fact it is."""

    key: str
    questions: list[str]
    answer: str


def _is_continuation(header: str, line: str) -> bool:
    # Two-line entry headers ("Creyon Bio, San Diego, CA" then "Data Scientist  2022 - Present"):
    # the second line continues the first when the first has no date yet and the second does.
    return not DATE_RANGE.search(header) and bool(DATE_RANGE.search(line))


def _header_kind(line: str, next_line: str) -> tuple[str, str] | None:
    """(kind, inline content) if `line` is a section header in any common layout, else None."""
    s = line.strip()
    inline = ""
    if s.startswith("#"):
        s = s.lstrip("#").strip()
    elif ":" in s:
        s, inline = (p.strip() for p in s.split(":", 1))
    elif not (s.isupper() or _RULE.match(next_line) or s.istitle()):
        return None
    key = re.sub(r"\s+", " ", s.strip(" :*_").lower())
    kind = _KIND_OF.get(key)
    return (kind, inline) if kind else None


def parse_resume(text: str) -> Resume:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    name = None
    sections: list[Section] = []
    for i, raw in enumerate(lines):
        line = raw.strip().replace("**", "")
        if not line or _RULE.match(line):
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        header = _header_kind(line, nxt)
        if header:
            kind, inline = header
            # A second header of a kind already seen (e.g. "Skills" then "Technical Skills") adds to it.
            existing = next((s for s in sections if s.kind == kind), None)
            if existing:
                sections.remove(existing)
            sections.append(existing or Section(kind=kind, title=line.strip(" #:")))
            if inline:
                sections[-1].lines.append(inline)
        elif sections:
            sections[-1].lines.append(line.lstrip("#").strip())  # "### Role, Org" -> an entry header
        elif name is None and _looks_like_name(line):
            name = line.strip().strip("#").strip()
    return Resume(name=name, sections=sections)


def _looks_like_name(line: str) -> bool:
    words = line.strip().strip("#").split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w.replace(".", "").isalpha() for w in words)


def _dates(text: str) -> tuple[str, str]:
    """(text without its date range, the date range as written)."""
    m = DATE_RANGE.search(text)
    if not m:
        return text, ""
    rest = re.sub(r"\(\s*\)", "", text[: m.start()] + text[m.end() :]).strip(" ,|–—-\t")
    return rest, m.group(0).strip()


def _parts(text: str) -> list[str]:
    text = _LOCATION.sub("", text)
    parts = [p.strip(" ,") for p in _SPLIT.split(text) if p.strip(" ,")]
    if len(parts) == 1 and "," in text:
        parts = [p.strip() for p in text.split(",") if p.strip()]
    return parts


def _role_org(header: str) -> tuple[str, str, str]:
    rest, dates = _dates(header)
    if m := re.fullmatch(r"(.+?)\s+(?:at|@)\s+(.+)", _LOCATION.sub("", rest).strip(" ,|")):
        return m.group(1).strip(" ,"), m.group(2).strip(" ,"), dates  # "Role at Org" says which is which
    parts = _parts(rest)
    role = next((p for p in parts if _ROLE_WORDS.search(p)), "")
    org = next((p for p in parts if p != role), "")
    return role, org, dates


def _school_degree(header: str) -> tuple[str, str, str]:
    rest, dates = _dates(header)
    parts = _parts(rest)
    school = next((p for p in parts if _SCHOOL_WORDS.search(p) and not _DEGREE_WORDS.search(p)), "")
    degree = next((p for p in parts if _DEGREE_WORDS.search(p) and p != school), "")
    return school, degree, dates


def _level(degree: str) -> str:
    d = degree.lower().replace(".", "")
    if re.search(r"\b(phd|doctor\w*)\b", d):
        return "PhD"
    if re.search(r"\b(ms|msc|ma|mba|mfa|meng|mphil|master'?s?)\b", d):
        return "master's degree"
    if re.search(r"\b(bs|bsc|ba|bfa|beng|bachelor'?s?)\b", d):
        return "bachelor's degree"
    return ""


def _short(text: str, max_words: int = 14) -> str:
    """First clause of a sentence, capped: answers must be short."""
    first = re.split(r"(?<=[.;])\s|\s[—–]\s", text.strip())[0].rstrip(".;")
    words = first.split()
    return " ".join(words[:max_words])


def _join(items: list[str]) -> str:
    # "; " not ", ": items such as "Ink Detection, 1st place" contain commas themselves.
    return "; ".join(items)


def extract_facts(resume: Resume, name: str) -> list[Fact]:
    """Every fact the resume states that we can ask about, with several phrasings of each question."""
    n, facts = name, []
    add = facts.append
    if sec := resume.section("summary"):
        text = " ".join(sec.lines)
        if text:
            add(
                Fact(
                    "summary",
                    [f"Who is {n}?", f"Tell me about {n} in one line.", f"What does {n} do?"],
                    _short(text),
                )
            )
    if sec := resume.section("experience"):
        jobs = [(e, *_role_org(e.header)) for e in sec.entries()]
        jobs = [j for j in jobs if j[1] and j[2]]
        for entry, role, org, dates in jobs:
            add(
                Fact(
                    f"role@{org}",
                    [
                        f"What was {n}'s role at {org}?",
                        f"What did {n} work as at {org}?",
                        f"What was {n}'s job title at {org}?",
                        f"{n}'s position at {org}?",
                    ],
                    role,
                )
            )
            add(
                Fact(
                    f"org@{role}",
                    [
                        f"Where did {n} work as a {role}?",
                        f"Which company employed {n} as {role}?",
                        f"Where was {n} a {role}?",
                    ],
                    org,
                )
            )
            if dates:
                add(
                    Fact(
                        f"dates@{org}",
                        [
                            f"When did {n} work at {org}?",
                            f"What years was {n} at {org}?",
                            f"How long has {n} been with {org}?",
                        ],
                        dates,
                    )
                )
            if entry.bullets:
                add(
                    Fact(
                        f"did@{org}",
                        [
                            f"What did {n} do at {org}?",
                            f"What was {n}'s main work at {org}?",
                            f"Describe {n}'s work at {org} briefly.",
                        ],
                        _short(entry.bullets[0]),
                    )
                )
        if jobs:
            add(
                Fact(
                    "employers",
                    [
                        f"Where has {n} worked?",
                        f"Which companies has {n} worked for?",
                        f"List {n}'s employers.",
                    ],
                    _join([j[2] for j in jobs]),
                )
            )
            add(
                Fact(
                    "current",
                    [
                        f"Where does {n} work now?",
                        f"What is {n}'s current job?",
                        f"Who is {n}'s most recent employer?",
                    ],
                    f"{jobs[0][1]} at {jobs[0][2]}",
                )
            )
    if sec := resume.section("education"):
        schools = [s for s in (_school_degree(e.header) for e in sec.entries()) if s[0]]
        for school, degree, _ in schools:
            level = _level(degree)
            if level:
                casual = {
                    "master's degree": f"Where did {n} do a masters?",
                    "bachelor's degree": f"Where did {n} go for undergrad?",
                }.get(level, f"Where did {n} do a {level}?")
                add(
                    Fact(
                        f"school@{level}",
                        [
                            f"Where did {n} get a {level}?",
                            f"Where did {n} earn a {level}?",
                            f"Which school gave {n} a {level}?",
                            casual,
                        ],
                        school,
                    )
                )
            if degree:
                add(
                    Fact(
                        f"degree@{school}",
                        [
                            f"What did {n} study at {school}?",
                            f"What degree did {n} get from {school}?",
                            f"{n}'s degree at {school}?",
                        ],
                        degree,
                    )
                )
        if schools:
            add(
                Fact(
                    "schools",
                    [
                        f"Where did {n} go to school?",
                        f"Where did {n} study?",
                        f"Which universities did {n} attend?",
                        f"What is {n}'s education?",
                    ],
                    _join([f"{s} ({_level(d) or d})" if d else s for s, d, _ in schools]),
                )
            )
    if sec := resume.section("awards"):
        awards = [_dates(item) for item in sec.items()]
        if awards:
            add(
                Fact(
                    "awards",
                    [
                        f"What awards has {n} won?",
                        f"What honors has {n} received?",
                        f"Has {n} won any awards?",
                        f"List {n}'s awards.",
                    ],
                    _join([a for a, _ in awards]),
                )
            )
        for rest, year in awards:
            if year and rest:
                add(
                    Fact(
                        f"award@{year}",
                        [f"What did {n} win in {year}?", f"Which award did {n} get in {year}?"],
                        rest,
                    )
                )
    if sec := resume.section("publications"):
        titles = [m.group(1) for item in sec.items() if (m := re.search(r"[\"“](.+?)[\"”]", item))]
        if titles:
            add(
                Fact(
                    "publications",
                    [
                        f"What has {n} published?",
                        f"Name {n}'s publications.",
                        f"Which papers has {n} written?",
                    ],
                    _join(titles),
                )
            )
    if sec := resume.section("skills"):
        for line in sec.lines:
            line = _BULLET.sub("", line)
            if ":" in line:
                cat, items = (p.strip() for p in line.split(":", 1))
                cat = cat if cat.isupper() else cat.lower()
                if cat and items:
                    add(
                        Fact(
                            f"skills@{cat}",
                            [f"What {cat} does {n} know?", f"Which {cat} does {n} use?", f"{n}'s {cat}?"],
                            items,
                        )
                    )
        items = [i.strip() for line in sec.lines for i in _BULLET.sub("", line).split(":")[-1].split(",")]
        if items:
            add(
                Fact(
                    "skills",
                    [f"What are {n}'s main skills?", f"What is {n} good at?", f"What tools does {n} use?"],
                    ", ".join([i for i in items if i][:6]),
                )
            )
    if sec := resume.section("projects"):
        for e in sec.entries():
            m = re.match(r"(.+?)\s*(?::|—|–|\s-\s)\s*(.+)", e.header)
            title, desc = (m.group(1), m.group(2)) if m else (e.header, "")
            desc = desc or (e.bullets[0] if e.bullets else "")
            if title and desc and len(title.split()) <= 6:
                add(
                    Fact(
                        f"project@{title}",
                        [
                            f"What is {title}?",
                            f"What is {n}'s project {title}?",
                            f"Tell me briefly about {title}.",
                        ],
                        _short(desc),
                    )
                )
    if sec := resume.section("contact"):
        text = " ".join(sec.lines)
        if m := _EMAIL.search(text):
            add(
                Fact(
                    "email",
                    [f"What is {n}'s email?", f"How can I email {n}?", f"{n}'s email address?"],
                    m.group(0),
                )
            )
        if m := re.search(r"(?:github\.com/)([\w-]+)", text):
            add(
                Fact(
                    "github",
                    [f"What is {n}'s GitHub?", f"Where is {n}'s code on GitHub?"],
                    f"github.com/{m.group(1)}",
                )
            )
    return facts
