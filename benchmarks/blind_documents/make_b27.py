"""b27: a French CV as French Word users write it: the name and the title sought, a contact line,
titles in capitals ("EXPÉRIENCES PROFESSIONNELLES"), each job as "dates | Poste – Entreprise, Ville"
in bold over French bullets, "Depuis" for a current job, levels in French (python-docx)."""

from docx import Document
from docx.shared import Cm, Pt

doc = Document()
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2)
style = doc.styles["Normal"]
style.font.name, style.font.size = "Calibri", Pt(10.5)


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


para("Camille Rousseau", bold=True, size=18, after=0)
para("Ingénieure qualité aéronautique", size=12, after=0)
para("12 rue des Lilas, 77000 Melun  |  06 12 34 56 78  |  camille.rousseau@example.fr", after=10)

para("PROFIL", bold=True, size=12)
para("Ingénieure qualité avec sept ans d'expérience dans la motorisation aéronautique.", after=8)

para("EXPÉRIENCES PROFESSIONNELLES", bold=True, size=12)
para(
    "Depuis sept. 2021  |  Responsable qualité fournisseurs – Safran Aircraft Engines, Villaroche",
    bold=True,
    after=0,
)
bullets(
    "Pilotage de la qualité de 25 fournisseurs de pièces forgées",
    "Réduction de 30 % des non-conformités en deux ans",
)
para("Mars 2018 – août 2021  |  Ingénieure qualité – Dassault Aviation, Argenteuil", bold=True, after=0)
bullets(
    "Audits de procédés spéciaux (traitements de surface, soudage)",
    "Animation des revues 8D avec la production",
)
para("Sept. 2016 – févr. 2018  |  Technicienne méthodes – Thales, Élancourt", bold=True, after=8)

para("FORMATION", bold=True, size=12)
para("2013 – 2016  |  Diplôme d'ingénieur, Arts et Métiers ParisTech, Paris", after=0)
para("2011 – 2013  |  Classes préparatoires PTSI/PT, Lycée Jules Ferry, Versailles", after=8)

para("COMPÉTENCES", bold=True, size=12)
para("AMDEC, SPC, 8D, norme EN 9100, SAP QM, Minitab", after=8)

para("LANGUES", bold=True, size=12)
para("Anglais : courant (TOEIC 945)  –  Espagnol : notions", after=8)

para("CENTRES D'INTÉRÊT", bold=True, size=12)
para("Voile, piano", after=0)
doc.save("b27_french_word.docx")
