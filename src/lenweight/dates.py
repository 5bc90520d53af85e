"""Find and read the date ranges of a resume line: "Jan 2022 - Present", "06/2017 -- heute", "seit 04/2021".

Locating a range is a small grammar (a year, what may stand before it, a separator, an end); reading
a month word is `dateparser`'s job, which knows month names in dozens of languages. Measured on 23
date forms seen in real resumes (docs/data-quality.md): dateparser read 17, python-dateutil 9 (no
"März", "juin", "enero", "today"/"heute"); neither knows seasons ("Fall 2019"), kept in a table here.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from functools import lru_cache

# The languages whose month names we accept; more languages make dateparser slower and looser.
# (Swedish, Danish, Norwegian, Finnish, Turkish, Polish, Czech, Indonesian and Romanian added in
# session 24 for CVs written in them: "aug 2019", "Mart 2020", "Martie 2018"; every pair of every
# resume in the corpora was compared before and after, and none of their words read as a month that
# had not before)
LANGUAGES = ["en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "fi", "tr", "pl", "cs", "id", "ro"]
SEASONS = {
    "spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12,
    "frühling": 3, "frühjahr": 3, "sommer": 6, "herbst": 9, "ss": 4, "ws": 10,
    "printemps": 3, "été": 6, "automne": 9, "hiver": 12,
    "primavera": 3, "verano": 6, "otoño": 9, "invierno": 12,
}  # fmt: skip
# End words meaning "still there": "Present", "heute", "aujourd'hui", "actualidad", "o momento" (a
# Portuguese LinkedIn export), "Till Date"
# (Indian CVs: "July 2019 – Till Date")...
PRESENT = (
    r"till (?:date|now)|to date|present|current|currently|now|today|ongoing|date|heute|jetzt|aktuell|dato|présent|"
    r"aujourd'hui|aujourd’hui|en cours|actuel|actuelle|actualidad|presente|actual|hoy|oggi|attuale|attualmente|"
    r"in corso|atual|atualmente|o momento|heden|dosud|současnost|doteraz|súčasnosť|obecnie|nadal|"
    r"pågående|nu|idag|tills vidare|dags dato|nå|nykyään|jatkuu|halen|günümüz|devam ediyor|hâlâ|"
    r"sekarang|saat ini|prezent|în prezent|curent"
)
SINCE = r"since|seit|depuis|desde|dal|sinds"
# A year that is not part of a longer token: "Code2040" and "2019a" hold no year. US resumes also
# write "Aug '23": two digits after an apostrophe (not "'90s").
_YEAR = r"(?:(?<!\w)(?:19|20)\d{2}|['’]\d{2})(?!\w)"
# "Sept. 2018", "abril de 2021" (Spanish, Portuguese), "mar/2021" (Brazil), "06/2017", "2019", a whole day "01/10/2016" (Europass: day/month/year), and the
# year first with its month, "2021.04" or "2021/04" (Japan, China, Korea)
_POINT = rf"(?:(?:[^\W\d_]{{2,12}}[./]?(?:\s+de)?|(?:\d{{1,2}}[/.])?\d{{1,2}}[/.])\s{{0,2}})?{_YEAR}(?:[./](?:0?[1-9]|1[0-2])(?![\d.]))?"
# "2010.03 ~ 2014.02" (Korea, Japan); "Mar 2022 → Present" (Notion)
_SEP = r"\s*(?:--|-|–|—|~|〜|→|to|until|till|bis|au|à|a|al|hasta|through|thru)\s*"
RANGE = re.compile(
    # ("Dal 03/2012 al 12/2018": a range after its "since" word, not a date since which)
    rf"(?:\b(?P<since>{SINCE})\s+(?P<s_start>{_POINT})(?!{_SEP}(?:{_POINT}|\b(?:{PRESENT})\b)))"
    rf"|(?P<open>{_POINT})\s*(?:--|-|–|—)\s*$"
    rf"|(?P<start>{_POINT})(?:{_SEP}(?:(?P<end>{_POINT})|\b(?P<present>{PRESENT})\b))?",
    re.IGNORECASE,
)


# A rirekisho's (履歴書) history row: the year, the month and what happened ("2013  4  Entered Waseda
# University", "2017年3月 卒業"); entries.py reads them as events
EVENT_ROW = re.compile(
    r"\s*((?:19|20)\d\d)(?:\s*[./年-]\s*|\s+)(1[0-2]|0?[1-9])(?![\d/.])(?:\s+|月\s*)(\S.*)"
)


@lru_cache(maxsize=4096)
def month_of(word: str) -> int | None:
    """The month a word names (any of LANGUAGES, or a season), else None: "März" -> 3, "Acme" -> None."""
    w = word.lower().rstrip(".")
    if w in SEASONS:
        return SEASONS[w]
    import dateparser  # 0.2 s to import: only when a resume has a word before a year

    got = dateparser.parse(f"{word} 2001", languages=LANGUAGES, settings={"REQUIRE_PARTS": ["month", "year"]})
    return got.month if got and got.year == 2001 else None


def _point(text: str) -> tuple[int, int] | None:
    """(year, month) of one date as written; month 0 when only the year is given; None if no date."""
    if m := re.fullmatch(r"(\d{4})[./](\d{1,2})", text.strip()):
        return int(m.group(1)), int(m.group(2))
    m = re.fullmatch(
        r"(?:(?P<word>[^\W\d_]{2,12})[./]?(?:\s+de)?|(?:(?P<day>\d{1,2})[/.])?(?P<num>\d{1,2})[/.])?\s{0,2}(?P<year>\d{4})",
        full_years(text.strip()),
    )
    if not m:
        return None
    if m["word"]:
        month = month_of(m["word"])
        return (int(m["year"]), month) if month else None
    month = int(m["num"]) if m["num"] else 0
    if month > 12 and m["day"] and int(m["day"]) <= 12:  # "12/31/2019": the American month/day/year
        month = int(m["day"])
    return (int(m["year"]), month) if month <= 12 else None


def full_years(text: str) -> str:
    """ "Aug '23" -> "Aug 2023", "'98" -> "1998" (a fixed pivot at 50, so that answers do not
    change with the day they are generated)."""
    return re.sub(
        r"['’](\d{2})(?!\w)", lambda m: ("19" if int(m.group(1)) >= 50 else "20") + m.group(1), text
    )


def _readable(text: str) -> str:
    """A date as an answer says it: "Aug '23" -> "Aug 2023", "2021.04" -> "Apr 2021", "mar/2021" ->
    "Mar 2021"; others as written."""
    if m := re.fullmatch(r"(\d{4})[./](\d{1,2})", text.strip()):
        return f"{calendar.month_abbr[int(m.group(2))]} {m.group(1)}"
    if m := re.fullmatch(r"([^\W\d_]{2,12})/(\d{4})", text.strip()):  # "mar/2021" -> "Mar 2021"
        return f"{m.group(1).capitalize()} {m.group(2)}"
    text = re.sub(r"\s+", " ", full_years(text))  # "Mar.  2021" (a PDF's LaTeX spacing) -> "Mar. 2021"
    # a month in capitals, as a template's date line sets it ("MARCH 2020"): as a sentence writes it
    return re.sub(r"\b[A-Z]{3,9}\b", lambda m: m[0].capitalize() if month_of(m[0]) else m[0], text)


@dataclass(frozen=True)
class DateRange:
    start_text: str
    end_text: str  # "" for a single date
    start: tuple[int, int]
    end: tuple[int, int] | None  # None: open ("Present", "since 2021") or a single date
    current: bool
    span: tuple[int, int]  # where it stands in the line
    expected: bool = False  # "Expected May 2026": a degree not finished yet (current, too)

    @property
    def text(self) -> str:
        """The range as an answer: "Jan 2022 - present", "since 04/2021", "2019", "expected May 2026"."""
        if self.expected:
            return f"expected {self.start_text}"
        if self.current:
            return f"{self.start_text} - present" if self.end_text else f"since {self.start_text}"
        return f"{self.start_text} - {self.end_text}" if self.end_text else self.start_text

    @property
    def sort_key(self) -> tuple:
        """Most recent first when sorted in reverse: current ones, then by end (or the single date)."""
        return (self.current, self.end or self.start, self.start)

    @property
    def year(self) -> int:
        return (self.end or self.start)[0]


# ISO year-month as Zety writes it, in a range ("2021-03 - Current", "2017-08 - 2021-02") or opening
# a dated item ("2022-05 Independent Prescriber"): read as "03/2021" (the same length, so spans stay
# true). "2011-12" anywhere else (an academic year) stays the year 2011.
_ISO_MONTH = re.compile(
    rf"\b((?:19|20)\d\d)-(0[1-9]|1[0-2])\b(?=\s+(?:--|-|–|—|to)\s+(?:(?:19|20)\d\d-(?:0[1-9]|1[0-2])\b|{PRESENT}))"
    r"|^((?:19|20)\d\d)-(0[1-9]|1[0-2]) (?=[A-Z])",  # "2022-05 Independent Prescriber": a dated item
    re.I,
)
_ISO_MONTH_END = re.compile(r"(?<=[-–—] )((?:19|20)\d\d)-(0[1-9]|1[0-2])\b")


def _month_first(m: re.Match) -> str:
    year, month = (m[1], m[2]) if m[1] else (m[3], m[4])
    return f"{month}/{year}" + m.group(0)[7:]


# more years after a year: ", 2019", " & 2021", " and 2023" (not "2019.06" or "2019,5", a month and a decimal)
_MORE_YEARS = re.compile(r"(?:\s*(?:,|&|\band\b)\s*(?:19|20)\d\d\b(?![.,]?\d))+")


def find_range(text: str) -> DateRange | None:
    """The first date (range) in `text` whose month words are real months, else None."""
    if _ISO_MONTH.search(text):
        text = _ISO_MONTH_END.sub(r"\2/\1", _ISO_MONTH.sub(_month_first, text))
    for m in RANGE.finditer(text):
        start_text = m["s_start"] or m["start"] or m["open"]
        start = _point(start_text)
        if start is None:  # "Code 2019" is no month: try the year alone
            if not (y := re.search(r"(?:\d\d|['’])\d\d$", start_text)):
                # "Background 2017.09-2020.06": the word before is no month; the range is after it
                cut = m.start() + m.group(0).index(start_text) + len(start_text.split()[0])
                later = find_range(text[cut:])
                return later and replace(later, span=(later.span[0] + cut, later.span[1] + cut))
            year = y.group(0)
            start_text, start = full_years(year), (int(full_years(year)), 0)
            span_start = m.start() + m.group(0).index(year) if not m["since"] else m.start()
        else:
            span_start = m.start()
        end_text, end = m["end"] or "", None
        if end_text:
            end = _point(end_text)
            if end is None:
                end_text = full_years(re.search(r"(?:\d\d|['’])\d\d$", end_text).group(0))
                end = (int(end_text), 0)
        start_text, end_text = _readable(start_text), _readable(end_text)
        current = bool(m["since"] or m["present"] or m["open"])
        # a student's "B.S. ..., Expected May 2026": the span takes the word, so that it is not left behind
        expected = not end_text and re.search(
            r"\b(?:expected|anticipated|exp\.)[:\s]*$", text[:span_start], re.I
        )
        if expected:
            span_start = expected.start()
        span_end = m.end()
        # "2018, 2019, 2023" (a race run, a conference attended, in several years): every year is the date
        if not (end_text or current) and start[1] == 0 and (more := _MORE_YEARS.match(text, span_end)):
            start_text, span_end = start_text + more.group(0), more.end()
        return DateRange(
            start_text.strip(), end_text.strip() or (m["present"] or ""), start, end, current or bool(expected),
            (span_start, span_end), bool(expected),
        )  # fmt: skip
    return None


def opens_with_dates(text: str) -> bool:
    """A line that opens with its date range and goes on to something more: "2019 – 2021   Acme"."""
    dates = find_range(text)
    return dates is not None and dates.span[0] == 0 and bool(text[dates.span[1] :].strip(" ,|·–-"))


def strip_range(text: str, dates: DateRange | None) -> str:
    """`text` without the date range and the brackets or separators it leaves behind."""
    if dates is None:
        return text.strip()
    a, b = dates.span
    rest = text[:a] + " " + text[b:]
    rest = re.sub(r"\(\s*\)|\[\s*\]", " ", rest)
    # (the comma before the date and a dash after it: "Silver Award, 2022 — for ..." -> "Silver Award — for ...")
    rest = re.sub(r"\s*[,;]\s+(?=[|–—]\s)", " ", rest)
    return re.sub(r"\s{2,}", " ", rest).strip(" ,;|–—-:\t(")
