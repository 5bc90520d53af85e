"""b31: a resume from one of Word's own templates, whose parts are content controls (w:sdt): the
name, the contact line and each section's text sit inside structured document tags, as Office's
templates ship them and as they stay once filled in (python-docx, the tags added as XML)."""

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

doc = Document()
style = doc.styles["Normal"]
style.font.name, style.font.size = "Calibri", Pt(11)


def control(paragraphs, tag):
    """Wrap these paragraphs in one block content control, as a template's placeholder is."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), tag)
    pr.append(alias)
    content = OxmlElement("w:sdtContent")
    sdt.append(pr)
    sdt.append(content)
    paragraphs[0]._p.addprevious(sdt)
    for p in paragraphs:
        content.append(p._p)


name = doc.add_paragraph("Priscila Andrade Moura", style="Title")
contact = doc.add_paragraph("Lisbon, Portugal · +351 912 555 014 · priscila.moura@example.pt")
control([name], "Your name")
control([contact], "Contact info")

doc.add_heading("Objective", level=1)
obj = doc.add_paragraph("Product designer looking to lead design for a health product used every day.")
control([obj], "Objective")

doc.add_heading("Experience", level=1)
job1 = [
    doc.add_paragraph("Senior Product Designer · Feedzai", style="Heading 2"),
    doc.add_paragraph("May 2021 – Present"),
    doc.add_paragraph(
        "Redesigned the fraud analyst console used by 1,200 analysts at 40 banks", style="List Bullet"
    ),
    doc.add_paragraph("Built the company's first design system, now in 6 products", style="List Bullet"),
]
control(job1, "Job")
job2 = [
    doc.add_paragraph("Product Designer · OutSystems", style="Heading 2"),
    doc.add_paragraph("September 2017 – April 2021"),
    doc.add_paragraph("Designed the low-code IDE's data modelling screens", style="List Bullet"),
]
control(job2, "Job")

doc.add_heading("Education", level=1)
edu = [
    doc.add_paragraph("MA in Interaction Design · Universidade de Lisboa", style="Heading 2"),
    doc.add_paragraph("2015 – 2017"),
    doc.add_paragraph("BA in Communication Design · Universidade do Porto", style="Heading 2"),
    doc.add_paragraph("2011 – 2015"),
]
control(edu, "Education")

doc.add_heading("Skills", level=1)
skills = [
    doc.add_paragraph(s, style="List Bullet")
    for s in ("Figma", "User research", "Design systems", "Prototyping")
]
control(skills, "Skills")

doc.add_heading("Languages", level=1)
langs = [doc.add_paragraph("Portuguese (native), English (fluent), Spanish (intermediate)")]
control(langs, "Languages")
doc.save("b31_word_content_controls.docx")
