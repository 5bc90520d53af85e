"""b32: a Nigerian CV as it is commonly written in Word: "PERSONAL DATA" as labelled lines (state of
origin, LGA), "EDUCATIONAL INSTITUTIONS ATTENDED WITH DATES", "WORKING EXPERIENCE" with the employer
first, "HOBBIES", and three REFEREES with their titles, employers and phone numbers (python-docx)."""

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

doc = Document()
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.2)
style = doc.styles["Normal"]
style.font.name, style.font.size = "Times New Roman", Pt(12)


def para(text="", bold=False, align=None, after=2, underline=False):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    r = p.add_run(text)
    r.bold, r.underline = bold, underline
    p.paragraph_format.space_after = Pt(after)
    return p


para("CURRICULUM VITAE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, underline=True, after=10)
para("PERSONAL DATA", bold=True, after=4)
for line in (
    "Name:\t\t\tChukwuemeka Obinna Eze",
    "Date of Birth:\t\t14th March, 1992",
    "State of Origin:\t\tEnugu State",
    "L.G.A:\t\t\tNsukka",
    "Address:\t\t15 Adeola Odeku Street, Victoria Island, Lagos",
    "Phone:\t\t\t0803 555 0192",
    "E-mail:\t\t\tchukwuemeka.eze@example.ng",
):
    para(line, after=0)
para("", after=6)
para("EDUCATIONAL INSTITUTIONS ATTENDED WITH DATES", bold=True, after=4)
para("University of Nigeria, Nsukka\t\t\t2009 – 2014", after=0)
para("Federal Government College, Enugu\t\t2003 – 2009", after=6)
para("EDUCATIONAL QUALIFICATIONS OBTAINED WITH DATES", bold=True, after=4)
para("B.Sc. Accountancy (Second Class Upper)\t\t2014", after=0)
para("Senior School Certificate Examination (SSCE)\t2009", after=0)
para("Associate Chartered Accountant (ACA), ICAN\t2017", after=6)
para("WORKING EXPERIENCE", bold=True, after=4)
para("Dangote Cement Plc, Lagos\t\t\t\tJan. 2019 – Date", bold=True, after=0)
para("Position: Senior Accountant", after=0)
para("Duties:", after=0)
for b in (
    "Prepare monthly management accounts for 3 plants",
    "Reconcile intercompany balances across 10 African subsidiaries",
):
    doc.add_paragraph(b, style="List Bullet").paragraph_format.space_after = Pt(0)
para("", after=2)
para("KPMG Nigeria, Lagos\t\t\t\t\tSept. 2014 – Dec. 2018", bold=True, after=0)
para("Position: Audit Associate", after=0)
para("Duties:", after=0)
doc.add_paragraph("Audited banks and insurance companies", style="List Bullet")
para("", after=4)
para("HOBBIES", bold=True, after=4)
para("Reading, football and travelling", after=6)
para("REFEREES", bold=True, after=4)
for ref in (
    (
        "Prof. Ngozi Okafor",
        "Head of Department, Accountancy",
        "University of Nigeria, Nsukka",
        "0805 555 0110",
    ),
    ("Mr. Tunde Bakare", "Finance Director", "Lafarge Africa Plc, Lagos", "0802 555 0133"),
    ("Mrs. Amaka Nwosu", "Partner", "Deloitte Nigeria, Lagos", "0809 555 0177"),
):
    for line in ref:
        para(line, after=0)
    para("", after=4)
doc.save("b32_nigerian_word.docx")
