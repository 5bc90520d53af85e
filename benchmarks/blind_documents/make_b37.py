"""b37: a two-column Word CV whose sidebar is a text box (a floating shape anchored at the top of the
page, as many downloadable Word CV templates draw it): contact, skills and languages inside the box,
the work history in the body beside it (python-docx; the box written as VML, which Word and
LibreOffice both render)."""

from docx import Document
from docx.oxml import parse_xml
from docx.shared import Cm, Pt

V = "urn:schemas-microsoft-com:vml"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

doc = Document()
section = doc.sections[0]
section.left_margin, section.right_margin = Cm(7.5), Cm(1.8)
style = doc.styles["Normal"]
style.font.name, style.font.size = "Arial", Pt(10)

box_lines = [
    ("CONTACT", True),
    ("Wellington, New Zealand", False),
    ("021 555 0183", False),
    ("hemi.walker@example.co.nz", False),
    ("", False),
    ("SKILLS", True),
    ("Civil 3D", False),
    ("12d Model", False),
    ("Stormwater design", False),
    ("Contract administration", False),
    ("", False),
    ("LANGUAGES", True),
    ("English (native)", False),
    ("Te Reo Māori (conversational)", False),
]
paras = "".join(
    f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if bold else ""}<w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
    for text, bold in box_lines
)
anchor = parse_xml(
    f'<w:p xmlns:w="{W}" xmlns:v="{V}"><w:r><w:pict>'
    '<v:shape id="sidebar" type="#_x0000_t202" style="position:absolute;margin-left:-185pt;margin-top:0pt;'
    'width:165pt;height:640pt;z-index:1;mso-position-horizontal-relative:text;mso-position-vertical-relative:text" '
    'fillcolor="#e8eef3" stroked="f"><v:textbox>'
    f"<w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
)
doc.element.body.insert(0, anchor)

name = doc.add_paragraph()
r = name.add_run("Hemi Walker")
r.bold, r.font.size = True, Pt(22)
doc.add_paragraph("Civil Engineer (Three Waters)").runs[0].font.size = Pt(13)
doc.add_heading("Work Experience", level=1)
for title, org, dates, bullets in (
    (
        "Senior Civil Engineer",
        "Beca, Wellington",
        "Feb 2020 – Present",
        ["Design stormwater upgrades for 6 suburbs of Lower Hutt", "Lead a team of 4 graduate engineers"],
    ),
    (
        "Civil Engineer",
        "Stantec, Christchurch",
        "Jan 2016 – Jan 2020",
        ["Designed the wastewater network for a 900-home subdivision"],
    ),
):
    p = doc.add_paragraph()
    p.add_run(title).bold = True
    doc.add_paragraph(f"{org} | {dates}")
    for b in bullets:
        doc.add_paragraph(b, style="List Bullet")
doc.add_heading("Education", level=1)
doc.add_paragraph("Bachelor of Engineering (Honours) in Civil Engineering").runs[0].bold = True
doc.add_paragraph("University of Canterbury | 2011 – 2015")
doc.add_heading("Registration", level=1)
doc.add_paragraph("Chartered Professional Engineer (CPEng), Engineering New Zealand, 2021")
doc.save("b37_word_text_box.docx")
