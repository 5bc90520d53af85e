"""A resume's LaTeX source as the text its PDF shows, for resume.py to read like any other.

Many engineers keep their resume as a .tex file (Jake's template and its kin, moderncv, a plain
article): its text is in the macros' arguments. Formatting macros keep their text (`\\textbf{X}`
-> X), a section title goes on a line of its own, an `\\item` or a macro named like one
(`\\resumeItem{X}`) is a bullet, accents become letters (`T\\'ecnico` -> Técnico), and a template's
own entry macros put their arguments two to a line, as the template typesets them
(`\\resumeSubheading{Role}{Dates}{Company}{Place}` -> "Role    Dates" over "Company    Place"),
with a column gap between, as `\\hfill` does: resume.py reads those layouts already.
"""

from __future__ import annotations

import re
import unicodedata

_MARKERS = re.compile(r"\\documentclass|\\begin\{document\}|\\section\*?\{")
_FORMAT = (  # macros whose argument is the text as it stands
    "textbf|textit|emph|underline|texttt|textsc|textsf|textrm|mbox|text|small|large|Large|LARGE|huge|"
    "Huge|footnotesize|scriptsize|normalsize|uline|textnormal|textsl|textup|textmd|textsuperscript"
)
_SWITCHES = re.compile(
    r"\\(?:Huge|huge|LARGE|Large|large|small|footnotesize|scriptsize|normalsize|scshape|bfseries|itshape|"
    r"mdseries|upshape|bf|it|em|sc|centering|raggedright|raggedleft)\b\s*"
)


def _capital(title: str) -> str:
    return title.capitalize() if title.islower() else title


_ONE = [  # macros of one argument, each with what it becomes
    (re.compile(rf"\\(?:{_FORMAT})\*?\{{([^{{}}]*)\}}"), r"\1"),
    (re.compile(r"\\href\{[^{}]*\}\{([^{}]*)\}"), r"\1"),  # the link's text, not its target
    # (friggeri's titles are in small letters: "experience" is printed so, and read as "Experience")
    (
        re.compile(r"\\(?:sub)*section\*?\{([^{}]*)\}|\\cvsection\{([^{}]*)\}"),
        lambda m: f"\n\n{_capital(m[1] or m[2] or '')}\n",
    ),
    (
        re.compile(
            r"\\(?:vspace|hspace|label|color|textcolor|setlength|input|usepackage|urlstyle)\*?\{[^{}]*\}"
        ),
        "",
    ),
    # type and rules: "\fontsize{34}{40}\selectfont" sets the size of the name, it is no text
    (re.compile(r"\\(?:fontsize\{[^{}]*\}|fontseries|fontshape|fontfamily)\{[^{}]*\}"), ""),
    (re.compile(r"\\rule(?:\[[^\]]*\])?\{[^{}]*\}\{[^{}]*\}"), ""),
]
# any other macro whose arguments hold no braces (the innermost first, so nested ones come out in
# turn), and not followed by an argument still to come out
_MACRO = re.compile(r"\\([A-Za-z]+)\*?\s*(?:\[[^\]{}]*\]\s*)?(\{[^{}]*\}(?:\s*\{[^{}]*\})*)(?!\s*\{)")
_GROUP = re.compile(r"(?<!\\)\{([^{}]*)\}")
_ARGS_BEFORE = re.compile(r"(?:\\[A-Za-z]+\*?|\})\s*(?:\[[^\]]*\])?\s*$")
# accents: "T\'ecnico", "{\'e}", "\c{c}", "\~{n}": the letter with its combining mark
_MARKS = {"'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304",
          ".": "\u0307", "c": "\u0327", "v": "\u030c", "u": "\u0306", "H": "\u030b", "r": "\u030a"}  # fmt: skip
_ACCENT = re.compile(r"\{?\\(['`^\"~=.]|[cvuHr](?=[\s{]))\s*\{?([A-Za-z]|\\i\b)\}?\}?")
_LETTERS = {
    "ss": "ß",
    "o": "ø",
    "O": "Ø",
    "aa": "å",
    "AA": "Å",
    "ae": "æ",
    "AE": "Æ",
    "oe": "œ",
    "l": "ł",
    "L": "Ł",
}
_LETTER = re.compile(r"\{?\\(ss|aa|AA|ae|AE|oe|o|O|l|L)\b\s?\}?")


def is_latex(text: str) -> bool:
    return len(_MARKERS.findall(text)) >= 2


def _accented(m: re.Match) -> str:
    letter = "i" if m[2] == "\\i" else m[2]
    return unicodedata.normalize("NFC", letter + _MARKS[m[1]])


_ON = "\x00"  # marks an entry macro's text that goes on under the line above


def _expand(m: re.Match) -> str:
    args = [a.strip() for a in re.findall(r"\{([^{}]*)\}", m.group(2))]
    if "item" in m.group(1).lower() and len(args) == 1:
        return f"\n- {args[0]}\n"
    if m.group(1) in ("cvitem", "cvitemwithcomment") and args and args[0] and len(args) > 1:
        # moderncv's label column: "Languages: Python, SQL" under Skills is a category, not a title
        comment = f" ({args[2]})" if len(args) > 2 and args[2] else ""  # "Fluent (TOEFL 110)"
        return f"\n{args[0]}: {args[1]}{comment}\n"
    if m.group(1) in ("namesection", "header") and len(args) >= 2:
        # the Deedy class's \namesection{First}{Last}{links}, friggeri's \header{john}{doe}{title}
        name = " ".join(args[:2])
        return "\n" + (name.title() if name.islower() else name) + "\n" + "\n".join(args[2:]) + "\n"
    if re.search(r"honou?r|award", m.group(1), re.I) and len(args) >= 3:
        # Awesome-CV's \cvhonor{Award}{Event}{Place}{Date}: one prize, its date in the right column
        # (its town left out: "Hackathon, Nairobi, Kenya" would read as the event's name)
        return "\n" + ", ".join(a for a in args[:2] if a) + "    " + args[-1] + "\n"
    if "language" in m.group(1).lower():  # europasscv's grid row: "French    B2    B2    B1 ..."
        return "\n" + "    ".join(a for a in args if a) + "\n"
    # an entry macro: its arguments two to a line, a column gap between; one with an empty label
    # (europasscv's \ecvitem{}{Employer}) goes on under the entry above, with no blank line between
    # (a sentence or lines go on lines of their own, as the class prints them: twentysecondcv's
    # \twentyitem{dates}{title}{employer}{what was done.}, friggeri's \entry{...}{Unit \\ What was done.})
    said = [a for a in args if a.endswith(".") and len(a.split()) >= 4 or "\n" in a]
    cells = [a for a in args if a not in said]
    rows = ["    ".join(a for a in cells[k : k + 2] if a) for k in range(0, len(cells), 2)] + said
    return ("\n" if args[0] else _ON) + "\n".join(r for r in rows if r) + "\n"


def _ungroup(body: str) -> str:
    """'{\\bf X}' -> X; the braces of a macro's arguments stay until the macro comes out."""
    return _GROUP.sub(
        lambda m: m[0] if _ARGS_BEFORE.search(body[max(0, m.start() - 60) : m.start()]) else m[1], body
    )


# A CV class typesets its title block from the preamble (moderncv's \name{First}{Last}, \title,
# \address, \phone; Awesome-CV's \position; europasscv's \ecvname ...; twentysecondcv's \cvname;
# simplecv's \title is the name): its lines come first.
_HEAD = re.compile(
    r"\\(name|firstname|familyname|ecvname|cvname|author|title|position|cvjobtitle|address|ecvaddress|cvaddress|"
    r"phone|mobile|ecvmobile|ecvtelephone|cvnumberphone|email|ecvemail|cvmail|homepage|ecvhomepage|cvsite|"
    r"leftheader|rightheader)(?:\[[^\]]*\])?\s*"
    r"((?:\{(?:[^{}]|\{[^{}]*\})*\}\s*)+)"
)
_NAMED = ("name", "firstname", "familyname", "ecvname", "cvname", "author")


def _title_block(preamble: str) -> str:
    got: dict[str, str] = {}
    for m in _HEAD.finditer(preamble):
        args = re.findall(r"\{((?:[^{}]|\{[^{}]*\})*)\}", m[2])
        args = [re.sub(r"[{}]", "", a).strip() for a in args if a.strip()]  # "Engineer{ · }Architect"
        sep = " " if m[1] in _NAMED else ", "
        got.setdefault(m[1], sep.join(re.sub(r"\\\\\s*", "\n", a) for a in args))
    named = [got.pop(k) for k in _NAMED[:-1] if k in got]
    author = got.pop("author", "")
    name = " ".join(named) or author or got.pop("title", "")  # simplecv: the title is the name
    return "\n".join([name, *got.values()]).strip() + "\n" if name else ""


def latex_to_text(text: str) -> str:
    """The text of a LaTeX resume: its document body without macros, a line per line typeset."""
    text = re.sub(r"(?<!\\)%.*", "", text)  # comments
    # spacing: Awesome-CV's "Engineer{\enskip\cdotp\enskip}Architect" -> "Engineer{ · }Architect"
    text = re.sub(r"\\(?:enskip|quad|qquad)\b\s*", " ", text).replace("\\cdotp", "·")
    preamble, _, body = text.rpartition("\\begin{document}")
    body = _title_block(preamble) + body.split("\\end{document}", 1)[0]
    body = re.sub(r"\\makecvfooter(?:\s*\{(?:[^{}]|\{[^{}]*\})*\})+", "", body)  # Awesome-CV's page footer
    # environments and their options; a box's width or a table's column spec ("{0.31\textwidth}",
    # "{@{}rl@{}}") is no text
    body = re.sub(
        r"\\begin\{(?:minipage|tabular\*?|tabularx|longtable|multicols|paracol|wrapfigure)\}(?:\[[^\]]*\])*"
        r"(?:\{(?:[^{}]|\{[^{}]*\})*\})+",
        "\n",
        body,
    )
    body = re.sub(r"\\(?:begin|end)\{\w+\*?\}(?:\[[^\]]*\])?", "\n", body)
    body = re.sub(r"(?<!\\)&", "    ", body)  # a tabular's columns, typeset apart
    body = re.sub(r"\$\^\{?([23])\}?\$", lambda m: "²³"[int(m[1]) - 2], body)  # "km$^2$" -> "km²"
    body = body.replace("$|$", " | ").replace("$\\vert$", " | ").replace("$\\cdot$", " · ")
    # a line break (and the source's own)
    body = re.sub(r"(?:\\\\|\\newline\b)(?:\[[^\]]*\])?[ \t]*\n?", "\n", body)
    # "\item[2019--2022] Role": the label stands in its margin column; a bullet's label is only a bullet
    body = re.sub(
        r"\n?[ \t]*\\item\b(?:\[([^\]]*)\])?",
        lambda m: (
            f"\n{m[1].strip()}    " if m[1] and re.search(r"[^\W_]", re.sub(r"\\\w+", "", m[1])) else "\n- "
        ),
        body,
    )
    # europasscv's language grid: the words the class prints around it, which the reader knows
    body = re.sub(r"\\ecvmothertongue(?:\[[^\]]*\])?\{([^{}]*)\}", r"\nMother tongue(s): \1\n", body)
    body = re.sub(
        r"\\ecvlanguageheader\b", "\nOther languages    UNDERSTANDING    SPEAKING    WRITING\n", body
    )
    body = _LETTER.sub(lambda m: _LETTERS[m[1]], _ACCENT.sub(_accented, body))  # before "~" is a space
    body = body.replace("---", "—").replace("--", "–").replace("~", " ").replace("\\textbullet", "•")
    for _ in range(20):  # nested macros, innermost first
        before = body
        body = _SWITCHES.sub("", body)
        for pattern, replacement in _ONE:
            body = pattern.sub(replacement, body)
        body = _ungroup(_MACRO.sub(_expand, body))
        if body == before:
            break
    body = re.sub(rf"\n\s*{_ON}", "\n", body).replace(_ON, "\n")
    body = re.sub(r"\\hfill\b", "    ", body)
    body = re.sub(r"\\([%&_#$])", r"\1", body)
    body = re.sub(r"\\[A-Za-z]+\*?(?:\[[^\]]*\])?", "", body)  # macros without arguments, and their options
    body = re.sub(r"\n\s*(\|\s)", r" \1", body)  # "\runsub{Amazon} \descript{| Intern}": one line typeset
    body = re.sub(r"(?<=\S) {2,3}(?=\S)", " ", body)  # TeX makes one space of the source's several
    lines = [ln.strip() for ln in body.split("\n") if ln.strip() != "-"]  # an \item over lines of its own
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
