"""b61: a German tabellarischer Lebenslauf in Word: "Lebenslauf" over a table whose first row holds
the personal data beside a photo cell ("Foto"), then "Berufserfahrung", "Ausbildung", "Kenntnisse"
as two-column rows ("seit 03/2020" | "Projektleiterin, Bosch GmbH, Stuttgart" and its bullets), and
a place, date and signature line at the end (python-docx)."""

from docx import Document
from docx.shared import Cm, Pt

doc = Document()
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.2)
doc.styles["Normal"].font.name, doc.styles["Normal"].font.size = "Arial", Pt(10)
t = doc.add_paragraph()
t.add_run("Lebenslauf").bold = True
t.runs[0].font.size = Pt(18)
head = doc.add_table(rows=1, cols=2)
left, right = head.rows[0].cells
left.text = "Persönliche Daten"
left.add_paragraph("Name: Julia Brenner")
left.add_paragraph("Anschrift: Königstraße 28, 70173 Stuttgart")
left.add_paragraph("Telefon: 0711 5550 2291")
left.add_paragraph("E-Mail: julia.brenner@example.de")
left.add_paragraph("Geburtsdatum: 14.02.1990 in Ulm")
right.text = "Foto"


def section(title, rows):
    p = doc.add_paragraph()
    p.add_run(title).bold = True
    p.paragraph_format.space_before = Pt(10)
    table = doc.add_table(rows=0, cols=2)
    for when, what, items in rows:
        a, b = table.add_row().cells
        a.width, b.width = Cm(4), Cm(13)
        a.text = when
        b.paragraphs[0].add_run(what).bold = True
        for item in items:
            b.add_paragraph("– " + item)


section(
    "Berufserfahrung",
    (
        (
            "seit 03/2020",
            "Projektleiterin, Robert Bosch GmbH, Stuttgart",
            ("Leitung von 3 Projekten zur Batteriefertigung",),
        ),
        (
            "09/2015 – 02/2020",
            "Entwicklungsingenieurin, Mahle GmbH, Stuttgart",
            ("Auslegung von Kolben für Nutzfahrzeuge",),
        ),
    ),
)
section("Ausbildung", (("10/2009 – 08/2015", "Maschinenbau (Master of Science), Universität Stuttgart", ()),))
section(
    "Kenntnisse",
    (
        (
            "Sprachen",
            "Deutsch (Muttersprache), Englisch (verhandlungssicher), Französisch (Grundkenntnisse)",
            (),
        ),
        ("EDV", "CATIA V5, MATLAB, SAP PLM", ()),
    ),
)
doc.add_paragraph()
doc.add_paragraph("Stuttgart, 1. März 2026")
doc.add_paragraph("Julia Brenner")
doc.save("b61_german_word_table.docx")
