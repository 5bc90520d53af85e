"""The held-out resumes as PDF and Word files: does reading the file lose what reading its text finds?

    python benchmarks/document_quality.py [--corpus benchmarks/heldout_resumes] [--out DIR] [--limit N]
        [--engines pdf docx latex chromium libreoffice]
    python benchmarks/document_quality.py --documents benchmarks/blind_documents [--json FILE]

Each text resume with a gold file is typeset by each engine and read back by
`SyntheticGenerator.from_file`, scored like the text (resume_quality.py): gold facts found with
their attribution, and garbage pairs. The engines:

    pdf          fpdf2, DejaVu Sans, one column; an ALL-CAPS line bold; a line's last column after a
                 gap of 3+ spaces set flush right, as templates set dates (default)
    docx         python-docx: ALL-CAPS lines as headings, "- " lines as List Bullet paragraphs,
                 column gaps as tabs (default)
    latex        pdflatex on a LaTeX document in the style of the common "Jake's resume" template
                 (small-caps section titles over a rule, rows as tabular* with the date flush right,
                 itemize bullets, glyphtounicode); a .tex source in the corpus is compiled as it is,
                 with that template's macros defined
    latex-t1     the same with T1 font encoding, which with no cm-super fonts installed (as here)
                 makes pdflatex embed bitmap Type 3 fonts, whose glyphs pypdf cannot measure
    chromium     the resume as an HTML page (flex rows, the date flush right; headings in CSS
                 upper case) printed to PDF by headless Chromium, as a browser or a web builder does
    libreoffice  the docx above converted to PDF by LibreOffice Writer, a word processor's PDF
    noblank      no typesetting: the text with its blank lines taken out, what a PDF gives whose
                 gaps are all smaller than a line

With --documents, each source in DIR is a document as its author wrote it, made into a PDF by its own
program and scored against its gold file: a .tex compiled by pdflatex with its own preamble, an
.html printed by Chromium, an .rtf, .odt or .docx converted by LibreOffice Writer, a Markdown .md
made by pandoc with its own LaTeX template (a .docx and a .md are also read as themselves), a .typ
compiled by Typst (`pip install typst`, its Python binding), a .scan.html printed by Chromium,
rasterised by pdftoppm and read back by Tesseract's OCR (`apt-get install tesseract-ocr`).

latex, chromium and libreoffice need programs from Debian's packages, not in the project's venv:
    apt-get install texlive-latex-base texlive-latex-recommended texlive-latex-extra \
        texlive-fonts-recommended lmodern chromium libreoffice-writer-nogui libreoffice-calc-nogui fonts-liberation pandoc \
        texlive-plain-generic    # (soul, which the europasscv class needs)
What one typesetting does is not what every template does; each engine is the same for all
resumes, so that a loss it shows is the reader's or that engine's, not one resume's layout.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import html
import importlib.util
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from lenweight.errors import LenweightError

sys.path.insert(0, str(Path(__file__).parent))
import resume_quality

_COLUMNS = re.compile(r"\s{3,}|\t+")
_BULLET = re.compile(r"^(?:[-*•●○▪◦])\s+")


def _fonts() -> tuple[str, str]:
    import matplotlib

    ttf = Path(matplotlib.__file__).parent / "mpl-data" / "fonts" / "ttf"
    return str(ttf / "DejaVuSans.ttf"), str(ttf / "DejaVuSans-Bold.ttf")


def to_pdf(text: str, out: Path) -> None:
    from fpdf import FPDF

    regular, bold = _fonts()
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.add_font("dv", "", regular)
    pdf.add_font("dv", "B", bold)
    for line in text.split("\n"):
        s = line.strip()
        if not s:
            pdf.ln(3)
            continue
        heading = s.isupper() and len(s) < 40
        pdf.set_font("dv", "B" if heading else "", 12 if heading else 10)
        indent = (len(line) - len(line.lstrip())) * 1.5
        parts = _COLUMNS.split(s)
        pdf.set_x(15 + indent)
        if len(parts) > 1:  # the last column flush right, as a template sets its dates
            pdf.cell(125 - indent, 5, "   ".join(parts[:-1]))
            pdf.set_x(140)
            pdf.cell(55, 5, parts[-1], align="R")
            pdf.ln(5)
        else:
            pdf.multi_cell(180 - indent, 5, s)
    with contextlib.redirect_stderr(io.StringIO()):  # a glyph DejaVu lacks (an emoji) is dropped
        pdf.output(str(out))


def to_docx(text: str, out: Path) -> None:
    import docx

    doc = docx.Document()
    for line in text.split("\n"):
        s = line.strip()
        if s.startswith(("- ", "• ", "* ")):
            doc.add_paragraph(s[2:], style="List Bullet")
        elif s.isupper() and 2 < len(s) < 40:
            doc.add_heading(s, level=1)
        else:
            doc.add_paragraph(re.sub(r" {3,}", "\t", line.rstrip()))
    doc.save(out)


def blocks(text: str) -> list[tuple[str, list[str]]]:
    """What a template makes of each line: (kind, parts), kind one of name, contact (up to three
    lines under it before the first blank one), heading (ALL CAPS or a markdown heading), bullet, row (columns apart by 3+
    spaces or a tab), line, blank. Markdown emphasis is dropped, as a typeset page shows none, and a
    letter-spaced title is written whole (a template spaces its letters, not its text)."""
    out, first, header = [], True, True
    for line in text.split("\n"):
        s = re.sub(r"\*\*?|`", "", line.strip())
        if re.fullmatch(r"\S(?: \S)+(?: {2,}\S(?: \S)+)*", s):  # "D E V O N   A S H B Y": letter-spaced
            s = " ".join(w.replace(" ", "") for w in re.split(r" {2,}", s))
        if not s:
            header = header and first
            out.append(("blank", []))
            continue
        markdown_heading = s.startswith("#")
        s = s.lstrip("#").strip()
        if first:
            out.append(("name", [s]))
            first = False
        elif header and len(out) <= 3:  # a name's block: the headline and contact, centred
            out.append(("contact", [s]))
        elif markdown_heading or (s.isupper() and 4 < len(s) < 40):
            out.append(("heading", [s]))
        elif _BULLET.match(s):
            out.append(("bullet", [_BULLET.sub("", s)]))
        else:
            parts = _COLUMNS.split(s)
            out.append(("row", parts) if len(parts) > 1 else ("line", [s]))
    return out


_TEX = {
    **{c: "\\" + c for c in "&%$#_{}"},
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    "\\": r"\textbackslash{}",
    "<": r"\textless{}",
    ">": r"\textgreater{}",
    "|": r"$|$",
    "€": r"\texteuro{}",
    "•": r"\textbullet{}",
}

# The layout of the widely copied "Jake's resume" LaTeX template (sb2nov/resume), written here: its
# macro names, so that a .tex made from it compiles; small-caps section titles over a rule; a
# heading's two rows a tabular* with the date flush right; glyphtounicode, as the template sets it.
LATEX_PREAMBLE = r"""\documentclass[letterpaper,11pt]{article}
\usepackage[utf8]{inputenc}
\usepackage{textcomp,latexsym,titlesec,enumitem}
\usepackage[margin=0.6in]{geometry}
\usepackage[hidelinks]{hyperref}
\input{glyphtounicode}
\pdfgentounicode=1
\pagestyle{empty}
\raggedright
\setlength{\parindent}{0pt}
\setlength{\tabcolsep}{0in}
\titleformat{\section}{\vspace{-4pt}\scshape\raggedright\large}{}{0em}{}[\titlerule\vspace{-5pt}]
\newcommand{\row}[2]{\begin{tabular*}{0.97\textwidth}{l@{\extracolsep{\fill}}r}#1 & #2\\\end{tabular*}}
\newcommand{\resumeItem}[1]{\item\small{#1}}
\newcommand{\resumeSubheading}[4]{\item\row{\textbf{#1}}{#2}\\\row{\textit{\small #3}}{\textit{\small #4}}}
\newcommand{\resumeProjectHeading}[2]{\item\row{\small #1}{#2}}
\newcommand{\resumeSubHeadingListStart}{\begin{itemize}[leftmargin=0.15in, label={}]}
\newcommand{\resumeSubHeadingListEnd}{\end{itemize}}
\newcommand{\resumeItemListStart}{\begin{itemize}}
\newcommand{\resumeItemListEnd}{\end{itemize}}
"""


def _tex(s: str) -> str:
    # the template's fonts (Computer Modern, OT1) have Latin letters and punctuation; an emoji is dropped, as fpdf2 drops it
    keep = (c for c in s if ord(c) < 0x250 or 0x2000 <= ord(c) < 0x2070 or c in _TEX)
    return "".join(_TEX.get(c, c) for c in keep).replace("–", "--").replace("—", "---")


def _compile(tex: Path, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(
            ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", tmp, str(tex)],
            capture_output=True,
            text=True,
            errors="replace",  # its log echoes the input's bytes, which may be in the fonts' encoding
            timeout=300,
        )
        made = Path(tmp) / (tex.stem + ".pdf")
        if not made.exists():
            raise RuntimeError(f"pdflatex failed on {tex}: {done.stdout[-1500:]}")
        shutil.move(made, out)


def to_latex(text: str, out: Path, preamble: str = LATEX_PREAMBLE) -> None:
    body, listing = [], False
    for kind, parts in blocks(text):
        if listing and kind != "bullet":
            body.append(r"\end{itemize}")
            listing = False
        if kind == "name":
            body.append(r"\begin{center}{\Huge\scshape " + _tex(parts[0]) + r"}\end{center}")
        elif kind == "contact":
            body.append(r"\begin{center}\small " + _tex(parts[0]) + r"\end{center}\vspace{-12pt}")
        elif kind == "heading":
            body.append(r"\section{" + _tex(parts[0].title() if parts[0].isupper() else parts[0]) + "}")
        elif kind == "bullet":
            if not listing:
                body.append(r"\begin{itemize}[leftmargin=0.2in,itemsep=-2pt]")
                listing = True
            body.append(r"\item \small " + _tex(parts[0]))
        elif kind == "row":
            columns = r"\hspace{2em}".join(_tex(p) for p in parts[:-1])  # TeX makes spaces one
            body.append(r"\row{\textbf{" + columns + r"}}{\textit{" + _tex(parts[-1]) + "}}\\par")
        elif kind == "line":
            body.append(_tex(parts[0]) + r"\par")
        else:  # a blank line: a gap, as a template leaves between sections and entries
            body.append(r"\vspace{\baselineskip}")
    if listing:
        body.append(r"\end{itemize}")
    tex = out.with_suffix(".tex")
    tex.write_text(
        preamble + "\\begin{document}\n" + "\n".join(body) + "\n\\end{document}\n", encoding="utf-8"
    )
    _compile(tex, out)


def _compiled_as_written(source: Path, _text: str, out: Path) -> None:
    """A .tex resume compiled as written: its body after the template's preamble (its own preamble,
    which may load packages this machine lacks, is replaced)."""
    text = source.read_text(encoding="utf-8")
    body = text[text.index(r"\begin{document}") :]
    tex = out.with_suffix(".tex")
    tex.write_text(LATEX_PREAMBLE + body, encoding="utf-8")
    _compile(tex, out)


_CSS = """@page{size:A4;margin:15mm}
body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10pt;margin:0}
h1{font-size:22pt;margin:0 0 2px 0;text-align:center} .contact{text-align:center;font-size:9pt}
h2{font-size:11pt;text-transform:uppercase;border-bottom:1px solid #333;margin:10px 0 4px 0}
.row{display:flex;justify-content:space-between} .row span:last-child{font-style:italic}
ul{margin:2px 0 4px 0;padding-left:18px} p{margin:0} .gap{height:1.2em}"""


def to_chromium(text: str, out: Path) -> None:
    body, listing = [], False
    for kind, parts in blocks(text):
        e = [html.escape(p) for p in parts]
        if listing and kind != "bullet":
            body.append("</ul>")
            listing = False
        if kind == "name":
            body.append(f"<h1>{e[0]}</h1>")
        elif kind == "contact":
            body.append(f"<div class=contact>{e[0]}</div>")
        elif kind == "heading":
            body.append(f"<h2>{e[0]}</h2>")
        elif kind == "bullet":
            body.append(("" if listing else "<ul>") + f"<li>{e[0]}</li>")
            listing = True
        elif kind == "row":
            spans = "".join(f"<span><b>{p}</b></span>" for p in e[:-1])  # HTML collapses spaces: a span each
            body.append(f"<div class=row>{spans}<span>{e[-1]}</span></div>")
        elif kind == "line":
            body.append(f"<p>{e[0]}</p>")
        else:
            body.append("<div class=gap></div>")
    page = out.with_suffix(".html")
    page.write_text(
        f"<!doctype html><meta charset=utf-8><style>{_CSS}</style>\n" + "\n".join(body), encoding="utf-8"
    )
    _print_page(page, out)


def _print_page(page: Path, out: Path) -> None:
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
    ]
    flags += ["--disable-component-update", "--disable-sync", "--no-pdf-header-footer"]
    subprocess.run(
        ["chromium", *flags, f"--print-to-pdf={out}", page.resolve().as_uri()],
        capture_output=True,
        timeout=300,
        check=True,
    )


def to_libreoffice(text: str, out: Path) -> None:
    docx = out.with_suffix(".lo.docx")
    to_docx(text, docx)
    _convert(docx, out)


def _convert(document: Path, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(document),
            ],
            capture_output=True,
            timeout=300,
            check=True,
        )
        shutil.move(Path(tmp) / (document.stem + ".pdf"), out)


def _pandoc(markdown: Path, out: Path) -> None:
    # pandoc's own LaTeX template, as a developer makes a PDF of a Markdown resume
    subprocess.run(
        ["pandoc", str(markdown), "--pdf-engine=pdflatex", "-o", str(out)],
        capture_output=True,
        timeout=300,
        check=True,
    )


def _scan(page: Path, out: Path) -> None:
    """A printed page scanned back in: printed by Chromium, rasterised at 300 dpi (poppler's
    pdftoppm) and given a text layer by Tesseract's OCR, as a scanner's software makes a PDF."""
    with tempfile.TemporaryDirectory() as tmp:
        printed = Path(tmp) / "printed.pdf"
        _print_page(page, printed)
        run = dict(capture_output=True, check=True, timeout=600)
        subprocess.run(["pdftoppm", "-r", "300", "-png", str(printed), f"{tmp}/page"], **run)
        listing = Path(tmp) / "pages.txt"
        listing.write_text("\n".join(str(x) for x in sorted(Path(tmp).glob("page*.png"))))
        subprocess.run(["tesseract", str(listing), str(out.with_suffix("")), "pdf"], **run)


def _typst(source: Path, out: Path) -> None:
    # Typst's own compiler, through its Python binding (`pip install typst`), as `typst compile` does
    import typst

    typst.compile(str(source), output=str(out))


def to_noblank(text: str, out: Path) -> None:
    out.write_text("\n".join(line for line in text.split("\n") if line.strip()), encoding="utf-8")


def to_latex_t1(text: str, out: Path) -> None:
    # the same with `\usepackage[T1]{fontenc}`, which many templates add for accents: with no
    # cm-super fonts installed (a small TeX install) pdflatex embeds bitmap Type 3 fonts
    to_latex(
        text,
        out,
        LATEX_PREAMBLE.replace("\\usepackage[utf8]", "\\usepackage[T1]{fontenc}\n\\usepackage[utf8]"),
    )


ENGINES = {
    "pdf": (".pdf", to_pdf),
    "docx": (".docx", to_docx),
    "latex": (".latex.pdf", to_latex),
    "latex-t1": (".latex-t1.pdf", to_latex_t1),
    "chromium": (".chromium.pdf", to_chromium),
    "libreoffice": (".libreoffice.pdf", to_libreoffice),
    "noblank": (".noblank.txt", to_noblank),
}
_PROGRAMS = {"latex": "pdflatex", "latex-t1": "pdflatex", "chromium": "chromium", "libreoffice": "soffice"}

# --documents: a document's own program, by its suffix
_MAKERS = {
    ".tex": ("pdflatex", _compile),
    ".html": ("chromium", _print_page),
    ".rtf": ("soffice", _convert),
    ".odt": ("soffice", _convert),
    ".docx": ("soffice", _convert),
    ".xlsx": ("soffice", _convert),  # (LibreOffice Calc prints a sheet as it would)
    ".md": ("pandoc", _pandoc),
    ".typ": ("typst", _typst),
    ".scan.html": ("tesseract", _scan),  # (a page printed, then scanned and read by OCR)
}


def documents(folder: Path, out: Path, json_path: str | None) -> None:
    """Each document made into a PDF by its own program, read back and scored against its gold."""
    rows, found_all, facts_all, garbage_all = [], 0, 0, 0
    for gold_path in sorted(folder.glob("*.gold.json")):
        stem = gold_path.name.split(".")[0]
        source = next(p for p in folder.glob(stem + ".*") if p.suffix in _MAKERS)
        program, make = _MAKERS[".scan.html" if source.name.endswith(".scan.html") else source.suffix]
        if not (shutil.which(program) or program == "typst" and importlib.util.find_spec("typst")):
            sys.exit(f"{source}: needs {program} (see this script's docstring)")
        pdf = out / (stem + ".pdf")
        make(source.resolve(), pdf)
        gold = json.loads(gold_path.read_text())
        if source.suffix in (".docx", ".md", ".odt"):  # the file itself, as `--resume cv.docx` reads it
            try:
                with contextlib.redirect_stderr(io.StringIO()):
                    r = resume_quality.score(source, gold)
                said = f"{round(r['recall'] * len(gold['facts']))}/{len(gold['facts'])} gold facts, {r['garbage']} garbage"
            except LenweightError as e:  # (a format the reader does not take: none of its facts)
                said = f"0/{len(gold['facts'])} gold facts: {e}"
            print(f"{stem} (as {source.suffix}): {said}")
        with contextlib.redirect_stderr(io.StringIO()):
            r = resume_quality.score(pdf, gold)
        found = round(r["recall"] * len(gold["facts"]))
        rows.append({"resume": stem, "made_by": program, "facts": len(gold["facts"]), "found": found,
                     "garbage": r["garbage"], "name_ok": r["name_ok"], "missed": r["missed"],
                     "garbage_pairs": r["garbage_pairs"]})  # fmt: skip
        found_all, facts_all, garbage_all = (
            found_all + found,
            facts_all + len(gold["facts"]),
            garbage_all + r["garbage"],
        )
        print(
            f"{stem} ({program}): {found}/{len(gold['facts'])} gold facts, {r['garbage']} garbage, name {'found' if r['name_ok'] else 'WRONG'}"
        )
        for fact in r["missed"]:
            print(f"    missed {fact['ask']} -> {fact['answer']}")
    print(f"all: {found_all}/{facts_all} gold facts, {garbage_all} garbage pairs")
    if json_path:
        totals = {"found": found_all, "facts": facts_all, "garbage": garbage_all}
        Path(json_path).write_text(json.dumps({"rows": rows, "totals": totals}, indent=1, ensure_ascii=False))


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--corpus", default="benchmarks/heldout_resumes")
    p.add_argument("--out", default="runs/document_quality")
    p.add_argument("--limit", type=int, default=0, help="the first N resumes only (0: all)")
    p.add_argument("--engines", nargs="+", choices=list(ENGINES), default=["pdf", "docx"])
    p.add_argument("--json", help="write the rows here")
    p.add_argument(
        "--documents",
        help="a folder of documents as written (.tex, .html, .rtf, .odt, .docx, .md, .typ) with gold files",
    )
    args = p.parse_args(argv)
    if args.documents:
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        return documents(Path(args.documents), out, args.json)
    for engine in args.engines:
        if engine in _PROGRAMS and not shutil.which(_PROGRAMS[engine]):
            p.error(
                f"--engines {engine} needs {_PROGRAMS[engine]} (Debian packages: see this script's docstring)"
            )
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    kinds = ["text", *args.engines]
    rows, totals = [], {k: [0, 0, 0] for k in kinds}
    golds = sorted(Path(args.corpus).glob("*.gold.json"))
    for gold_path in golds[: args.limit or None]:
        stem = gold_path.name.split(".")[0]
        source = next(p for p in gold_path.parent.glob(stem + ".*") if p != gold_path)
        if source.suffix not in (".txt", ".md", ".tex"):
            continue
        if source.suffix == ".tex" and "latex" not in args.engines:
            continue
        text = source.read_text(encoding="utf-8")
        files = {"text": source}
        for engine in args.engines:
            suffix, typeset = ENGINES[engine]
            if source.suffix == ".tex":
                if engine != "latex":
                    continue
                typeset = functools.partial(_compiled_as_written, source)
            files[engine] = out / (stem + suffix)
            typeset(text, files[engine])
        gold = json.loads(gold_path.read_text())
        row = {"resume": stem, "facts": len(gold["facts"])}
        for kind, path in files.items():
            with contextlib.redirect_stderr(io.StringIO()):
                r = resume_quality.score(path, gold)
            found = round(r["recall"] * len(gold["facts"]))
            row[kind] = {"found": found, "garbage": r["garbage"], "missed": r["missed"]}
            totals[kind] = [
                totals[kind][0] + found,
                totals[kind][1] + len(gold["facts"]),
                totals[kind][2] + r["garbage"],
            ]
        rows.append(row)
        print(
            " | ".join(
                [stem] + [f"{k} {row[k]['found']}/{row['facts']}, {row[k]['garbage']} garbage" for k in files]
            )
        )
    print(
        "all: " + "; ".join(f"{k} {f}/{n} gold facts, {g} garbage pairs" for k, (f, n, g) in totals.items())
    )
    if args.json:
        Path(args.json).write_text(json.dumps({"rows": rows, "totals": totals}, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
