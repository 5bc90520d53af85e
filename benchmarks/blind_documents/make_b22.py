"""b22: an Indian-style CV as Word users in India fill it: "CURRICULUM VITAE" over the name, shaded
heading bars, "Organisation : ..." rows aligned at a tab, an education table (qualification, institute,
board or university, year, percentage or CGPA), personal details and a declaration (python-docx)."""

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

doc = Document()
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2)
style = doc.styles["Normal"]
style.font.name, style.font.size = "Calibri", Pt(11)


def para(text="", align=None, bold=False, size=None, underline=False, after=2):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    r = p.add_run(text)
    r.bold, r.underline = bold, underline
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(after)
    return p


def heading(text):
    p = para(text, bold=True, after=4)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), "D9D9D9")
    p._p.get_or_add_pPr().append(shd)


def field(label, value):
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(4.5))
    p.paragraph_format.space_after = Pt(0)
    p.add_run(label).bold = True
    p.add_run("\t: " + value)


def bullets(*items):
    for b in items:
        doc.add_paragraph(b, style="List Bullet").paragraph_format.space_after = Pt(0)


para("CURRICULUM VITAE", WD_ALIGN_PARAGRAPH.CENTER, bold=True, size=14, underline=True, after=8)
para("KARTHIK RAGHAVAN", bold=True, size=13, after=0)
para("Mobile: +91 98405 55217", after=0)
para("E-mail: karthik.raghavan@example.in", after=0)
para("Address: No. 14, 2nd Cross Street, Anna Nagar West, Chennai – 600040, Tamil Nadu", after=8)

heading("CAREER OBJECTIVE")
para(
    "To work in a challenging environment where I can use my knowledge of quality engineering "
    "for the growth of the organisation and myself.",
    after=8,
)

heading("PROFESSIONAL EXPERIENCE")
field("Organisation", "TVS Motor Company, Hosur")
field("Designation", "Quality Engineer")
field("Duration", "July 2021 to till date")
para("Roles & Responsibilities:", bold=True, after=0)
bullets(
    "Handling supplier quality for 35 machined parts of the engine assembly line",
    "Reduced line rejection from 2.1% to 0.8% through PFMEA reviews with suppliers",
)
para("", after=2)
field("Organisation", "Ashok Leyland Ltd., Ennore")
field("Designation", "Graduate Engineer Trainee")
field("Duration", "June 2019 to June 2021")
para("Roles & Responsibilities:", bold=True, after=0)
bullets("Prepared PPAP documents for the new gearbox housing", "Conducted 8D analysis for field failures")
para("", after=4)

heading("EDUCATIONAL QUALIFICATION")
rows = [
    ("Qualification", "Institution", "Board / University", "Year of Passing", "Percentage / CGPA"),
    (
        "B.E. (Mechanical Engineering)",
        "Sri Venkateswara College of Engineering, Sriperumbudur",
        "Anna University",
        "2019",
        "8.4 CGPA",
    ),
    ("HSC", "Velammal Matriculation Hr. Sec. School, Chennai", "State Board", "2015", "94.5%"),
    ("SSLC", "Velammal Matriculation Hr. Sec. School, Chennai", "State Board", "2013", "96%"),
]
table = doc.add_table(rows=len(rows), cols=5)
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, text in enumerate(row):
        cell = table.cell(i, j)
        cell.text = text
        if i == 0:
            cell.paragraphs[0].runs[0].bold = True
para("", after=4)

heading("TECHNICAL SKILLS")
bullets("CAD: SolidWorks, CATIA V5", "Quality tools: PFMEA, SPC, 8D, PPAP", "MS Office, Minitab")
para("", after=4)

heading("CERTIFICATIONS")
bullets("Six Sigma Green Belt – KPMG, 2022")
para("", after=4)

heading("ACHIEVEMENTS")
bullets("Captain of the college team that won first prize in the SAE BAJA 2018 endurance event")
para("", after=4)

heading("PERSONAL DETAILS")
field("Father's Name", "R. Raghavan")
field("Date of Birth", "12-08-1997")
field("Gender", "Male")
field("Nationality", "Indian")
field("Marital Status", "Single")
field("Languages Known", "English, Tamil, Hindi")
field("Hobbies", "Cricket, Carnatic music")
para("", after=4)

heading("DECLARATION")
para("I hereby declare that the above-mentioned information is true to the best of my knowledge and belief.")
para("", after=4)
para("Place: Chennai", after=0)
para("Date:\t\t\t\t\t\t\t\t(KARTHIK RAGHAVAN)")
doc.save("b22_indian_word.docx")
