"""b30: a Spanish CV in Word as it is written in Spain: a header table with a cell for the photo
(left, "FOTO") and the name and contact details (right), titles in capitals, each job as its dates
("ene. 2020 – actualidad") over the role in bold and "Empresa, Ciudad", Spanish levels (python-docx)."""

from docx import Document
from docx.shared import Cm, Pt

doc = Document()
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2)
style = doc.styles["Normal"]
style.font.name, style.font.size = "Calibri", Pt(10.5)

table = doc.add_table(rows=1, cols=2)
table.cell(0, 0).width, table.cell(0, 1).width = Cm(3.5), Cm(13.5)
table.cell(0, 0).paragraphs[0].text = "FOTO"
right = table.cell(0, 1)
right.paragraphs[0].add_run("Lucía Fernández Ortega").bold = True
for line in (
    "Enfermera especialista en pediatría",
    "Calle Alcalá 210, 28028 Madrid",
    "Tel.: 612 345 678",
    "lucia.fernandez@example.es",
):
    right.add_paragraph(line)


def para(text="", bold=False, size=None, after=2):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(after)
    return p


def bullets(*items):
    for b in items:
        doc.add_paragraph(b, style="List Bullet").paragraph_format.space_after = Pt(0)


para("", after=4)
para("EXPERIENCIA LABORAL", bold=True, size=12)
para("ene. 2020 – actualidad", after=0)
para("Enfermera de UCI pediátrica", bold=True, after=0)
para("Hospital Universitario La Paz, Madrid", after=0)
bullets(
    "Cuidado de pacientes críticos en una unidad de 14 camas",
    "Formación de 6 enfermeras de nueva incorporación",
)
para("", after=2)
para("jun. 2016 – dic. 2019", after=0)
para("Enfermera asistencial", bold=True, after=0)
para("Hospital Sant Joan de Déu, Barcelona", after=0)
bullets("Planta de hospitalización pediátrica")
para("", after=4)
para("FORMACIÓN", bold=True, size=12)
para("2017 – 2019", after=0)
para("Especialidad en Enfermería Pediátrica (EIR)", bold=True, after=0)
para("Hospital Sant Joan de Déu, Barcelona", after=2)
para("2012 – 2016", after=0)
para("Grado en Enfermería", bold=True, after=0)
para("Universidad de Barcelona", after=4)
para("IDIOMAS", bold=True, size=12)
para("Español: nativo  ·  Catalán: nativo  ·  Inglés: B2 (First Certificate)", after=4)
para("OTROS DATOS", bold=True, size=12)
para("Carné de conducir B. Disponibilidad para turnos rotatorios.", after=0)
doc.save("b30_spanish_word.docx")
