"""b25: a two-page Word CV with a running header and footer on every page, as Word users set them:
"Helena Korhonen – Curriculum Vitae" in the header, "Page X of Y" fields in the footer, so that both
are printed again where page 2 begins, in the middle of a section (python-docx)."""

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

doc = Document()
section = doc.sections[0]
section.left_margin = section.right_margin = Cm(2.5)
section.top_margin = section.bottom_margin = Cm(2.5)
style = doc.styles["Normal"]
style.font.name, style.font.size = "Arial", Pt(10.5)

header = section.header.paragraphs[0]
header.text = "Helena Korhonen – Curriculum Vitae"
header.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def field(paragraph, code):
    simple = OxmlElement("w:fldSimple")
    simple.set(qn("w:instr"), code)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    simple.append(run)
    paragraph._p.append(simple)


footer = section.footer.paragraphs[0]
footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
footer.add_run("Page ")
field(footer, "PAGE")
footer.add_run(" of ")
field(footer, "NUMPAGES")

doc.add_heading("Helena Korhonen", level=0)
doc.add_paragraph(
    "Senior Clinical Research Associate\n"
    "London, United Kingdom | +44 7700 900431 | helena.korhonen@example.co.uk"
)

doc.add_heading("Profile", level=1)
doc.add_paragraph(
    "Clinical research associate with nine years in oncology and haematology trials, from site "
    "coordination in Helsinki to monitoring multinational phase III studies in the UK. Calm under "
    "audit, fluent in ICH-GCP and at home with sponsors, investigators and data managers alike."
)


def job(title, employer, dates, bullets):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.space_after = Pt(0)
    p.add_run(title).bold = True
    p.add_run(" | " + employer)
    d = doc.add_paragraph(dates)
    d.runs[0].italic = True
    d.paragraph_format.space_after = Pt(2)
    for b in bullets:
        doc.add_paragraph(b, style="List Bullet").paragraph_format.space_after = Pt(1)


doc.add_heading("Professional Experience", level=1)
job(
    "Senior Clinical Research Associate",
    "IQVIA, London",
    "March 2022 – present",
    [
        "Monitor two phase III oncology trials at 12 sites across England and Wales",
        "Lead on-site and remote source data verification against the monitoring plan",
        "Prepared 4 sites for an MHRA inspection with no critical findings",
        "Train new associates on the electronic trial master file and on risk-based monitoring",
        "Review protocol deviations with the medical monitor every month and agree corrective actions",
    ],
)
job(
    "Clinical Research Coordinator",
    "Helsinki University Hospital (HUS), Helsinki",
    "August 2018 – February 2022",
    [
        "Coordinated 9 haematology trials in the Comprehensive Cancer Center",
        "Screened and enrolled 140 patients; kept the unit's query rate below 2 per case report form",
        "Managed investigational product accountability and temperature logs",
        "Set up the unit's first remote monitoring access for sponsors during the pandemic",
        "Wrote the unit's standard operating procedure for informed consent of non-Finnish speakers",
    ],
)
job(
    "Clinical Trial Assistant",
    "Orion Corporation, Espoo",
    "June 2016 – July 2018",
    [
        "Maintained the trial master files of 5 phase II studies",
        "Tracked site payments and contracts for 30 investigator sites in the Nordics",
        "Organised two investigator meetings of 60 participants each",
    ],
)
job(
    "Laboratory Technician",
    "Finnish Red Cross Blood Service, Helsinki",
    "September 2013 – May 2016",
    [
        "Blood group serology and antibody screening for hospital transfusion services",
        "Took part in the validation of a new automated analyser",
    ],
)

doc.add_heading("Education", level=1)
for line in (
    "MSc in Pharmacology, University of Helsinki, 2016",
    "BSc in Biomedical Laboratory Science, Metropolia University of Applied Sciences, 2013",
):
    doc.add_paragraph(line)

doc.add_heading("Certifications", level=1)
for line in (
    "ACRP Certified Clinical Research Associate (CCRA), 2020",
    "ICH Good Clinical Practice E6(R2), NIHR, renewed 2024",
):
    doc.add_paragraph(line, style="List Bullet")

doc.add_heading("Publications", level=1)
doc.add_paragraph(
    "Korhonen H, Lindström P, Virtanen A. Remote source data verification in a haematology unit "
    "during COVID-19. Clinical Trials Journal of Finland. 2021;14(3):55-61."
)

doc.add_heading("Languages", level=1)
doc.add_paragraph("Finnish (native), English (fluent), Swedish (good working knowledge)")

doc.add_heading("Interests", level=1)
doc.add_paragraph("Cross-country skiing, choir singing")

doc.add_paragraph("References available on request.")
doc.save("b25_word_header_footer.docx")
