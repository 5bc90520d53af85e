"""b45: an English CV as many Chinese graduates write it in Word: "RESUME" over a basic-information
table of label | value | label | value rows (name, gender, date of birth, political status, phone,
email, hometown), then education and work as tables with Period | School/Company | Major/Position
columns, "Honors" with dates, and a self-evaluation paragraph (python-docx)."""

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

doc = Document()
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2)
doc.styles["Normal"].font.name, doc.styles["Normal"].font.size = "Calibri", Pt(10.5)

title = doc.add_paragraph()
title.alignment = WD_ALIGN_PARAGRAPH.CENTER
title.add_run("RESUME").bold = True
title.runs[0].font.size = Pt(18)


def heading(text):
    p = doc.add_paragraph()
    p.add_run(text).bold = True
    p.runs[0].font.size = Pt(12)
    p.paragraph_format.space_before = Pt(10)


def table(rows, header=None, bold_cols=()):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    for r in ([header] if header else []) + rows:
        cells = t.add_row().cells
        for i, text in enumerate(r):
            cells[i].text = text
            if (header and r is header) or i in bold_cols:
                for run in cells[i].paragraphs[0].runs:
                    run.bold = True


heading("Basic Information")
table(
    [
        ["Name", "Zhou Minghui", "Gender", "Female"],
        ["Date of Birth", "1997.11", "Political Status", "CPC Member"],
        ["Phone", "+86 139 5555 0427", "E-mail", "zhou.minghui@example.cn"],
        ["Hometown", "Suzhou, Jiangsu", "Current City", "Shanghai"],
    ],
    bold_cols=(0, 2),
)
heading("Education")
table(
    [
        ["2019.09 - 2022.06", "Fudan University", "Master of Economics (Finance)"],
        ["2015.09 - 2019.06", "Nanjing University", "Bachelor of Management (Accounting)"],
    ],
    header=["Period", "School", "Degree (Major)"],
)
doc.add_paragraph("GPA: 3.8/4.0 (master's); Courses: Econometrics, Corporate Finance, Asset Pricing")
heading("Work Experience")
table(
    [
        ["2022.07 - Present", "China International Capital Corporation (CICC)", "Investment Banking Analyst"],
        ["2021.06 - 2021.09", "Deloitte China", "Audit Intern"],
    ],
    header=["Period", "Company", "Position"],
)
for item in (
    "At CICC: built the valuation models for 6 IPOs on the STAR Market.",
    "At Deloitte: tested revenue controls for 3 manufacturing clients.",
):
    doc.add_paragraph(item, style="List Bullet")
heading("Honors")
for item in (
    "2021.10  National Scholarship for Graduate Students",
    "2018.05  First Prize, Jiangsu Accounting Skills Contest",
):
    doc.add_paragraph(item)
heading("Skills and Certificates")
doc.add_paragraph("CPA (China), passed all 6 exams in 2021; CFA Level II Candidate")
doc.add_paragraph("Languages: Mandarin (native), English (CET-6, IELTS 7.5)")
doc.add_paragraph("Software: Excel, Wind, Python, Stata")
heading("Self-Evaluation")
doc.add_paragraph(
    "Diligent and detail-oriented, with strong financial modelling skills and a solid accounting background."
)
doc.save("b45_chinese_word_tables.docx")
