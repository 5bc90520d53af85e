"""b28: a UK CV in Word as careers advisers teach it: a personal profile, "Key Skills" as a borderless
table of three columns of bullets, "Career History" with the employer and town in bold and the dates
at a right tab, the job title in italics, a "Key achievements:" label over bullets, and a degree with
its classification ("BSc (Hons) ..., 2:1") (python-docx)."""

from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt

doc = Document()
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2)
style = doc.styles["Normal"]
style.font.name, style.font.size = "Arial", Pt(10)


def para(text="", bold=False, italic=False, size=None, after=2):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(after)
    return p


def row(left, right, bold=False, italic=False):
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
    p.paragraph_format.space_after = Pt(0)
    r = p.add_run(left)
    r.bold, r.italic = bold, italic
    p.add_run("\t" + right)


def bullets(*items):
    for b in items:
        doc.add_paragraph(b, style="List Bullet").paragraph_format.space_after = Pt(0)


para("Rhys Pritchard", bold=True, size=18, after=0)
para("Cardiff  •  07700 900812  •  rhys.pritchard@example.co.uk", after=8)
para("PERSONAL PROFILE", bold=True, size=11)
para(
    "A logistics manager with ten years in grocery distribution, used to running large sites through "
    "peak trading and to leading teams of a hundred people or more.",
    after=6,
)
para("KEY SKILLS", bold=True, size=11)
table = doc.add_table(rows=2, cols=3)
skills = [
    ["Warehouse management systems", "Health and safety (IOSH)", "Budget control"],
    ["Team leadership", "Lean and 5S", "Stakeholder management"],
]
for i, row_ in enumerate(skills):
    for j, text in enumerate(row_):
        table.cell(i, j).paragraphs[0].text = text
        table.cell(i, j).paragraphs[0].style = doc.styles["List Bullet"]
para("", after=4)
para("CAREER HISTORY", bold=True, size=11)
row("Tesco Distribution, Magor", "March 2019 – Present", bold=True)
para("Site Operations Manager", italic=True, after=0)
para("Key achievements:", after=0)
bullets(
    "Run a 600,000 sq ft chilled depot serving 180 stores with 420 colleagues",
    "Raised pick accuracy to 99.7% by rolling out voice picking",
)
row("Wincanton, Avonmouth", "June 2014 – February 2019", bold=True)
para("Shift Manager", italic=True, after=0)
bullets("Led night shifts of 85 warehouse operatives")
para("", after=4)
para("EDUCATION & QUALIFICATIONS", bold=True, size=11)
row("University of Leeds", "2011 – 2014", bold=True)
para("BSc (Hons) Business Management, 2:1", after=0)
para("CILT Diploma in Logistics and Transport, 2017", after=0)
para("", after=4)
para("INTERESTS", bold=True, size=11)
para("Rugby union (club coach), hill walking", after=4)
para("References available on request.", after=0)
doc.save("b28_uk_skills_table.docx")
