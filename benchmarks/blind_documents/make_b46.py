"""b46: a South African CV in Word: "CURRICULUM VITAE", personal details with an ID number, driver's
licence, health and languages (Afrikaans, English, isiZulu), a career summary table, then each job
with "Company:", "Position:", "Period:", "Duties:" bullets and "Reason for leaving:", matric and
tertiary qualifications, references (python-docx)."""

from docx import Document
from docx.shared import Cm, Pt

doc = Document()
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.2)
doc.styles["Normal"].font.name, doc.styles["Normal"].font.size = "Arial", Pt(10)


def heading(text):
    p = doc.add_paragraph()
    p.add_run(text).bold = True
    p.runs[0].font.size = Pt(12)
    p.paragraph_format.space_before = Pt(10)


def field(label, value):
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(4.5))
    p.add_run(label).bold = True
    p.add_run("\t" + value)
    p.paragraph_format.space_after = Pt(0)


t = doc.add_paragraph()
t.add_run("CURRICULUM VITAE").bold = True
t.runs[0].font.size = Pt(16)
t2 = doc.add_paragraph()
t2.add_run("Sipho Mthembu").bold = True
t2.runs[0].font.size = Pt(14)
heading("PERSONAL DETAILS")
for label, value in (
    ("Surname:", "Mthembu"),
    ("First names:", "Sipho Bongani"),
    ("ID number:", "9204155555088"),
    ("Driver's licence:", "Code 08 (EB)"),
    ("Health:", "Excellent"),
    ("Languages:", "English, isiZulu, Afrikaans"),
    ("Address:", "14 Jacaranda Street, Morningside, Durban, 4001"),
    ("Cell:", "082 555 3149"),
    ("E-mail:", "sipho.mthembu@example.co.za"),
):
    field(label, value)
heading("CAREER SUMMARY")
cs = doc.add_table(rows=0, cols=3)
cs.style = "Table Grid"
for row in (
    ("Transnet Port Terminals", "Operations Supervisor", "Mar 2019 – Present"),
    ("Imperial Logistics", "Shift Controller", "Jan 2015 – Feb 2019"),
):
    cells = cs.add_row().cells
    for i, text in enumerate(row):
        cells[i].text = text
heading("EMPLOYMENT HISTORY")
for company, position, period, duties, reason in (
    (
        "Transnet Port Terminals",
        "Operations Supervisor",
        "March 2019 – Present",
        ("Supervise a team of 45 crane and straddle-carrier operators", "Plan vessel berthing schedules"),
        "",
    ),
    (
        "Imperial Logistics",
        "Shift Controller",
        "January 2015 – February 2019",
        ("Controlled night-shift dispatch for 120 trucks",),
        "Career advancement",
    ),
):
    field("Company:", company)
    field("Position:", position)
    field("Period:", period)
    p = doc.add_paragraph()
    p.add_run("Duties:").bold = True
    for d in duties:
        doc.add_paragraph(d, style="List Bullet")
    if reason:
        field("Reason for leaving:", reason)
    doc.add_paragraph()
heading("EDUCATION")
field("Matric:", "Durban High School, 2010")
field("Tertiary:", "National Diploma: Logistics, Durban University of Technology, 2014")
field("Short courses:", "Lean Six Sigma Yellow Belt, 2020")
heading("REFERENCES")
doc.add_paragraph("Mr T. Naidoo, Terminal Manager, Transnet Port Terminals, 031 555 0178")
doc.add_paragraph("Ms L. van Wyk, Operations Manager, Imperial Logistics, 011 555 0923")
doc.save("b46_south_african_word.docx")
