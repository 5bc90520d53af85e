"""The text of a PDF or Word resume, for resume.py to read like a text one.

A PDF's text comes out as `pdftotext -layout` writes it (pypdf's layout mode): each line where the
page has it, a sidebar beside the main column, dates where they stand, a blank line where the page
leaves a gap; resume.py reads those layouts already (`unzip_columns` takes a sidebar apart). A Word
file's paragraphs come out a line each, a list paragraph as a bullet, a table's rows with its cells
apart by a tab, or, in a template's layout table (a cell of many lines), one cell after the other.
Both libraries are imported here only, when such a file is given.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from pathlib import Path

from .errors import LenweightError


def pdf_text(data: bytes, path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(
        logging.ERROR
    )  # its repairs ("EOF marker not found") are not the user's
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise LenweightError(f"{path}: the PDF is password-protected; save an unprotected copy")
        pages = [page.extract_text(extraction_mode="layout") for page in reader.pages]
    except (PdfReadError, ValueError, KeyError) as e:
        raise LenweightError(
            f"{path}: could not read the PDF ({e}); export the resume as plain text"
        ) from None
    # a line set one space in from the margin is pypdf rounding a glyph's position, not an indent
    text = re.sub(r"(?m)^ (?=\S)", "", "\n\n".join(pages))
    if len(re.sub(r"\s", "", text)) < 50:  # a scanned page: an image, no text layer
        raise LenweightError(
            f"{path}: the PDF holds almost no text (a scan?); export the resume as text or run OCR first"
        )
    return text


def docx_text(data: bytes, path: Path) -> str:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        doc = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as e:
        raise LenweightError(
            f"{path}: could not read the Word file ({e}); save it as .docx or text"
        ) from None
    lines = []
    for block in doc.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            para = docx.text.paragraph.Paragraph(block, doc)
            listed = para.style is not None and para.style.name.lower().startswith("list")
            numbered = block.find(".//" + docx.oxml.ns.qn("w:numPr")) is not None
            text = para.text.strip()
            lines.append(f"- {text}" if text and (listed or numbered) else text)
        elif tag == "tbl":
            for row in docx.table.Table(block, doc).rows:
                # merged cells repeat their text: each once
                cells = [c for c in dict.fromkeys(c.text.strip() for c in row.cells) if c]
                if any(
                    "\n" in c for c in cells
                ):  # a template's layout table: a sidebar, then the main column
                    lines += [part for c in cells for part in (c, "")]
                else:  # a table of data: "MSc in Management<TAB>ESSEC<TAB>2017"
                    lines.append("\t".join(cells))
            lines.append("")
    return "\n".join(lines)
