"""b6: a Word document as a Word user lays one out (python-docx): the name in the Title style, a contact
line, Heading 1 titles, each job's title and dates on one line with a right-aligned tab stop, the
employer and town in italics under it, List Bullet paragraphs."""

from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt

doc = Document()
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2)
doc.add_paragraph("Marisol Quispe Huamán", style="Title")
doc.add_paragraph("Lima, Perú | +51 987 654 321 | marisol.quispe@example.pe | linkedin.com/in/marisolquispe")


def row(left, right, italic=False, bold=True):
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run(left)
    r.bold, r.italic = bold and not italic, italic
    if right:
        p.add_run("\t" + right).italic = italic
    p.paragraph_format.space_after = Pt(0)


doc.add_heading("Professional Summary", level=1)
doc.add_paragraph(
    "Civil engineer with nine years in water infrastructure for municipal utilities in the Andes."
)
doc.add_heading("Experience", level=1)
row("Senior Hydraulic Engineer", "Apr 2020 – Present")
row("SEDAPAL (Servicio de Agua Potable y Alcantarillado de Lima), Lima", "", italic=True)
for b in (
    "Designed the 14 km Huachipa–Ate trunk main serving 300,000 residents",
    "Cut non-revenue water in two districts from 42% to 31% with pressure management",
    "Lead a team of 6 engineers and 2 draughtspeople",
):
    doc.add_paragraph(b, style="List Bullet")
row("Project Engineer", "Jan 2016 – Mar 2020")
row("Cosapi S.A., Lima", "", italic=True)
for b in ("Supervised construction of the Chavimochic III irrigation canal lining",):
    doc.add_paragraph(b, style="List Bullet")
row("Graduate Engineer", "Mar 2014 – Dec 2015")
row("Graña y Montero, Arequipa", "", italic=True)
doc.add_heading("Education", level=1)
row("MSc Water Resources Engineering", "2019")
row("Universidad Nacional de Ingeniería, Lima", "", italic=True)
row("Bachelor's in Civil Engineering", "2013")
row("Pontificia Universidad Católica del Perú", "", italic=True)
doc.add_heading("Certifications", level=1)
doc.add_paragraph("PMP, Project Management Institute, 2021", style="List Bullet")
doc.add_paragraph("Colegiatura CIP No. 182734, Colegio de Ingenieros del Perú, 2014", style="List Bullet")
doc.add_heading("Skills", level=1)
doc.add_paragraph("EPANET, WaterGEMS, AutoCAD Civil 3D, ArcGIS, HEC-RAS, Primavera P6")
doc.add_heading("Languages", level=1)
doc.add_paragraph("Spanish (native), Quechua (conversational), English (advanced, TOEFL 104)")
doc.save("b6_word_tabstops.docx")
