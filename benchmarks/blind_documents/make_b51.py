"""b51: a Gulf CV in Word as recruiters in Dubai ask for it: the name over a "Career Objective",
"Personal Details" as label rows (nationality, date of birth, visa status, driving licence, notice
period), key skills as a two-column bulleted table, jobs as "Company – City, Country" then the title
and "Month Year – Month Year" on the next line, then "Key responsibilities:" and bullets (python-docx)."""

from docx import Document
from docx.shared import Cm, Pt

doc = Document()
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2)
doc.styles["Normal"].font.name, doc.styles["Normal"].font.size = "Calibri", Pt(10.5)


def heading(text):
    p = doc.add_paragraph()
    p.add_run(text.upper()).bold = True
    p.paragraph_format.space_before = Pt(10)


n = doc.add_paragraph()
n.add_run("MOHAMMED FAISAL AL-RASHID").bold = True
n.runs[0].font.size = Pt(16)
doc.add_paragraph("HSE Manager | Mobile: +971 50 555 7731 | Email: m.alrashid@example.ae | Abu Dhabi, UAE")
heading("Career Objective")
doc.add_paragraph("To lead health, safety and environment programmes for a major EPC contractor in the UAE.")
heading("Personal Details")
for label, value in (
    ("Nationality", "Jordanian"),
    ("Date of Birth", "12 March 1986"),
    ("Visa Status", "Employment Visa (transferable)"),
    ("Driving Licence", "UAE Light Vehicle"),
    ("Notice Period", "One month"),
):
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(4))
    p.add_run(label).bold = True
    p.add_run("\t: " + value)
heading("Key Skills")
t = doc.add_table(rows=3, cols=2)
for r, pair in enumerate(
    (
        ("ISO 45001 audits", "Incident investigation"),
        ("Permit to work", "HAZOP studies"),
        ("Emergency response", "Contractor safety"),
    )
):
    for c, text in enumerate(pair):
        t.cell(r, c).text = "• " + text
heading("Professional Experience")
for company, title, dates, items in (
    (
        "ADNOC Offshore – Abu Dhabi, UAE",
        "HSE Manager",
        "June 2019 – Present",
        (
            "Lead a team of 14 HSE engineers across 3 offshore fields",
            "Achieved 5 million man-hours without a lost-time injury",
        ),
    ),
    (
        "Saudi Aramco – Dhahran, Saudi Arabia",
        "Senior Safety Engineer",
        "August 2013 – May 2019",
        ("Ran permit-to-work audits for 2 gas plants",),
    ),
):
    p = doc.add_paragraph()
    p.add_run(company).bold = True
    p.paragraph_format.space_before = Pt(6)
    doc.add_paragraph(f"{title}\n{dates}")
    doc.add_paragraph("Key responsibilities:")
    for item in items:
        doc.add_paragraph(item, style="List Bullet")
heading("Education")
doc.add_paragraph("B.Sc. in Chemical Engineering – Jordan University of Science and Technology, Irbid – 2008")
heading("Certifications")
doc.add_paragraph("NEBOSH International General Certificate – 2012")
doc.add_paragraph("IOSH Managing Safely – 2010")
heading("Languages")
doc.add_paragraph("Arabic (Native), English (Fluent)")
heading("Declaration")
doc.add_paragraph("I hereby declare that the information above is true to the best of my knowledge.")
doc.save("b51_gulf_word.docx")
