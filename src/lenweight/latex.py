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
    "Huge|footnotesize|scriptsize|normalsize|uline|textnormal"
)
_SWITCHES = re.compile(
    r"\\(?:Huge|huge|LARGE|Large|large|small|footnotesize|scriptsize|normalsize|scshape|bfseries|itshape|"
    r"mdseries|upshape|bf|it|em|sc|centering|raggedright|raggedleft)\b\s*"
)
_ONE = [  # macros of one argument, each with what it becomes
    (re.compile(rf"\\(?:{_FORMAT})\*?\{{([^{{}}]*)\}}"), r"\1"),
    (re.compile(r"\\href\{[^{}]*\}\{([^{}]*)\}"), r"\1"),  # the link's text, not its target
    (re.compile(r"\\(?:sub)*section\*?\{([^{}]*)\}|\\cvsection\{([^{}]*)\}"), "\n\n\\1\\2\n"),
    (re.compile(r"\\(?:vspace|hspace|label|color|textcolor|setlength|input|usepackage)\*?\{[^{}]*\}"), ""),
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


def _expand(m: re.Match) -> str:
    args = [a.strip() for a in re.findall(r"\{([^{}]*)\}", m.group(2))]
    if "item" in m.group(1).lower() and len(args) == 1:
        return f"\n- {args[0]}\n"
    # an entry macro: its arguments two to a line, a column gap between
    rows = ["    ".join(a for a in args[k : k + 2] if a) for k in range(0, len(args), 2)]
    return "\n" + "\n".join(r for r in rows if r) + "\n"


def _ungroup(body: str) -> str:
    """'{\\bf X}' -> X; the braces of a macro's arguments stay until the macro comes out."""
    return _GROUP.sub(
        lambda m: m[0] if _ARGS_BEFORE.search(body[max(0, m.start() - 60) : m.start()]) else m[1], body
    )


def latex_to_text(text: str) -> str:
    """The text of a LaTeX resume: its document body without macros, a line per line typeset."""
    body = text.split("\\begin{document}", 1)[-1].split("\\end{document}", 1)[0]
    body = re.sub(r"(?<!\\)%.*", "", body)  # comments
    body = re.sub(r"\\(?:begin|end)\{\w+\*?\}(?:\[[^\]]*\])?", "\n", body)  # environments and their options
    body = body.replace("$|$", " | ").replace("$\\vert$", " | ").replace("$\\cdot$", " · ")
    body = re.sub(r"\\\\(?:\[[^\]]*\])?[ \t]*\n?", "\n", body)  # a line break (and the source's own)
    body = re.sub(r"\n?[ \t]*\\item\b(?:\[[^\]]*\])?", "\n- ", body)
    body = _LETTER.sub(lambda m: _LETTERS[m[1]], _ACCENT.sub(_accented, body))  # before "~" is a space
    body = body.replace("--", "–").replace("~", " ").replace("\\textbullet", "·")
    for _ in range(20):  # nested macros, innermost first
        before = body
        body = _SWITCHES.sub("", body)
        for pattern, replacement in _ONE:
            body = pattern.sub(replacement, body)
        body = _ungroup(_MACRO.sub(_expand, body))
        if body == before:
            break
    body = re.sub(r"\\hfill\b", "    ", body)
    body = re.sub(r"\\([%&_#$])", r"\1", body)
    body = re.sub(r"\\[A-Za-z]+\*?", "", body)  # macros without arguments: list starts and ends
    lines = [ln.strip() for ln in body.split("\n") if ln.strip() != "-"]  # an \item over lines of its own
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
