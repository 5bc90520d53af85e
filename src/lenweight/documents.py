"""The text of a PDF or Word resume, for resume.py to read like a text one.

A PDF's text comes out as `pdftotext -layout` writes it (pypdf's layout mode): each line where the
page has it, a sidebar beside the main column, dates where they stand, a blank line where the page
leaves a gap; resume.py reads those layouts already (`unzip_columns` takes a sidebar apart).
`tidy_pdf_text` undoes what the programs that make PDFs leave in that text (LaTeX's accents, a word
processor's bullets and paragraph spacing), each seen in a PDF of theirs (tests/data/documents). A Word
file's paragraphs come out a line each, a list paragraph as a bullet, a table's rows with its cells
apart by a tab, or, in a template's layout table (a cell of many lines), one cell after the other.
Both libraries are imported here only, when such a file is given.
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
import zipfile
from pathlib import Path

from .dates import month_of
from .entries import LEVEL
from .errors import LenweightError
from .resume import EMAIL, section_kind

log = logging.getLogger(__name__)


def pdf_text(data: bytes, path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    # its repairs ("EOF marker not found") are not the user's
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise LenweightError(f"{path}: the PDF is password-protected; save an unprotected copy")
        pages = [_page_text(page) for page in reader.pages]
    except (PdfReadError, ValueError, KeyError) as e:
        raise LenweightError(
            f"{path}: could not read the PDF ({e}); export the resume as plain text"
        ) from None
    if any(bitmap for _, bitmap in pages):
        log.warning(
            '%s: its fonts are bitmaps (Type 3) whose dashes and ligatures carry no text ("Staff" may '
            'read "Sta"); check resume_as_read.txt, or export the resume as text or with vector fonts',
            path,
        )
    text = tidy_pdf_text("\n\n".join(text for text, _ in pages))
    if len(re.sub(r"\s", "", text)) < 50:  # a scanned page: an image, no text layer
        raise LenweightError(
            f"{path}: the PDF holds almost no text (a scan?); export the resume as text or run OCR first"
        )
    return text


def _page_text(page) -> tuple[str, bool]:
    """(the page's text in layout mode, whether its fonts are bitmaps). pypdf cannot measure a Type
    3 font's glyphs (LaTeX's bitmap fonts, with `T1` and no cm-super): it spreads the words over the
    line, "SANDRA     K." with the same multiple of spaces everywhere, so every run of spaces is
    divided by the median gap between words (1 in any other PDF seen) and the columns stay where
    they were."""
    text = page.extract_text(extraction_mode="layout")
    gaps = sorted(len(g) for g in re.findall(r"(?<=\S) +(?=\S)", text))
    spread = gaps[len(gaps) // 2] if gaps else 1
    if spread == 2:
        # an OCR'd scan's text layer (Tesseract's): each word placed on its own, one space wider
        # than a word's gap; every run of spaces is half as wide (a column's gap stays a gap)
        return re.sub(r" {2,}", lambda m: " " * max(1, len(m[0]) // 2), text), False
    if spread < 3:
        return _split_words(text, page), False
    text = re.sub(r" +", lambda m: " " * _spaces(len(m[0]), spread), text)
    # and such fonts map no character to their dashes: a glyph's width between two words where one
    # space was is a dash ("March 2020  Present", "Antimicrobial stewardship  Excellent"), and a
    # range set with no space around its dash is two years, or a year and "present", glued together
    text = re.sub(r"\b((?:19|20)\d\d)((?:19|20)\d\d|present|now|current)\b", _glued_range, text, flags=re.I)
    return re.sub(r"(?<=\w)  (?=\w)", " – ", text), True


def _split_words(text: str, page) -> str:
    """Words pypdf's layout mode cut in two with a wide gap ("Certified K          ubernetes", after
    a ligature earlier on the line in Chromium's PDFs): joined where the page's plain text has the
    word whole and neither part as a word of its own."""
    if not re.search(r"[^\W\d_] {3,}[a-z]", text):
        return text
    words = set(re.findall(r"\w+", page.extract_text().translate(_LIGATURES)))

    def join(m: re.Match) -> str:
        whole = m[1] + m[2]
        return whole if whole in words and m[1] not in words and m[2] not in words else m[0]

    return re.sub(r"(?<!\w)(\w{1,12}) {3,}([a-z]\w*)", join, text)


def _glued_range(m: re.Match) -> str:
    """'20212022' -> '2021 – 2022', '2022present' -> '2022 – present'; '20222021' stays (no range)."""
    later = m[2] if not m[2].isdigit() or 0 <= int(m[2]) - int(m[1]) <= 15 else None
    return f"{m[1]} – {later}" if later else m[0]


def _spaces(run: int, spread: int) -> int:
    """A run of spaces on a spread page, in spaces: a kern inside a word (a space or two) none, any
    other gap its width in word gaps, one at least."""
    return 0 if run <= 2 else max(1, round(run / spread))


_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})


_ICON_NAME = re.compile(
    r"\u2642?(?:¶ap-¶arker(?:-alt)?|¶ap-pin|¶obile(?:-alt)?|¶ail-bulk)|\u2642[a-z¶]+(?:-[a-z¶]+)*(?=\S)"
    r"|/(?:github|gitlab|linkedin(?:-in)?|twitter|orcid|globe|home|envelope|phone(?:-alt)?|link|skype|"
    # (AltaCV's "Most proud of": "/heartbeatFinance Norway Innovation Prize, 2022")
    r"heartbeat|trophy|award|medal|star|heart|lightbulb|rocket|calendar(?:-alt)?|briefcase|graduation-cap|"
    r"map-marker(?:-alt)?|mobile(?:-alt)?|language|book|code|user)(?=\S)"
)


def tidy_pdf_text(text: str) -> str:
    """What pypdf's layout text of a resume needs before it reads like a text file: the artifacts of
    the programs that make PDFs (LaTeX, word processors, browsers), each found in a PDF of theirs."""
    # a bullet drawn from a symbol font comes out as a private-use character ("\uf0b7": Word's, from
    # Symbol) or a control character (LaTeX's itemize bullet from cmsy10: "\x88")
    text = re.sub(r"(?m)^([ \t]*)[\uf020-\uf0ff\x80-\x9f](?=\s)", r"\1•", text)
    # the europasscv class's dash bullet, set with no space before the item ("–Built single-cell ...")
    text = re.sub(r"(?m)^([ \t]*)[–—](?=[A-Z][a-z])", r"\1• ", text)
    # and OCR reads a bullet as a letter or a sign ("e", "¢", "©") before the item's gap
    text = re.sub(r"(?m)^([ \t]*)[e¢©°»](?= +[A-Z])", r"\1•", text)
    # and so does each bullet of a table's other columns, after the gap before it
    text = re.sub(r"(?<=\S {2})( *)[\uf020-\uf0ff](?=\s)", r"\1•", text)
    # any other glyph the PDF maps to no character (an icon, an emoji) comes out as a control character
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]", "", text)
    # LaTeX's fontawesome5 icons come out as their glyphs' names, glued to the value beside them
    # ("♂¶ap-¶arker-altBogotá, Colombia", "♂¶obile+57 ...", "/githubrquintero"): no part of it
    text = _ICON_NAME.sub("", text)
    # a typographic ligature is one glyph, and one character in the text ("ﬁrst"): its letters
    text = text.translate(_LIGATURES)
    # a line set one space in from the margin is pypdf rounding a glyph's position (or an icon's
    # place, now empty: "📅 01/2021"), not an indent
    text = _spacing(_accents(re.sub(r"(?m)^ (?=\S)", "", text)))
    # moderncv's labels, right-aligned in the margin, come glued to their values by pypdf's fixed
    # character width ("LanguagesPython, Scala", "GermanMother tongue"): apart again when the label
    # is a section's word or what follows it is a language's level
    text = re.sub(r"(?m)^([ \t]*)([A-Z][a-z]{2,})([A-Z]\S*(?: \S+)*)", _glued_label, text)
    # and the europasscv class's personal labels the same way ("NationalityRomanian", "Mother
    # tongueRomanian")
    text = re.sub(r"(?m)^([ \t]*(?:Nationality|Date of birth|Gender|Sex))(?=[A-Z])", r"\1: ", text)
    text = re.sub(r"(?m)^([ \t]*)Mother tongue(?:\(s\))?(?=[A-Z])", r"\1Mother tongue(s): ", text)
    # an address a table's cell wrapped after its "@" part ("zhou.minghui@exam" over "ple.cn"): one again
    text = re.sub(r"(\b[\w.+-]+@[\w-]+)[ \t]*\n[ \t]*([\w-]*(?:\.[a-z]{2,})+)\b", r"\1\2", text)
    # or inside its last part, with another font's widths ("zhou.minghui@example.c" over "n" alone)
    text = re.sub(
        r"(\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{1,3})[ \t]*\n[ \t]*([a-z]{1,3})[ \t]*(?=\n|$)", r"\1\2", text
    )
    # a phone number the line's end cut in two ("... | +48 601" over "555 212"): one again
    text = re.sub(r"([+(]\d[\d ()-]{2,})\n[ \t]*(\d[\d -]{2,}?)[ \t]*(?=\n|$)", r"\1 \2", text)
    # a tab that ends at the next text leaves no gap: "Poznań University of Economics2018"
    text = re.sub(r"(?<=[a-z])(?=(?:19|20)\d\d$)", "   ", text, flags=re.M)
    # a table's date column wraps its dates the same way, with the next cell's text beside each part
    text = re.sub(_DATE_CELL_WRAP, _date_cell, text)
    text = re.sub(_DATE_DASH_WRAP, _date_dash, text)
    # an email address too long for a sidebar's width comes out in two runs far apart
    # ("sofia.castillo@e                 xample.com"): one again, when only the two make an address
    text = re.sub(r"(?<![\w.+-])([\w.+-]+@[\w.-]*?)( {2,})([\w.-]*\.[a-z]{2,})(?![\w.-])", _email_runs, text)
    # or split before its "@" ("sofia.ramir     ez@example.mx", after an emoji pypdf cannot measure):
    # a first run that is no word but part of an address (a dot or underscore in it, no capital)
    # (not a sentence's last word, "apps.", beside the address in the next column)
    text = re.sub(
        r"(?<![\w.+-])([a-z0-9]+[._][a-z0-9][a-z0-9._+-]*(?<!\.))( {2,})([a-z0-9][\w.+-]*@[\w.-]+\.[a-z]{2,})",
        r"\1\3",
        text,
    )
    # a narrow cell wraps inside brackets: "CRHA (Certified Human Resources" over "Professional), ..."
    # (not a table's first column, "(Mechanical" beside the next cell's "Venkateswara": no gap after
    # the bracket)
    text = re.sub(
        r"(?m)^([ \t]*)([^()\n]*\((?:[^()\s]| (?! ))*?)[ \t]*\n\1[ \t]*([^()\s][^()\n]*\))", r"\1\2 \3", text
    )
    # and a row of tabs wider than the page wraps its dates: "Jun 2018 - Dec" over "2021", "... Jan"
    # over "2024 – Present"
    return re.sub(
        r"([^\W\d_]{3,9}\.?)\n[ \t]*((?:19|20)\d\d(?:[ \t]*[-–—][ \t]*[^\W\d_]*\.?[ \t]*(?:(?:19|20)\d\d)?)?)"
        r"[ \t]*(?=\n|$)",
        lambda m: f"{m[1]} {m[2]}" if month_of(m[1]) else m[0],
        text,
    )


# "Feb 2016 – Aug      Community Pharmacist, ..." over "2019                 • Ran the ...": a date
# cell's range wrapped after its month, each part beside the text of the cell to its right
_DATE_CELL_WRAP = re.compile(
    r"(?m)^([ \t]*(?:[^\W\d_]{3,10}\.? )?(?:19|20)\d\d[ \t]*[-–—][ \t]*)([^\W\d_]{3,10}\.?)( {3,})(\S.*)\n"
    r"([ \t]*)((?:19|20)\d\d)( {3,}\S.*)$"
)


def _glued_label(m: re.Match) -> str:
    value = re.sub(r"\s*\(.*\)$", "", m[3])
    if section_kind(m[2], loose=False) or LEVEL.fullmatch(value):
        return f"{m[1]}{m[2]}   {m[3]}"
    return m[0]


def _date_cell(m: re.Match) -> str:
    start, month, gap, cell, indent, year, rest = m.groups()
    if not month_of(month):
        return m[0]
    # the year joins its month; both lines keep their next cell where it stood
    gap = " " * max(3, len(gap) - len(year) - 1)
    return f"{start}{month} {year}{gap}{cell}\n{indent}{' ' * len(year)}{rest}"


# "10/2018 –   Data Scientist, ..." over "02/2021     Forecast ...": a narrow date column (moderncv's)
# wraps its range after the dash
_DATE = r"(?:\d{1,2}[./](?:19|20)\d\d|(?:[^\W\d_]{3,9}\.? )?(?:19|20)\d\d)"
_DATE_DASH_WRAP = re.compile(
    rf"(?m)^([ \t]*{_DATE}[ \t]*[-–—])( {{2,}})(\S.*)\n([ \t]*)({_DATE}|present|current|now|today|heute)((?: {{2,}}\S.*)?)$",
    re.I,
)


def _date_dash(m: re.Match) -> str:
    start, gap, cell, indent, end, rest = m.groups()
    first = f"{start} {end}{' ' * max(2, len(gap) - len(end) - 1)}{cell}"
    return f"{first}\n{indent}{' ' * len(end)}{rest}" if rest else first


def _email_runs(m: re.Match) -> str:
    """The two runs of an address as one, when together they make an address and the first is none."""
    joined = m[1] + m[3]
    return joined + m[2] if EMAIL.fullmatch(joined) and not EMAIL.fullmatch(m[1]) else m[0]


# LaTeX's default (OT1) fonts draw "ã" as a tilde glyph over an "a", and the PDF's text holds both:
# "S˜ao Paulo", "recep¸c˜ao", "´ıvel" (a dotless i under the acute)
_SPACING_ACCENTS = {
    "˜": "\u0303",
    "ˆ": "\u0302",
    "´": "\u0301",
    "`": "\u0300",
    "¨": "\u0308",
    "ˇ": "\u030c",
    "˘": "\u0306",
    "˚": "\u030a",
    "˝": "\u030b",
    "˙": "\u0307",
    "¯": "\u0304",  # "M¯aori"
    "˛": "\u0328",
}


def _accents(text: str) -> str:
    """Each spacing accent joined to the letter after it, where the two make one letter (so that
    "O´Brien" stays as it is), and every accented letter one character (NFC)."""

    def join(m: re.Match) -> str:
        letter = "i" if m.group(2) == "ı" else m.group(2)
        one = unicodedata.normalize("NFC", letter + _SPACING_ACCENTS[m.group(1)])
        return one if len(one) == 1 else m.group(0)

    text = re.sub(f"([{''.join(_SPACING_ACCENTS)}])([A-Za-zı])", join, text)
    # a cedilla stands before or after its letter ("servi¸co", "Forma¸c˜ao", "Formac¸˜ao")
    text = re.sub(r"¸([CcSsTt])|([CcSsTt])¸", lambda m: (m.group(1) or m.group(2)) + "\u0327", text)
    # and "é" may come out as "e" and a combining accent: one character, as in every other file
    return unicodedata.normalize("NFC", text)


def _spacing(text: str) -> str:
    """A word processor's paragraph spacing gives every line a blank line after it, which would part
    each line from the next as if they were different entries: when the gap most often found
    between two lines is a blank line (or more), that gap counts as none, and each blank line more
    as one."""
    gaps = [g.count("\n") for g in re.findall(r"\S[^\n]*\n((?:[ \t]*\n)*)(?=[ \t]*\S)", text)]
    common = min(set(gaps), key=lambda g: (-gaps.count(g), g)) if gaps else 0
    if common == 0:
        return text
    out, run = [], 0
    for line in text.split("\n"):
        if line.strip():
            out += [""] * max(0, run - common)
            out.append(line)
            run = 0
        else:
            run += 1
    return "\n".join(out)


def docx_text(data: bytes, path: Path) -> str:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        doc = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as e:
        raise LenweightError(
            f"{path}: could not read the Word file ({e}); save it as .docx or text"
        ) from None

    def line(para) -> str:
        listed = para.style is not None and para.style.name.lower().startswith("list")
        numbered = para._p.find(".//" + docx.oxml.ns.qn("w:numPr")) is not None
        text = para.text.strip()
        return f"- {text}" if text and (listed or numbered) else text

    def blocks(parent):
        """The body's paragraphs and tables in order, and those inside content controls (w:sdt),
        where Word's own templates keep the name, the contact line and each section's text; and
        a text box's (a sidebar drawn as a floating shape) before the paragraph it is anchored in
        (once: Word writes a box twice, as a drawing and as a VML fallback)."""
        for block in parent.iterchildren():
            if block.tag.rsplit("}", 1)[-1] == "sdt":
                content = block.find(docx.oxml.ns.qn("w:sdtContent"))
                yield from blocks(content) if content is not None else ()
                continue
            for box in block.iter(docx.oxml.ns.qn("w:txbxContent")) if block.tag.endswith("}p") else ():
                if not any(a.tag.endswith("}Fallback") for a in box.iterancestors()):
                    yield from blocks(box)
                    yield box  # (a stand-in for the blank line after the box)
            yield block

    lines = []
    for block in blocks(doc.element.body):
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(line(docx.text.paragraph.Paragraph(block, doc)))
        elif tag == "tbl":
            for row in docx.table.Table(block, doc).rows:
                # merged cells repeat their text: each once
                cells = list({c.text.strip(): c for c in row.cells if c.text.strip()}.values())
                if any("\n" in c.text.strip() for c in cells):
                    # a template's layout table (a sidebar, then the main column): each cell's
                    # paragraphs, a list's items as bullets
                    lines += [part for c in cells for part in [*map(line, c.paragraphs), ""]]
                else:  # a table of data: "MSc in Management<TAB>ESSEC<TAB>2017"
                    lines.append("\t".join(c.text.strip() for c in cells))
            lines.append("")
        elif tag == "txbxContent":
            lines.append("")  # the text box ends
    return "\n".join(lines)


_ODF = {
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
}


def is_odt(data: bytes) -> bool:
    """An OpenDocument text (LibreOffice Writer's own format): a zip whose first file, stored
    uncompressed, names its type."""
    return data.startswith(b"PK\x03\x04") and b"application/vnd.oasis.opendocument.text" in data[:200]


def odt_text(data: bytes, path: Path) -> str:
    """An .odt's text as docx_text gives a Word file's: paragraphs and headings a line each, a
    list's items as bullets, a table's row as its cells at tabs (or, where a cell holds several
    paragraphs, a layout table's, each cell's lines), a text frame's lines before its paragraph."""
    from lxml import etree  # (python-docx's own dependency)

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            root = etree.fromstring(z.read("content.xml"))
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError) as e:
        raise LenweightError(
            f"{path}: could not read the OpenDocument file ({e}); save it as .odt, .docx or text"
        ) from None

    def q(name: str) -> str:
        prefix, local = name.split(":")
        return f"{{{_ODF[prefix]}}}{local}"

    def inline(el) -> str:
        out = [el.text or ""]
        for child in el:
            tag = child.tag
            if tag == q("text:s"):
                out.append(" " * int(child.get(q("text:c"), "1")))
            elif tag == q("text:tab"):
                out.append("\t")
            elif tag == q("text:line-break"):
                out.append("\n")
            elif tag != q("draw:frame"):  # (a frame's text is read as its own lines)
                out.append(inline(child))
            out.append(child.tail or "")
        return "".join(out)

    def blocks(parent, listed: bool = False) -> list[str]:
        lines: list[str] = []
        for el in parent:
            if el.tag in (q("text:p"), q("text:h")):
                for box in el.iter(q("draw:text-box")):
                    lines += [*blocks(box), ""]
                text = inline(el).strip()
                lines.append(f"- {text}" if listed and text else text)
            elif el.tag == q("text:list"):
                for item in el:
                    lines += blocks(item, listed=True)
            elif el.tag == q("table:table"):
                for row in el.iter(q("table:table-row")):
                    cells = [c for c in row if c.tag == q("table:table-cell")]
                    parts = [blocks(c) for c in cells]
                    if any(len([x for x in p if x]) > 1 for p in parts):
                        lines += [x for p in parts for x in [*p, ""]]
                    else:
                        lines.append("\t".join(x for p in parts for x in p if x))
                lines.append("")
            elif el.tag in (q("text:section"), q("text:list-item"), q("text:list-header")):
                lines += blocks(el, listed)
        return lines

    body = root.find(f"{q('office:body')}/{q('office:text')}")
    return "\n".join(blocks(body if body is not None else root))


# a web page's parts that hold no resume: the site's menu and footer, code, forms, pictures
_HTML_NOISE = {"head", "script", "style", "noscript", "template", "nav", "footer", "button", "form", "svg",
               "iframe", "select", "canvas", "video", "audio"}  # fmt: skip
_HTML_BLOCKS = {"address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure",
                "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section",
                "table", "tr", "ul"}  # fmt: skip
# where a page shows a gap: before a heading or a rule, before and after a section or a table
_HTML_GAP_AROUND = {"section", "article", "table"}
_HTML_GAP_BEFORE = {"h1", "h2", "h3", "h4", "h5", "h6", "hr"} | _HTML_GAP_AROUND
# (a link that names what it opens: "Download PDF", "View my CV", "Print version"; not a linked
# employer, "Open Data Institute")
_SITE_LINK = re.compile(
    r"(?:(?:download|print|view|get|open)\b.{0,20}\b)?(?:pdf|cv|r[ée]sum[ée]|print)(?: version| ?\(pdf\))?|back to top",
    re.I,
)
_CHIPS = {"span", "a", "code", "kbd", "mark", "b", "strong", "em", "i"}


def is_html(data: bytes, path: Path) -> bool:
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or (
        path.suffix.lower() in (".html", ".htm", ".xhtml") and head.startswith(b"<")
    )


def html_text(data: bytes, path: Path) -> str:
    """A web page's text as docx_text gives a Word file's: each block (a heading, a paragraph, a
    list item as a bullet, a line break) a line, a table's row as its cells at tabs; the site's
    menu, footer, scripts and styles left out. A personal site's CV page, a Google Docs or Word
    "web page" export."""
    import lxml.html
    from lxml import etree

    # UTF-8 where it is (a page that declares no charset is read by lxml as Latin-1: "rÃ©sumÃ©"),
    # else the charset the page declares
    try:
        page: str | bytes = re.sub(r"^\s*<\?xml[^>]*\?>", "", data.decode("utf-8-sig"))  # (XHTML's)
    except UnicodeDecodeError:
        page = data
    try:
        root = lxml.html.document_fromstring(page)
    except (etree.ParserError, ValueError) as e:
        raise LenweightError(
            f"{path}: could not read the web page ({e}); save the resume as text or PDF"
        ) from None
    for el in list(root.iter(etree.Comment, etree.ProcessingInstruction, *_HTML_NOISE)):
        el.drop_tree()  # (keeps the text after it)
    for el in list(root.iter("a")):  # the page's own links: "Download PDF", "Print this CV"
        if _SITE_LINK.fullmatch(el.text_content().strip()):
            el.drop_tree()
    for el in root.iter():
        # the page's own line breaks and indents are spaces, as a browser shows them (not in <pre>);
        # a run of no-break spaces is kept: Word's web pages space columns with them
        if el.tag != "pre" and not any(a.tag == "pre" for a in el.iterancestors()):
            el.text = el.text and re.sub(r"[ \t\r\n\f]+", " ", el.text)
            el.tail = el.tail and re.sub(r"[ \t\r\n\f]+", " ", el.tail)
    for el in list(root.iter()):
        kids = [k for k in el if isinstance(k.tag, str)]
        # a row of chips or badges (<span class="chip">Python</span> <span class="chip">SQL</span>),
        # apart only by CSS: a list. (A Google Docs export's runs of one line are spans too, but of
        # different classes, one after the other: "<span class="c6">Engineer</span><span class="c1">, Acme</span>")
        if (len(kids) >= 2 and len({(k.tag, k.get("class")) for k in kids}) == 1 and kids[0].tag in _CHIPS
                and (kids[0].get("class") or all(k.tail for k in kids[:-1]))
                and not (el.text or "").strip() and all(not (k.tail or "").strip() for k in kids)
                and all(0 < len(t := k.text_content().strip()) <= 40 and t[0].isalnum() for k in kids)):  # fmt: skip
            for k in kids[:-1]:
                k.tail = ", "
        # boxes set side by side by CSS with nothing between them ("<span><b>Engineer, WSP</b></span>
        # <span>Apr 2019 – Present</span>" in a flex row): a column's gap, not one word "WSPApr"
        for k, after in zip(kids, kids[1:]):
            left, right = k.text_content(), after.text_content()
            if not k.tail and left[-1:].isalnum() and right[:1].isalnum():
                k.tail = "   "
        if el.tag in _HTML_BLOCKS:
            # a blank line only where a page shows a gap between parts (an entry's lines, in <div>s
            # and <p>s, stay together)
            gap = "\n\ue000\n"
            before = "\n- " if el.tag == "li" else gap if el.tag in _HTML_GAP_BEFORE else "\n"
            el.text = before + (el.text or "")
            el.tail = (gap if el.tag in _HTML_GAP_AROUND else "\n") + (el.tail or "")
        elif el.tag == "br":
            el.tail = "\n" + (el.tail or "")
        elif el.tag in ("td", "th"):
            el.tail = "\t" + (el.tail or "")
    body = root.find("body")
    text = (body if body is not None else root).text_content().replace("\xa0", " ")
    lines = [re.sub(r" *\t[\t ]*", "\t", ln).strip(" \t") for ln in text.split("\n")]
    out: list[str] = []
    for ln in lines:
        if ln == "\ue000":
            if out and out[-1]:
                out.append("")
        elif out and out[-1] == "-" and ln:  # a list item's own paragraph (<li><p>...</p></li>)
            out[-1] = f"- {ln}"
        elif ln:
            out.append(ln)
    return "\n".join(ln for ln in out if ln != "-").strip("\n")
