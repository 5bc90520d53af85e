"""The held-out resumes as PDF and Word files: does reading the file lose what reading its text finds?

    python benchmarks/document_quality.py [--corpus benchmarks/heldout_resumes] [--out /tmp/docs] [--limit N]

Each text resume with a gold file is typeset twice: as a PDF (fpdf2, DejaVu Sans from matplotlib's
fonts, A4, one column; an ALL-CAPS line in bold; a line's last column after a gap of 3+ spaces
set flush right, as templates set dates) and as a Word file (python-docx: an ALL-CAPS line as a
heading, "- " lines as List Bullet paragraphs, gaps of 3+ spaces as tabs). Both are read back by
`SyntheticGenerator.from_file` and scored like the text (resume_quality.py): gold facts found with
their attribution and garbage pairs. What this typesetting does is not what every template does;
it is one typesetting, the same for all, so that the loss it shows is the reader's and not the
layout's.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import resume_quality  # noqa: E402


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
        parts = re.split(r"\s{3,}|\t+", s)
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


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--corpus", default="benchmarks/heldout_resumes")
    p.add_argument("--out", default="runs/document_quality")
    p.add_argument("--limit", type=int, default=0, help="the first N resumes only (0: all)")
    p.add_argument("--json", help="write the rows here")
    args = p.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    rows, totals = [], {k: [0, 0, 0] for k in ("text", "pdf", "docx")}
    golds = sorted(Path(args.corpus).glob("*.gold.json"))
    for gold_path in golds[: args.limit or None]:
        stem = gold_path.name.split(".")[0]
        source = next(p for p in gold_path.parent.glob(stem + ".*") if p != gold_path)
        if source.suffix not in (".txt", ".md"):
            continue
        text = source.read_text(encoding="utf-8")
        to_pdf(text, out / f"{stem}.pdf")
        to_docx(text, out / f"{stem}.docx")
        gold = json.loads(gold_path.read_text())
        row = {"resume": stem, "facts": len(gold["facts"])}
        for kind, path in (("text", source), ("pdf", out / f"{stem}.pdf"), ("docx", out / f"{stem}.docx")):
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
                [stem]
                + [f"{k} {row[k]['found']}/{row['facts']}, {row[k]['garbage']} garbage" for k in totals]
            )
        )
    print(
        "all: " + "; ".join(f"{k} {f}/{n} gold facts, {g} garbage pairs" for k, (f, n, g) in totals.items())
    )
    if args.json:
        Path(args.json).write_text(json.dumps({"rows": rows, "totals": totals}, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
