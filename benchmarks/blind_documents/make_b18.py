"""b18: the "Harvard" Word template (a career office's): the name centred, a contact line, titles in
capitals over a rule, the employer in bold and its town at a right tab, then the title in italics and
the dates at the right tab, bullets (python-docx, as a student fills the template)."""

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt

doc = Document()
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.2)
style = doc.styles["Normal"]
style.font.name, style.font.size = "Times New Roman", Pt(11)


def para(text="", align=None, bold=False, size=None, after=0):
    p = doc.add_paragraph()
    if align:
        p.alignment = align
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(after)
    return p


def row(left, right, italic=False, bold=False):
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)
    p.paragraph_format.space_after = Pt(0)
    r = p.add_run(left)
    r.bold, r.italic = bold, italic
    p.add_run("\t" + right)


para("Grace Adeyemi-Okafor", WD_ALIGN_PARAGRAPH.CENTER, bold=True, size=16)
para(
    "24 Quincy Street, Cambridge, MA 02138 • grace.adeyemi@example.edu • (617) 555-0143",
    WD_ALIGN_PARAGRAPH.CENTER,
    after=8,
)
para("EDUCATION", bold=True)
row("Harvard University", "Cambridge, MA", bold=True)
row("Master in Public Policy", "May 2024", italic=True)
for b in ("Concentration in health policy; thesis on vaccine cold chains in West Africa",):
    doc.add_paragraph(b, style="List Bullet")
row("University of Lagos", "Lagos, Nigeria", bold=True)
row("B.Sc. in Pharmacy, First Class Honours", "July 2017", italic=True)
para("", after=4)
para("EXPERIENCE", bold=True)
row("World Health Organization", "Geneva, Switzerland", bold=True)
row("Policy Consultant, Immunization Department", "June 2024 – Present", italic=True)
for b in (
    "Model vaccine wastage for 22 countries in the Gavi programme",
    "Wrote the cold-chain section of the 2025 immunization agenda brief",
):
    doc.add_paragraph(b, style="List Bullet")
row("Nigeria Centre for Disease Control", "Abuja, Nigeria", bold=True)
row("Pharmacist, Vaccine Logistics Unit", "September 2018 – July 2022", italic=True)
for b in ("Tracked 40 million vaccine doses through 36 state cold stores",):
    doc.add_paragraph(b, style="List Bullet")
para("", after=4)
para("LEADERSHIP & ACTIVITIES", bold=True)
row("Harvard Kennedy School African Caucus", "Cambridge, MA", bold=True)
row("Co-President", "September 2022 – May 2023", italic=True)
para("", after=4)
para("SKILLS & INTERESTS", bold=True)
para("Technical: Stata, R, Tableau, DHIS2")
para("Language: English (native), Yoruba (native), French (intermediate)")
para("Interests: Afrobeat drumming, long-distance running")
doc.save("b18_harvard_word.docx")
