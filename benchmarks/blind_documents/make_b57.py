"""b57: a Japanese career history (shokumu keirekisho) in English, as written for a job change in
Japan: "Career History" dated at the top right, a career summary, then each company with its
profile in brackets (business, employees, capital) and a Period | Duties table of the postings held
there, then skills and qualifications (python-docx)."""

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

doc = Document()
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2)
doc.styles["Normal"].font.name, doc.styles["Normal"].font.size = "Meiryo", Pt(10)
t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
t.add_run("Career History").bold = True
t.runs[0].font.size = Pt(16)
d = doc.add_paragraph("As of March 15, 2026")
d.alignment = WD_ALIGN_PARAGRAPH.RIGHT
n = doc.add_paragraph("Name: Yuki Tanabe")
n.alignment = WD_ALIGN_PARAGRAPH.RIGHT
doc.add_paragraph("yuki.tanabe@example.jp / 080-5555-6621 / Yokohama, Kanagawa")
doc.add_heading("Career Summary", level=2)
doc.add_paragraph(
    "Supply chain planner with 10 years at two automotive parts makers; led the S&OP process for "
    "three plants and the move to SAP IBP."
)
doc.add_heading("Work History", level=2)
for company, profile, rows in (
    (
        "Denso Corporation (April 2019 – Present)",
        "[Business: automotive components / Employees: 160,000 / Capital: ¥187 billion]",
        (
            (
                "Apr 2022 – Present",
                "Supply Chain Planning Manager, Global SCM Division\n"
                "• Led the S&OP process for 3 plants\n• Cut finished-goods inventory by 18%",
            ),
            (
                "Apr 2019 – Mar 2022",
                "Demand Planner, Thermal Systems\n• Built the demand forecast in SAP IBP",
            ),
        ),
    ),
    (
        "Aisin Corporation (April 2016 – March 2019)",
        "[Business: drivetrain parts / Employees: 116,000]",
        (("Apr 2016 – Mar 2019", "Production Control Staff, Anjo Plant\n• Scheduled 2 assembly lines"),),
    ),
):
    p = doc.add_paragraph()
    p.add_run(company).bold = True
    doc.add_paragraph(profile)
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Period", "Duties"
    for when, what in rows:
        cells = table.add_row().cells
        cells[0].text = when
        cells[1].text = what
    doc.add_paragraph()
doc.add_heading("Education", level=2)
doc.add_paragraph(
    "March 2016  Graduated from Nagoya University, School of Engineering (B.Eng. in Industrial Engineering)"
)
doc.add_heading("Qualifications", level=2)
doc.add_paragraph("APICS CPIM (2021), TOEIC 860 (2020)")
doc.add_heading("Skills", level=2)
doc.add_paragraph("SAP IBP, SAP PP, Python, Excel VBA")
doc.save("b57_shokumu_keirekisho.docx")
