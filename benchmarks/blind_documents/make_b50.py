"""b50: a CV kept as an OpenDocument text (.odt), LibreOffice Writer's own format, as a Linux user
writes it: the name and a contact line, a two-column table for each job (dates left; role, employer
and a list right), a bulleted skills list, the languages in one line (python-docx for the content,
then LibreOffice's own "save as .odt")."""

import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Cm, Pt

doc = Document()
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2)
doc.styles["Normal"].font.name, doc.styles["Normal"].font.size = "Liberation Sans", Pt(10)
n = doc.add_paragraph()
n.add_run("Lukas Brandt").bold = True
n.runs[0].font.size = Pt(18)
doc.add_paragraph("Leipzig · lukas.brandt@example.org · +49 176 5550 3310 · github.com/lbrandt")
doc.add_heading("Profile", level=2)
doc.add_paragraph(
    "Embedded Linux developer; eight years of drivers and build systems for industrial devices."
)
doc.add_heading("Work", level=2)
for when, role, org, items in (
    (
        "04/2021 – today",
        "Embedded Software Engineer",
        "Siemens Mobility GmbH, Braunschweig",
        (
            "Maintains the Yocto build for 3 signalling controllers",
            "Wrote the CAN bus driver now in mainline Linux",
        ),
    ),
    (
        "09/2017 – 03/2021",
        "Software Developer",
        "Carl Zeiss AG, Jena",
        ("Ported the microscope firmware to Zephyr RTOS",),
    ),
):
    t = doc.add_table(rows=1, cols=2)
    left, right = t.rows[0].cells
    left.width, right.width = Cm(3.5), Cm(13.5)
    left.text = when
    right.paragraphs[0].add_run(role).bold = True
    right.add_paragraph(org)
    for item in items:
        right.add_paragraph(item, style="List Bullet")
doc.add_heading("Education", level=2)
doc.add_paragraph("2011 – 2017  Diplom-Informatiker (Computer Science), TU Dresden")
doc.add_heading("Skills", level=2)
for item in ("C, Rust, Python", "Yocto, Zephyr, Linux kernel", "CAN, Modbus, EtherCAT"):
    doc.add_paragraph(item, style="List Bullet")
doc.add_heading("Languages", level=2)
doc.add_paragraph("German (native), English (fluent), Polish (basic)")
with tempfile.TemporaryDirectory() as tmp:
    src = Path(tmp) / "b50_odt_writer.docx"
    doc.save(src)
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "odt",
         "--outdir", ".", str(src)],
        check=True, capture_output=True,
    )  # fmt: skip
