"""Split a plain-text resume into its header block (name, contact) and sections, line by line.

No torch here. Every header-like line ends the section before it, known or not: ALL CAPS, `#`
markdown, **bold**, numbered (`2. EXPERIENCE`), `Title:`, or a short line underlined by a rule. A
synonym table (English, German, French, Spanish) says what kind of section a title names; an
unknown title opens a section of kind None, which is reported and not turned into questions.
`entries.py` reads the sections; `facts.py` turns them into questions.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from .dates import EVENT_ROW, find_range, opens_with_dates, strip_range

# The capitals of the Latin alphabets people write resumes in, for a character class: A-Z, Latin-1's
# (not "×") and Latin Extended-A's ("Łukasz", "Şahin", "İzmir", "Čapek"); `re` has no \p{Lu}
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper())

# Section kinds, each with patterns matched against the normalised title (lower case, no
# numbering or markup), in English, German, French, Spanish, Portuguese, Italian, Dutch, Czech,
# Slovak, Polish, Swedish, Danish, Norwegian, Finnish and Turkish (a Turkish title is matched with
# its dotless "ı" as "i": normalise_title). Order matters: "volunteer experience" is volunteer, not
# experience.
SECTION_PATTERNS: list[tuple[str, str]] = [
    ("references", r"references?|referees?|referenzen|références|referencias|referências|referenze|referenties|"
     r"referenser|referencer|referanser|suosittelijat|referanslar|referensi|referinț[eă]"),
    # what a rirekisho or an application form asks of this application, not of the person: kept out
    # (and an Indian CV's "Declaration", "I hereby declare that ..."; USAJOBS's "Additional Information",
    # veterans' preference and clearance; Europass's job applied for and driving licence)
    ("application", r"motivation( for applying)?|reasons? for applying|self[- ]?pr|self[- ]promotion|"
     r"personal (requests|preferences|wishes)|commut(e|ing)( time)?|anschreiben|lettre de motivation|"
     r"self[- ](evaluation|assessment|appraisal)|declaration|additional information|other information|"
     r"(job|position) applied for|desired (job|position)|driving licen[cs]e|"
     r"otros datos( de interés)?|información adicional|autres informations|weitere angaben|altre informazioni"),
    # a student's clubs are roles at organisations, like volunteering ("President, Economics Society")
    ("volunteer", r"leadership( and (activities|involvement))?|extra-?curriculars?( activit(y|ies)| involvement)?|(campus|student) (activities|involvement)|"
     r"activities and leadership|volunt\w*( (work|experience|activities|activity|roles?|positions?|service|engagement))?|community( service| involvement)?|ehrenamt\w*|bénévolat|voluntariado|volontariato|service|vrijwilligerswerk|"
     r"ideellt (arbete|engagemang)|frivilligt arbejde|frivillig( arbeid| erfaring)?|vapaaehtoistyö|gönüllü (çalışmalar|faaliyetler)|"
     # Swedish "positions of trust" (a board seat, a union post), and the Norwegian and Finnish words
     r"förtroendeuppdrag|styrelseuppdrag|ideella uppdrag|tillitsverv|luottamustehtävät"),
    ("publications", r"publications?|papers?|selected (works|papers)|publikationen|veröffentlichungen|"
     r"publicaciones|publicações|pubblicazioni|publicaties|articles|talks( (and|&) publications)?|presentations"),
    ("awards", r"awards?|honou?rs?|honou?rs?-awards|achievements?|accomplishments?|prizes?|scholarships?|fellowships?|grants?|competitions?|"
     r"distinctions?|auszeichnungen|preise|récompenses|distinctions|premios|reconocimientos|recognition|"
     r"prêmios|prémios|premi|riconoscimenti|prijzen|onderscheidingen|utmärkelser|priser|"
     r"udmærkelser|utmerkelser|palkinnot|ödüller|başarilar"),
    # a professional body's membership is a credential it grants ("MRICS - Royal Institution of ...")
    ("certifications", r"certifi\w*|licen[cs]es?|licensure|zertifi\w*|weiterbildung(en)?|courses?|trainings?|"
     r"(professional )?memberships?|(professional )?affiliations|professional bodies|(professional )?registrations?|mitgliedschaften|ordre professionnel|"
     r"formation continue|cursos|certificaten|cursussen|trainingen|"
     r"certifikat|certifieringar|kurser|legitimation(er)?|certificeringer|sertifiseringer|kurs|sertifikaatit|kurssit|"
     r"sertifikalar|sertifikalarım|kurslar|belgeler|"
     r"(pelatihan|kursus)( dan sertifikasi)?|sertifikasi|sertifikat|certificări|certificari|cursuri"),
    ("languages", r"(spoken |foreign )?languages?(\(s\))?( spoken| skills| known)?|mother tongue\(s\)|sprachen|sprachkenntnisse|langues|idiomas|lenguas|"
     r"línguas|lingue|(conoscenze|competenze) linguistiche|talen|talenkennis|"
     # Czech, Slovak, Polish
     r"jazykové znalosti|jazyky|cudzie jazyky|języki( obce)?|znajomość języków|"
     # Swedish, Danish, Norwegian, Finnish, Turkish
     r"språk(kunskaper|kunnskaper)?|sprog(kundskaber)?|kielitaito|kielet|yabanci dil(ler|ler[i])?|dil bilgisi|diller|"
     # Indonesian, Romanian
     r"(kemampuan |penguasaan )?bahasa( asing)?|limbi( străine| straine)?|limbi cunoscute"),
    ("education", r"education|schooling|academic( background| history| qualifications?| training| details)?|studies|"
     # a Nigerian CV's two lists: "Educational Institutions Attended with Dates", "... Qualifications Obtained ..."
     r"(educational )?(institutions|schools) attended( with dates)?|(educational )?qualifications obtained( with dates)?|"
     r"degrees?|qualifications|educational (background|qualifications?|history|details)|ausbildung|bildungsweg|studium|schulbildung|formation|"
     r"études|educación|formación( académica)?|estudios|formação( acadêmica| académica)?|escolaridade|"
     r"istruzione( e formazione)?|formazione|titoli di studio|opleiding(en)?|scholing|onderwijs|"
     r"vzdělání|vzdelanie|wykształcenie|utbildning(ar)?|uddannelse|utdannelse|utdanning|koulutus|"
     r"eğitim( bilgileri)?|öğrenim( bilgileri)?|(riwayat )?pendidikan( formal)?|educați[ea]|educatie|studii"),
    # a physician's residency and fellowship: "Postgraduate Training" (before certifications' "training")
    ("experience", r"(postgraduate|graduate medical|residency( and fellowship)?|clinical) training|residency|(\w+ )?experience|employment( history)?|work( history)?|career( history)?|((academic|faculty|university|professional) )?appointments|"
     r"academic (positions|employment)|military( service| history)?|wehrdienst|(clinical )?rotations|practicums?|"
     r"clinical placements?|internships?|industrial training|"
     r"positions?( held)?|jobs|berufserfahrung|berufliche(r)? (werdegang|erfahrung)|werdegang|praxis|"
     r"expériences?( professionnelles?| de travail)?|parcours( professionnel)?|experiencia( laboral| profesional| de trabajo)?|"
     r"trayectoria( profesional)?|experiência( profissional)?|experiências( profissionais)?|histórico profissional|"
     r"esperienz[ae]( lavorativ[ae]| professional[ei])?|research|industry|(werk|beroeps)ervaring|loopbaan|"
     r"arbeidsverleden|pracovní zkušenosti|pracovné skúsenosti|praxe|doświadczenie( zawodowe)?|"
     r"arbetslivserfarenhet|arbetserfarenhet|yrkeserfarenhet|anställningar|erhvervserfaring|arbejdserfaring|"
     r"arbeidserfaring|yrkeserfaring|työkokemus|työhistoria|(iş )?deneyim(i|ler|lerim)?|iş tecrübe(si|leri)|tecrübeler|"
     r"(riwayat )?pengalaman( kerja)?|riwayat pekerjaan|experiență( profesională)?|experienta( profesionala)?"),
    ("skills", r"(\w+ )?skills?|competenc(i|y|ies)|expertise|tools|technologies|tech stack|toolbox|"
     r"kenntnisse|fähigkeiten|kompetenzen|edv(-kenntnisse)?|compétences|habilidades|conocimientos|"
     r"aptitudes|strengths|competências|conhecimentos|competenze( tecniche| informatiche)?|conoscenze|"
     r"vaardigheden|competenties|ich biete|dovednosti|zručnosti|počítačové znalosti|umiejętności|"
     r"kompetenser|färdigheter|kunskaper|it-kunskaper|kompetencer|færdigheder|kompetanse|ferdigheter|"
     r"taidot|osaaminen|beceriler(im)?|yetenekler(im)?|yetkinlikler|bilgisayar (becerileri|bilgisi)|"
     r"keahlian|keterampilan|kemampuan|kompetensi|competențe( tehnice| digitale)?|aptitudini|abilități"),  # Xing: "Ich biete" (I offer) lists the skills
    ("projects", r"(\w+ )?projects?|projekte|projets|proyectos|projetos|progetti|projecten|portfolio|open[- ]source"),
    ("interests", r"interests?|hobbies|activities|sports|hobbys|interessen|freizeit|loisirs|centres d'intérêt|intérêts|"
     r"intereses|aficiones|pastimes|interesses|interessi|passatempi|hobby'?s|vrije tijd|zájmy|záujmy|zainteresowania|"
     r"(fritids)?intressen|(fritids)?interesser|fritid|harrastukset|hobiler(im)?|ilgi alanlar[ıi]|hobi|minat|"
     r"hobby-uri|interese|pasiuni"),
    ("summary", r"summary|profile|about( me)?|(career )?objective|career (summary|profile)|overview|introduction|bio(graphy)?|who i am|"
     r"personal (statement|profile)|"
     r"research (interests|focus|statement)|areas of (interest|expertise)|profil|kurzprofil|über mich|zusammenfassung|résumé|à propos|perfil|resumen|sobre mí|acerca de mí|"
     r"resumo|sobre mim|objetivo|profilo|chi sono|obiettivo|extracto|(persoonlijk )?profiel|over mij|samenvatting|ich suche|"
     r"om mig|sammanfattning|om meg|sammendrag|profiili|tiivistelmä|hakkımda|hakkimda|özet|kariyer hedefi|"
     r"tentang saya|ringkasan|profil singkat|despre mine|rezumat|obiectiv( profesional)?"),
    ("contact", r"basic information|basic info|contact( me| info(rmation)?| details)?|(personal )?details|personal (information|data)|"
     r"kontakt(daten)?|persönliche (daten|angaben)|coordonnées|contacto|contactar|datos personales|links|(social |online )?profiles|contato|"
     r"dados pessoais|contatti|(dati|informazioni) personali|contactgegevens|personalia|persoonlijke gegevens|"
     r"osobní údaje|osobné údaje|dane osobowe|personuppgifter|kontaktuppgifter|personlige oplysninger|"
     r"kontaktoplysninger|personlige opplysninger|kontaktinformasjon|henkilötiedot|yhteystiedot|"
     r"kişisel bilgiler|iletişim( bilgileri)?|data (pribadi|diri)|informasi pribadi|kontak|"
     r"date (personale|de contact)|informații personale"),
]  # fmt: skip
_KINDS = [(kind, re.compile(rf"(?:{pattern})")) for kind, pattern in SECTION_PATTERNS]
# Lines before the first section that are no name: document titles ("CURRICULUM VITAE", "Lebenslauf").
DOCUMENT_TITLES = re.compile(
    r"^(curriculum vitae|cv|resume|résumé|lebenslauf|hoja de vida|c\.v\.|meritförteckning|ansioluettelo|özgeçmiş|"
    r"životopis|życiorys|daftar riwayat hidup|riwayat hidup)$",
    re.I,
)

BULLET = re.compile(r"^\s*(?:[-–*+>](?=\s)|[•◦▪‣➢➤►▸▹→✓✔❖■□●○·◆◇]|\d{1,2}[.)](?=\s)|[a-z][.)](?=\s))\s*")
RULE = re.compile(r"^\s*(?:[-=_.*~#•·─━═]\s*){3,}$")  # a line of dashes, equals, dots...: a separator
# a PDF's page footer as its text comes out: "Page 1 of 2" (LinkedIn's export; "Page 1 sur 2",
# "Seite 1 von 2", "Página 1 de 2" in its other languages), "- 2 -"
PAGE = re.compile(
    r"^\s*(?:(?:page|seite|p[aá]gina)\s+\d+(?:\s*(?:of|/|sur|von|de|di|van)\s*\d+)?|-\s*\d{1,2}\s*-)\s*$",
    re.I,
)
# A German CV ends with the place, the date and the signature: "Köln, 01.12.2024" / "Jonas Weber"
# ("Köln, den 12.03.2025", "Köln, im März 2025")
SIGN_OFF = re.compile(
    r"^\s*[A-ZÄÖÜ][\w .'’-]+,\s*(?:(?:den\s+)?\d{1,2}\.\s?(?:\d{1,2}\.|[A-ZÄÖÜ][a-zäöü]+)\s?|im\s+[A-ZÄÖÜ][a-zäöü]+\s+)(?:19|20)\d\d\s*$"
)  # ("Stuttgart, 14.02.2026", "Stuttgart, 1. März 2026", "München, im März 2026")
# ... and so do CVs elsewhere, after a statement that all of it is true (Indonesia's "Demikian daftar
# riwayat hidup ini saya buat ...", India's "I hereby declare ..."), the place and date written out:
# "Jakarta, 1 Desember 2026", taken as one only in the document's last three lines
_DECLARATION = re.compile(
    r"\s*(?:demikian\b|i hereby (?:declare|certify|confirm)|declar pe propria răspundere|ich versichere)",
    re.I,
)
_PLACE_DATE = re.compile(r"^\s*[A-Z][\w .'’-]+,\s*\d{1,2}\.? [A-Z][a-z]+ (?:19|20)\d\d\s*$")
_NUMBERING = re.compile(r"^(?:\d{1,2}|[IVX]{1,4})[.)]\s+|^§\s*")
_MARKUP = re.compile(r"\*\*|__|(?<!\w)[*_](?!\s)|(?<!\s)[*_](?!\w)|`")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<![\w/])(?:\(\+|\+?\(?)\d[\d ()./-]{7,}\d(?!\w)")  # "(+351) 912 ...": Europass
URL = re.compile(r"(?:https?://)?(?:www\.)?(?:[\w-]+\.)+[a-z]{2,}(?:/[\w./%#?=&-]*)?", re.I)
MD_LINK = re.compile(r"\[([^\]]+)\]\(([^)]*)\)")


# the one project a degree ended with: "Graduation project: ...", "Capstone project on ..."
DEGREE_PROJECT = r"(?:graduation|final[- ]year|final|capstone|senior|diploma|degree) project"


def normalise_title(text: str) -> str:
    """'**2. Work Experience:**' -> 'work experience'."""
    t = MD_LINK.sub(r"\1", text).strip().lstrip("#").strip()
    t = _MARKUP.sub("", t).strip()
    t = _NUMBERING.sub("", t)
    t = re.sub(r"^[^\w(]+|[^\w)]+$", "", t)  # emoji, colons, "|" around the title
    # (Turkish capitals lower-case to "i̇" with a combining dot in Python; "ı" is matched as "i")
    t = re.sub(r"\s+", " ", t.replace("&", "and")).replace("İ", "i").lower().replace("ı", "i")
    return re.sub(r" with dates$", "", t)  # "WORK EXPERIENCE WITH DATES" (Nigerian CVs)


def section_kind(title: str, loose: bool = True) -> str | None:
    """The kind a section title names ('Berufserfahrung' -> 'experience'), or None if unknown.

    A title of up to six words counts when one of its words, or the title whole, names a kind; the
    first matching kind in SECTION_PATTERNS wins ('Volunteer Experience' -> volunteer). `loose`
    also reads a title by its last or first word ('Selected Publications'): right for a line that
    already looks like a header, too eager for deciding whether a phrase is a title at all.
    """
    t = normalise_title(title)
    # "Honors thesis: ...", "Senior dissertation" label a degree's detail, not a section
    # and so does "Graduation project: a rhythm game ..." (one project, named by what it crowned)
    if (
        not t
        or len(t.split()) > 6
        or re.search(r"\b(thesis|dissertation)\b", t)
        # "Achievements/Tasks" heads a job's bullets (Novorésumé), it opens no awards section
        or re.search(r"\b(tasks|responsibilities|duties)\b", t)
        or re.fullmatch(DEGREE_PROJECT, t)
    ):
        return None
    for kind, pattern in _KINDS:
        if pattern.fullmatch(t):
            return kind
    # "Professional Experience and Leadership", "Education and Training": a part names the kind,
    # the first part that does winning (people name the main content first).
    # ("Legitimation och kurser": Swedish "and"; Norwegian and Danish "og", Turkish "ve", Romanian "și",
    # Indonesian "dan")
    for part in re.split(r",|/| and | und | et | y | och | og | ve | și | dan |\s[-–—|]\s", t):
        for kind, pattern in _KINDS:
            if part.strip() and pattern.fullmatch(part.strip()):
                return kind
    # "Selected Publications", "Volunteering Work": one word names the kind, the first kind in
    # SECTION_PATTERNS order winning (volunteer before experience).
    words = t.split()
    if len(words) > 1 and loose:
        return next((kind for kind, pattern in _KINDS if any(pattern.fullmatch(w) for w in words)), None)
    return None


@dataclass
class Line:
    no: int  # 1-based line number in the file
    text: str  # stripped of markup and bullets
    indent: int
    bullet: bool
    raw: str
    gap: bool = False  # a blank line stands before it
    used: bool = False  # set when a fact took something from this line (the coverage report)
    repeat: bool = False  # its section's kind already had this line (parse_resume decides on it)


@dataclass
class Section:
    kind: str | None  # None: a title we do not know, reported in the coverage
    title: str
    start: int  # line number of the header (0: a JSON Resume key, or lines before any header)
    lines: list[Line] = field(default_factory=list)
    entries: int = 0
    pairs: int = 0
    repeated: int = 0  # lines skipped as repeats of lines already read in a section of this kind

    @property
    def end(self) -> int:
        return self.lines[-1].no if self.lines else self.start

    def unused(self) -> list[Line]:
        return [line for line in self.lines if not line.used]


@dataclass
class Resume:
    name: str | None
    header: list[Line]  # the lines before the first section: name, headline, contact
    sections: list[Section]
    contact: dict[str, str] = field(default_factory=dict)


def _clean(raw: str) -> tuple[str, bool]:
    """(text without bullet and markup, is a bullet)."""
    bullet = bool(BULLET.match(raw)) and not RULE.match(raw)
    text = BULLET.sub("", raw, count=1) if bullet else raw
    text = MD_LINK.sub(lambda m: m.group(1) if m.group(1) != m.group(2) else m.group(1), text)
    text = re.sub(r"\*\*|__|`", "", text).strip()
    # markdown italics: "*Senior Developer*", "_BMath_" (not snake_case, not a lone "*")
    text = re.sub(r"(?<![\w*])([*_])(?=\S)([^*_\n]+?)(?<=\S)\1(?![\w*])", r"\2", text)
    text = re.sub(r"^#+\s*", "", text)
    return _unicon(text), bullet


def _unicon(text: str) -> str:
    """The text after the pictograms a design template puts before a line: an emoji ("📞", "📍"),
    a dingbat ("✉"), an icon font's private-use glyph (Font Awesome in a PDF's text)."""
    rest = text
    while rest and (unicodedata.category(rest[0]) in ("So", "Co") or rest[0] == "\ufe0f"):
        rest = rest[1:].lstrip()
    return rest or text


def _style(raw: str, nxt: str) -> str | None:
    """How a line looks if it looks like a header: 'md1'..'md6', 'caps', 'bold', 'underlined', 'colon'."""
    s = raw.strip()
    if m := re.match(r"^(#{1,6})\s+\S", s):
        return f"md{len(m.group(1))}"
    s = _unicon(s)  # (an emoji before a title, "💼 Experience": a GitHub README's, printed)
    if RULE.match(nxt) and 0 < len(s.split()) <= 6 and not RULE.match(s):
        return "underlined"
    core = _NUMBERING.sub("", s)
    if re.fullmatch(r"(\*\*|__)[^*_]{2,60}\1:?", core):
        return "bold"
    letters = re.sub(r"[^\w]|\d|_", "", core)
    if len(letters) >= 3 and letters.isupper() and len(core.split()) <= 6 and not re.search(r"\d{4}", core):
        return "caps"
    if re.fullmatch(r"[^\W\d][\w &/,'()-]{1,40}:", core):
        return "colon"
    if re.fullmatch(r"[^\W\d_][\w &/,'’-]{1,40}", core) and len(core.split()) <= 5 and core[0].isupper():
        return "plain"  # "Employment", "Professional Profile": counts only for titles we know
    return None


_ENTRY_KINDS = ("experience", "education", "volunteer", "projects")
_MAIN_KINDS = (*_ENTRY_KINDS, "summary", "references", "publications")  # never a skill's category
_UNLISTED = ("summary", "references", "publications")  # kinds no list item is named by
_SIDEBAR_KINDS = ("contact", "skills", "languages", "certifications", "awards")
_LINKEDIN_SIDEBAR = re.compile(
    r"Top Skills|Aptitudes principales|Principales compétences|Top-Kenntnisse|Principais competências|"
    r"Competenze principali|Languages|Idiomas|Langues|Sprachen|Lingue|Certifications|Certificaciones|"
    r"Zertifikate|Certificações|Certificazioni|Honors-Awards|Reconocimientos y premios|Distinctions|"
    r"Auszeichnungen|Prêmios|Riconoscimenti e premi|Publications|Publicaciones"
)
# Spoken languages, to tell "Languages: English, Japanese" from "Languages: Python, Go"
SPOKEN = re.compile(
    r"(?:english|spanish|french|german|italian|portuguese|dutch|swedish|norwegian|danish|finnish|polish|"
    r"czech|slovak|russian|ukrainian|romanian|hungarian|greek|turkish|arabic|hebrew|persian|farsi|hindi|"
    r"urdu|bengali|punjabi|tamil|telugu|marathi|gujarati|malayalam|kannada|mandarin|chinese|cantonese|"
    r"japanese|korean|vietnamese|thai|indonesian|malay|tagalog|filipino|swahili|yoruba|igbo|hausa|zulu|"
    r"xhosa|amharic|somali|irish|welsh|catalan|basque|galician|(?:american )?sign language|asl)\b",
    re.I,
)


def _header_line(
    lines: list[str],
    i: int,
    doc_styles: set[str],
    current: Section | None,
    dense: bool = False,
    seen: frozenset = frozenset(),
) -> tuple[str, str] | None:
    """(title, inline text) if line i opens a section, else None (`seen`: the kinds of the sections
    so far that hold lines)."""
    raw = lines[i]
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    style = _style(raw, nxt)
    s = raw.strip()
    inline = ""
    if ":" in s and not s.endswith(":") and not BULLET.match(raw):
        title, inline = (p.strip() for p in s.split(":", 1))
        # "Profile: Statistician..." opens a section; "Languages: Python, SQL" inside skills does not.
        # Nor does "Position: Production Engineer" inside an experience section (a label of its entry).
        # And neither does "Honors: Summa Cum Laude" under a degree (USAJOBS prints it so).
        if (
            section_kind(title)
            and len(title.split()) <= 3
            and (
                current is None
                or current.kind not in ("skills", "contact", section_kind(title))
                # ("Mother tongue(s): Romanian" under Europass's "Personal skills": the languages begin)
                or re.fullmatch(r"mother tongue\(s\)", title, re.I)
                and current.kind != "languages"
            )
            and not (
                current is not None and current.kind == "education" and re.fullmatch(r"honou?rs", title, re.I)
            )
        ):
            return title, inline
        return None
    if style is None or BULLET.match(raw) and not _NUMBERING.match(s):
        return None
    # a plain line is a title only when it names a kind whole ("Work Experience"), not by one of its
    # words: "Certified Forklift Operator" under Certifications and "OSHA 30-Hour General Industry"
    # are items of the section they stand in (an Indeed export puts each on a line of its own)
    kind = section_kind(s, loose=style != "plain")
    prev = lines[i - 1].strip() if i > 0 else ""
    following = next((ln for ln in lines[i + 1 :] if ln.strip() and not RULE.match(ln)), "")
    # a typeset page's small capitals come out in mixed case: "Selected Publications", "Invited
    # Talks" after a blank line are titles by their last word (not "Acme Publications" over a dated
    # line in a section of entries: an employer)
    if style == "plain" and kind is None and len(s.split()) <= 3:
        last = section_kind(s.split()[-1], loose=False)
        if not prev or RULE.match(prev):
            dated = (
                current is not None
                and current.kind in _ENTRY_KINDS
                and find_range(following)
                and not BULLET.match(following)  # "1. Ibarra T (2023) ...": a reference, not a job
                # nor a paragraph (USAJOBS's "Job Related Training": "DoD Financial Management ... (2017).
                # Appropriations Law, ..."): no entry's header line runs past twelve words
                and len(following.split()) <= 12
            )
            kind = None if dated else last
        # or right under the last item of a list (awards, skills), where the page's gap above the
        # title was smaller than a line: a kind no list item is named by ("Selected Publications"
        # under a prize; "Team Leadership" among skills stays a skill)
        elif current is not None and current.kind not in _ENTRY_KINDS and last in _UNLISTED:
            kind = last
    if (
        style == "colon"
        and current is not None
        and current.kind in ("skills", "contact", "languages")
        and not (kind in _MAIN_KINDS and not prev)
    ):
        return None  # "Programming:" inside a skills section is a category; "References:" is not
    # text with no blank lines (a LaTeX template's PDF: "Experience" right under the last degree): a
    # plain title naming another kind than the entries it follows opens a section all the same
    # (and a main title, "Summary", "Education" or "Publications", under the last items of any other
    # section)
    packed = (
        current is not None
        and kind not in (None, current.kind)
        and (current.kind in _ENTRY_KINDS or kind in _MAIN_KINDS)
    )
    # and LinkedIn's sidebar, whose titles follow the items above them with no blank line: its own
    # titles (in the profile's language) open a section; "Languages" does over a spoken language
    sidebar = current is not None and current.kind in _SIDEBAR_KINDS
    if sidebar and _LINKEDIN_SIDEBAR.fullmatch(s):
        return s, ""
    packed = packed or sidebar and kind == "languages" and bool(SPOKEN.match(nxt.strip()))
    # a text with (almost) no blank lines, as a PDF's text is where the page's gaps are smaller than
    # a line: a short plain title naming a kind whole opens its section wherever it stands
    packed = packed or dense
    # a title whose gap is below it (a rule, then space) and not above: LaTeX's `\\[-6pt]\\rule`
    packed = packed or not nxt.strip() and current is not None and current.kind not in (kind, "skills")
    # and a plain title naming a kind whole that no section of this document has had, where its
    # other titles are plain lines too ("Skills" right under the last certificate: Awesome-CV's rule
    # under a title leaves no blank line when a table follows)
    packed = packed or bool(
        kind and current is not None and kind not in seen and "plain" in doc_styles
        and len(s.split()) <= 3 and section_kind(s, loose=False) == kind
    )  # fmt: skip
    if kind and (style != "plain" or not prev or RULE.match(prev) or packed and len(s.split()) <= 3):
        return s, ""
    if style == "plain":
        return None
    # An unknown title counts only in the style this document gives its known titles ("READING
    # LIST" in an ALL-CAPS resume), and not right after another header or before a dated line in
    # a section of entries, where it is a company or school name ("ACME ROCKETS" / "Engineer, 2019").
    if style not in doc_styles or len(s) > 50:
        return None
    if prev and not RULE.match(prev):
        return None
    if (
        current is not None
        and current.kind in ("experience", "education", "volunteer")
        and find_range(following)
    ):
        return None
    return s, ""


_GUTTER = re.compile(r"(?:^|(?<=\S))( {2,})(?=\S)")  # spaces, then text: where a column may start


def _date_or_place(cell: str) -> bool:
    """'2019 - 2021', 'Mountain View, CA', 'Remote': a column of these is part of the entries; and
    'German' beside its level is a row of a table of languages."""
    if (dates := find_range(cell)) and len(strip_range(cell, dates)) < 3:
        return True
    if SPOKEN.fullmatch(cell):
        return True
    return bool(re.fullmatch(r"[A-Z][\w.' -]*,\s*[A-Z][\w.' -]*|remote|hybrid", cell, re.I))


# The column names of a table's header row: "Degree | Institute | Year | Score" (Indian CVs write
# their education so, with no markdown rule under it). A row of these and nothing else is a header.
# (or two of them as one column: "Board / University", "Percentage / CGPA")
_COLUMN_NAME = (
    r"(?:name of (?:the )?)?(?:degree|course|qualification|exam\w*|class|standard|board|university|institut\w*|"
    r"school|college|institution|years?( of passing)?|passing year|score|marks|cgpa|gpa|grade|percentage|"
    r"result|division|dates?|period|duration|role|title|position|designation|company|employer|major|skills?|level|%|"
    r"organi[sz]ation|location|place)"
)
# ("Degree (Major)": a column whose cells give the major in brackets)
TABLE_COLUMN = re.compile(
    rf"{_COLUMN_NAME}(?:\s*/\s*{_COLUMN_NAME})?(?:\s*\((?:major|field|speciali[sz]ation|subject)\))?", re.I
)


def _table_header(line: str) -> bool:
    """A table's header row set with spaces: three or more cells, each a column's name or, wrapped
    onto the line under it, the start of one ("Board /" over "University")."""
    cells = re.split(r"\s{2,}|\t", line.strip())
    return len(cells) >= 3 and all(TABLE_COLUMN.match(c) for c in cells)


def _dates_only(text: str) -> bool:
    return bool(dates := find_range(text)) and not strip_range(text, dates).strip(" ,|·–-")


def _glued_at(line: str, col: int) -> bool:
    """A line of the left column that runs up to the gutter, glued to the right column's first word
    there (paracol's narrow gutter: "... in the first year🏆 Split payments", "Oslo, NorwayEnglish"):
    an icon, or a capital after a small letter, exactly where the right column starts."""
    if len(line) <= col or " " in line[col - 1 : col + 1]:
        return False
    before, after = line[col - 1], line[col]
    return unicodedata.category(after).startswith("S") or before.islower() and after.isupper()


def unzip_columns(lines: list[str], numbers: list[int] | None = None) -> tuple[list[str], list[int]]:
    """A two-column layout as pdftotext -layout writes it (Canva-style: a sidebar of contact, skills
    and languages beside the work history), as one column after the other; with each line's number.

    Columns are a text start shared by many lines, with a few lines holding text on both sides and
    almost none running through the gutter. Dates or towns in a column of their own ("2019 - 2021
    Role", "Role   2019 - 2021", "Engineer, Google   Mountain View, CA") are a layout of entries,
    not two columns: those are left alone. `numbers`: each line's number in the file, if not 1, 2, ..."""
    numbers = numbers or list(range(1, len(lines) + 1))
    filled = [ln.expandtabs() for ln in lines if ln.strip()]
    starts = Counter(m.end(1) for ln in filled for m in _GUTTER.finditer(ln))
    col = max(
        (c for c in starts if c >= 12), key=lambda c: starts[c - 1] + starts[c] + starts[c + 1], default=0
    )

    # (a table set with spaces, under its header of column names, is one table, not two columns; a
    # rirekisho's Year | Month | event grid is one history; and a start no line under the first title
    # shares is no column: moderncv's centred header over a page of flush-right towns and dates)
    title = next(
        (k for k, ln in enumerate(filled) if section_kind(re.split(r"\s{2,}", ln.strip())[0], loose=False)), 0
    )
    below = {m.end(1) for ln in filled[title:] for m in _GUTTER.finditer(ln)}
    if (
        not col
        or not below & {col - 1, col, col + 1}
        or any(_table_header(ln) for ln in filled)
        or sum(map(bool, map(EVENT_ROW.fullmatch, filled))) >= 4
    ):
        return lines, numbers

    def split(ln: str) -> tuple[str, str, int, int] | None:
        """(left, right, the left's and the right's indent within their columns) of a line, or None
        when its text runs through the gutter."""
        ln = ln.expandtabs()
        cut = next((m.start(1) for m in _GUTTER.finditer(ln) if abs(m.end(1) - col) <= 1), None)
        glued = None
        if cut is None and len(ln) > col - 2 and ln[col - 2 : col].strip():
            # (pypdf's layout places the glued word a character or two off the column's start)
            glued = min(
                (k for k in range(col - 3, col + 3) if _glued_at(ln, k)),
                key=lambda k: abs(k - col),
                default=None,
            )
            if glued is None:
                return None
        cut = glued if glued is not None else col - 2 if cut is None else cut
        indents = (len(ln) - len(ln.lstrip()), len(ln) - len(ln[cut:].lstrip()) - col)
        # a list's indent is a few spaces; a line further in is set flush right or centred
        left, right = (i if 0 < i <= 6 else 0 for i in indents)
        return ln[:cut].strip(), ln[cut:].strip(), left, right

    parts = [split(ln) if ln.strip() else ("", "", 0, 0) for ln in lines]
    both = [p for p in parts if p and p[0] and p[1]]
    right_only = sum(bool(p and p[1] and not p[0]) for p in parts)
    first = next((i for i, p in enumerate(parts) if p and p[0] and p[1]), 0)
    crossing = sum(p is None for p in parts[first:])  # the header above may be centred across both
    # a line whose one side is a date or a place alone: entries with a date or town column, on one
    # side (a main column's date lines beside a sidebar are no such column)
    dated = max(sum(_date_or_place(p[side]) for p in both) for side in (0, 1))
    columns = len(both) >= 3 and len(both) + right_only >= max(6, 0.3 * len(filled))
    # (and labels at a tab stop beside their values, "ID number:      9204155555088": one column of fields)
    labelled = sum(p[0].endswith(":") for p in both)
    if (
        not columns
        or crossing > 0.15 * len(filled)
        or dated >= 0.5 * len(both)
        or labelled >= 0.5 * len(both)
    ):
        return _side_titles(_content_column(lines), numbers)
    if all(section_kind(p[0], loose=False) or _dates_only(p[0]) for p in parts[first:] if p and p[0]):
        # a column of section titles (and each entry's dates) only: _margin_titles sets the titles
        # above their content, and the dates stay before their entries
        return _content_column(lines), numbers
    # a line indented within its column keeps that indent (a list under its entry)
    left = [(i, " " * p[2] + p[0]) for i, p in enumerate(parts) if i >= first and p and p[0]]
    right = [
        (i, " " * p[3] + p[1] if p else lines[i].strip())
        for i, p in enumerate(parts)
        if i >= first and (p is None or p[1])
    ]
    # the band above the left column's first title spans the page: the name on the left, the contact
    # lines on the right (Google Docs' "Serif"), all of it the header, not the end of the left column
    # (up to the right column's own first title: a builder's headline under the name, then "SUMMARY";
    # unless a title above heads the left column: "CONTACT" over the town beside the name)
    top = next((i for i, t in left if section_kind(t.strip(), loose=False)), first)
    band = [(i, t) for i, t in right if i < top]
    band = band[
        : next((k for k, (_, t) in enumerate(band) if section_kind(t.strip(), loose=False)), len(band))
    ]
    if band and not any(section_kind(lines[i].strip(), loose=False) for i in range(first)):
        head = [(i, t) for i, t in left if i < top] + band
        left, right = [(i, t) for i, t in left if i >= top], right[len(band) :]
        left = head + [(top, "")] + left
    out = [(i, lines[i]) for i in range(first)] + left + [(first, "")] + right
    return [t for _, t in out], [numbers[i] for i, _ in out]


def _grid_cuts(band: list[str]) -> list[int] | None:
    """Where the cards of a band (the lines under one title) start, after the first: a text start
    shared by at least three lines and far from the others; None when the band is no grid."""
    filled = [ln for ln in band if ln.strip()]
    if len(filled) < 3:
        return None
    starts = Counter(m.end(1) for ln in filled for m in _GUTTER.finditer(ln) if m.end(1) >= 20)
    cuts: list[int] = []
    for c, _ in starts.most_common():
        near = sum(starts[c + d] for d in range(-2, 3))
        if near >= 3 and all(abs(c - x) > 15 for x in cuts):
            cuts.append(c)
    return sorted(cuts) or None


def _grid_cells(line: str, cuts: list[int]) -> list[str] | None:
    """A line's text cut at the cards' starts (each kept with its indent in its card), or None when
    text runs across one."""
    cells, last = [], 0
    for c in cuts:
        gap = next((m for m in _GUTTER.finditer(line) if abs(m.end(1) - c) <= 2), None)
        if gap is None and len(line) > c - 2 and line[c - 3 : c].strip():
            return None
        cut = gap.end(1) if gap else c
        cells.append(line[last:cut].rstrip())
        last = cut if gap else c
    cells.append(line[last:].rstrip())
    return cells


_GAP3 = re.compile(r"\S\s{3,}\S")


def _card_prose(card: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """A card's sentence wrapped at the card's width, one line again (a long line that stops at no
    stop, and a line that goes on in lower case or ends the sentence in a word or three); and its
    tags at the foot ("Figma     Design systems" over "Research") as one line of the job's skills,
    as LinkedIn writes them under a job, so that no tag reads as a title or an employer."""
    out: list[tuple[str, int]] = []
    for text, k in card:
        last = out[-1][0] if out else ""
        goes_on = text[:1].islower() or text[:1].isdigit() or (text.endswith(".") and len(text.split()) <= 3)
        hangs = bool(re.search(r"\s(?:for|the|of|to|and|a|an|in|with|by|on|at)$", last))  # "... flow for"
        if (
            (hangs or len(last) >= 24 and re.search(r"[\w,;]$", last) and goes_on)
            and out
            and not find_range(text)
        ):
            out[-1] = (f"{last} {text}", out[-1][1])
        else:
            out.append((text, k))
    cells = [re.split(r"\s{3,}", text) for text, _ in out]  # (a row of chips: cells 3+ spaces apart)
    k = len(out)
    while k > 1 and all(len(c.split()) <= 2 and not find_range(c) for c in cells[k - 1]):
        k -= 1
    if any(len(c) > 1 for c in cells[k:]):  # (a row of chips among them)
        out[k:] = [("Skills: " + " · ".join(c for row in cells[k:] for c in row), out[k][1])]
    return out


def card_grid(lines: list[str]) -> tuple[list[str], list[int]]:
    """A web page's cards set side by side (a portfolio's jobs, three to a row) come out of its PDF
    as lines that run through every card: each band of cards under its title, card after card.

    A band is a grid only where its columns are alike: text starting at the same place in each
    card, as many of its cells dates or places in one card as in the others, cells of like length
    (a dates column beside entries, labels beside values and a sidebar are no grid)."""
    numbers = list(range(1, len(lines) + 1))
    titles = [
        i
        for i, ln in enumerate(lines)
        # (a title alone on its line: "Languages      Experience" is two columns' titles, a sidebar's page)
        if section_kind(ln.strip(), loose=False) and len(ln) - len(ln.lstrip()) <= 1 and not _GAP3.search(ln)
    ]
    out: list[tuple[str, int]] = [
        (ln, k) for ln, k in zip(lines[: titles[0] if titles else len(lines)], numbers)
    ]
    for t, end in zip(titles, [*titles[1:], len(lines)]):
        band = [ln.expandtabs() for ln in lines[t + 1 : end]]
        out.append((lines[t], numbers[t]))
        cuts = _grid_cuts(band)
        rows = [_grid_cells(ln, cuts) if ln.strip() else [] for ln in band] if cuts else [None]
        # (a footer after the last cards, past a blank line, across the page or in its first column
        # alone, is no card's)
        foot = len(rows)
        if cuts and (blank := max((i for i, r in enumerate(rows) if r == []), default=0)):
            if all(r is None or sum(bool(x.strip()) for x in r) <= 1 for r in rows[blank:]):
                foot = blank
        rows = rows[:foot]
        cards = [[r[c] for r in rows if r and c < len(r)] for c in range(len(cuts) + 1)] if cuts else []
        texts = [[x.strip() for x in card if len(x.strip()) > 1] for card in cards]
        alike = (
            cuts
            and None not in rows
            and sum(sum(bool(x.strip()) for x in r) >= 2 for r in rows) >= 2
            and all(texts)
            and max(d := [sum(map(_date_or_place, x)) / len(x) for x in texts]) - min(d) <= 0.5
            and max(m := [sum(map(len, x)) / len(x) for x in texts]) <= 2.5 * min(m)
            # every card dated (a job's, a degree's, a prize's), and no title over text in one (a sidebar's;
            # a tag at a card's foot may be a title's word: "Research")
            and all(any(find_range(x) for x in card) for card in texts)
            and not any(section_kind(x, loose=False) for card in texts for x in card[:-1])
        )
        if not alike:
            out += [(ln, numbers[k]) for k, ln in enumerate(lines[t + 1 : end], t + 1)]
            continue
        for c in range(len(cuts) + 1):
            # (a card's one-letter logo is no text of it; and flush left: a badge or tags indented in
            # a card are no list under its entry)
            card = [
                (r[c].strip(), numbers[k])
                for k, r in enumerate(rows, t + 1)
                if r and c < len(r) and len(r[c].strip()) > 1
            ]
            out += _card_prose(card) + [("", numbers[end - 1])]
        out += [(ln, numbers[k]) for k, ln in enumerate(lines[t + 1 + foot : end], t + 1 + foot)]
    return [x for x, _ in out], [k for _, k in out]


def _content_column(lines: list[str]) -> list[str]:
    """A page whose text stands in one column far in, with labels and dates right-aligned in the
    margin before it (the `europasscv` class: "2021 – present   Research Assistant" over
    "Babeş-Bolyai University, ..." at the content's column): every line from its first text, so
    that a line under a dated one is not read as deeper than it. The margin's lines are a title
    alone or a label or dates, a gap, then the content."""
    filled = [ln.expandtabs() for ln in lines if ln.strip()]
    starts = Counter(len(ln) - len(ln.lstrip()) for ln in filled)
    col, n = max(starts.items(), key=lambda kv: kv[1], default=(0, 0))
    margin = [ln.strip() for ln in filled if ln[:col].strip()]
    if col < 30 or n < 0.3 * len(filled) or not margin:
        return lines
    if sum(bool(_GAP3.search(ln)) or len(ln.split()) <= 4 for ln in margin) < 0.9 * len(margin):
        return lines
    return [ln.strip() for ln in lines]


def _side_titles(lines: list[str], numbers: list[int]) -> tuple[list[str], list[int]]:
    """Two section titles on one line ("Profile          Languages"): a second column starts there,
    beside the first only for a while (Word's newspaper columns, the right one short; a short
    sidebar beside the top of a page). The text at that column, from there down, is read after the
    rest."""

    def two_titles(ln: str) -> int | None:
        cells = [(m.start(), m.group()) for m in re.finditer(r"\S+(?: \S+)*", ln.expandtabs())]
        if len(cells) == 2 and cells[1][0] >= 20 and all(section_kind(c, loose=False) for _, c in cells):
            return cells[1][0]
        return None

    i, col = next(((i, c) for i, ln in enumerate(lines) if (c := two_titles(ln))), (0, None))
    if col is None:
        return lines, numbers
    left, right = [], []
    for ln, k in zip(lines[i:], numbers[i:]):
        ln = ln.expandtabs()
        cut = next((m.end(1) for m in _GUTTER.finditer(ln) if abs(m.end(1) - col) <= 2), None)
        if cut is not None and ln[:cut].strip():
            left.append((ln[:cut].rstrip(), k))
            right.append((ln[cut:], k))
        elif cut is not None:
            right.append((ln.strip(), k))
        else:
            left.append((ln, k))
    out = list(zip(lines[:i], numbers[:i])) + left + [("", numbers[-1])] + right
    return [t for t, _ in out], [k for _, k in out]


_MARGIN_TITLE = re.compile(r"\s*(\S.{0,40}?)(?:\t+| {3,})(\S.*)")


def _margin_titles(lines: list[str], numbers: list[int]) -> tuple[list[str], list[int]]:
    """Section titles in a column of their own beside their content (a Word template's borderless
    table, a LaTeX CV's margin titles): "EXPERIENCE     HR Business Partner, CAE Inc." over the rest
    of the content in the same column (or "SKILLS<tab>Workday, ..." in a Word file's text). Each
    title goes on a line of its own above its content, and the content column moves to the margin
    (an indent within it stays)."""
    rows = {
        i: m
        for i, ln in enumerate(lines)
        if (m := _MARGIN_TITLE.fullmatch(ln.rstrip())) and section_kind(m[1].strip(" :"), loose=False)
    }
    # (a label with its colon among many more labels that are no titles, "Position:" among "Company:",
    # "Period:", "ID number:", is a field of a labelled CV, not a title in the margin)
    labels = [m[1] for ln in lines if (m := _MARGIN_TITLE.fullmatch(ln.rstrip())) and m[1].endswith(":")]
    titled = sum(bool(section_kind(x.strip(" :"), loose=False)) for x in labels)
    if len(labels) >= 2 * titled:
        rows = {i: m for i, m in rows.items() if not m[1].endswith(":")}
    spaced = [m.start(2) for m in rows.values() if "\t" not in m[0]]
    col = Counter(spaced).most_common(1)[0][0] if spaced else 0
    # titles set flush left, or flush right against the content's column (the classic Europass CV:
    # "     WORK EXPERIENCE   ..." and "PERSONAL INFORMATION   Dimitra ..." end where the content starts)
    rows = {i: m for i, m in rows.items() if not lines[i].startswith((" ", "\t")) or m.start(2) == col > 0}
    if len(rows) < 3:
        return lines, numbers
    # and a first title naming the person's details ("PERSONAL INFORMATION   Dimitra ...") heads the
    # header: its content is the name and contact lines, before any section
    first = min(rows)
    if section_kind(rows[first][1].strip(" :"), loose=False) == "contact" and not any(
        ln.strip() for ln in lines[:first]
    ):
        lines = lines[:first] + [" " * rows[first].start(2) + rows[first][2]] + lines[first + 1 :]
        del rows[first]
    out, nums = [], []
    for i, (ln, k) in enumerate(zip(lines, numbers)):
        if i in rows:
            out += [rows[i][1], rows[i][2]]
            nums += [k, k]
        elif col and i > min(rows) and (indent := len(ln) - len(ln.lstrip())) >= col - 1:
            text = ln[min(col, indent) :].rstrip()
            # a title's word in the content column heads a part of that section, not a section:
            # "Languages" over "Go  Python  Bash" under "Skills" is a category ("Languages:")
            out.append(text + ":" if section_kind(text.strip(), loose=False) else text)
            nums.append(k)
        else:
            out.append(ln)
            nums.append(k)
    return out, nums


# "W O R K   E X P E R I E N C E", "C  O  N  T A  C  T": four or more single characters one or two
# spaces apart, then more words; a line of them whole, or one beside another column, whose words are
# at most four spaces apart (a wider gap there is the gutter)
_SPACED = re.compile(r"\S(?: {1,2}\S){3,}(?: {2,}\S(?: {1,2}\S)*)*")
_SPACED_RUN = re.compile(r"(?<!\S)\S(?: {1,2}\S){3,}(?: {2,4}\S(?: {1,2}\S)*)*(?!\S)")


# capitals set apart whole, a browser's kerned pair among them ("M A YA"), from the line's start or a
# column's gap to its end or the next gap
_KERNED_RUN = re.compile(
    rf"(?:^|(?<= {{3}}))[{UPPER}]{{1,2}}(?: {{1,2}}[{UPPER}]{{1,2}}){{2,}}(?: {{2,4}}[{UPPER}]{{1,2}}(?: {{1,2}}[{UPPER}]{{1,2}})*)*"
    r"(?= {3}|$)"
)


def _kerned(run: str) -> bool:
    """Letters, not words: one pair at most for every two single capitals ("AI ML CV" stays)."""
    sizes = [len(t) for t in run.split()]
    return sizes.count(2) >= 1 and sizes.count(1) >= 2 * sizes.count(2)


_CAPITAL_APART = re.compile(r"([A-Z]) ([A-Z]{2,}(?: [A-Z&]+){0,3})")


def _joined(text: str) -> str | None:
    """Capitals a browser set apart ("E D U C AT I O N"), put together when that is a title's word."""
    text = text.strip()
    if re.fullmatch(rf"[{UPPER}&]+(?: +[{UPPER}&]+){{1,12}}", text) and not section_kind(text):
        if section_kind(joined := text.replace(" ", ""), loose=False):
            return joined
    return None


def _unspace(line: str) -> str:
    """A title set in letter-spaced capitals (Canva, web builders' CSS `letter-spacing`; a PDF's text
    holds one or two spaces between letters and more between words), as words: "WORK EXPERIENCE".
    A gap wider than the commonest one between letters parts words. A title beside another column
    keeps its width, so that the columns stay where they stand."""

    def words(m: re.Match) -> str:
        run = m.group(0)
        letter = Counter(len(g) for g in re.findall(r" +", run)).most_common(1)[0][0]
        return " ".join(w.replace(" ", "") for w in re.split(f" {{{letter + 1},}}", run))

    # capitals set wide apart, the words wider still ("M     A     R     K     E     T"), a design tool's
    # headline; but two columns' titles on one line stay two (below)
    if wide := re.fullmatch(rf"[{UPPER}](?: +[{UPPER}]){{3,}}", line.strip()):
        gaps = sorted({len(g) for g in re.findall(" +", wide[0])})
        if len(gaps) == 1 or len(gaps) == 2 and gaps[1] >= 2 * gaps[0]:
            said = words(wide)
            if len(said.split()) == 1 or not all(section_kind(w, loose=False) for w in said.split()):
                return line[: len(line) - len(line.lstrip())] + said
    # (two columns' titles on one line, "P R O F I L E      S K I L L S", are two titles, each kept where it
    # stands, not one title of two words)
    apart = re.split(r" {5,}", line.strip())
    if (whole := _SPACED.fullmatch(line.strip())) and not (
        len(apart) > 1 and all(section_kind(_joined(g) or g.replace(" ", ""), loose=False) for g in apart)
    ):
        return line[: len(line) - len(line.lstrip())] + words(whole)
    # a browser's letter-spaced capitals come out unevenly spaced ("EDUC    AT I O N", "C E RT IFIC    AT
    # IONS"; a kerned pair glued, "E D U C AT I O N"): capitals whose letters, put together, are a title's,
    # a line of them or a column's part of a line, 5 spaces or more from the other column's text
    if joined := _joined(line.strip()):
        return line[: len(line) - len(line.lstrip())] + joined
    parts = re.split(r"( {5,})", line)
    if len(parts) > 1 and (cells := [_joined(x) or x for x in parts]) != parts:
        # (and the other column's letter-spaced words, below)
        line = "".join(c.ljust(len(x)) for c, x in zip(cells, parts)).rstrip()
    # a small-caps title whose capital a browser set apart from the rest ("A WARDS"): a title whole
    if (split := _CAPITAL_APART.fullmatch(line.strip())) and not section_kind(line):
        joined = split[1] + split[2]
        if section_kind(joined, loose=False):
            return line[: len(line) - len(line.lstrip())] + joined
    # (a kerned pair first: "M A YA", "C O O R D I N AT O R", a design tool's name and job titles)
    line = _KERNED_RUN.sub(
        lambda m: words(m).ljust(len(m.group(0))) if _kerned(m.group(0)) else m.group(0), line
    )
    spaced, n = _SPACED_RUN.subn(lambda m: words(m).ljust(len(m.group(0))), line)
    return spaced.rstrip() if n else line.rstrip()


_CONTACT_LABEL = re.compile(
    r"(?:full )?name|e-?mail(?: address)?|phone|mobile|cell|tel(?:ephone)?|location|address|city|website|"
    r"linkedin|github|portfolio|nationality|date of birth",
    re.I,
)


# The 2004 European CV template (Italy's "formato europeo", still asked for by its public bodies, and
# its English original): each value beside its label in a table's right-aligned left column, "•
# Date (da – a)   Dal 01/2019 ad oggi". Said as "Label: value", a line of fields, never two columns.
# (each label in Italian and in English; entries.py reads the job's and the school's by them)
EU_DATES = r"date \(da\s*[–-]\s*a\)|dates? \(from\s*[–-]\s*to\)"
EU_EMPLOYER = r"nome e indirizzo del datore di lavoro|name and address of employer"
EU_SECTOR = r"tipo di azienda o settore|type of business or sector"
EU_ROLE = r"tipo di impiego|occupation or position held"
EU_DUTIES = r"principali mansioni e responsabilità|main activities and responsibilities"
EU_SCHOOL = r"nome e tipo di istituto di istruzione o formazione|name and type of organisation providing education and training"
EU_QUALIFICATION = r"qualifica conseguita|title of qualification awarded"
EU_SUBJECTS = r"principali materie[^:]{0,60}|principal subjects[^:]{0,40}"
_EUROPEAN_LABEL = re.compile(
    rf"\s*•?\s*((?:{EU_DATES}|{EU_EMPLOYER}|{EU_SECTOR}|{EU_ROLE}|{EU_DUTIES}|{EU_SCHOOL}|{EU_QUALIFICATION}|"
    rf"{EU_SUBJECTS}|livello nella classificazione nazionale[^:]{{0,30}}|nome|indirizzo|telefono|"
    r"nazionalità|data di nascita|madrelingua|mother tongue|altre? lingu[ae]|other languages?|patente|"
    r"capacità e competenze tecniche))(?:\t+|\s{2,})(\S.*)",
    re.I,
)


def _european_label(line: str) -> str:
    m = _EUROPEAN_LABEL.fullmatch(line.rstrip())
    return f"{m[1]}: {m[2]}" if m else line


def _untab(line: str) -> str:
    """A Word table's row as its text holds it, cells split by tabs: "Email<TAB>x@y.com" is a label
    and its value, "Skills<TAB>Python, SQL" a section title and its text. Other rows stay as they
    are (entries split their parts at tabs). A colon set after the tab ("Languages Known<TAB>: English")
    is the label's."""
    cells = [c.strip() for c in line.split("\t") if c.strip()]
    if len(cells) == 2 and (_CONTACT_LABEL.fullmatch(cells[0]) or section_kind(cells[0], loose=False)):
        return f"{line[: len(line) - len(line.lstrip())]}{cells[0]}: {cells[1].lstrip(': ')}"
    return line


# What a LinkedIn profile copied from the web page holds besides the resume: each logo's alt text,
# the counts, the endorsements, the buttons; an employment or workplace type beside the company
# or the place ("Mayo Clinic · Full-time", "Rochester, Minnesota · On-site"); and a CV's closing
# "References available on request"
_TYPES = r"full-time|part-time|self-employed|freelance|contract|internship|apprenticeship|seasonal|permanent|temporary"
_WEB_NOISE = re.compile(
    r"references?\s+(?:are\s+)?(?:available\s+)?(?:up)?on\s+request\.?|referenzen auf anfrage\.?|"
    # (and in the other languages: "Referenser lämnas på begäran", "Referenties zijn op aanvraag
    # beschikbaar", "Références sur demande", "Referanser oppgis på forespørsel")
    r"(?:referenser|referencer|referanser|referenties|références|referencias|suosittelijat)\b.{0,20}?"
    r"(?:på begäran|på forlangende|på anmodning|på forespørsel|op (?:aan)?vraag|sur demande|a petición|"
    r"pyydettäessä)(?: beschikbaar)?\.?|"
    rf".{{2,80}} logo|contact info|\d[\d,.]*\+? (?:connections|followers)|endorsed by .+|\d+ endorsements?|"
    rf"show (?:all|credential|more|less)\b.*|credential id .+|(?:…|\.\.\.)?see (?:more|less)|{_TYPES}",
    re.I,
)
# a language table's header row, "Limba    Nivel" (Romanian), "Language    Level": no language
_LANGUAGE_HEAD = re.compile(
    r"\s*(?:languages?|limba|limbă|sprache|idioma|langue|taal|språk|dil|bahasa|lingua|język)\s{2,}"
    r"(?:levels?|nivel|nivelul|niveau|livello|nível|nivå|seviye|tingkat|poziom|proficiency)\s*",
    re.I,
)
# A template's placeholder for the photo, in its own cell beside the name ("FOTO      Lucía ...": a
# Spanish or German CV's header table), or on a line of its own
_PHOTO = re.compile(r"^\s*\[?(?:foto|photo|bild|picture|insert photo)\]?(?:\s{2,}|\s*$)", re.I)
# and a rirekisho's grid header over a section: "Year    Month    Licenses and Certifications"
_GRID_HEAD = re.compile(r"^\s*year\s+month\s{2,}(?=\S)", re.I)
_WORK_TYPE = re.compile(
    rf"\s*·\s*(?:{_TYPES}|on-site|remote|hybrid)\b(?=\s*(?:·|$))|^(?:{_TYPES})\s*·\s*", re.I
)
# LinkedIn's "Skills: A · B" under a job (a Word table's "Skills: A, B" row opens the skills section),
# and the label over a job's bullets ("Achievements/Tasks" in Novorésumé, "Key responsibilities:",
# "Roles & Responsibilities:")
_ENTRY_LABEL = re.compile(
    r"skills\s*:\s*[^,]+|activities and societies\s*:.*|"
    r"(?:(?:key|main|major) )?(?:roles?\s*(?:/|and|&)\s*responsibilities|achievements?|accomplishments?|tasks|"
    r"responsibilities|duties)"
    r"(?:\s*(?:/|and|&)\s*(?:achievements?|accomplishments?|tasks|responsibilities|duties))*\s*:?",
    re.I,
)


def _dated_row(lines: list[str], start: int) -> bool:
    """Whether the next line with text opens with a date range and goes on: "2017    ACM ICPC ..."."""
    return opens_with_dates(next((ln.strip() for ln in lines[start:] if ln.strip()), ""))


def parse_resume(text: str) -> Resume:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines, numbers = unzip_columns(
        *card_grid(
            [
                _european_label(_untab(_unspace(_GRID_HEAD.sub("", _PHOTO.sub("", ln)))))
                for ln in text.split("\n")
            ]
        )
    )
    kept = [
        (_WORK_TYPE.sub("", ln), k)
        for ln, k in zip(lines, numbers)
        if not (_WEB_NOISE.fullmatch(ln.strip()) and not ln.strip().isupper())  # ("INTERNSHIP": a title)
        and not _LANGUAGE_HEAD.fullmatch(ln)
    ]
    lines, numbers = _europass_places([ln for ln, _ in kept], [k for _, k in kept])
    lines, numbers = _margin_titles(lines, numbers)
    # The styles of the titles we know ("caps", "md2", ...): unknown titles must share one; and
    # those of the titles that are no label inside an entry ("Achievements:" may be either).
    known = [
        (st, bool(_ENTRY_LABEL.fullmatch(_clean(ln)[0])))
        for i, ln in enumerate(lines)
        if section_kind(ln) and (st := _style(ln, lines[i + 1] if i + 1 < len(lines) else ""))
    ]
    doc_styles = {st for st, _ in known}
    titled = {st for st, label in known if not label}
    md_levels = [int(s[2]) for s in doc_styles if s.startswith("md")]
    blank = sum(not ln.strip() for ln in lines)
    dense = blank * 12 < len(lines) - blank  # fewer than one blank line in 12: the gaps were lost
    header: list[Line] = []
    sections: list[Section] = []
    seen: set[str] = set()  # repeated content (a resume pasted twice): each line once per section kind
    title_indents: set[int] = set()  # how far in the titles found so far stand
    signed = glyph = False
    for i, raw in enumerate(lines):
        if not raw.strip() or RULE.match(raw) or PAGE.match(raw):
            continue
        ends = SIGN_OFF.match(raw) or _DECLARATION.match(raw)
        ends = ends or _PLACE_DATE.match(raw) and sum(bool(ln.strip()) for ln in lines[i:]) <= 3
        signed = signed or bool(sections and ends)
        if signed and (len(raw.split()) <= 4 or _DECLARATION.match(raw)):
            continue
        # a label inside an entry: no section, no work done (a bare "Achievements" after a blank
        # line may be the title of the section after the entries: it must name tasks or duties too)
        label = sections and sections[-1].kind in _ENTRY_KINDS and _ENTRY_LABEL.fullmatch(_clean(raw)[0])
        # ("Achievements:" after the blank line a PDF leaves around a list is one too, when no
        # section title of this document ends in a colon)
        after_text = i > 0 and bool(lines[i - 1].strip())
        colon_label = raw.rstrip().endswith(":") and "colon" not in titled
        if label and (re.search(r"skills|activit|task|respons|dut", raw, re.I) or after_text or colon_label):
            # (but "Achievements" over "2017    ACM ICPC ...: 3rd place": a list dated as the entries
            # above it, a section's title; a job's label stands over what was done, undated)
            if (
                raw.rstrip().endswith(":")
                or not section_kind(raw, loose=False)
                or not _dated_row(lines, i + 1)
            ):
                continue
        style = _style(raw, lines[i + 1] if i + 1 < len(lines) else "")
        # In markdown, only headers at the level of the known section titles open sections: deeper
        # ones ("### Role, Company") are entries.
        deeper = style and style.startswith("md") and md_levels and int(style[2]) > min(md_levels)
        current = sections[-1] if sections else None
        title_line = not sections and DOCUMENT_TITLES.match(_clean(raw)[0])  # "Résumé" on top: no summary
        # and a section's title atop the page over the person's "Name:" line (a Japanese career
        # history, "Career History" / "As of March 15, 2026" / "Name: Yuki Tanabe"): the document's
        title_line = title_line or (
            not sections
            and not header
            and section_kind(raw.strip(), loose=False)
            and any(
                re.match(r"\s*name\s*:", ln, re.I)
                for ln in [x for x in lines[i + 1 : i + 8] if x.strip()][:3]
            )
        )
        opened = (
            None
            if deeper or title_line
            else _header_line(
                lines,
                i,
                doc_styles if sections else set(),
                current,
                dense,
                frozenset(s.kind for s in sections if s.lines),
            )
        )
        if (
            opened is None
            and not sections
            and not title_line
            and style
            and section_kind(raw, loose=style != "plain")
        ):
            opened = (raw.strip(), "")
        # a title indented as deep as every title before it (moderncv sets them in the text's column,
        # a rule in the margin beside them): "Interests" right under the last language
        indent = len(raw) - len(raw.lstrip(" "))
        if opened is None and title_indents == {indent} and indent and section_kind(raw, loose=False):
            opened = (raw.strip(), "")
        if opened:
            title, inline = opened
            title_indents.add(indent)
            kind = section_kind(title)
            glyph = False  # a bullet's glyph never carries into the next section
            sections.append(Section(kind=kind, title=_clean(title)[0].strip(" :"), start=numbers[i]))
            if inline:
                sections[-1].lines.append(Line(numbers[i], inline, 0, False, raw))
            continue
        body, bullet = _clean(raw)
        # a PDF's text may put the bullet's glyph on a line of its own, its text on the next
        bullet, glyph = bullet or glyph, bullet and not body
        if not body:
            continue
        # a Word file's running header, printed again atop every page ("Helena Korhonen – Curriculum
        # Vitae" on page 2, among the education lines): the first line of the document, again
        if sections and header and body == header[0].text and len(body.split()) >= 2:
            continue
        gap = i > 0 and not lines[i - 1].strip()
        line = Line(numbers[i], body, len(raw) - len(raw.lstrip(" \t")), bullet, raw, gap)
        if not sections:
            header.append(line)
            continue
        key = f"{sections[-1].kind or sections[-1].title}\0{body}"
        line.repeat = key in seen
        seen.add(key)
        sections[-1].lines.append(line)
    for sec in sections:
        pasted = [_pasted(sec.lines, k) for k in range(len(sec.lines))]
        sec.repeated = sum(pasted)  # not asked twice; the coverage report counts them
        sec.lines = [ln for ln, p in zip(sec.lines, pasted) if not p]
    if find_name(header, sections)[0] is None:
        header += _sidebar_name_block(sections, dense)
    name, name_line = find_name(header, sections)
    for line in header:
        if line is name_line or DOCUMENT_TITLES.match(line.text.strip()):
            line.used = True
    return Resume(name=name, header=header, sections=sections, contact=find_contact(header, sections))


# The 2023 Europass says where under an entry's dates, after a blank line, in labelled columns:
# "City: Milan | Country: Italy | Final grade: 110/110 | Thesis: ...". Both labels, so that a
# "City: Boston" among the contact lines stays the person's own.
_EUROPASS_PLACE = re.compile(r"\s*City:\s*([^|]+?)\s*\|\s*Country:\s*([^|]+?)\s*(?:\|\s*(.*))?", re.I)


def _europass_places(lines: list[str], numbers: list[int]) -> tuple[list[str], list[int]]:
    """The place joins the entry above as "Milan, Italy" (no blank line between, which would open an
    entry); the other columns become lines of their own."""
    out: list[tuple[str, int]] = []
    for line, number in zip(lines, numbers):
        if m := _EUROPASS_PLACE.fullmatch(line):
            while out and not out[-1][0].strip():
                out.pop()
            columns = (c.strip() for c in (m[3] or "").split("|"))
            out += [(text, number) for text in [f"{m[1]}, {m[2]}", *columns] if text]
        else:
            out.append((line, number))
    return [ln for ln, _ in out], [k for _, k in out]


def _pasted(lines: list[Line], k: int) -> bool:
    """Line k repeats content already read (a resume pasted twice): a long line, or one of a run of
    repeats. A short repeat among new lines is the resume's own ("Game Designer" at a second company,
    the same town under each stint of a LinkedIn export) and stays."""
    near = (lines[j].repeat for j in (k - 1, k + 1) if 0 <= j < len(lines))
    # (nor a table cell's wrapped name under its column: "Velammal" / "Matriculation" / "Hr. Sec.
    # School," under the SSLC's row as under the HSC's, the same school)
    cell = lines[k].indent >= 8 and len(lines[k].text.split()) <= 5
    return lines[k].repeat and not cell and (len(lines[k].text.split()) > 5 or any(near))


_PARTICLES = {
    "van",
    "von",
    "de",
    "der",
    "den",
    "da",
    "del",
    "della",
    "di",
    "du",
    "le",
    "la",
    "bin",
    "al",
    "y",
    "dos",
    "das",
}
_NAME_WORD = re.compile(rf"[{UPPER}][\w'’.-]*|[{UPPER}]\.")


def natural_case(name: str) -> str:
    """'ANNA-LENA D'SOUZA' -> "Anna-Lena D'Souza"; names already in mixed case stay as written."""
    if not name.isupper():
        return name
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), name.lower())


_JOB_WORD = re.compile(
    r"\b(?:engineer|developer|manager|designer|analyst|scientist|consultant|director|specialist|architect|"
    r"programmer|accountant|nurse|teacher|lecturer|intern|assistant|officer|administrator|coordinator)s?\b",
    re.I,
)


# "Name", in the languages of the CVs that open with a table of personal data ("Naam  Sanne de Vries")
_NAME_LABEL = (
    r"(?:full )?name|nom|nombre|nome|naam|namn|navn|nimi|ad[ıi] soyad[ıi]|ad soyad|imię i nazwisko|jméno|"
    r"nama(?: lengkap)?|nume(?: și prenume)?|numele și prenumele|név|ime i prezime|meno"
)


def _as_name(text: str) -> str | None:
    # "Name: Park Ji-hoon", or in a table's columns "Name        Park Ji-hoon"
    # (and a Europass CV's margin title beside it: "PERSONAL INFORMATION  Ioana Popescu")
    t = re.sub(
        rf"^({_NAME_LABEL}|personal information|personal data|personal details)(?:\s*:\s*|\s{{2,}}|\t+)",
        "",
        text.strip(),
        flags=re.I,
    )
    # a GitHub profile README: "# 👋 Hi, I'm Zoe Kaplan"
    t = re.sub(
        r"^(?:(?:hi|hello|hey|hola|bonjour|hallo)[,!]?\s+)?(?:i['’]?m|i am|my name is)\s+", "", t, flags=re.I
    )
    # "NOVAK, Petra": the surname in capitals first, as academic and European CVs write it
    if m := re.fullmatch(rf"([{UPPER}][{UPPER}'’-]+),\s+([{UPPER}][\w'’.-]*(?: [{UPPER}][\w'’.-]*)?)", t):
        t = f"{m.group(2)} {natural_case(m.group(1))}"
    t = re.split(r"\s[|•·–—]\s|\s{3,}|,\s|\t|\|", t)[0].strip(" #*_")  # "Jane Doe | jane@x.org"
    t = re.sub(r",?\s+(ph\.?d\.?|m\.?d\.?|mba|msc|jr\.?|sr\.?|iii|ii)$", "", t, flags=re.I)
    # "Dr. Sofia Lindqvist", "Prof. Dr. Anna Weber": a title is no part of the name the bot says
    t = re.sub(
        r"^(?:(?:dr|prof|professor|mr|mrs|ms|mx|miss|sir|dame|rev|eng|ing|dipl\.-ing)\.?\s+)+",
        "",
        t,
        flags=re.I,
    )
    words = t.split()
    if not 2 <= len(words) <= 5 or EMAIL.search(t) or any(ch.isdigit() for ch in t):
        return None
    if DOCUMENT_TITLES.match(t) or section_kind(t, loose=False) or _JOB_WORD.search(t):
        return None  # (nor a headline: "Senior Android Engineer")
    if not all(_NAME_WORD.fullmatch(w) or w.lower() in _PARTICLES for w in words):
        return None
    return natural_case(t)


_OPENING = ("summary", "experience", "education")  # what a main column opens with


def _sidebar_name_block(sections: list[Section], dense: bool = False) -> list[Line]:
    """A LinkedIn "Save to PDF" export read as text puts its sidebar first (Contact, Top Skills,
    Languages, Certifications, Honors-Awards) and the name, headline and location after it, at the
    end of the last sidebar section: those lines, taken out of that section, are the header block.
    Only asked when no name was found before the first section, so no other layout gets here. A
    blank line stands before the name, unless the text has almost none (`dense`: a PDF's text).
    A web builder's page read the same way puts its main column after the sidebar, opening with the
    name in capitals, which reads as a title we do not know: that title and its lines, too."""
    for sec, nxt, after in zip(sections, sections[1:], [*sections[2:], None]):
        # (the sidebar's: "Field Engineer" over its company ends no job section with a name)
        if sec.kind not in _SIDEBAR_KINDS:
            continue
        if (
            nxt.kind is None
            and _as_name(nxt.title)
            and len(nxt.lines) <= 3
            and after
            and after.kind in _OPENING
        ):
            sections.remove(nxt)
            return [Line(nxt.start, nxt.title, 0, False, nxt.title, True), *nxt.lines]
        if nxt.kind not in _OPENING:
            continue
        for k, line in enumerate(sec.lines):
            if (line.gap or dense) and 1 <= len(sec.lines) - k - 1 <= 3 and _as_name(line.text):
                block, sec.lines = sec.lines[k:], sec.lines[:k]
                return block
    return []


def find_name(header: list[Line], sections: list[Section] = ()) -> tuple[str | None, Line | None]:
    """A "Name: ..." line atop the page or in a personal-data section, else the first line of the
    header block that looks like a person's name (titles skipped)."""
    # a labelled name first, atop the page or in a personal-data section ("Nama : Rina Wulandari" under
    # "DAFTAR RIWAYAT HIDUP", a document's title in a language we do not know that looks like a name)
    for line in [*header[:12], *(ln for s in sections if s.kind == "contact" for ln in s.lines[:8])]:
        if re.match(rf"(?:{_NAME_LABEL})(\s*:|\s{{2,}}|\t)", line.text, re.I) and (
            name := _as_name(line.text)
        ):
            return name, line
    for line in header[:8]:
        if name := _as_name(line.text):
            return name, line
    # a design template's name in two lines of large capitals, "MAYA" over "CASTELLANOS"
    for first, last in zip(header[:3], header[1:4]):
        one_word = len(first.text.split()) == 1 and len(last.text.split()) <= 2
        if one_word and not DOCUMENT_TITLES.match(first.text) and first.text.isupper() == last.text.isupper():
            if name := _as_name(f"{first.text} {last.text}"):
                return name, first
    # (or beside the sidebar's first line, "Ljubljana, Slovenia        Amelia Novak": a later cell)
    for line in header[:3]:
        for cell in re.split(r"\s{3,}", line.text.strip())[1:]:
            if name := _as_name(cell):
                return name, line
    # a web page's logo in lower case ("sofia marchetti" beside its menu): a name only where one of
    # the page's addresses spells it ("hello@sofiamarchetti.design", "linkedin.com/in/sofiamarchetti")
    lines = [*header, *(ln for s in sections for ln in s.lines)]
    addresses = " ".join(m[0].lower() for ln in lines for m in re.finditer(r"\S+@\S+|\S+\.\w+/\S+", ln.text))
    for line in header[:3]:
        logo = re.split(r"\s{3,}", line.text.strip())[0]
        if re.fullmatch(r"[a-zà-ÿ'’-]+(?: [a-zà-ÿ'’-]+){1,2}", logo) and logo.replace(" ", "") in addresses:
            if name := _as_name(logo.title()):
                return name, line
    return None, None


_UK_POSTCODE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}")


def town_of(address: str) -> str:
    """A street address as where someone is based: "14, 3rd Cross, Indiranagar, Bengaluru - 560038"
    -> "Indiranagar, Bengaluru", "Via Roma 21, 40121 Bologna (Italia)" -> "Bologna (Italia)",
    "Oudegracht 112, 3511 AW Utrecht" -> "Utrecht": the parts after the street, without house
    numbers or postcodes (a Dutch one's two letters too), the last two."""
    # a postcode is no place: "Parramatta NSW 2150", "Salford, M5 4WT" (a UK postcode)
    parts = [p.strip() for p in address.split(",") if not _UK_POSTCODE.fullmatch(p.strip())]
    # (a postcode before the town: "3011 AD Rotterdam", "411 24 Göteborg", "70173 Stuttgart")
    if len(parts) == 1:
        town = re.sub(rf"^(?:\d{{4}} ?[A-Z]{{2}}|\d{{3}} \d{{2}}|\d{{4,5}})\s+(?=[{UPPER}])", "", parts[0])
        return re.sub(r"\s+\d{4,5}(?:-\d{4})?$", "", town)
    if not re.search(r"\d", parts[0]):
        return ", ".join(parts)
    parts = [re.sub(r"\b\d{4} ?[A-Z]{2}\b|\S*\d\S*", "", p).strip(" -–") for p in parts[1:]]
    return ", ".join([re.sub(r"\s+", " ", p) for p in parts if p][-2:]) or address


_ID_LABEL = re.compile(
    r"\s*(?:id|identity|passport|national insurance|ni|ssn|social security|aadhaar|pan|cpf|rg|dni|nie|nif|cnp|"
    r"pesel|personnummer|national id)\b[^:]{0,12}:",
    re.I,
)
# the label of the town one lives in, where the address above it holds only the street
_TOWN_LABEL = r"wohnort|woonplaats|bostadsort|postort|asuinpaikka|ikamet|yaşadığı şehir"
_VALUE_END = r"(?:\s{3,}|\s+(?=[A-Z][a-z]+(?: [a-z]+){0,2}\s*:\s)|$)"


def find_contact(header: list[Line], sections: list[Section]) -> dict[str, str]:
    """Email, phone, GitHub, LinkedIn, website and location from the header block and contact section."""
    lines = header + [ln for s in sections if s.kind == "contact" for ln in s.lines]
    found: dict[str, str] = {}
    for line in lines:
        text = MD_LINK.sub(r"\1 \2", line.raw)
        got = {}
        if m := EMAIL.search(text):
            got["email"] = m.group(0)
        # (or the handle after a label, as the Deedy template writes it: "Github:// nvarma")
        if m := re.search(r"github\.com/([\w-]+)|\bgithub\s*:(?://)?\s*@?([A-Za-z0-9][\w-]*)$", text, re.I):
            got["github"] = f"github.com/{m.group(1) or m.group(2)}"
        if m := re.search(
            r"linkedin\.com/in/([\w-]+)|\blinkedin\s*:(?://)?\s*([A-Za-z0-9][\w-]*)$", text, re.I
        ):
            got["linkedin"] = f"linkedin.com/in/{m.group(1) or m.group(2)}"
        # (an identity number is no phone: "ID number: 9204155555088", "Aadhaar: 5555 0192 8841")
        if (m := PHONE.search(EMAIL.sub("", text))) and not _ID_LABEL.match(line.text):
            if sum(ch.isdigit() for ch in m.group(0)) >= 9 and not re.fullmatch(
                r"[\d\s]*(19|20)\d\d\s*[-–]\s*(19|20)\d\d", m.group(0)
            ):
                got["phone"] = m.group(0).strip()
        for m in URL.finditer(EMAIL.sub("", text)):
            u = m.group(0)
            # (a file's name is no site: "README.md" atop a GitHub page, "cv.pdf")
            if re.fullmatch(r"[\w.-]+\.(?:md|pdf|docx?|txt|tex|html?|png|jpe?g)", u, re.I):
                continue
            if not re.search(r"github|linkedin|@", u, re.I) and "." in u and not re.fullmatch(r"[\d.]+", u):
                got.setdefault("website", re.sub(r"^https?://(www\.)?", "", u).rstrip("/."))
        # a value ends at a column gap ("Address: Porto, Portugal    Phone: ...") or at the next label
        # (the 2023 Europass: "Nationality: Italian Gender: Female"); "Email address:" is no address
        if m := re.search(
            rf"(?:location|(?<!mail )address|based in|{_TOWN_LABEL}|anschrift|adresse?|adres|ubicación|indirizzo|"
            r"dirección|endereço|current city|city of residence|current location|residence)"
            rf"(?:\s*:\s*|\s{{2,}}|\t+)([^|•\n]+?){_VALUE_END}",
            text,
            re.I,
        ):
            got["location"] = town_of(re.sub(r"\s*\((?:home|work)\)$", "", m.group(1).strip(), flags=re.I))
            # (a Dutch or German CV's street under "Adres", its town under "Woonplaats": the town)
            if re.match(_TOWN_LABEL, m.group(0), re.I):
                found["location"] = got["location"]
        if m := re.search(
            r"(?:nationality|citizenship|nazionalità|nacionalidad|nacionalidade|nationalité|staatsangehörigkeit)"
            rf"\s*:\s*([^|•\n]+?){_VALUE_END}",
            text,
            re.I,
        ):
            got["nationality"] = m.group(1).strip()
        for key, value in got.items():
            found.setdefault(key, value)
        if got:
            line.used = True
    # none at the top: a web page's footer under its last list ("Say hello: hello@..."; a referee's
    # address is theirs)
    last = sections[-1].lines if sections and sections[-1].kind != "references" else []
    for line in last if "email" not in found else ():
        if m := EMAIL.search(line.text):
            found["email"], line.used = m.group(0), True
            break
    return found
