"""b72: a Swedish teacher's CV in Word, laid out as a two-column table (the period in the narrow left
cell, the post and its school in the right one, the bullets under it), as Swedish CV templates do;
also the resume of examples/linnea (python-docx)."""

from docx import Document
from docx.shared import Cm, Pt

doc = Document()
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.0)
doc.styles["Normal"].font.name, doc.styles["Normal"].font.size = "Calibri", Pt(10.5)
n = doc.add_paragraph()
n.add_run("Linnea Bergström").bold = True
n.runs[0].font.size = Pt(22)
doc.add_paragraph("Gymnasielärare i kemi och biologi")
doc.add_paragraph("Kungsgatan 41, 753 21 Uppsala  |  073-555 48 12  |  linnea.bergstrom@example.se")


def title(text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold, r.font.size = True, Pt(13)
    p.paragraph_format.space_before = Pt(12)


def rows(entries):
    table = doc.add_table(rows=0, cols=2)
    for when, what, items in entries:
        a, b = table.add_row().cells
        a.width, b.width = Cm(3.8), Cm(13.2)
        a.text = when
        b.paragraphs[0].add_run(what).bold = True
        for item in items:
            b.add_paragraph("• " + item)


title("Profil")
doc.add_paragraph(
    "Legitimerad gymnasielärare med tolv års erfarenhet av kemi- och biologiundervisning. "
    "Jag tycker om att göra laborationer begripliga och roliga."
)
title("Arbetslivserfarenhet")
rows(
    (
        (
            "2019 – pågående",
            "Förstelärare i kemi, Katedralskolan, Uppsala",
            (
                "Ansvarar för kemiundervisningen i 6 klasser på naturvetenskapsprogrammet",
                "Leder skolans ämneslag i NO med 9 lärare",
                "Startade en kemiolympiadgrupp som tog 2 elever till landsfinalen 2023",
            ),
        ),
        (
            "2014 – 2019",
            "Lärare i kemi och biologi, Rosendalsgymnasiet, Uppsala",
            ("Undervisade i kemi 1 och biologi 1", "Mentor för en klass om 30 elever"),
        ),
        (
            "2012 – 2014",
            "Laboratorieassistent, Uppsala universitet, Uppsala",
            ("Förberedde laborationer för 200 studenter per termin",),
        ),
    )
)
title("Utbildning")
rows((("2007 – 2012", "Ämneslärarexamen i kemi och biologi, Uppsala universitet", ()),))
title("Legitimation och kurser")
doc.add_paragraph("Lärarlegitimation, Skolverket, 2013")
doc.add_paragraph("Digital undervisning i naturvetenskap, Uppsala universitet, 2020")
title("Förtroendeuppdrag")
rows((("2018 – pågående", "Styrelseledamot, Upplands Ornitologiska Förening", ()),))
title("Språk")
doc.add_paragraph("Svenska – modersmål")
doc.add_paragraph("Engelska – flytande")
doc.add_paragraph("Franska – grundläggande")
title("Intressen")
doc.add_paragraph("Fågelskådning, orientering, körsång")
doc.save("b72_swedish_teacher.docx")
