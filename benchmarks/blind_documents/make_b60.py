"""b60: a Czech CV (životopis) in Word, as people in Prague write it: the name, "Osobní údaje" with
labelled lines, "Pracovní zkušenosti" with "2019 – dosud" dates over "Pozice, Firma, Město", then
"Vzdělání", "Jazykové znalosti" with levels, "Dovednosti" (python-docx)."""

from docx import Document
from docx.shared import Cm, Pt

doc = Document()
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.2)
doc.styles["Normal"].font.name, doc.styles["Normal"].font.size = "Calibri", Pt(10.5)
n = doc.add_paragraph()
n.add_run("Ing. Petra Dvořáková").bold = True
n.runs[0].font.size = Pt(18)
doc.add_heading("Osobní údaje", level=2)
for label, value in (
    ("Adresa", "Vinohradská 112, 130 00 Praha 3"),
    ("Telefon", "+420 605 555 318"),
    ("E-mail", "petra.dvorakova@example.cz"),
):
    doc.add_paragraph(f"{label}: {value}")
doc.add_heading("Pracovní zkušenosti", level=2)
for when, what, items in (
    ("2019 – dosud", "Vedoucí logistiky, Škoda Auto a.s., Mladá Boleslav", ("Řízení týmu 25 dispečerů",)),
    ("2014 – 2019", "Logistická analytička, DHL Supply Chain, Praha", ("Optimalizace tras pro 40 řidičů",)),
):
    doc.add_paragraph(when).runs[0].bold = True
    doc.add_paragraph(what)
    for item in items:
        doc.add_paragraph(item, style="List Bullet")
doc.add_heading("Vzdělání", level=2)
doc.add_paragraph("2009 – 2014")
doc.add_paragraph("Ing., Logistika a management, Vysoká škola ekonomická v Praze")
doc.add_heading("Jazykové znalosti", level=2)
doc.add_paragraph("Čeština – rodilý mluvčí")
doc.add_paragraph("Angličtina – pokročilá (C1)")
doc.add_paragraph("Němčina – mírně pokročilá (B1)")
doc.add_heading("Dovednosti", level=2)
doc.add_paragraph("SAP EWM, Power BI, Lean Six Sigma Green Belt (2018), řidičský průkaz sk. B")
doc.save("b60_czech_zivotopis.docx")
