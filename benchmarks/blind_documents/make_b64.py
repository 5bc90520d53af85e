"""b64: a Swedish CV in Word, as people in Gothenburg write it: the name over a labelled contact
block (Adress, Telefon, E-post, Körkort), "Profil", "Arbetslivserfarenhet" with each job's
"Titel, Företag, Ort" in bold and its dates at a right tab ("aug 2019 – pågående"), "Utbildning",
"Språkkunskaper" with levels after a dash, "Intressen" and "Referenser lämnas på begäran"
(python-docx)."""

from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt

doc = Document()
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.0)
doc.styles["Normal"].font.name, doc.styles["Normal"].font.size = "Calibri", Pt(10.5)
n = doc.add_paragraph()
n.add_run("Karin Lindqvist").bold = True
n.runs[0].font.size = Pt(20)
doc.add_paragraph("Civilingenjör, maskinteknik")
for label, value in (
    ("Adress", "Vasagatan 12, 411 24 Göteborg"),
    ("Telefon", "070-555 12 34"),
    ("E-post", "karin.lindqvist@example.se"),
    ("Körkort", "B"),
):
    doc.add_paragraph(f"{label}:\t{value}").paragraph_format.tab_stops.add_tab_stop(Cm(2.5))


def title(text):
    p = doc.add_paragraph()
    r = p.add_run(text.upper())
    r.bold, r.font.size = True, Pt(12)
    p.paragraph_format.space_before = Pt(12)


def entry(what, when, items):
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
    p.add_run(what).bold = True
    p.add_run("\t" + when)
    for item in items:
        doc.add_paragraph(item, style="List Bullet")


title("Profil")
doc.add_paragraph(
    "Projektledare med tio års erfarenhet från fordons- och lagerindustrin. Trivs där mekanik, "
    "el och mjukvara möts."
)
title("Arbetslivserfarenhet")
entry(
    "Projektledare, Volvo Cars, Göteborg",
    "aug 2019 – pågående",
    ("Leder ett team på 8 ingenjörer inom batterisystem", "Ansvarade för laddsystemet i EX30"),
)
entry(
    "Konstruktör, SKF, Göteborg",
    "jun 2014 – jul 2019",
    ("Konstruerade lager för vindkraftverk på upp till 6 MW",),
)
title("Utbildning")
entry("Civilingenjör i maskinteknik, Chalmers tekniska högskola", "2009 – 2014", ())
doc.add_paragraph("Examensarbete: Utmattning i rullningslager")
title("Språkkunskaper")
for line in ("Svenska – modersmål", "Engelska – flytande", "Tyska – grundläggande"):
    doc.add_paragraph(line)
title("Intressen")
doc.add_paragraph("Långfärdsskridsko, körsång")
doc.add_paragraph("Referenser lämnas på begäran.")
doc.save("b64_swedish_cv.docx")
