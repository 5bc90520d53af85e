"""b47: a Word CV set in two newspaper columns (Layout > Columns > Two): the name and contact line
across the page, then a continuous section break, and the rest flowing down the left column and on
into the right one, as a single story (python-docx; the columns set in the section's w:cols)."""

from docx import Document
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

doc = Document()
doc.sections[0].left_margin = doc.sections[0].right_margin = Cm(1.8)
doc.styles["Normal"].font.name, doc.styles["Normal"].font.size = "Calibri", Pt(10)
name = doc.add_paragraph()
name.add_run("Eilidh MacLeod").bold = True
name.runs[0].font.size = Pt(20)
doc.add_paragraph("Inverness, Scotland  |  07700 900 318  |  eilidh.macleod@example.scot")
body = doc.add_section(WD_SECTION.CONTINUOUS)
body.left_margin = body.right_margin = Cm(1.8)
cols = OxmlElement("w:cols")
cols.set(qn("w:num"), "2")
cols.set(qn("w:space"), "567")
body._sectPr.append(cols)


def heading(text):
    doc.add_heading(text, level=2)


def job(title, org, when, *bullets):
    p = doc.add_paragraph()
    p.add_run(title).bold = True
    doc.add_paragraph(f"{org}, {when}").runs[0].italic = True
    for b in bullets:
        doc.add_paragraph(b, style="List Bullet")


heading("Profile")
doc.add_paragraph(
    "Environmental scientist with nine years of river and peatland monitoring across the Highlands, "
    "now leading a restoration programme."
)
heading("Experience")
job(
    "Senior Environmental Scientist",
    "NatureScot, Inverness",
    "2020 – present",
    "Lead the Flow Country peatland restoration monitoring across 2,400 hectares",
    "Manage a team of 6 field scientists",
)
job(
    "Environmental Scientist",
    "SEPA (Scottish Environment Protection Agency), Dingwall",
    "2016 – 2020",
    "Sampled 80 river sites a year for the water framework directive",
)
job(
    "Graduate Ecologist",
    "Highland Council, Inverness",
    "2015 – 2016",
    "Surveyed otters on 30 km of the River Ness",
)
heading("Education")
doc.add_paragraph("MSc Environmental Management, University of Stirling, 2015")
doc.add_paragraph("BSc (Hons) Geography, University of Aberdeen, 2014")
heading("Certifications")
doc.add_paragraph("Chartered Environmentalist (CEnv), Society for the Environment, 2021")
doc.add_paragraph("Drone pilot: CAA A2 CofC, 2019")
heading("Skills")
doc.add_paragraph("ArcGIS Pro, R, QGIS, drone survey, GPS data loggers")
heading("Languages")
doc.add_paragraph("English (native), Scottish Gaelic (fluent)")
heading("Interests")
doc.add_paragraph("Hill running, Gaelic choir")
doc.save("b47_word_newspaper_columns.docx")
