"""b56: the Italian "formato europeo" CV (the 2004 European CV Word template, still asked for by Italian
public bodies): a two-column table, the labels right-aligned in the left cell ("• Date (da – a)",
"• Nome e indirizzo del datore di lavoro", "• Tipo di impiego", "• Principali mansioni e
responsabilità"), the values in the right cell, section titles in capitals (python-docx)."""

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

doc = Document()
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(1.8)
doc.styles["Normal"].font.name, doc.styles["Normal"].font.size = "Arial Narrow", Pt(10)
table = doc.add_table(rows=0, cols=2)


def row(label, value, bold=False, title=False):
    left, right = table.add_row().cells
    left.width, right.width = Cm(5.5), Cm(11.5)
    lp = left.paragraphs[0]
    lp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = lp.add_run(label)
    run.bold = title
    if title:
        run.font.size = Pt(12)
    rp = right.paragraphs[0]
    rr = rp.add_run(value)
    rr.bold = bold


row("FORMATO EUROPEO PER IL CURRICULUM VITAE", "", title=True)
row("INFORMAZIONI PERSONALI", "", title=True)
row("Nome", "ROSSI, Alessandra", bold=True)
row("Indirizzo", "Via Garibaldi 18, 10122 Torino, Italia")
row("Telefono", "+39 011 555 0192")
row("E-mail", "alessandra.rossi@example.it")
row("Nazionalità", "Italiana")
row("Data di nascita", "04/09/1985")
row("ESPERIENZA LAVORATIVA", "", title=True)
for when, employer, sector, kind, duties in (
    (
        "Dal 01/2019 ad oggi",
        "Regione Piemonte, Piazza Castello 165, Torino",
        "Pubblica amministrazione",
        "Funzionaria tecnica",
        "Coordinamento di 14 progetti di edilizia scolastica finanziati dal PNRR",
    ),
    (
        "Dal 03/2012 al 12/2018",
        "Studio Tecnico Bianchi, Asti",
        "Progettazione edile",
        "Ingegnere progettista",
        "Progettazione strutturale di edifici residenziali",
    ),
):
    row("• Date (da – a)", when)
    row("• Nome e indirizzo del datore di lavoro", employer)
    row("• Tipo di azienda o settore", sector)
    row("• Tipo di impiego", kind, bold=True)
    row("• Principali mansioni e responsabilità", duties)
    row("", "")
row("ISTRUZIONE E FORMAZIONE", "", title=True)
row("• Date (da – a)", "2004 – 2011")
row("• Nome e tipo di istituto di istruzione o formazione", "Politecnico di Torino")
row("• Qualifica conseguita", "Laurea magistrale in Ingegneria Civile, 110/110 e lode")
row("CAPACITÀ E COMPETENZE PERSONALI", "", title=True)
row("Madrelingua", "Italiano")
row("Altre lingue", "Inglese: buono; Francese: elementare")
row("Capacità e competenze tecniche", "AutoCAD, Revit, SAP2000, Primus")
row("Patente", "B")
doc.add_paragraph(
    "Autorizzo il trattamento dei miei dati personali ai sensi del D.Lgs. 196/2003 e del GDPR (UE 2016/679)."
)
doc.save("b56_formato_europeo.docx")
