"""b44: a Brazilian currículo in Word, as most are written there: the name centred, nationality,
marital status and age, the street address with its CEP, "OBJETIVO", education as bullets with
"concluído em", each job as labelled lines "Empresa:", "Cargo:", "Período: 03/2019 a atual",
"Principais atividades:", then languages, courses and computer skills (python-docx)."""

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

doc = Document()
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.5)
doc.styles["Normal"].font.name, doc.styles["Normal"].font.size = "Arial", Pt(10.5)


def line(text, bold=False, center=False, size=None, after=2):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(after)
    return p


def heading(text):
    p = line(text, bold=True, size=11, after=4)
    p.paragraph_format.space_before = Pt(12)


def labelled(label, value):
    p = doc.add_paragraph()
    p.add_run(label + " ").bold = True
    p.add_run(value)
    p.paragraph_format.space_after = Pt(1)


line("Juliana Ferreira Campos", bold=True, center=True, size=16)
line("Brasileira, casada, 34 anos", center=True)
line("Rua Cardeal Arcoverde, 1200 – Apto 52 – Pinheiros – São Paulo/SP – CEP 05407-002", center=True)
line("Telefone: (11) 98765-4321 – E-mail: juliana.fcampos@example.com.br", center=True, after=8)
heading("OBJETIVO")
line("Coordenação de Logística")
heading("FORMAÇÃO ACADÊMICA")
for text in (
    "Pós-graduação (MBA) em Gestão de Supply Chain – Fundação Getulio Vargas (FGV) – concluído em 2019",
    "Graduação em Administração de Empresas – Universidade Presbiteriana Mackenzie – concluído em 2014",
):
    doc.add_paragraph(text, style="List Bullet")
heading("EXPERIÊNCIA PROFISSIONAL")
for empresa, cargo, periodo, atividades in (
    (
        "Natura &Co",
        "Analista de Logística Sênior",
        "03/2019 a atual",
        "Planejamento de distribuição para 4 centros de distribuição; redução de 18% no custo de frete; "
        "implantação do TMS com a equipe de TI.",
    ),
    (
        "Mercado Livre",
        "Analista de Logística",
        "01/2016 a 02/2019",
        "Gestão de indicadores de nível de serviço das transportadoras parceiras; apoio na abertura do centro "
        "de distribuição de Cajamar.",
    ),
    (
        "Ambev",
        "Estagiária de Supply Chain",
        "02/2013 a 12/2014",
        "Controle de estoque e relatórios de inventário.",
    ),
):
    labelled("Empresa:", empresa)
    labelled("Cargo:", cargo)
    labelled("Período:", periodo)
    labelled("Principais atividades:", atividades)
    line("", after=4)
heading("IDIOMAS")
line("Inglês – avançado")
line("Espanhol – intermediário")
heading("CURSOS COMPLEMENTARES")
line("Green Belt Lean Seis Sigma – EDTI – 2017")
line("Excel Avançado – Fundação Bradesco – 2015")
heading("INFORMÁTICA")
line("Pacote Office (avançado), SAP MM e SD, Power BI")
doc.save("b44_brazilian_word.docx")
