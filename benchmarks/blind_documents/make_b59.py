"""b59: an Indian graduate's first resume in Word ("fresher"): a career objective, an academic table
(Course | Institution | Board/University | Year | CGPA/%), an internship, academic projects as
"Title:", "Technology:", "Description:" lines, technical skills, strengths, a personal profile with
"Languages Known", and a declaration with place and date (python-docx)."""

from docx import Document
from docx.shared import Cm, Pt

doc = Document()
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2)
doc.styles["Normal"].font.name, doc.styles["Normal"].font.size = "Times New Roman", Pt(11)


def heading(text):
    p = doc.add_paragraph()
    p.add_run(text).bold = True
    p.paragraph_format.space_before = Pt(8)


n = doc.add_paragraph()
n.add_run("ANANYA IYER").bold = True
n.runs[0].font.size = Pt(16)
doc.add_paragraph("Email: ananya.iyer@example.in | Mobile: +91 98405 55172 | Chennai, Tamil Nadu")
heading("CAREER OBJECTIVE")
doc.add_paragraph(
    "To begin my career as a software engineer in a company where I can apply my skills in machine learning."
)
heading("ACADEMIC QUALIFICATIONS")
t = doc.add_table(rows=1, cols=5)
t.style = "Table Grid"
for i, h in enumerate(("Course", "Institution", "Board/University", "Year", "CGPA/%")):
    t.rows[0].cells[i].text = h
for row in (
    ("B.Tech (Information Technology)", "SSN College of Engineering", "Anna University", "2025", "8.9 CGPA"),
    ("Class XII", "DAV Boys Senior Secondary School", "CBSE", "2021", "94.6%"),
):
    cells = t.add_row().cells
    for i, v in enumerate(row):
        cells[i].text = v
heading("INTERNSHIP")
doc.add_paragraph("Machine Learning Intern, Zoho Corporation, Chennai (May 2024 – July 2024)")
doc.add_paragraph("Built a ticket-classification model for 12 support queues.", style="List Bullet")
heading("ACADEMIC PROJECTS")
for title, tech, desc in (
    (
        "Crop Disease Detection",
        "Python, TensorFlow, Flask",
        "Classifies leaf images into 38 disease classes.",
    ),
    ("Smart Attendance System", "OpenCV, SQLite", "Marks attendance from a classroom camera."),
):
    doc.add_paragraph(f"Title: {title}")
    doc.add_paragraph(f"Technology: {tech}")
    doc.add_paragraph(f"Description: {desc}")
heading("TECHNICAL SKILLS")
doc.add_paragraph("Languages: Python, Java, C")
doc.add_paragraph("Tools: TensorFlow, scikit-learn, Git, MySQL")
heading("STRENGTHS")
doc.add_paragraph("Quick learner, team player, good communication")
heading("PERSONAL PROFILE")
for label, value in (
    ("Father's Name", "R. Iyer"),
    ("Date of Birth", "12-03-2003"),
    ("Languages Known", "English, Tamil, Hindi"),
):
    doc.add_paragraph(f"{label}\t: {value}")
heading("DECLARATION")
doc.add_paragraph("I hereby declare that the above information is true to the best of my knowledge.")
doc.add_paragraph("Place: Chennai\t\t\t\t\tDate:\t\t\t\t\t(ANANYA IYER)")
doc.save("b59_indian_fresher.docx")
