"""b53: an IT contractor's Word CV, as UK agencies like them: a "Technical Skills" matrix table (Skill |
Years | Level), a profile, a "Key Projects" table (Client | Project | Role | Dates), and an employment
history where each contract is "Client (via Agency)" with dates at a right tab (python-docx)."""

from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt

doc = Document()
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2)
doc.styles["Normal"].font.name, doc.styles["Normal"].font.size = "Arial", Pt(10)
n = doc.add_paragraph()
n.add_run("Gareth Llewellyn").bold = True
n.runs[0].font.size = Pt(16)
doc.add_paragraph("Cardiff, Wales | 07700 900 562 | gareth.llewellyn@example.co.uk | SC cleared")
doc.add_heading("Profile", level=1)
doc.add_paragraph("Contract data engineer, eleven years in financial services and the public sector.")
doc.add_heading("Technical Skills", level=1)
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for i, h in enumerate(("Skill", "Years", "Level")):
    t.rows[0].cells[i].text = h
for row in (
    ("Python", "9", "Expert"),
    ("Apache Spark", "6", "Expert"),
    ("Azure Data Factory", "4", "Advanced"),
    ("dbt", "3", "Advanced"),
):
    cells = t.add_row().cells
    for i, v in enumerate(row):
        cells[i].text = v
doc.add_heading("Key Projects", level=1)
p = doc.add_table(rows=1, cols=4)
p.style = "Table Grid"
for i, h in enumerate(("Client", "Project", "Role", "Dates")):
    p.rows[0].cells[i].text = h
for row in (
    ("HMRC", "Tax data lakehouse", "Lead Data Engineer", "2023 – 2025"),
    ("Admiral Group", "Claims fraud pipeline", "Senior Data Engineer", "2020 – 2023"),
):
    cells = p.add_row().cells
    for i, v in enumerate(row):
        cells[i].text = v
doc.add_heading("Employment History", level=1)
for who, when, title, items in (
    (
        "HMRC (via Hays)",
        "Mar 2023 – Jan 2025",
        "Lead Data Engineer (contract)",
        ("Moved 40 TB of VAT records to Delta Lake",),
    ),
    (
        "Admiral Group",
        "Jun 2020 – Feb 2023",
        "Senior Data Engineer",
        ("Built the claims-fraud feature store",),
    ),
    (
        "Principality Building Society",
        "Sep 2014 – May 2020",
        "Data Engineer",
        ("Automated regulatory returns to the PRA",),
    ),
):
    para = doc.add_paragraph()
    para.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
    para.add_run(who).bold = True
    para.add_run("\t" + when)
    doc.add_paragraph(title).runs[0].italic = True
    for item in items:
        doc.add_paragraph(item, style="List Bullet")
doc.add_heading("Education", level=1)
doc.add_paragraph("BSc (Hons) Mathematics, Swansea University, 2013")
doc.add_heading("Certifications", level=1)
doc.add_paragraph("Microsoft Certified: Azure Data Engineer Associate (2022)")
doc.save("b53_contractor_skills_matrix.docx")
