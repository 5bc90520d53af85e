"""b13: a Word résumé template laid out as a two-column table without borders: each section's title in
the narrow left cell, its content in the right cell (python-docx, as a Word user fills the template)."""

from docx import Document
from docx.shared import Cm, Pt

doc = Document()
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(1.8)
name = doc.add_paragraph()
run = name.add_run("Fatima Zahra Benali")
run.bold, run.font.size = True, Pt(22)
doc.add_paragraph("HR Business Partner · Montréal, QC · 514 555 0186 · fz.benali@example.ca")

table = doc.add_table(rows=0, cols=2)


def section(title, paragraphs):
    left, right = table.add_row().cells
    left.width, right.width = Cm(3.5), Cm(14)
    left.paragraphs[0].add_run(title.upper()).bold = True
    first = True
    for kind, text in paragraphs:
        p = right.paragraphs[0] if first else right.add_paragraph()
        first = False
        if kind == "head":
            p.add_run(text).bold = True
        elif kind == "meta":
            p.add_run(text).italic = True
        elif kind == "bullet":
            p.style = doc.styles["List Bullet"]
            p.add_run(text)
        else:
            p.add_run(text)


section("Profile", [("text", "HR partner for engineering and operations teams in bilingual workplaces.")])
section(
    "Experience",
    [
        ("head", "HR Business Partner, CAE Inc."),
        ("meta", "Montréal · May 2021 – Present"),
        ("bullet", "Partner for 1,400 employees in the simulation products division"),
        ("bullet", "Cut time-to-hire for engineers from 58 to 39 days"),
        ("head", "HR Advisor, OCP Group"),
        ("meta", "Casablanca · Feb 2017 – Apr 2021"),
        ("bullet", "Ran the graduate recruitment programme, 120 hires a year"),
        ("head", "HR Assistant, Marjane Holding"),
        ("meta", "Casablanca · Sep 2015 – Jan 2017"),
    ],
)
section(
    "Education",
    [
        ("head", "Master in Human Resources Management, HEC Montréal"),
        ("meta", "2020"),
        ("head", "Licence in Management, Université Hassan II de Casablanca"),
        ("meta", "2015"),
    ],
)
section("Certifications", [("text", "CRHA (Certified Human Resources Professional), Ordre des CRHA, 2022")])
section("Languages", [("text", "Arabic (native), French (native), English (fluent), Spanish (basic)")])
section("Skills", [("text", "Workday, talent acquisition, labour relations, HR analytics in Power BI")])
doc.save("b13_word_table_titles_left.docx")
