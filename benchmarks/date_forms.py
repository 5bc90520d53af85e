"""Which date forms from real resumes each library reads (docs/data-quality.md, "Dates").

    python benchmarks/date_forms.py

A form is read when the library returns the right year and month (month 1 for a bare year, any
month for "today"-like words). dateparser and python-dateutil are both installed with lenweight.
"""

import datetime
from importlib.metadata import version

import dateparser
from dateutil import parser as dateutil_parser

BASE = datetime.datetime(2000, 1, 1)
# (form, expected (year, month), None where "now" is right)
FORMS = [
    ("Jan 2022", (2022, 1)), ("January 2022", (2022, 1)), ("06/2017", (2017, 6)), ("04/2021", (2021, 4)),
    ("Fall 2019", (2019, 9)), ("Summer 2016", (2016, 6)), ("2019", (2019, 1)), ("Sept. 2018", (2018, 9)),
    ("März 2019", (2019, 3)), ("Mai 2020", (2020, 5)), ("juin 2018", (2018, 6)), ("enero 2020", (2020, 1)),
    ("2018-06", (2018, 6)), ("Present", None), ("today", None), ("heute", None), ("actualidad", None),
    ("aujourd'hui", None), ("Spring 2020", (2020, 3)), ("Q3 2019", (2019, 7)), ("'19", (2019, 1)),
    ("Dec. 2021", (2021, 12)), ("2021/03", (2021, 3)),
]  # fmt: skip


def read_dateparser(text):
    return dateparser.parse(text, settings={"PREFER_DAY_OF_MONTH": "first", "RELATIVE_BASE": BASE})


def read_dateutil(text):
    try:
        return dateutil_parser.parse(text, default=BASE)
    except (ValueError, OverflowError):
        return None


def right(got, want) -> bool:
    if got is None:
        return False
    return got.date() == BASE.date() if want is None else (got.year, got.month) == want


def main() -> None:
    libs = {
        f"dateparser {version('dateparser')}": read_dateparser,
        f"python-dateutil {version('python-dateutil')}": read_dateutil,
    }
    print("| form | " + " | ".join(libs) + " |\n|---|" + "---|" * len(libs))
    totals = dict.fromkeys(libs, 0)
    for form, want in FORMS:
        marks = []
        for name, read in libs.items():
            ok = right(read(form), want)
            totals[name] += ok
            marks.append("yes" if ok else "no")
        print(f"| `{form}` | " + " | ".join(marks) + " |")
    print("| **read** | " + " | ".join(f"**{totals[n]} of {len(FORMS)}**" for n in libs) + " |")


if __name__ == "__main__":
    main()
