"""b43: an executive resume in Word, as career coaches write them: a headline in capitals, a summary,
"Areas of Expertise" as a three-column table, each company in capitals with its town and its whole
tenure at a right tab, an italic line saying what the company is, then several titles held there,
each with its own years, a paragraph and bullets; earlier roles in one line; board seats (python-docx)."""

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt

doc = Document()
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2)
doc.styles["Normal"].font.name, doc.styles["Normal"].font.size = "Garamond", Pt(11)
RIGHT = Cm(17)


def line(text="", bold=False, italic=False, size=None, center=False, after=2):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(after)
    return p


def heading(text):
    p = line(text, bold=True, size=12, after=4)
    p.paragraph_format.space_before = Pt(10)


def company(name, town, years):
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(RIGHT, WD_TAB_ALIGNMENT.RIGHT)
    p.paragraph_format.space_before = Pt(8)
    p.add_run(name).bold = True
    p.add_run(", " + town + "\t" + years)


def role(title, years):
    p = doc.add_paragraph()
    p.add_run(title).bold = True
    p.add_run(" (" + years + ")")
    p.paragraph_format.space_before = Pt(4)


def bullets(*items):
    for item in items:
        doc.add_paragraph(item, style="List Bullet")


line("DOUGLAS R. FENWICK", bold=True, size=20, center=True)
line(
    "Eden Prairie, MN 55344  •  (952) 555-0148  •  dfenwick.ops@example.com  •  linkedin.com/in/dougfenwick",
    center=True,
    size=10,
)
line("SENIOR OPERATIONS EXECUTIVE", bold=True, size=13, center=True, after=6)
line(
    "Manufacturing leader with 18 years of plant and network operations in food and consumer goods. Known for "
    "turning around under-performing plants, building safety cultures and delivering cost programs without "
    "sacrificing quality.",
    after=6,
)
heading("AREAS OF EXPERTISE")
table = doc.add_table(rows=3, cols=3)
for r, cells in enumerate(
    (
        ("Lean Manufacturing", "Capital Planning", "Labor Relations"),
        ("Plant Turnarounds", "EHS & Safety Culture", "S&OP"),
        ("P&L Management", "Continuous Improvement", "M&A Integration"),
    )
):
    for c, text in enumerate(cells):
        table.cell(r, c).text = "• " + text
heading("PROFESSIONAL EXPERIENCE")
company("NORTHBRIDGE FOODS, INC.", "Minneapolis, MN", "2012 – Present")
line(
    "$1.4B privately held manufacturer of frozen and shelf-stable foods; 9 plants, 3,800 employees.",
    italic=True,
)
role("Vice President, Manufacturing Operations", "2019 – Present")
line("Lead all nine plants and a $38M annual capital budget; report to the COO.")
bullets(
    "Cut recordable injuries by 62% in three years through a plant-floor safety leadership program.",
    "Delivered $24M in cost savings with a network-wide lean program.",
)
role("Director of Plant Operations", "2015 – 2019")
bullets("Integrated two acquired plants in Iowa within 11 months.")
role("Plant Manager, Mankato Facility", "2012 – 2015")
bullets("Raised overall equipment effectiveness from 61% to 78%.")
company("CASCADE CONSUMER PRODUCTS", "St. Paul, MN", "2006 – 2012")
line("Maker of household cleaning products sold in 14,000 retail stores.", italic=True)
role("Operations Manager", "2009 – 2012")
bullets("Ran two shifts and 240 hourly employees in a union plant.")
role("Production Supervisor", "2006 – 2009")
line("Earlier career: Process Engineer, 3M Company, Maplewood, MN (2004 – 2006)", italic=True)
heading("EDUCATION")
line("MBA, Carlson School of Management, University of Minnesota")
line("BS, Industrial Engineering, Iowa State University")
heading("CERTIFICATIONS & BOARDS")
line("Lean Six Sigma Black Belt, ASQ (2011)")
line("Board Member, Minnesota Manufacturing Council (2020 – Present)")
doc.save("b43_executive_word.docx")
