"""b39: an academic CV in Word as a lecturer keeps it: appointments and education as "dates<TAB>what"
rows, grants with their funder and amount, a numbered list of publications, teaching and
memberships (python-docx)."""

from docx import Document
from docx.shared import Cm, Pt

doc = Document()
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.3)
style = doc.styles["Normal"]
style.font.name, style.font.size = "Cambria", Pt(11)


def rows(*items):
    for when, what in items:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3))
        p.paragraph_format.left_indent, p.paragraph_format.first_line_indent = Cm(3), Cm(-3)
        p.paragraph_format.space_after = Pt(2)
        p.add_run(when + "\t")
        p.add_run(what)


title = doc.add_paragraph()
title.add_run("Ama Owusu-Ansah, PhD").bold = True
title.runs[0].font.size = Pt(18)
doc.add_paragraph("Senior Lecturer in Epidemiology, School of Public Health, University of Ghana, Legon")
doc.add_paragraph("ama.owusu-ansah@example.edu.gh  |  +233 24 555 0190  |  ORCID 0000-0002-5555-0190")

doc.add_heading("Academic Appointments", level=1)
rows(
    ("2021–present", "Senior Lecturer in Epidemiology, University of Ghana, Legon"),
    ("2016–2021", "Lecturer in Epidemiology, University of Ghana, Legon"),
    ("2014–2016", "Postdoctoral Fellow, London School of Hygiene & Tropical Medicine, London"),
)
doc.add_heading("Education", level=1)
rows(
    ("2010–2014", "PhD in Epidemiology, London School of Hygiene & Tropical Medicine"),
    ("2008–2009", "MPH, University of Ghana"),
    ("2003–2007", "BSc in Biochemistry, Kwame Nkrumah University of Science and Technology"),
)
doc.add_heading("Grants", level=1)
rows(
    ("2022–2026", "Wellcome Trust Career Development Award, £1.2 million (principal investigator)"),
    ("2018–2020", "African Academy of Sciences Grand Challenges Africa, $100,000 (co-investigator)"),
)
doc.add_heading("Selected Publications", level=1)
for ref in (
    "Owusu-Ansah A, Mensah K, Smith J. Malaria incidence after bed-net redistribution in the Volta "
    "Region: a cohort study. Lancet Glob Health. 2023;11(4):e512-20.",
    "Owusu-Ansah A, Boateng E. Hypertension screening in Accra markets. BMC Public Health. 2020;20:1187.",
):
    doc.add_paragraph(ref, style="List Number")
doc.add_heading("Teaching", level=1)
doc.add_paragraph("Introduction to Epidemiology (MPH core module, 90 students a year); Survival Analysis")
doc.add_heading("Professional Memberships", level=1)
doc.add_paragraph("Fellow, Ghana College of Physicians and Surgeons (public health), 2019")
doc.add_paragraph("Member, International Epidemiological Association")
doc.save("b39_academic_word.docx")
