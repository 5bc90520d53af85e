"""b62: a US combination resume in Word (career changers write them): a summary, "Relevant Skills"
as skill areas, each a bold heading over bullets that say where ("as a Teacher at ..."), then a terse
"Work History" of one line a job ("Title, Employer, City, ST | 2019–2023"), education, certificates
(python-docx)."""

from docx import Document
from docx.shared import Cm, Pt

doc = Document()
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2)
doc.styles["Normal"].font.name, doc.styles["Normal"].font.size = "Georgia", Pt(10.5)
n = doc.add_paragraph()
n.add_run("Marcus T. Bell").bold = True
n.runs[0].font.size = Pt(18)
doc.add_paragraph("Columbus, OH · (614) 555-0147 · marcus.bell@example.com")
doc.add_heading("Summary", level=2)
doc.add_paragraph("Former science teacher moving into instructional design, with 9 years of curriculum work.")
doc.add_heading("Relevant Skills", level=2)
for area, items in (
    (
        "Instructional Design",
        (
            "Designed 14 e-learning modules in Articulate 360 for the district's new hires",
            "Wrote the physics lab curriculum used by 6 high schools",
        ),
    ),
    ("Training Delivery", ("Led professional-development workshops for 120 teachers",)),
):
    doc.add_paragraph().add_run(area).bold = True
    for item in items:
        doc.add_paragraph(item, style="List Bullet")
doc.add_heading("Work History", level=2)
for line in (
    "Instructional Designer (contract), Nationwide Insurance, Columbus, OH | 2023–Present",
    "Physics Teacher, Columbus City Schools, Columbus, OH | 2015–2023",
    "Lab Technician, Battelle, Columbus, OH | 2013–2015",
):
    doc.add_paragraph(line)
doc.add_heading("Education", level=2)
doc.add_paragraph("M.Ed. in Curriculum and Instruction, The Ohio State University, 2018")
doc.add_paragraph("B.S. in Physics, Ohio University, 2013")
doc.add_heading("Certifications", level=2)
doc.add_paragraph("ATD Instructional Design Certificate, 2023")
doc.save("b62_combination_resume.docx")
