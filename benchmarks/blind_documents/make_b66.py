"""b66: a Dutch CV in Word, as people in Rotterdam write it: "Curriculum Vitae" over a table of
personal data (Naam, Adres, Woonplaats, Telefoon, E-mail, Geboortedatum, Nationaliteit, Rijbewijs),
"Profiel", "Werkervaring" with "Functie | Werkgever, Plaats" in bold over an italic period
("september 2018 – heden"), "Opleidingen" with "diploma behaald", "Cursussen", "Talen" as a
two-column table, "Hobby's" and "Referenties op aanvraag" (python-docx)."""

from docx import Document
from docx.shared import Cm, Pt

doc = Document()
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.3)
doc.styles["Normal"].font.name, doc.styles["Normal"].font.size = "Arial", Pt(10)
doc.add_heading("Curriculum Vitae", level=0)


def table(rows, width=4.0):
    t = doc.add_table(rows=0, cols=2)
    for a, b in rows:
        left, right = t.add_row().cells
        left.width, right.width = Cm(width), Cm(12.5)
        left.text, right.text = a, b


doc.add_heading("Persoonlijke gegevens", level=1)
table(
    (
        ("Naam", "Sanne de Vries"),
        ("Adres", "Coolsingel 40b"),
        ("Woonplaats", "3011 AD Rotterdam"),
        ("Telefoon", "06-5550 1847"),
        ("E-mail", "sanne.devries@example.nl"),
        ("Geboortedatum", "17 maart 1992"),
        ("Nationaliteit", "Nederlandse"),
        ("Rijbewijs", "B"),
    )
)
doc.add_heading("Profiel", level=1)
doc.add_paragraph(
    "Enthousiaste teamleider met een hart voor klanten. Ik haal energie uit het coachen van mensen "
    "en het slimmer maken van processen."
)
doc.add_heading("Werkervaring", level=1)
for what, when, items in (
    (
        "Teamleider klantenservice | Coolblue, Rotterdam",
        "september 2018 – heden",
        ("Leiding aan een team van 25 medewerkers", "Klanttevredenheid verhoogd van 8,1 naar 8,9"),
    ),
    (
        "Medewerker klantenservice | Eneco, Rotterdam",
        "februari 2014 – augustus 2018",
        ("Beantwoorden van vragen over energiecontracten", "Inwerken van nieuwe collega's"),
    ),
):
    doc.add_paragraph().add_run(what).bold = True
    doc.add_paragraph().add_run(when).italic = True
    for item in items:
        doc.add_paragraph(item, style="List Bullet")
doc.add_heading("Opleidingen", level=1)
p = doc.add_paragraph()
p.add_run("HBO Bedrijfskunde, Hogeschool Rotterdam").bold = True
doc.add_paragraph().add_run("2010 – 2014, diploma behaald").italic = True
p = doc.add_paragraph()
p.add_run("HAVO, Erasmiaans Gymnasium, Rotterdam").bold = True
doc.add_paragraph().add_run("2004 – 2010, diploma behaald").italic = True
doc.add_heading("Cursussen", level=1)
doc.add_paragraph("Lean Six Sigma Green Belt, 2020", style="List Bullet")
doc.add_paragraph("Situationeel leidinggeven, 2019", style="List Bullet")
doc.add_heading("Talen", level=1)
table((("Nederlands", "moedertaal"), ("Engels", "goed in woord en geschrift"), ("Duits", "redelijk")))
doc.add_heading("Hobby's", level=1)
doc.add_paragraph("Hardlopen (halve marathon), koken, vrijwilliger bij de Voedselbank Rotterdam")
doc.add_paragraph("Referenties zijn op aanvraag beschikbaar.")
doc.save("b66_dutch_cv.docx")
