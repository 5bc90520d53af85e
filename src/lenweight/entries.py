"""Read a parsed resume's sections into typed entries: positions, degrees, items, skills.

Entries come as headers with bullets (one or two header lines, bullets or deeper-indented lines
below), as bullet lists with one entry a bullet, or as markdown tables. Every part of a header is
classified by what it looks like (a role word, a school word, a degree, a location, a date) and
never by its position alone, so "Role | Company" and "Company | Role" read the same.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field, replace

from .dates import EVENT_ROW, DateRange, find_range, opens_with_dates, strip_range
from .resume import (
    DEGREE_PROJECT,
    EMAIL,
    EU_DATES,
    EU_DUTIES,
    EU_EMPLOYER,
    EU_QUALIFICATION,
    EU_ROLE,
    EU_SCHOOL,
    EU_SECTOR,
    EU_SUBJECTS,
    PHONE,
    SPOKEN,
    TABLE_COLUMN,
    UPPER,
    Line,
    Resume,
    Section,
    _dates_only,
    natural_case,
    section_kind,
    town_of,
)

ROLE_WORDS = re.compile(
    r"\b(scientist|engineer|analyst|intern|internship|researcher|developer|manager|assistant|lead|director|"
    r"consultant|fellow|associate|specialist|architect|teacher|professor|lecturer|designer|founder|co-founder|"
    r"head|officer|postdoc\w*|tutor|instructor|programmer|administrator|coordinator|\w*statistician|"
    r"physician|nurse|writer|editor|accountant|attorney|lawyer|\w*chemist|\w*physicist|\w*ologist|economist|technician|"
    r"student|volunteer|contractor|freelancer?|advisor|adviser|trainee|apprentice|president|partner|owner|"
    r"ceo|cto|cfo|coo|vp|chair\w*|member|mentor|organi[sz]er|ambassador|representative|clerk|cashier|"
    r"barista|operator|mechanic|pilot|surgeon|resident|pharmacist|\w*therapist|counsel+or|librarian|curator|"
    r"\w+ician|dentist|hygienist|paramedic|midwife|veterinarian|plumber|carpenter|welder|dishwasher|"
    r"bartender|receptionist|caregiver|paralegal|"
    r"photographer|journalist|reporter|producer|animator|illustrator|artist|musician|chef|cook|planner|"
    r"strategist|auditor|controller|recruiter|buyer|supervisor|executive|principal|staff|sre|devops|"
    r"maintainer|contributor|captain|treasurer|secretary|coach|guide|agent|"
    # military ranks (a veteran's or a conscript's service is a job: "Republic of Korea Army, Sergeant")
    r"sergeant|corporal|lieutenant|colonel|private first class|petty officer|airman|seaman|"
    # German roles are compounds: "Softwareentwickler", "Projektleiter", "Bauingenieurin"
    r"werkstudent\w*|praktikant\w*|\w*entwickler\w*|\w*ingenieur\w*|\w*leiter\w*|\w*berater\w*|\w*mitarbeiter\w*|"
    r"wissenschaftl\w*|\w*referent\w*|\w*sachbearbeiter\w*|geschäftsführer\w*|doktorand\w*|"
    r"ingénieur\w*|développeu\w*|analyste|stagiaire|chef de \w+|chargée? \w+|responsable|directeur|directrice|"
    r"ingenier[oa]|diseñador\w*|consultor\w*|enfermer[oa]|médic[oa]|abogad[oa]|contador\w*|arquitect[oa]|"
    r"asistente|técnic[oa]|especialista|programador\w*|vendedor\w*|desarrollador\w*|becari[oa]|pasante|analista|gerente|jef[ea]|investigador\w*|profesor\w*|"
    r"desenvolvedor\w*|engenheir[oa]|estagiári[oa]|coordenador\w*|pesquisador\w*|professor\w*|"
    r"sviluppat\w*|ingegnere|progettista|stagista|tirocinante|consulente|direttore|direttrice|ricercat\w*|"
    r"educator|trainer|"
    # Dutch, Swedish, Danish, Norwegian, Finnish, Turkish
    r"\w*medewerker|teamleider|adviseur|ontwikkelaar|docent|verpleegkundige|stagiair\w*|"
    # (Swedish roles are compounds too: "Gymnasielärare", "Specialistsjuksköterska", "Avdelningschef")
    r"\w*ingenjör|\w*ledare|\w*utvecklare|konstruktör|\w*konsult|handläggare|\w*sköterska|\w*lärare|praktikant|\w+chef|"
    r"\w*ingeniør|udvikler|utvikler|\w*leder|sygeplejerske|sykepleier|"
    r"insinööri|kehittäjä|asiantuntija|\w*päällikkö|suunnittelija|"
    r"\w*mühendis\w*|müdür\w*|uzman\w*|sorumlusu|yönetici\w*|stajyer|öğretmen\w*|hemşire|"
    r"staf|analis|manajer|kepala|insinyur|inginer|dezvoltator|analist|programator|asistent)\b",
    re.IGNORECASE,
)
ORG_WORDS = re.compile(
    r"\b(inc|ltd|llc|llp|plc|gmbh|ag|kg|se|sa|sarl|sas|s\.?l|bv|nv|corp|corporation|co|company|labs?|"
    r"laboratory|group|bank|hospital|clinic|foundation|agency|studio|studios|partners|technologies|"
    r"systems|solutions|consulting|ventures|capital|media|ministry|department|bureau|administration|council|society|"
    r"association|e\.v|club|center|centre|network|institute|university|college|school|services|"
    r"infirmary|pty|holdings|industries|enterprises|organi[sz]ation|army|navy|air force|marine corps|coast guard)\b\.?",
    re.IGNORECASE,
)
# words that make an issuer after a comma an organisation, besides ORG_WORDS: bodies ("Yorkshire
# Finance Awards", a profession's order: "Ordre des ingénieurs du Québec", "Ordine degli Ingegneri")
# and the events that give prizes ("Best Indie Game, Tokyo Game Show")
AWARDING = re.compile(
    r"\b(awards|institution|federation|board|trust|commission|academy|guild|league|ordre|order|ordine|orden|colegio|ordem|"
    r"international|conference|congress|symposium|summit|festival|show|expo|hackathon|olympiad|"
    # a society or foundation named in its own language ("Società Astronomica Italiana", "Fundación BBVA")
    r"societ[àaé]|sociedad|sociedade|société|gesellschaft|\w+gemeinschaft|stiftung|fondazione|fundación|fundação|"
    r"fondation|stichting|fundacja|accademia|académie|akademie|academia|associazione|asociación|associação|"
    # a Nordic authority or society is one word ("Lärarlegitimation, Skolverket"; Socialstyrelsen,
    # Arbetstilsynet, Helsedirektoratet), and so are Finnish, Turkish and Romanian ones
    r"\w+verket|\w+styrelsen|\w+myndigheten|\w*förbundet|\w*föreningen|\w+tilsynet|\w+direktoratet|"
    r"\w+virasto|kurumu|bakanlığı|kementerian|ministerul|autoritatea)\b",
    re.I,
)


SCHOOL_WORDS = re.compile(
    r"\b(university|universit\w*|universidad\w*|college|institute|institut\w*|school|schule|gymnasium|"
    r"hochschule|fachhochschule|academy|akademie|académie|polytechnic|polytechnique|politecnico|école|cégep|cegep|"
    r"ecole|escuela|lycée|liceo|conservatory|conservatoire|seminary|bootcamp|tu|eth|epfl|kit|faculdade|"
    r"escola|istituto|scuola|accademia|ateneo|hogeschool|universiteit|academie|"
    r"škola|univerzita|uniwersytet|politechnika|akademia|"
    # Nordic, Finnish and Turkish: "Chalmers tekniska högskola", "Aarhus Universitet", "Aalto-yliopisto",
    # "Orta Doğu Teknik Üniversitesi"
    r"högskola|högskolan|universitet|universitetet|høgskole|høyskole|højskole|handelshøjskole|"
    r"\w*-?yliopisto|ammattikorkeakoulu|üniversitesi|üniversite|yüksekokulu|lisesi|"
    # Indonesian and Romanian: "Universitas Gadjah Mada", "Politeknik Negeri", "SMA Negeri 3", "Liceul"
    r"universitas|politeknik|sekolah|(?-i:SMAN?|SMK)|liceul|colegiul)\b",
    re.IGNORECASE,
)
DEGREE_WORDS = re.compile(
    r"(?<![\w.])(b\.?\s?sc?|m\.?\s?sc?|b\.?a|m\.?a|ph\.?\s?d|d\.?phil|mba|bba|master'?s?|bachelor'?s?|"
    r"doctor\w*|bfa|mfa|b\.?\s?eng|m\.?\s?eng|m\.?\s?phil|b\.?\s?tech|m\.?\s?tech|b\.?\s?ed|m\.?\s?ed|"
    r"[bm]\.?\s?(?:math|comm?|arch|des|mus|pharm)|m\.?\s?p[ph]|j\.?d|m\.?d|"
    # professional doctorates: pharmacy, psychology, education, nursing, dentistry, veterinary medicine
    r"pharm\.?\s?d|psy\.?\s?d|ed\.?d|d\.?n\.?p|d\.?d\.?s|d\.?m\.?d|d\.?v\.?m|ll\.?b|ll\.?m|associate'?s?( of| degree)|a\.a|a\.s|diploma|diplom\w*|dipl\.-\w+|"
    r"certificate|licence|licenciatura|licenciad[oa]|grado|máster|magister|abitur|baccalauréat|"
    # a Spanish specialty after the degree ("Especialidad en Enfermería Pediátrica (EIR)")
    r"especialidad|especializaci[oó]n|ptychio|πτυχίο|"  # (a Greek bachelor's: "Ptychio (BSc) in Biology")
    r"high school|staatsexamen|promotion|doktor\w*|ingénieur|ingeniero|maestría|doctorado|bacharelado|"
    r"mestrado|doutorado|tecnólogo|(?:pós-)?graduação|especialização|ingenier[ií]a|laurea( magistrale| triennale| specialistica)?|dottorato|"
    r"hbo(?:-\w+)?|mbo(?:-\w+)?|havo|vwo|vmbo|mavo|propedeuse|\w*opleiding|gymnasieexamen|studentexamen|"
    # Czech, Slovak and Polish degrees: "Ing.", "Mgr.", "Bc.", "magister", "licencjat", "inżynier"
    r"ing\.|mgr\.|bc\.|licencjat|inżynier|"
    # Swedish, Danish, Norwegian, Finnish and Turkish degrees
    # ("Kandidatexamen", "Ämneslärarexamen": a Swedish degree ends in "examen")
    r"civilingenjör|högskoleingenjör|\w+examen|sivilingeniør|"
    r"bachelorgrad|mastergrad|kandidatgrad|cand\.\s?\w+|diplomi-insinööri|insinööri|kandidaatti|maisteri|"
    r"tradenomi|yüksek lisans|ön lisans|lisans|doktora|"
    # Indonesian ("S1 Akuntansi": sarjana, the bachelor's; S2 the master's) and Romanian ("Licență în ...")
    # (in capitals only: "S3" is a bucket too)
    r"(?-i:S[123]|D3)|sarjana|magister|licență|licenta|masterat|doctorat)(?![\w])\.?",
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")  # "MIT", "UCLA": case-sensitive, so "Basic" is no school
_COUNTRIES = (
    r"USA|U\.S\.A?\.?|United States|UK|United Kingdom|England|Scotland|Wales|Northern Ireland|Ireland|Canada|Germany|Deutschland|"
    r"Austria|Österreich|Switzerland|Schweiz|Suisse|France|Spain|España|Italy|Italia|Portugal|Netherlands|"
    r"Belgium|Sweden|Norway|Denmark|Finland|Poland|India|China|Japan|South Korea|Republic of Korea|Korea|Singapore|Australia|"
    r"New Zealand|Brazil|Brasil|Mexico|México|Argentina|Chile|Colombia|Peru|Nigeria|Kenya|South Africa|Israel|"
    r"Jordan|Egypt|Morocco|Tunisia|Lebanon|Turkey|Türkiye|Greece|Cyprus|Malta|Czech Republic|Czechia|Slovakia|"
    r"Hungary|Romania|România|Sverige|Norge|Danmark|Suomi|Nederland|Polska|Česko|Bulgaria|Croatia|Serbia|Slovenia|Ukraine|Estonia|Latvia|Lithuania|Iceland|Luxembourg|"
    r"UAE|United Arab Emirates|Saudi Arabia|Qatar|Pakistan|Bangladesh|Sri Lanka|Nepal|Vietnam|Thailand|"
    r"Malaysia|Indonesia|Philippines|Taiwan|Hong Kong|Ghana|Ethiopia|Uganda|Tanzania|Rwanda|Venezuela|"
    r"Ecuador|Uruguay|Costa Rica|Panama|Puerto Rico|Jamaica|Perú|Panamá|Bolivia|Paraguay|Guatemala|Honduras|"
    r"El Salvador|Nicaragua|Dominican Republic|Cuba|Cameroon|Senegal|Côte d'Ivoire|Ivory Coast|Algeria|Zimbabwe|"
    r"Zambia|Botswana|Namibia|Mozambique|Angola|Sudan|Iraq|Iran|Kuwait|Oman|Bahrain|Kazakhstan|Uzbekistan|"
    r"Armenia|Azerbaijan|Belarus|Moldova|Albania|North Macedonia|Montenegro|Kosovo|Mongolia|Myanmar|Cambodia|Fiji"
)
# A town's state or province spelled out: "Austin, Texas", "Halifax, Nova Scotia" (a design template's
# contact line, a LinkedIn export)
_STATES = (
    r"Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|"
    r"Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|"
    r"Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|"
    r"North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|"
    r"South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|"
    r"Ontario|Quebec|Québec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|"
    r"New South Wales|Queensland|Victoria|Tasmania|Western Australia|South Australia"
)
# ... but not the start of a name: "Ohio State University", "Texas A&M", "UC San Diego"
_NOT_A_NAME = (
    r"(?![ \t]+(?!USA\b|United States\b|[A-Z]\d[A-Z] ?\d[A-Z]\d\b)[A-Z&])"  # (a Canadian postcode may follow)
)
# a country that begins an organisation's name is no place: "Postdoctoral Researcher, Korea Institute
# of Energy Research" (the role is no town, the institute no country), "Scientist, Japan Science and
# Technology Agency"
_NAMED_AFTER = (
    r"(?![ \t]+(?:(?:[A-Z][\w'-]*|of|and|for|&)[ \t]+){0,4}(?i:"
    + ORG_WORDS.pattern.replace("(", "(?:", 1)
    + "))"
)
_US_CODES = (
    r"AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|"
    r"NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC"
)
# The small words inside town names: "Rio de Janeiro", "Frankfurt am Main", "Newcastle upon Tyne"
_PARTICLES = r"(?:de|da|do|dos|das|del|di|du|des|la|am|upon)"
# "Austin, TX", "Leeds, UK", "Dallas TX" (a US state's code needs no comma); not "University Towson,
# MD" (a school's name, then its town)
CITY = (
    rf"\b(?!University\b)[A-Z][\w.'-]+(?:(?: {_PARTICLES})* [A-Z][\w.'-]+)?"
    # (a state's code in capitals, not "St." before a saint's name: "Class Teacher, St. Joseph's School")
    rf",\s*(?:(?-i:[A-Z]{{2}})\b(?!\.\s*[A-Z][a-z']){_NOT_A_NAME}(?:,?\s*(?:USA|United States))?|(?:{_COUNTRIES})\b{_NAMED_AFTER}|(?:{_STATES})\b{_NOT_A_NAME})"
    rf"|\b(?-i:[A-Z][a-z][\w.'-]*(?: [A-Z][a-z][\w.'-]*)? (?:{_US_CODES}))\b(?![\w.'-])"
)
LOCATION = re.compile(
    rf"(?:{CITY})"
    rf"|\((?:[A-Z][\w.'-]+ ?){{1,3}}\)|\b(?:remote|hybrid|on-?site)\b|^(?:{_COUNTRIES})$",
    re.IGNORECASE,
)
# (two spaces part columns too, "JD Logistics  Analyst" as a PDF's text has a narrow tab, but not
# after a stop, where LaTeX and typists leave them between sentences)
_SPLIT = re.compile(r"\s+(?:\||—|–|-|·|•)\s+|\s*\|\s*|\t+|\s{3,}|(?<=[^\s.:;!?,]) {2}(?=\w)|:\s+")
_PROSE = re.compile(r"^(i|we|my|our|ich|wir|je|nous|yo|he|she|they)\b", re.IGNORECASE)
# A skill's or a language's level on a line of its own under it, as the text of a Resume.io, Zety or
# Novorésumé PDF has it ("NetSuite" / "Experienced", "Yoruba" / "Highly proficient"), and LinkedIn's
# language levels: a level, never an item of the list
LEVEL = re.compile(
    r"native(?: speaker| or bilingual(?: proficiency)?)?|bilingual|mother tongue|fluent|conversational|"
    r"(?:highly |very )?proficient|very good command|(?:good )?working knowledge|"
    r"(?:full professional|professional working|limited working|elementary) proficiency|"
    r"novice|beginner|elementary|basic|(?:upper[- ]|lower[- ])?intermediate|skill(?:ful|ed)|competent|"
    r"experienced|advanced|expert|excellent|very good|good|fair|[ABC][12]|"
    # the same levels in the languages of Xing and the European exports: "Deutsch" / "Muttersprache"
    r"muttersprache|flie(?:ß|ss)end|verhandlungssicher|(?:sehr )?gut(?:e kenntnisse)?|grundlagen|grundkenntnisse|"
    r"fortgeschritten|anfänger|langue maternelle|courant|notions|lengua materna|nativo|avanzado|intermedio|"
    r"básico|madrelingua|fluente|moedertaal|vloeiend|goed(?: in woord en geschrift)?|redelijk|uitstekend|"
    # Swedish, Danish, Norwegian, Finnish, Turkish
    r"modersmål|morsmål|flytande|flydende|flytende|(?:mycket )?goda kunskaper|grundläggande(?: kunskaper)?|"
    r"grundlæggende|grunnleggende|äidinkieli|sujuva|erinomainen|hyvä|tyydyttävä|alkeet|"
    r"ana ?dil(?:i)?|ileri(?: seviye)?|orta(?: seviye)?|başlangıç(?: seviyesi)?|(?:çok )?iyi|akıcı|"
    # Indonesian, Romanian
    r"bahasa ibu|aktif|pasif|lancar|nativ[ăa]?|limba maternă|avansat|mediu|începător",
    re.I,
)
# The 2023 Europass rates each language on five skills, on lines of their own under its name:
# "LISTENING C1 READING C1 WRITING B2" / "SPOKEN PRODUCTION C1 SPOKEN INTERACTION C1"
_CEFR_GRID = re.compile(
    r"(?:(?:listening|reading|writing|spoken production|spoken interaction)\s+[ABC][12]\b\s*)+", re.I
)
# and its web editor's PDF sets them as a table: the skills as column titles over a row a language
# ("English   C1   C1   C1   C1   B2"), a legend under it ("Levels: A1 and A2: Basic user; ...")
_GRID_ROW = re.compile(r"([^\W\d_][\w ]{1,30}?)\s+((?:[ABC][12]\s*){2,})")
_GRID_NOISE = re.compile(
    r"(?:(?:understanding|speaking|writing|listening|reading|spoken production|spoken interaction)\s*)+|"
    r"levels?\s*:\s*A1\b.*|other languages?(?:\(s\))?\s*:?(?:\s+(?:understanding|speaking|writing)\b.*)?|"
    r"common european framework of reference for languages",
    re.I,
)
_PROJECT_LABEL = re.compile(
    r"(?:project )?(?:title|name)\s*:\s*|(?:technolog(?:y|ies)(?: used)?|tech stack|tools(?: used)?)\s*:\s*|"
    r"(?P<what>(?:description|summary|details)\s*:\s*)",
    re.I,
)
_STACK = re.compile(r"[\w.+#-]+(?: [\w.+#-]+)?(?:,\s*[\w.+#-]+(?: [\w.+#-]+)?)+")
_SPOKEN_LEVEL = re.compile(r"spoken:\s*(\w+)(?:\s+(?:written|read|reading|writing):\s*\w+)*", re.I)
_DATE_ONLY = re.compile(r"[\s·•|,()-]*(?:(?:issued|awarded|received|obtained|expires?|no expiration date)[\s·•|,()-]*)*",
                        re.IGNORECASE)  # fmt: skip
# LinkedIn's "Degree - ABBR, Field" ("Master of Science - MS, Robotics") and "Certificate, Game Design"
# and Zety's "Degree: Field" ("Postgraduate Diploma: Clinical Pharmacy")
_LINKEDIN_DEGREE = re.compile(r"(.+?)(?:\s+-\s+[A-Z][A-Za-z.]{1,6})?(?:,|:)\s*([^,:]{2,60}?)\s*")
_STREET = re.compile(r"[^,@]*\d[^,@]*,")  # "Oudegracht 112, ...": a house number before the first comma
# a street address on a line of its own under an employer, as USAJOBS prints the agency's
_STREET_LINE = re.compile(
    r"\d{1,6}[A-Za-z]? (?:[NSEW]\.? )?(?:[A-Z][\w.'-]* ){1,4}(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|"
    r"lane|ln|way|court|ct|place|pl|parkway|pkwy|highway|hwy|circle|terrace)\.?(?:,? (?:suite|ste|floor|fl)\.? \w+)?",
    re.I,
)
_BARE_TOWN = re.compile(rf"[{UPPER}][\w'’.-]+(?: [{UPPER}][\w'’.-]+){{0,2}}")  # "Manchester", "Kuala Lumpur"
_LABEL = re.compile(
    r"^(?:position|designation|job title|title|role|company|employer|(?:earlier|early|prior|previous) career|"
    # a South African CV's "Matric: Durban High School, 2010", "Tertiary: National Diploma: ..."
    r"matric|tertiary|secondary|high school|qualification|institution)\s*:\s*",
    re.IGNORECASE,
)
_HONOURS = re.compile(r"\s*\((?:hons?|honours|honors)\.?\)", re.IGNORECASE)
_ABBREVIATION = re.compile(r"\s*\(([A-Z][A-Za-z.]{1,9})\)")
_AT = re.compile(r"(.+?)\s+(?:at|@|bei|chez|en|in der|at the)\s+(.+)")
# A line that is a place and nothing else: "Vancouver, British Columbia, Canada" (LinkedIn puts one
# under each stint), "Kyoto, Japan", "Austin, TX", "Greater Seattle Area"
# Up to three capitalised words, with the particles of Romance and German town names between them
_WORDS = rf"[{UPPER}][\w.'’-]+(?: (?:{_PARTICLES} )*[{UPPER}][\w.'’-]+){{0,2}}"
_PLACE_LINE = re.compile(
    rf"{_WORDS}(?:,\s*{_WORDS})?,\s*(?:[A-Z]{{2}}|{_COUNTRIES}|(?:{_STATES}){_NOT_A_NAME})|(?:Greater )?{_WORDS} (?:Metropolitan |Bay )?Area"
)
# How long a stint or a company lasted, as LinkedIn exports print it under the company ("5 years 3
# months") and after the dates ("April 2022 - Present (2 years 9 months)", "... · 2 yrs 9 mos"):
# worked out from the dates, so no fact of its own and never a company or a role
_YEARS_WORD = r"years?|yrs?|años?|anos?|ans?|jahre?|anni|anno"
_MONTHS_WORD = r"months?|mos?|meses|mes|mois|monate?|mesi|mese"
_DURATION = rf"(?:\d+\s+(?:{_YEARS_WORD})(?:,?\s+(?:and\s+|und\s+|y\s+|et\s+|e\s+)?\d+\s+(?:{_MONTHS_WORD}))?|\d+\s+(?:{_MONTHS_WORD})|less than a year)"  # LinkedIn writes them in the profile's language: "(3 años 9 meses)", "(4 ans 1 mois)"; Xing "· 3 Jahre, 9 Monate"
_DURATION_LINE = re.compile(rf"\(?{_DURATION}\)?", re.I)
_DURATION_AFTER = re.compile(rf"\s*(?:\(\s*{_DURATION}\s*\)|·\s*{_DURATION})\s*$", re.I)


@dataclass(frozen=True)
class Position:
    """A job, or a volunteer role."""

    org: str
    role: str
    dates: DateRange | None
    details: tuple[str, ...]
    section: int  # index of its section in Resume.sections (for the coverage report)
    org_line: bool = False  # the organisation stood on a line of its own (promotions below inherit it)
    place: str = ""  # the town it was in, where the header names one ("Manchester", "Austin, TX")


@dataclass(frozen=True)
class Degree:
    school: str
    degree: str
    dates: DateRange | None
    details: tuple[str, ...]
    section: int


@dataclass(frozen=True)
class Item:
    """One line of a list section (an award, a paper, a language), with its date if it has one."""

    text: str
    dates: DateRange | None
    detail: str
    section: int


@dataclass
class Profile:
    """Everything the facts are made from, whether it came from text or from a JSON Resume."""

    name: str | None
    contact: dict[str, str] = field(default_factory=dict)
    headline: str = ""
    summary: list[tuple[str, int]] = field(default_factory=list)
    jobs: list[Position] = field(default_factory=list)
    volunteer: list[Position] = field(default_factory=list)
    degrees: list[Degree] = field(default_factory=list)
    awards: list[Item] = field(default_factory=list)
    publications: list[Item] = field(default_factory=list)
    certifications: list[Item] = field(default_factory=list)
    projects: list[Item] = field(default_factory=list)
    languages: list[Item] = field(default_factory=list)
    interests: list[Item] = field(default_factory=list)
    skills: list[tuple[str, list[str], int]] = field(default_factory=list)  # (category or "", items, section)
    # what was done, said under no employer: a functional resume's bullets under a skill area
    achievements: list[tuple[str, str, int]] = field(default_factory=list)  # (area, bullet, section)


# "Label: value" lines inside an entry that are neither its header nor something it did: a US federal
# resume's "Hours per week: 40", "Supervisor: ...", "Duties, Accomplishments and Related Skills:",
# a student's "GPA: 3.7", "Relevant Coursework: ...", and a degree's "Major: Biology" (its field).
_ATTRIBUTE = re.compile(
    r"(hours per week|supervisor|okay to contact[\w ]*|may we contact[\w ]*|salary|series|(?:final )?grade|pay plan|"
    r"reason for leaving|duties[\w ,]*|gpa|cgpa|(?:relevant )?coursework|thesis|advisor|"
    r"(?:major|minor|concentration|field of study))\s*:\s*(.*)",
    re.IGNORECASE,
)


@dataclass
class _Raw:
    """An entry while it is being grouped: header lines, then detail lines."""

    head: list[Line]
    details: list[Line] = field(default_factory=list)
    dates: DateRange | None = None
    attrs: list[Line] = field(default_factory=list)  # its "Label: value" lines (_ATTRIBUTE)

    @property
    def named(self) -> int:
        """Header lines that name something: not a date or a place alone (a federal resume stacks
        employer, town, dates and title on four lines)."""
        return sum(
            1 for ln in self.head
            if strip_range(ln.text, find_range(ln.text)) and not LOCATION.fullmatch(ln.text.strip())
            and not place_line(ln.text)
        )  # fmt: skip

    @property
    def indent(self) -> int:
        return self.head[0].indent


def _is_sentence(text: str) -> bool:
    # words, not dates or separators: "Bachelor of Arts - BA, Image Arts and Sciences · (2012 - 2016)" is a header
    words = [w for w in strip_range(text, find_range(text)).split() if re.search(r"\w", w)]
    # and moderncv ends its entries with a stop: "Data Scientist, Allegro Group, Poznań." is no sentence
    return len(words) > 12 or (text.endswith(".") and len(words) > 4 and not _named_parts(text))


def _named_parts(text: str) -> bool:
    """Two or more parts, each a name (every word capitalised but the small ones): a header's."""
    parts = strip_range(text, find_range(text)).strip(" .").split(",")
    return len(parts) >= 2 and all(
        w[:1].isupper() or not w[:1].isalpha() or w.lower() in _SMALL_WORDS for p in parts for w in p.split()
    )


def _past_led(text: str) -> bool:
    """Opens with a verb in the past tense ("Built", "Organised"), not its base form ("Lead", "Audit")."""
    from lemminflect import getAllLemmas

    first = text.split(" ", 1)[0].lower()
    lemmas = getAllLemmas(first).get("VERB", ())
    return bool(lemmas) and first not in lemmas


def _says_what_was_done(text: str) -> bool:
    """'Built a demand forecast that cut safety stock by 22%': five words or more opening with a
    verb in the past tense, no separator, naming no role or organisation: a job's bullet written
    with no bullet and no period (Novorésumé). 'Audit Senior — Grant Thornton' and 'Lead Data
    Scientist, Acme' open with a verb's base form: headers."""
    rest = text.partition(" ")[2]
    if text.endswith(".") and len(text.split()) >= 2 and _past_led(text) and not find_range(text):
        return True  # "Mentored 4 junior engineers.": a statement, short as it is (a PDF's bullet without its glyph)
    return (
        len(text.split()) >= 5
        and _past_led(text)
        and not find_range(text)
        and not re.search(r"\s[—–|-]\s|\s@\s|\bat\s+[A-Z]", text)
        and not (ROLE_WORDS.search(rest) or ORG_WORDS.search(rest) or SCHOOL_WORDS.search(rest))
    )  # fmt: skip


def _whole_header(text: str, kind: str) -> bool:
    """A header line that names a whole entry but its dates: a degree and its school, a role and its
    organisation ("Science Teacher — St. Mary's College, Dublin")."""
    if find_range(text) or _is_sentence(text):
        return False
    if kind == "education":  # ("Master in HRM, HEC Montréal": a school no school word names)
        return bool(DEGREE_WORDS.search(text)) and (bool(SCHOOL_WORDS.search(text)) or len(_parts(text)) >= 2)
    return len(_parts(text)) >= 2 and bool(ROLE_WORDS.search(text))


def _entry_like(line: Line, kind: str) -> bool:
    """A bullet that is an entry of its own: "- Engineer, Google, 2019-2021", "- M.S., Stanford, 2019"."""
    dates = find_range(line.text)
    rest = strip_range(line.text, dates)
    if _is_sentence(rest) or rest.endswith("."):
        return False
    if kind == "education":
        return bool(SCHOOL_WORDS.search(rest) or _ACRONYM.search(rest)) and bool(
            DEGREE_WORDS.search(rest) or dates
        )
    # "- **Staff Engineer** @ Nike (2022 – now)": "at" and "@" pair a role and a company too
    two = len(_parts(rest)) >= 2 or bool(_AT.fullmatch(rest.strip(" ()")))
    return dates is not None and two and bool(ROLE_WORDS.search(rest))


# A line under a degree that says more about it ("Minor in Energy", "Senior thesis: ...", "GPA: 3.86,
# summa cum laude"): a detail of that degree, never an entry of its own.
_DEGREE_NOTE = re.compile(
    r"(minor|c?gpa|(?:final )?grade|honou?rs|(?:summa |magna )?cum laude|dean'?s list|first[- ]class|with distinction|"
    rf"(?:[\w']+ )?(?:thesis|dissertation)|{DEGREE_PROJECT}|concentration|focus|speciali[sz]\w*)\b",
    re.I,
)


def group(lines: list[Line], kind: str) -> list[_Raw]:
    """Lines of an entry section -> entries: header lines (one, two or three) and their details."""
    out: list[_Raw] = []
    for line in lines:
        cur = out[-1] if out else None
        if cur is not None and not line.bullet and _ATTRIBUTE.fullmatch(line.text):
            cur.attrs.append(line)
            continue
        if kind == "education" and cur is not None and cur.dates and _DEGREE_NOTE.match(line.text):
            cur.details.append(line)
            continue
        under = cur is not None and len(cur.head) == 1 and not cur.details and not line.bullet
        under = under and line.indent == _text_column(cur.head[0]) and not _is_sentence(line.text)
        # "2021.04 - Present   Acme, Tokyo" over "                    Engineer"; and a role alone after
        # its dates over its organisation ("seit 04/2022   Teamleiterin Controlling" over "REWE Group, Köln")
        if under:
            role_under = ROLE_WORDS.search(line.text) and not ROLE_WORDS.search(cur.head[0].text)
            alone = kind != "education" and len(_parts(_undated(cur.head[0].text))) == 1
            org_under = alone and not ROLE_WORDS.search(line.text) and not find_range(line.text)
            if role_under or org_under:
                cur.head.append(line)
                continue
        if (
            kind == "education" and cur is not None and not cur.details and not line.bullet and not line.gap
            and SCHOOL_WORDS.search(line.text) and not line.text.endswith(".") and not find_range(line.text)
            and not any(SCHOOL_WORDS.search(h.text) for h in cur.head)
            and not (cur.dates and _whole_header(line.text, kind))  # the next degree, with its school
        ):  # fmt: skip
            # the school under its degree, however long its name ("... at Houston — Cizik School of Nursing")
            cur.head.append(line)
            continue
        # (a date column set flush right indents its shorter ranges: a line that opens with its dates,
        # as the entry above does, is the next entry, however far in it starts)
        # (a date label too wide for its column stands alone, the entry under it further in: simplecv's
        # "2021–present" over "Ph.D. in Civil Engineering, ...")
        alone = cur is not None and len(cur.head) == 1 and not cur.details and _dates_only(cur.head[0].text)
        deeper = (
            cur is not None
            and line.indent > cur.indent
            and not (opens_with_dates(line.text) and opens_with_dates(cur.head[0].text))
            and not (alone and not line.bullet)
        )
        detail = line.bullet or deeper or _is_sentence(line.text)
        detail = detail or (cur is not None and bool(cur.dates) and _says_what_was_done(line.text))
        # (and under dates alone, a whole header is the entry's: "Teaching Assistant, Université Laval.")
        detail = detail and not (alone and not line.bullet and _whole_header(line.text.rstrip("."), kind))
        dates = find_range(line.text)
        # (indented under the entry's header it is the entry's list, its bullets drawn as shapes:
        # a browser's PDF has no glyph for them)
        listed = cur is not None and line.indent > cur.indent
        if line.gap and not line.bullet and _is_sentence(line.text) and not listed:
            out.append(
                _Raw([line], dates=dates)
            )  # a paragraph of prose after a blank line: no entry's detail
            continue
        opens = cur is None or cur.dates or cur.details or _is_sentence(cur.head[-1].text)
        if detail and not (_entry_like(line, kind) and opens):
            if cur is None:
                out.append(_Raw([line], dates=dates))
            else:
                cur.details.append(line)
            continue
        if (
            cur is not None and cur.dates and not (line.gap or dates or cur.details) and _place(line.text)
            and not any(place_line(h.text) for h in cur.head)  # "Localiza" under "Belo Horizonte, Brasil"
        ):  # fmt: skip
            cur.head.append(line)  # "San Francisco Bay Area" under a dated header: its location
            continue
        # "BSc in Chemistry — University of Galway" over "2008 – 2012", then the next degree the same
        # way: a whole header after an entry whose header and dates line are complete opens the next
        whole = (
            cur is not None
            and cur.dates
            and _whole_header(line.text, kind)
            and (
                not strip_range(cur.head[-1].text, find_range(cur.head[-1].text)).strip(" ,|·–-")
                and any(_whole_header(h.text, kind) for h in cur.head)
            )
        )
        # (and after its "Final grade: ..." lines: a whole header is the next entry)
        whole = whole or cur is not None and bool(cur.attrs and cur.dates) and _whole_header(line.text, kind)
        # (and undated, as executive resumes write them: "MBA, ..., University of Minnesota" over "BS,
        # Industrial Engineering, Iowa State University", each a degree and its school)
        whole = whole or (
            kind == "education"
            and cur is not None
            and not cur.dates
            and len(cur.head) == 1
            and _whole_header(cur.head[0].text, kind)
            and _whole_header(line.text, kind)
        )
        if (
            cur is None or cur.details or (cur.dates and (dates or line.gap)) or cur.named >= 3
            or _is_sentence(cur.head[-1].text) or whole
        ):  # fmt: skip
            out.append(_Raw([line], dates=dates))
        elif cur.dates and cur.named >= 2 and not LOCATION.fullmatch(line.text.strip()):
            out.append(_Raw([line], dates=dates))
        else:
            cur.head.append(line)  # "Globex, Springfield, IL" then "Product Designer, 2019 - 2022"
            cur.dates = cur.dates or dates
    # dates alone over an undated entry, a blank line between (a layout table's date cell beside the
    # role, employer and bullets, read cell after cell): the entry's dates
    for k in range(len(out) - 2, -1, -1):
        a, b = out[k], out[k + 1]
        if (
            len(a.head) == 1
            and not (a.details or a.attrs)
            and _dates_only(a.head[0].text)
            and b.dates is None
        ):
            b.head[:0], b.dates = a.head, a.dates
            del out[k]
    return out


def _text_column(line: Line) -> int | None:
    """Where the text after a leading date column starts ("2019 - 2021   Acme": at "Acme"), else None."""
    dates = find_range(line.text)
    if dates is None or dates.span[0] != 0:
        return None
    rest = line.text[dates.span[1] :]
    return line.indent + dates.span[1] + len(rest) - len(rest.lstrip())


def _place(text: str) -> bool:
    """A short line naming no role, organisation, school or degree: a location under an entry."""
    words = re.sub(rf"\b{_PARTICLES}\s", "", text).split()  # "Pays de la Loire": two words
    if len(words) > 5 or _is_sentence(text):
        return False
    return not any(p.search(text) for p in (ROLE_WORDS, ORG_WORDS, SCHOOL_WORDS, DEGREE_WORDS))


# First words of two-word towns ("San Jose", "Fort Worth", "Kuala Lumpur"); any other word before a
# town glued to a name is the name's ("Cloudline Systems Seattle, WA": Seattle)
_TOWN_STARTS = set(
    "san santa los las new fort ft. st. saint el la le salt palo mountain long grand cedar baton des ann "
    "bowling sioux palm west east north south port lake rapid kansas oklahoma jersey virginia colorado "
    "carson boca coral daly menlo redwood foster jefferson overland round sugar winston high ocean bay "
    "royal simi thousand castle chapel cherry elk garden glen oak park rancho rock sterling spring kuala "
    "hong tel rio são sao buenos mexico abu cape ho".split()
)


def _unglue_town(text: str) -> str:
    """'Cloudline Systems Seattle, WA' -> 'Cloudline Systems | Seattle, WA': a LaTeX template's
    right-aligned town comes out of the PDF one space after the company or school."""
    m = re.search(rf"(?:{CITY})$", text)
    if not m or m.start() < 2 or text[m.start() - 1] != " " or not re.match(r"[\w.)]", text[m.start() - 2]):
        return text
    start, words = m.start(), m.group(0).split(",")[0].split()
    # "University of Maryland College Park, MD": the name keeps a school word without "College", so
    # the town is two words; "Austin Community College Austin, TX" would lose its only one
    first, name = words[0], text[:start]
    spare = any(w.fullmatch(first) for w in (ORG_WORDS, SCHOOL_WORDS)) and any(
        w.search(name) for w in (ORG_WORDS, SCHOOL_WORDS)
    )
    if len(words) == 2 and first.lower() not in _TOWN_STARTS and not spare:
        start += len(first) + 1
    return f"{text[:start].rstrip()} | {text[start:]}"


def place_line(text: str) -> bool:
    # "Boots UK, Stockport, UK": a name that ends with its country is a company's, not a town's
    named = re.search(rf"\s(?:{_COUNTRIES})$", text.split(",")[0].strip())
    return bool(_PLACE_LINE.fullmatch(text.strip())) and _place(text) and not find_range(text) and not named


def town_name(place: str) -> str:
    """'Vancouver, British Columbia, Canada' -> 'Vancouver, British Columbia': the country goes when
    a region is there to say where (the CITY pattern alone would keep 'British Columbia, Canada')."""
    parts = [p.strip() for p in place.split(",")]
    return ", ".join(parts[:2]) if len(parts) >= 3 else place.strip()


_SYSTEM = re.compile(r"(?:The )?University of [A-Z][\w.'-]+(?: [A-Z][\w.'-]+)?")
_CAMPUS = re.compile(rf"(?!(?:{_COUNTRIES}|{_STATES})$)[A-Z][\w.'-]+(?:[ -][A-Z][\w.'-]+){{0,2}}")


def _parts(text: str) -> list[str]:
    text = _HONOURS.sub("", text)  # "BSc (Hons) Zoology": not a place, and not a column gap
    # the stop that ends a moderncv entry ("..., University of Warsaw."), not an abbreviation's ("Inc.")
    text = re.sub(r"(?<=[^\W\d_]{4})(?<!Corp|Bros|Dept|Univ|Assn|Intl)\.$", "", text.rstrip())
    # "Bachelor of Commerce (B.Com.)": the degree's short name, not a place in brackets
    text = _ABBREVIATION.sub(lambda m: "" if _is_degree_abbreviation(m.group(1)) else m.group(0), text)
    text = _LABEL.sub("", text)  # "Position: Production Engineer"
    # "National Diploma: Logistics, Durban University of Technology": the field after the colon
    text = re.sub(r"^((?:[A-Z][\w.'’-]* )*(?:Diploma|Certificate|Degree))\s*:\s+", r"\1 in ", text)
    text = _BRACKET_FIELD.sub(_field_in, text)
    # and the field before its degree in brackets, as German CVs write it: "Maschinenbau (Master of Science)"
    # (not a degree's short name before its long one: "PharmD (Master of Pharmacy)")
    text = _FIELD_THEN_DEGREE.sub(lambda m: m[0] if DEGREE_WORDS.search(m[1]) else f"{m[2]} in {m[1]}", text)
    text = _ADVISOR.sub("", text)  # "M.S. in AI (Advisor: Prof. Kim)": who advised, not a part
    # moderncv's grade after the school's town ("..., Hamburg, Grade: 1.3"): no part of the name
    text = re.sub(r",\s*(?:final )?(?:grade|gpa|note)\s*:\s*[\d.,/ ]+$", "", text, flags=re.I)
    # a rotation's "..., 120 hours": not the hospital's name
    text = re.sub(r",\s*\d+\+?\s+(?:clinical\s+)?hours\b", "", text)
    # (and no gap left before a comma: "Hospital (HUS), Helsinki")
    text = re.sub(r" +(?=,)", "", LOCATION.sub(" ", text))
    parts = [_trim(p) for p in _SPLIT.split(text)]
    parts = [p for p in parts if p and not LOCATION.fullmatch(p)]
    if len(parts) == 1 and "," in parts[0]:
        parts = [_trim(p) for p in re.split(r",(?![^(]*\))", parts[0]) if _trim(p)]
        # "University of California, Berkeley": a campus is part of the school's name
        for k in range(len(parts) - 1, 0, -1):
            if _SYSTEM.fullmatch(parts[k - 1]) and _CAMPUS.fullmatch(parts[k]) and _place(parts[k]):
                parts[k - 1 : k + 1] = [f"{parts[k - 1]}, {parts[k]}"]
    # "Mercari, Inc.", "NORTHBRIDGE FOODS, INC.": a company's legal form after its comma is its name's
    for k in range(len(parts) - 1, 0, -1):
        if _LEGAL_FORM.fullmatch(parts[k]):
            parts[k - 1 : k + 1] = [f"{parts[k - 1]}, {parts[k]}"]
    return [p for p in parts if re.search(r"[^\W\d_]", p)]


_LEGAL_FORM = re.compile(
    r"(?:inc|ltd|llc|llp|plc|corp|co|gmbh|ag|s\.?a|s\.?p\.?a|b\.?v|n\.?v|k\.?k|pty\.? ltd)\.?", re.I
)


# "Bachelor of Economics (International Trade)", "Master of Science (Major: Finance)": the field in
# brackets after the degree, as Chinese and Indian CVs write it (not a place: "(Guangzhou)")
_BRACKET_FIELD = re.compile(
    r"\b((?:master|bachelor|doctor|diplom\w*-\w+)\b[^()|,]*?)\s*\(\s*(?:(?:major|speciali[sz]ation|concentration)\s*(?:in\b|:)?\s*)?"
    r"([A-Z][^()]{2,50})\)",
    re.I,
)


_FIELD_THEN_DEGREE = re.compile(
    r"^([A-ZÄÖÜ][\w -]{2,40}?)\s*\(((?:master|bachelor|diplom|magister)\b[^()]*|(?:b|m)\.?\s?(?:sc|a|eng)\.?)\)",
    re.I,
)
_ADVISOR = re.compile(r"\s*\((?:advis[eo]r|supervisor|betreuer\w*|directeur|directora?)s?\s*:[^)]*\)", re.I)


def _field_in(m: re.Match) -> str:
    if re.search(r"\bin\b", m[1]) or _is_degree_abbreviation(m[2]) or not m[2][0].isupper():
        return m[0]
    return f"{m[1]} in {m[2].strip()}"


def _is_degree_abbreviation(text: str) -> bool:
    from .facts import level  # facts imports this module; the degree levels live there

    return bool(level(text))


def _trim(part: str) -> str:
    """Strip separators and brackets around a part, keeping a bracket that closes inside it."""
    part = part.strip(" ,;:·•|")  # "Ingeniería en Diseño Industrial · (2012 - 2017)" without its dates
    while part[:1] == "(" and ")" not in part or part[-1:] == ")" and "(" not in part:
        part = part.strip("()").strip(" ,;:·•|")
    return part


def _head_parts(raw: _Raw) -> list[tuple[int, str]]:
    """(header line index, part) for every part of every header line, dates removed."""
    out = []
    for i, line in enumerate(raw.head):
        if not place_line(line.text):
            out += [(i, p) for p in _parts(_undated(line.text))]
    return out


def _undated(text: str) -> str:
    """The line without its dates; in columns ("2020.07-Present    JD Logistics    Analyst") the
    other columns stay apart."""
    dates = find_range(text)
    if dates and re.search(r"\S(?: {3,}|\s*\t\s*)\S", text):
        a, b = dates.span
        return (text[:a] + "   " + text[b:]).strip(" ,;|–—-:\t(")
    return strip_range(text, dates)


def _sane(text: str) -> bool:
    """An entity a question can name: a few words, not a sentence, not a pronoun, not a title."""
    named = (
        text[:1].isupper() or text[:1].isdigit() or any(c.isupper() for c in text[1:])
    )  # names: "bioMérieux"
    return named and len(text.split()) <= 8 and not _PROSE.match(text) and not section_kind(text, loose=False)


_SMALL_WORDS = set(
    "of in and the for at on to do da das dos de del la le du des der von van y e et und di della delle dei degli".split()
)


def _uncapped(text: str) -> str:
    """'VETERINARY SURGEON' -> 'Veterinary Surgeon', 'HOSPITAL DO PORTO' -> 'Hospital do Porto'.

    Europass exports and some Word templates write roles, employers and degrees in capitals; the
    bot should not answer in them. One short capitalised word stays as written: it may be an acronym (NHS, NVIDIA).
    """
    if not text.isupper() or len(text.split()) < 2 and len(text) < 7:
        return text
    words = text.lower().split()
    # "SANT'ORSOLA" -> "Sant'Orsola", "D'SOUZA" -> "D'Souza"; but "CHILDREN'S" -> "Children's"
    words = [re.sub(r"(?<=['’])([a-z])(?=[a-z]{2})", lambda m: m.group(1).upper(), w) for w in words]
    return " ".join(w if i and w in _SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words))


def position(raw: _Raw, previous: Position | None, section: int) -> Position | None:
    """Role and organisation of an experience entry, or None when its header is no entry."""
    role = org = ""
    # "Site Engineer    2015 – 2019" over "Siemens Healthineers, Erlangen, Germany": a role dated on
    # its own line, then its employer, town and country (LinkedIn's place line, "Vancouver, British
    # Columbia, Canada", is under a role whose dates have a line of their own)
    if len(raw.head) == 2 and dated_line(raw) == 0 and len(_head_parts(raw)) == 1:
        line = raw.head[1]
        name, _, where = line.text.partition(",")
        if place_line(line.text) and line.text.count(",") == 2 and place_line(where.strip()):
            line.used = True
            raw.head[1:] = [replace(line, text=name.strip()), replace(line, text=where.strip())]
    # one header line, or a role alone above its dates and place lines (LinkedIn): under a company's
    # own line, a promotion there ("Perception Engineer — Carnegie Robotics" over its dates is no such line)
    parts = _head_parts(raw)
    alone = len(raw.head) == 1 or len(parts) == 1
    for line in raw.head:
        rest = LOCATION.sub(" ", strip_range(line.text, find_range(line.text))).strip(" ,|")
        m = _AT.fullmatch(rest)
        if m and SCHOOL_WORDS.search(m.group(1)) and not ROLE_WORDS.search(m.group(1)):
            m = None  # "University of Texas at Austin" is a name, not "Role at Org"
        if m:  # "Role at Org" says which is which
            role, org = m.group(1).strip(" ,"), ", ".join(_parts(m.group(2))[:2])
    if not (role and org):
        roles = [(i, p) for i, p in parts if ROLE_WORDS.search(p) and not ORG_WORDS.search(p)]
        roles = roles or [(i, p) for i, p in parts if ROLE_WORDS.search(p)]
        if roles:
            line_of_role, role = roles[0]
            org_at = next(((i, p) for i, p in parts if p != role and ORG_WORDS.search(p)), None)
            same_line = [(i, p) for i, p in parts if i == line_of_role]
            if not org_at and len(same_line) == 2 and re.search(r"\s[–—-]\s", raw.head[line_of_role].text):
                # "Volunteer Pharmacist – Banco Alimentar" under "2017 – CURRENT Braga": the dash pairs them
                org_at = next((i, p) for i, p in same_line if p != role)
            org_at = org_at or next(((i, p) for i, p in parts if p != role), (None, ""))
            if previous is not None and previous.org_line and org_at[1] in _parts(previous.role)[1:]:
                # "Staff Nurse, Medical ICU" under "Charge Nurse, Medical ICU" at Mayo Clinic: the unit
                # both roles name is no employer; the company's line above holds both
                org_at, role = (None, previous.org), ", ".join(p for i, p in parts if i == line_of_role)
            if alone and previous is not None and previous.org_line and not ORG_WORDS.search(org_at[1]):
                org_at = (None, previous.org)  # a promotion: a dated role line under the company's line
            org = org_at[1]
            # "Department of the Interior, Bureau of Land Management": a department and its agency,
            # the employer both name
            same = [p for i, p in parts if i == org_at[0] and p != role]
            if org_at[0] != line_of_role and len(same) == 2 and all(ORG_WORDS.search(p) for p in same):
                org = ", ".join(same)
            if org_at[0] != line_of_role:
                # "Hospital X" / "Charge Nurse, Cardiovascular ICU": the role line is the role, whole.
                role = ", ".join(p for i, p in parts if i == line_of_role)
        elif len(parts) >= 2:
            # No role word: a dated line under a name line holds the role ("Globex" / "Lead, 2019"),
            # else the first part is the role ("Role | Company | dates", the commonest layout).
            dated = [i for i, line in enumerate(raw.head) if find_range(line.text)]
            if len(raw.head) >= 2 and dated and dated[0] > 0 and any(i == dated[0] for i, _ in parts):
                role = next((p for i, p in parts if i == dated[0]), "")
                org = next((p for i, p in parts if i != dated[0]), "")
            else:
                role, org = parts[0][1], parts[1][1]
    if role and not org and previous is not None and alone:
        org = previous.org  # a promotion: a second dated role line under the same company
    place = "" if (place := _town(raw)) == role else place  # a role no role word names is no town
    # "Grant Thornton, Manchester", "Ashok Leyland Ltd., Ennore": a town after the organisation's
    # comma is where, not who
    if (m := re.fullmatch(r"(.+?[\w.)]),\s*([A-Z][\w.'-]+(?: [A-Z][\w.'-]+)?)", org)) and _place(m.group(2)):
        org, place = m.group(1), place or m.group(2)
    # (a LinkedIn export puts the company on a line of its own; and "Atölye Digital · Istanbul", no
    # organisation's word in its name, is a line of no role that is no town: its town is after the name)
    place = "" if org in place else place
    # "Sparkright Electrical Pty Ltd, Sydney" on its own line: the town after the company's comma
    after = [q for (i, p), (j, q) in zip(parts, parts[1:]) if p == org and i == j]
    if not place and after and _BARE_TOWN.fullmatch(after[0]) and _place(after[0]):
        place = after[0]
    # "SEDAPAL (Servicio de Agua Potable y Alcantarillado de Lima)": a name whose spelled-out form in
    # brackets makes it too long to ask by is asked by its short name
    if not _sane(org) and (short := re.fullmatch(r"(.+?)\s*\([^)]*\)", org)) and _sane(short[1]):
        org = short[1]
    if not (_sane(role) and _sane(org)) or role == org:
        return None
    # (the organisation on a line of its own: not beside its role, "Research Assistant, Polytechnique
    # Montréal." under its dates alone)
    lines_of = {i for i, p in parts if org in p} & {i for i, p in parts if role in p}
    org_line = (
        len(raw.head) >= 2 and not any(org in p for i, p in parts if i == dated_line(raw)) and not lines_of
    )
    details = tuple(d.text for d in raw.details)
    return Position(_uncapped(org), _uncapped(role), raw.dates, details, section, org_line, place)


def _town(raw: _Raw) -> str:
    """The town an entry's header names: "Austin, TX", "Leeds, UK", or a place line of its own."""
    if line := next((ln for ln in raw.head if place_line(ln.text)), None):
        return town_name(line.text)
    for line in raw.head:
        if m := re.search(CITY, strip_range(line.text, find_range(line.text))):
            return m.group(0)
        # "06/2021 - Present, Hamburg" (Novorésumé, Europass): the town after the dates
        if (dates := find_range(line.text)) and (rest := line.text[dates.span[1] :].strip(" ,|·-–")):
            if re.fullmatch(r"[A-Z][\w.'-]+(?: [A-Z][\w.'-]+)?", rest) and _place(rest):
                return rest
    # a line that is a town and nothing else ("Coastline Power Services, Wollongong" is more)
    return next(
        (
            ln.text.strip()
            for ln in raw.head[1:]
            if not find_range(ln.text) and _place(ln.text) and "," not in ln.text
        ),
        "",
    )


def dated_line(raw: _Raw) -> int | None:
    return next((i for i, line in enumerate(raw.head) if find_range(line.text)), None)


_LICENCE_NUMBER = re.compile(
    r",?\s*\b(?:licen[cs]e|certificate|credential|registration|member(?:ship)?)\s*(?:no\.?|number|#|id)\s*:?\s*[\w-]*\d[\w-]*"
    # "Colegiatura CIP No. 182734", "Reg. N° 44120": a registration's number after any name
    r"|\s+(?:no\.|n°|nº|#)\s*\d[\w-]*",
    re.I,
)
_CERTIFICATE = re.compile(r"\b(?:certifi\w*|licen[cs]e[ds]?)\b", re.I)
_AWARDED = re.compile(r"\b(?:diploma|degree|certificate|GED)\b", re.I)


_SCHOOL_OF = re.compile(r"(?:[A-Z][\w'’.-]* )*(?:School|Faculty|College) of [A-Z].*")


# "2010 – 2014, diploma behaald" (a Dutch CV's "diploma obtained"): that it was finished, which the
# dates say; never the degree
_FINISHED = re.compile(
    r"(?:diploma|getuigschrift|certificaat) (?:behaald|niet behaald)|afgerond|geslaagd|examen behaald|"
    r"abgeschlossen|completed|graduated|(?:diploma|degree) (?:obtained|awarded)",
    re.I,
)


# the honours a degree came with (asked by facts.py)
DISTINCTION = re.compile(
    r"\b((?:summa |magna )?cum laude|with (?:high(?:est)? )?(?:honou?rs|distinction)|"
    r"(?:first|upper second|lower second)[- ]class(?: honou?rs)?|dean'?s (?:honou?rs? )?list(?: \([^)]*\))?)",
    re.I,
)
# the honours after a degree's or school's words are a part of their own: "University College Cork.
# First Class Honours.", "B.S. in Biology, with Distinction"
_HONOURS_SPLIT = re.compile(rf"(?:\.\s+|,\s*)(?={DISTINCTION.pattern})", re.I)


_INTEREST_LABEL = re.compile(
    r"^(?:sports?|music|arts?|outdoors?|reading|travel|games|creative|other|hobbies|interests|leisure)"
    r"\s*:\s+(?=\S)",
    re.IGNORECASE,
)


def degree(raw: _Raw, section: int) -> Degree | None:
    heads = [(i, q) for i, p in _head_parts(raw) for q in _HONOURS_SPLIT.split(p)]
    parts = [p for _, p in heads if not _FINISHED.fullmatch(p.strip(" ."))]
    # "BSc, with Distinction": the honours are neither the field nor the school (the details keep them)
    honours = tuple(p for p in parts if DISTINCTION.fullmatch(p.strip(" .")))
    parts = [p for p in parts if p not in honours]
    school = next((p for p in parts if SCHOOL_WORDS.search(p) and not DEGREE_WORDS.search(p)), "")
    school = school or next((p for p in parts if _ACRONYM.fullmatch(p) and not DEGREE_WORDS.fullmatch(p)), "")
    # "High School Diploma - MacArthur High School": both name a high school; the school is not the diploma
    school = school or next((p for p in parts if SCHOOL_WORDS.search(p) and not _AWARDED.search(p)), "")
    school = school or next((p for p in parts if SCHOOL_WORDS.search(p)), "")
    # "Carlson School of Management, University of Minnesota": a university's school, and the university
    if school and (k := parts.index(school)) + 1 < len(parts) and _SCHOOL_OF.fullmatch(school):
        if re.search(r"\buniversit", parts[k + 1], re.I) and not DEGREE_WORDS.search(parts[k + 1]):
            school = f"{school}, {parts[k + 1]}"
            parts[k : k + 2] = [school]
    deg = next((p for p in parts if DEGREE_WORDS.search(p) and p != school), "")
    if deg and not school:  # "MFA in Interaction Design, Konstfack": the other part is the school
        school = next((p for p in parts if p != deg and not DEGREE_WORDS.search(p)), "")
    columns = any(re.search(r"\||\t|\s{3,}", line.raw) for line in raw.head)
    # ("B.A. Psychology      2009 – 2013" over "Boğaziçi University · Istanbul": the degree names its
    # field, and the part left over is the school's town)
    named = re.search(
        r"\b[A-Z][a-z]{2,}", DEGREE_WORDS.sub("", re.sub(r"\([^)]*\)|\b(?:Hon\w*|Degree)\b", "", deg))
    )
    if deg and columns and not named and not re.search(r"\b(in|of|en|in der|de)\b", deg):
        # "B.Sc. | Computer Science | TU Munich": the unnamed column is the field of study (with
        # commas it may be a campus: "MBA, University of California, Berkeley").
        field_ = next(
            (p for p in parts if p not in (school, deg) and not ROLE_WORDS.search(p) and len(p.split()) <= 5),
            "",
        )
        if field_ and len(deg.split()) <= 2:
            deg = f"{deg} in {field_}"
    if deg and school and len(deg.split()) <= 2 and not re.search(r"\b(in|of)\b", deg):
        # "BS, Industrial Engineering, Iowa State University": the part between the degree and its
        # school is the field (after the school it is a campus: "MBA, University of California, Berkeley")
        between = (
            parts[parts.index(deg) + 1 : parts.index(school)] if deg in parts and school in parts else []
        )
        if len(between) == 1 and not ROLE_WORDS.search(between[0]) and len(between[0].split()) <= 5:
            deg = f"{deg} in {between[0]}"
    for line in raw.attrs:  # "Major: Molecular Biology" under "Master's degree 05/2014"
        m = _ATTRIBUTE.fullmatch(line.text)
        if re.match(r"major|concentration|field", m.group(1), re.I) and deg and " in " not in deg:
            deg, line.used = f"{deg} in {m.group(2).strip()}", True
    read = set()  # lines the degree was read from whole
    for i, line in enumerate(raw.head):  # LinkedIn: "Master of Science - MS, Robotics" names the field last
        # (read from the line itself, where the honours are not yet parted off: "BSc, with Distinction")
        text = strip_range(line.text, find_range(line.text)).strip(" ·|,()")
        if (
            (m := _LINKEDIN_DEGREE.fullmatch(text)) and deg and m.group(1) in deg
            and (" in " not in deg or " in " in m.group(1) and not _DEGREE_NOTE.match(m.group(2))
                 and m.group(2) not in m.group(1))
            and DEGREE_WORDS.search(m.group(1)) and m.group(2) != school
            and not (SCHOOL_WORDS.search(m.group(2)) or find_range(m.group(2)) or DISTINCTION.match(m.group(2)))
        ):  # fmt: skip
            # ("Post Graduate Diploma in Management, Operations": a field after one already named)
            deg = f"{m.group(1)}, {m.group(2)}" if " in " in m.group(1) else f"{m.group(1)} in {m.group(2)}"
            read.add(i)
    if not _sane(school) or (deg and len(deg.split()) > 10):
        return None
    # what the entry says beside the degree ("..., Minor in Business") and under it ("GPA: 3.72")
    beside = [p for i, p in heads if p not in (school, deg, *honours) and i not in read]
    for line in raw.attrs:
        # (a "Supervisor:" line under a degree is who advised it, which facts.py asks; under a job, a
        # federal resume's boss, left alone)
        if not line.used and (
            _DEGREE_NOTE.match(line.text) or re.match(r"advis[eo]r|supervisor", line.text, re.I)
        ):
            beside.append(line.text)
            line.used = True
    details = tuple(d.text for d in raw.details) + tuple(beside) + honours
    return Degree(_uncapped(school), _uncapped(deg), raw.dates, details, section)


def table_rows(lines: list[Line]) -> list[dict[str, str]] | None:
    """A table as dicts keyed by its header row, lower case; None if the lines hold none.

    A markdown table (a rule under the header), or pipe- or tab-separated lines under a header row of
    column names; lines with pipes and no such header ("Role | Company | 2021 - present") are entries."""
    # (or a Word table's rows, cells split by tabs: "Qualification<TAB>Institution<TAB>...")
    bar = "|" if any(ln.raw.count("|") >= 2 for ln in lines) else "\t"
    rows = [ln for ln in lines if ln.raw.strip().startswith("|")]
    if len(rows) >= 3 and re.fullmatch(r"\|?[\s:|-]+\|?", rows[1].raw.strip()):
        body = rows[2:]
    else:
        rows = [ln for ln in lines if ln.raw.count(bar) >= 2]
        head = [c.strip() for c in rows[0].raw.strip().strip("|").split(bar)] if rows else []
        if len(rows) < 2 or not all(TABLE_COLUMN.fullmatch(c) for c in head):
            return None
        body = rows[1:]
    cells = [[c.strip() for c in ln.raw.strip().strip("|").split(bar)] for ln in [rows[0], *body]]
    keys = [c.lower().strip("*_ ") for c in cells[0]]
    for ln in rows:
        ln.used = True
    return [dict(zip(keys, (re.sub(r"\*\*|__", "", c) for c in row))) for row in cells[1:]]


def _cells(raw: str) -> list[tuple[int, str]]:
    """A line's cells where two or more spaces part them, each with the column it starts at."""
    return [(m.start(), m.group()) for m in re.finditer(r"\S+(?: \S+)*", raw.expandtabs())]


def gapped_rows(lines: list[Line]) -> list[dict[str, str]] | None:
    """A table set with spaces, as a word processor's PDF prints one: a header row of column names
    (itself wrapped: "Board /" over "University"), then rows whose long cells wrap onto lines of
    their own ("Sri" / "Venkateswara" / "College of" under "Institution"). A line that fills two
    columns fewer than the first row goes on the row above; each part joins the column it starts under."""
    if not lines or len(head := _cells(lines[0].raw)) < 3:
        return None
    starts, names = [s for s, _ in head], [t for _, t in head]
    used = 1
    under = _cells(lines[1].raw) if len(lines) > 1 else []
    if under and not all(TABLE_COLUMN.fullmatch(n) for n in names) and all(s in starts for s, _ in under):
        for s, t in under:
            names[starts.index(s)] += f" {t}"
        used = 2
    if not all(TABLE_COLUMN.fullmatch(n) for n in names):
        return None
    rows: list[list[str]] = []
    full = 0  # how many columns the first row fills
    for ln in lines[used:]:
        cells = _cells(ln.raw)
        # (the table ends at a line that starts under no column: a list or a paragraph after it)
        if ln.gap or cells and all(abs(cells[0][0] - start) > 1 for start in starts):
            break
        full = full or len(cells)
        if not rows or len(cells) >= max(2, full - 1):
            rows.append([""] * len(starts))
        for s, t in cells:
            column = max(c for c, start in enumerate(starts) if start <= s + 1)
            rows[-1][column] = f"{rows[-1][column]} {t}".strip()
        used += 1
    for ln in lines[:used]:
        ln.used = True
    keys = [n.lower() for n in names]
    return [dict(zip(keys, row)) for row in rows] or None


def _join_cell_wraps(lines: list[Line]) -> None:
    """A row of cells set with spaces whose cells wrap onto the line under them ("•   Warehouse
    management      •   Health and safety" over "    systems"): each part joins the cell it stands
    under, and the line under it is spent. A line with as many cells is the next row."""
    above: list[list] = []
    owner = None  # the line whose cells they are
    for line in lines:
        cells = [[s, t] for s, t in _cells(line.raw) if t not in "•·-*"]
        starts = [s for s, _ in above]
        # (a line filling every column is the grid's next row, "Variance Analysis    SOX Compliance";
        # a Word file's cells are at tabs, whole: none wraps there)
        wrap = (
            owner is not None and len(above) > max(len(cells), 1) and cells and not line.bullet
            and "\t" not in line.raw + owner.raw and all(s in starts for s, _ in cells)
        )  # fmt: skip
        if wrap:
            for s, t in cells:
                above[starts.index(s)][1] += f" {t}"
            owner.text, line.text, line.used = "   ".join(t for _, t in above), "", True
            continue
        above, owner = cells, line


def _cell(row: dict[str, str], *names: str) -> str:
    return next((v for k, v in row.items() if any(n in k for n in names) and v), "")


def _from_table(rows: list[dict[str, str]], kind: str, section: int) -> list[Position | Degree]:
    out = []
    for row in rows:
        dates = find_range(_cell(row, "date", "period", "year", "when", "zeit", "fecha"))
        if kind == "education":
            school = _cell(row, "school", "university", "institut", "college", "hochschule")
            deg = named = _cell(
                row, "degree", "qualification", "abschluss", "diploma", "course", "exam", "class"
            )
            if m := re.fullmatch(r"(.+?)\s*\((.+)\)", deg):  # "M.Tech (VLSI Design)"
                deg = f"{m.group(1)} in {m.group(2)}"
            # (a field in a column of its own: not the degree's, "Degree (Major)")
            if fld := _cell(
                {k: v for k, v in row.items() if v != named}, "field", "subject", "major", "fach", "area"
            ):
                deg = f"{deg} in {fld}" if deg else fld
            score = _cell(row, "score", "gpa", "grade", "marks", "percentage", "result")
            if _sane(school):
                out.append(Degree(school, deg, dates, (f"Score: {score}",) if score else (), section))
        else:
            org = _cell(row, "company", "employer", "organi", "firm", "where", "unternehmen", "empresa")
            role = _cell(row, "role", "title", "position", "job", "funktion", "rolle", "puesto", "poste")
            details = tuple(x for x in [_cell(row, "description", "what", "highlights", "notes")] if x)
            place = _cell(row, "location", "city", "place", "ort", "ciudad", "lieu")
            if _sane(org) and _sane(role):
                out.append(Position(org, role, dates, details, section, place=place))
    return out


def _at_org_bullets(entries: list, lines: list[Line]) -> list:
    """The lines under a table of jobs that name their job ("At CICC: built the valuation models
    ..."), or stand under a line naming it ("### Revolut" over its bullets in a GitHub README):
    that job's details."""
    jobs = [k for k, e in enumerate(entries) if isinstance(e, Position)]
    under, indent = None, 0  # the job a line above named, and how far in that line stood
    for line in lines:
        m = re.fullmatch(r"at ([^:]{2,60}):\s*(\S.*)", line.text, re.I)
        named = m[1] if m else line.text.strip()
        k = next((k for k in jobs if re.search(rf"\b{re.escape(named)}\b", entries[k].org)), None)
        if not m and k is not None and not line.bullet:
            under, indent = k, line.indent
            continue
        if not m and not (under is not None and (line.bullet or line.indent > indent)):
            under = None
            continue
        k = k if m else under
        if k is None:
            continue
        what = m[2] if m else line.text
        entries[k] = replace(
            entries[k], details=(*entries[k].details, what[0].upper() + what[1:].rstrip("."))
        )
        line.used = True
    return entries


def _mark(raw: _Raw) -> None:
    for line in raw.head + raw.details:
        line.used = True


_HEADLINE_TOWN = re.compile(
    r"(?:I['’]?m an? )?([A-Za-z][\w -]{2,40}?)\s+((?:based|living|located) )?in\s+"
    r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\b(?!\s*[A-Z])"
)
_BR_TOWN = re.compile(
    rf"(?:^|[,–—-]\s)\s*([{UPPER}][\w'’. ]+?)\s*/\s*"
    r"(AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO)\b(?!/)"
)
_TOWN_PROVINCE = re.compile(rf"(.+?)\s*\(([{UPPER}][\w'’ -]{{1,25}})\)")


# Personal data a CV may list under the name ("Date of Birth: 1995.08    Political Status: League
# Member"): never the headline, and never asked
_PERSONAL = re.compile(
    r"\b(?:date of birth|birth ?date|born|gender|sex|marital status|political status|religion|hukou|"
    r"place of birth|geburtsdatum|familienstand|date de naissance|fecha de nacimiento)\s*:",
    re.I,
)


# A Japanese rirekisho (履歴書), in English too, writes schooling and work as dated events, a line
# each: year, month, what happened ("2013  4  Entered Waseda University, Department of ..." and later
# "2017  3  Graduated from Waseda University"; "2017  4  Joined NTT Data" ... "2020  9  Resigned for
# personal reasons"), under a "Year  Month" line and over an "End". An entry is the span from the
# event that opens it to the one that closes it; "Present" under the last says it is still open.
_EVENT = EVENT_ROW
_OPENS = re.compile(r"(?:entered|enrolled (?:in|at)|admitted to|joined|hired by)\s+(?:the\s+)?(.+)", re.I)
_CLOSES = re.compile(
    r"(?:graduated from|completed|finished|resigned|retired|left|quit)\b\s*(?:the\s+)?(.*)", re.I
)
_LOG_NOISE = re.compile(r"year\s+month|end|以上", re.I)
_ONGOING = re.compile(
    r"(?:to (?:the )?)?present|current(?:ly (?:employed|enrolled))?|still (?:employed|enrolled)", re.I
)
_PASSED = re.compile(r"^(?:passed|obtained|acquired|received|earned|awarded)\s+(?:the\s+)?", re.I)
_AS_ROLE = re.compile(r"(.+?),?\s+as (?:an? |the )?(.+)", re.I)


def _event_log(sec: Section, kind: str, index: int) -> list[Position | Degree] | None:
    """The entries of a section written as dated events (above), or None if it is not one."""
    events: list[tuple[str, str, list[Line]]] = []  # (when, what happened, its lines)
    for line in sec.lines:
        if m := _EVENT.fullmatch(line.text):
            events.append((f"{calendar.month_abbr[int(m[2])]} {m[1]}", m[3].strip(), [line]))
        elif _LOG_NOISE.fullmatch(line.text.strip(" .")):
            line.used = True
        elif events:
            events[-1][2].append(line)
    if len(events) < 2 or not any(_OPENS.fullmatch(text) for _, text, _ in events):
        return None
    opened: list[dict] = []
    for when, text, lines in events:
        ongoing = [bool(_ONGOING.fullmatch(ln.text.strip(" ."))) for ln in lines[1:]]
        notes = [ln.text for ln, now in zip(lines[1:], ongoing) if not now]
        if m := _OPENS.fullmatch(text):
            if kind != "education":  # a new job ends the one before
                for o in opened:
                    o["end"] = o["end"] or when
            name, role = (a[1], a[2]) if (a := _AS_ROLE.fullmatch(m[1])) else (m[1], "")
            # "Joined Fujitsu Limited (Kawasaki) – Software Engineer, Cloud Platform Division"
            if not role and (a := re.fullmatch(r"(.+?)\s+[–—-]\s+(.+)", name)) and ROLE_WORDS.search(a[2]):
                name, role = a[1], a[2]
            town = ""
            if (a := re.fullmatch(r"(.+?)\s*\(([A-Z][a-z][\w'’ -]{1,25})\)", name)) and kind != "education":
                name, town = a[1], a[2]  # the company's town in brackets, as an English rirekisho writes it
            if not role and notes and (a := _AS_ROLE.fullmatch(notes[0].rstrip("."))):
                role = a[2]  # "Assigned to the Financial Systems Division as a systems engineer"
            elif not role and notes and len(notes[0].split()) <= 5 and ROLE_WORDS.search(notes[0]):
                role = notes.pop(0)  # "Product engineer" on the line under
            parts = [p.strip() for p in name.split(",")]
            opened.append(
                dict(
                    parts=parts,
                    role=role,
                    start=when,
                    end="",
                    current=any(ongoing),
                    notes=notes,
                    lines=lines,
                    town=town,
                    degree="",
                )
            )
        elif (m := _CLOSES.fullmatch(text)) and opened:
            named = m[1].split(",")[0].strip().lower()
            o = next((o for o in reversed(opened) if named and o["parts"][0].lower() == named), None)
            o = o or next((o for o in reversed(opened) if not o["end"]), opened[-1])
            o["end"], o["lines"] = o["end"] or when, o["lines"] + lines
            if (
                len(parts := [p.strip() for p in m[1].split(",")]) > len(o["parts"])
                and parts[0].lower() == named
            ):
                o["parts"] = parts  # "Graduated from X, Department of Y" names the degree the entry did not
            # "Graduated from Osaka University, School of ... (B.Eng. in Information Science)", "Completed
            # the Master's Program (M.Eng. in Computer Science)": the degree in brackets
            if (b := re.search(r"\(([^()]+)\)\s*$", m[1])) and DEGREE_WORDS.search(b[1]):
                o["degree"] = b[1]
        elif opened:  # "Promoted to Team Lead", "Transferred to the Osaka office": what happened there
            opened[-1]["notes"].append(f"{text} ({when})")
            opened[-1]["lines"] += lines
    out: list = []
    for o in opened:
        end = "Present" if o["current"] else o["end"]
        dates = find_range(f"{o['start']} - {end}" if end else o["start"])
        if kind == "education":
            degree = o["degree"] or ", ".join(o["parts"][1:])
            out.append(Degree(o["parts"][0], degree, dates, tuple(o["notes"]), index))
        elif o["role"]:  # "Mercari, Inc.": a company's legal form is part of its name, not a second part
            org = ", ".join(o["parts"])
            notes = tuple(o["notes"])
            out.append(Position(org, o["role"].strip(), dates, notes, index, org_line=True, place=o["town"]))
        else:
            continue  # no role said: its lines stay unused, so that `prepare` names them
        for line in o["lines"]:
            line.used = True
    return out


def _wraps(prev: Line | None, line: Line) -> bool:
    """A bullet's text that went on past the line's end (plain text mailed or saved at 80 columns):
    indented under the bullet's text, or opening in lower case, with no dates of its own. And an
    entry's header line that a page wrapped inside a name: "... — BSc Procurement" over "and Logistics"."""
    if prev is None or line.bullet or line.gap or prev.text.endswith(".") or find_range(line.text):
        return False
    if prev.bullet:
        return line.indent > prev.indent or line.text[:1].islower()
    if _is_sentence(prev.text) and line.text[:1].islower():
        return True  # a paragraph of duties wrapped at the page's width (a USAJOBS resume's)
    return bool(re.match(r"(?:and|of|for|&)\s", line.text)) and not _is_sentence(prev.text)


def _header_end(prev: Line, line: Line) -> re.Match | None:
    """moderncv and currvita set an entry as one paragraph after its dates ("Title, Employer, Town."
    then what was done), wrapped at the line's end: when the wrap fell inside a name, the name's end
    ("Cork.") on the next line, and what follows it."""
    if (
        prev.bullet
        or line.bullet
        or line.gap
        or line.indent <= prev.indent
        or not opens_with_dates(prev.text)
    ):
        return None
    head = strip_range(prev.text, find_range(prev.text)).rstrip()
    last = head.split()[-1] if head.split() else ""
    if ". " in head or not last[-1:].isalpha() or not (last[:1].isupper() or last.lower() in _SMALL_WORDS):
        return None  # (the wrap fell inside a name: after a capitalised word or "of")
    m = re.fullmatch(rf"((?:[{UPPER}][\w'’-]*\s){{0,3}}[{UPPER}][\w'’-]*\.)(?:\s+(.*))?", line.text.strip())
    return m if m and not find_range(line.text) else None


_BARE_SCHOOL = re.compile(  # (and with the one word a German university's name puts before: "Technische")
    r"(?:(?:technische|freie|leibniz|humboldt-)\s?)?(?:university|université|universidad|universität|hochschule|college|"
    r"institute|school)(?: of)?",
    re.I,
)


def _dangling(lines: list[Line], line: Line) -> bool:
    """A header line a narrow column wrapped after a word no line ends with ("MSc Environmental
    Management, University of" over "Stirling, 2015"; "..., Society for" over "the Environment";
    "Université Hassan II de" over "Casablanca")."""
    # (and in a template's capitals, "BACHELOR OF ARTS IN" over "COMMUNICATION"; not a US state's code
    # after a comma, "Fort Wayne, IN")
    return bool(
        lines
        and not (lines[-1].bullet or line.bullet or line.gap)
        and (
            re.search(r"\s(?:of|for|and|the|in|at|&|de|du|des|di|der|del|da|do)$", lines[-1].text)
            or lines[-1].text.isupper()
            and re.search(r"[^,]\s(?:OF|FOR|AND|THE|IN|AT|&)$", lines[-1].text)
        )
    )


def _cell_wrapped(prev: Line, line: Line) -> bool:
    """A degree's header that a narrow table cell wrapped: inside the school's name ("Licence in
    Management, Université" over "Hassan II de Casablanca"), or inside the field, the school after it
    ("Master in Human Resources" over "Management, HEC Montréal")."""
    if prev.bullet or line.bullet or line.gap or find_range(line.text):
        return False
    # ("Ämneslärarexamen i kemi och biologi, Uppsala" over "universitet": a school's word alone, in
    # small letters, goes on the line above)
    if re.fullmatch(r"[a-zäöüåéèçøæ]+", line.text.strip()) and SCHOOL_WORDS.fullmatch(line.text.strip()):
        return True
    # (a dated row too: "10/2009 – 08/2015    Maschinenbau (Master of Science), Universität" over "Stuttgart")
    if _BARE_SCHOOL.fullmatch(prev.text.rsplit(",", 1)[-1].strip()) and "," in prev.text:
        return True
    if find_range(prev.text):
        return False
    first, _, rest = line.text.partition(",")
    return bool(
        re.fullmatch(r"[^,]*\b(?:in|of)\s+[A-Z][^,]*", prev.text.strip())
        and DEGREE_WORDS.search(prev.text) and not SCHOOL_WORDS.search(prev.text)
        and rest.strip() and re.fullmatch(r"(?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+", first.strip())
        and not SCHOOL_WORDS.search(first) and not DEGREE_WORDS.search(first)
    )  # fmt: skip


# A job written as labelled fields, a line each, as Indian and many Asian CVs set it: "Organisation :
# TVS Motor Company, Hosur", "Designation : Quality Engineer", "Duration : July 2021 to till date".
# The labels say which part is which, so the entry is read as "Role at Employer" over its dates.
_FIELD = re.compile(
    r"(?:(?P<org>(?:name of (?:the )?)?(?:organi[sz]ation|company|employer|firm|institution))|"
    r"(?P<role>designation|position(?: held)?|role|job title)|(?P<dates>duration|period|tenure|dates?)|"
    r"(?P<place>location|place of (?:work|posting))|"
    # a Brazilian or Spanish CV's: "Empresa:", "Cargo:", "Período: 03/2019 a atual", "Principais atividades:"
    r"(?P<org_>empresa|entidad|organização|instituição)|(?P<role_>cargo|função|puesto)|"
    r"(?P<dates_>período|periodo|duração|duración)|(?P<place_>local|localização|ubicación|ciudad|cidade)|"
    r"(?P<did>(?:principais |principales |main |key )?(?:atividades|actividades|responsabilidades|funciones|"
    r"funções|tarefas|tareas|responsibilities|duties)(?: principais| principales| desempenhadas| realizadas)?|"
    # the 2004 European CV template's, in Italian and in English
    rf"{EU_DUTIES})|(?P<org__>{EU_EMPLOYER})|(?P<role__>{EU_ROLE})|(?P<dates__>{EU_DATES})|(?P<sector>{EU_SECTOR}))"
    r"\s*:\s*(?P<value>\S.*)",
    re.IGNORECASE,
)


_STREET_WORD = re.compile(
    r"\b(?:via|viale|piazza|piazzale|corso|largo|strada|street|road|avenue|lane|rue|calle|avenida|rua|"
    r"straße|strasse|weg|platz)\b|\b(?:st|rd|ave)\.",
    re.I,
)


def _labelled_fields(lines: list[Line]) -> list[Line]:
    """Each run of labelled field lines naming an employer and a role as a header line ("Role at
    Employer, Town") and a dates line; the other lines as they are."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        run, fields = [], {}
        # (a run ends where a label comes again: the next job's "Empresa:", with no blank line between)
        while k + len(run) < len(lines) and (m := _FIELD.fullmatch(lines[k + len(run)].text)):
            key = next(g for g in _FIELD.groupindex if g != "value" and m[g]).rstrip("_")
            if key == "sector":  # (what the employer does: no fact asked)
                run.append(lines[k + len(run)])
                continue
            if key in fields:
                break
            fields[key] = m["value"]
            run.append(lines[k + len(run)])
        if "org" in fields and "role" in fields:
            head, rest = run[0], run[1:]
            # "Principais atividades: Planejamento de ...": what was done, as the entry's first bullet
            did = [ln for ln in rest if (m := _FIELD.fullmatch(ln.text)) and m["did"]]
            rest = [ln for ln in rest if ln not in did]
            for ln in did:
                ln.text, ln.bullet = _FIELD.fullmatch(ln.text)["value"], True
            where = f", {fields['place']}" if "place" in fields else ""
            # (the employer's street, "Regione Piemonte, Piazza Castello 165, Torino": no part of it)
            org = ", ".join(
                p for p in fields["org"].split(", ") if not (_STREET_WORD.search(p) and re.search(r"\d", p))
            )
            head.text = f"{fields['role']} at {org}{where}"
            out.append(head)
            if "dates" in fields:
                rest[0].text = fields["dates"]
                out.append(rest.pop(0))
            for ln in rest:
                ln.used = True
            out += did
            k += len(run)
        else:
            out.append(lines[k])
            k += 1
    return out


_EDU_LABEL = re.compile(rf"(?:{EU_SCHOOL}|{EU_QUALIFICATION}|{EU_DATES}|{EU_SUBJECTS})\s*:\s*", re.I)
# an Italian degree's mark after it: "Laurea magistrale in Ingegneria Civile, 110/110 e lode"
_ITALIAN_MARK = re.compile(r",?\s*\d{2,3}\s*/\s*1[01]0(?:\s*(?:e|con)\s+lode|\s+cum laude)?\s*$", re.I)


def _education_labels(lines: list[Line]) -> list[Line]:
    """The 2004 European CV template's education rows, "Qualifica conseguita: Laurea ..., 110/110 e
    lode", as the lines they label (the mark is no part of the degree's name)."""
    for line in lines:
        if m := _EDU_LABEL.match(line.text):
            line.text = _ITALIAN_MARK.sub("", line.text[m.end() :])
    return lines


def _within(inner, outer) -> bool:
    """Whether one date range lies inside another (an open end runs to today)."""
    far = (9999, 12)
    return outer.start <= inner.start and (inner.end or far) <= (outer.end or far)


def _company_blocks(lines: list[Line]) -> list[Line]:
    """An executive resume's company line ("NORTHBRIDGE FOODS, INC., Minneapolis, MN   2012 – Present"),
    a line on what the company is, then the titles held there with their own years inside the
    company's ("Vice President, Manufacturing Operations (2019 – Present)"): each title is said at its
    company ("... at Northbridge Foods, Inc. (2019 – Present)"), so that a title's comma ("..., Plant
    Operations") is no employer; the company line gives no job of its own, and its description no fact."""
    out, k = [], 0
    while k < len(lines):
        line = lines[k]
        dates = None if line.bullet else find_range(line.text)
        parts = _parts(_undated(line.text)) if dates else []
        titles = []
        if (
            parts
            and not any(ROLE_WORDS.search(p) for p in parts)
            and (ORG_WORDS.search(parts[0]) or parts[0].isupper())
        ):
            for j in range(k + 1, len(lines)):
                inner = None if lines[j].bullet else find_range(lines[j].text)
                nxt = lines[j + 1] if j + 1 < len(lines) else None
                if inner and _dates_only(lines[j].text) and nxt is not None and not nxt.bullet:
                    # (a table's Period | Duties row, read cell after cell: its dates over the title)
                    if _within(inner, dates) and not find_range(nxt.text) and ROLE_WORDS.search(nxt.text):
                        nxt.text = f"{nxt.text} ({lines[j].text.strip()})"
                        lines[j].text, lines[j].used = "", True
                        continue
                if inner and _within(inner, dates) and ROLE_WORDS.search(lines[j].text):
                    titles.append(j)
                elif inner:
                    break  # the next company, or a job of another layout
        if not titles:
            out.append(line)
            k += 1
            continue
        line.used = True
        org = _uncapped(parts[0])
        town = f", {m[0]}" if (m := re.search(CITY, _undated(line.text))) else ""
        for j in range(titles[0], titles[-1] + 1):  # (the description above the first title: no fact)
            if not lines[j].text:
                continue  # (a date cell, now its title's)
            if j in titles:
                inner = find_range(lines[j].text)
                title = strip_range(lines[j].text, inner).strip(" ,;|–—-()")
                lines[j].text = f"{title} at {org}{town} ({lines[j].text[inner.span[0] : inner.span[1]]})"
            out.append(lines[j])
        k = titles[-1] + 1
    return out


def read_entries(sec: Section, kind: str, index: int) -> list[Position | Degree]:
    """Positions (experience, volunteer) or degrees (education) of one section."""
    # (a rirekisho's Year | Month | event rows, set in a spreadsheet's columns, are events, not a table)
    if (log := _event_log(sec, kind, index)) is not None:
        return log
    if rows := table_rows(sec.lines) or gapped_rows(sec.lines):
        return _at_org_bullets(_from_table(rows, kind, index), sec.lines)
    lines: list[Line] = []
    for line in _labelled_fields(sec.lines) if kind != "education" else _education_labels(sec.lines):
        if line.raw.strip().startswith("|"):
            continue
        if _wraps(lines[-1] if lines else None, line):
            lines[-1].text += " " + line.text  # a bullet hard-wrapped onto the next line
            line.used = True
            continue
        if kind == "education" and lines and _cell_wrapped(lines[-1], line):
            lines[-1].text += " " + line.text.strip()  # a narrow table cell wrapped the degree's name
            line.used = True
            continue
        if lines and (end := _header_end(lines[-1], line)):
            lines[-1].text += " " + end[1]  # "..., University College" over "Cork. First Class Honours."
            if not end[2]:
                line.used = True
                continue
            line.text = end[2]
        elif _dangling(lines, line):
            lines[-1].text += " " + line.text.strip()  # a narrow column wrapped the header after "of"
            line.used = True
            continue
        if (at := re.fullmatch(r"@\s*(\S.*)", line.text)) and lines and not line.bullet:
            # a web card's "@ Feedzai" under its title (wrapped by the card: "Senior Product" over
            # "Designer"): "Senior Product Designer @ Feedzai"
            title = [
                ln for ln in lines[-2:] if not (ln.bullet or find_range(ln.text) or _is_sentence(ln.text))
            ]
            title = title[-1:] if len(title) < 2 or title[-1].gap else title
            for ln in title[:-1]:
                lines.remove(ln)
                ln.used = True
            title[-1].text = " ".join(ln.text for ln in title) + f" @ {at[1]}"
            line.used = True
            continue
        if _DURATION_LINE.fullmatch(line.text):
            line.used = True  # nothing lost: the dates say it
            continue
        if _STREET_LINE.fullmatch(line.text):
            continue  # the employer's street address ("2850 Youngfield Street"): the town line says where
        if re.match(r"business or sector\b", line.text, re.I):
            line.used = True  # the classic Europass's industry line under an employer: no fact asked
            continue
        if not line.bullet:  # and its ZIP code: "Lakewood, CO 80215 United States"
            line.text = re.sub(r"(?<=, [A-Z]{2}) \d{5}(?:-\d{4})?(?=\s|$)", "", line.text)
        if find_range(line.text):
            line.text = _DURATION_AFTER.sub("", line.text)
        elif not (line.bullet or _is_sentence(line.text)):
            line.text = _unglue_town(line.text)
        lines.append(line)
    if kind != "education":
        lines = _company_blocks(lines)
    out: list = []
    for raw in group(lines, kind):
        entry = degree(raw, index) if kind == "education" else position(raw, out[-1] if out else None, index)
        if entry is None and kind == "volunteer":
            entry = _unnamed_role(raw, index)
        if entry is not None:
            out.append(entry)
            _mark(raw)
    return out


def _issued_triples(lines: list[Line], index: int) -> list[Item] | None:
    """A LinkedIn profile copied from the web: each certificate is its name, its issuer, and
    "Issued Mar 2019 · Expires Mar 2025", a line each. None unless every certificate is so."""
    issued = [k for k, ln in enumerate(lines) if re.match(r"issued\b", ln.text, re.I)]
    starts = [0] + [k + 1 for k in issued[:-1]]
    if not issued or issued[-1] != len(lines) - 1 or any(k - s != 2 for s, k in zip(starts, issued)):
        return None
    out = []
    for k in issued:
        name, issuer, when = lines[k - 2], lines[k - 1], lines[k]
        dates = find_range(when.text)
        text = f"{name.text}, {issuer.text}" + (
            f", {when.text[dates.span[0] : dates.span[1]]}" if dates else ""
        )
        out.append(Item(text, find_range(text), "", index))
        name.used = issuer.used = when.used = True
    return out


def _initials(text: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", text) if w[0].isupper())


def _spelled_over(above: str, line: str) -> bool:
    """Whether "Words (ACRONYM)" spells its acronym only with the last words of the line above."""
    if not (m := re.fullmatch(r"([^()]+?)\s*\(([A-Z]{2,8})\)[.,]?", line.strip())):
        return False
    return not _initials(m[1]).endswith(m[2]) and _initials(f"{above} {m[1]}").endswith(m[2])


def _issuer_under(kind: str, items: list[Item], lines: list[Line], line: Line) -> bool:
    """Whether the line names who gave the undated certificate or prize on the line above (an
    organisation, with its year or a comma that the year follows on the next line)."""
    if kind not in ("certifications", "awards") or not items or items[-1].dates or items[-1].detail:
        return False
    if not lines or lines[-1].text != items[-1].text or line.gap or line.bullet or lines[-1].bullet:
        return False
    dates = find_range(line.text)
    name = (strip_range(line.text, dates) if dates else line.text).strip(" ,·|–-")
    if not (dates or line.text.rstrip().endswith(",")) or "," in name or len(name.split()) > 6:
        return False
    return bool(ORG_WORDS.search(name) or SCHOOL_WORDS.search(name) or AWARDING.search(name))


def read_items(sec: Section, index: int) -> list[Item]:
    """One item a line (bullet or not); deeper-indented lines and wrapped lines are its detail."""
    if sec.kind == "certifications" and (triples := _issued_triples(sec.lines, index)):
        return triples
    if sum(bool(_EVENT.fullmatch(ln.text)) for ln in sec.lines) >= 2:  # a rirekisho's "2016  1  Passed ..."
        for line in sec.lines:
            if m := _EVENT.fullmatch(line.text):
                line.text = f"{_PASSED.sub('', m[3])}, {int(m[2]):02d}/{m[1]}"
            elif _LOG_NOISE.fullmatch(line.text.strip(" .")):
                line.text, line.used = "", True
    items: list[Item] = []
    lines: list[Line] = []
    headed = False  # the last item opened on a line that is no bullet
    reference = False  # the last line was a numbered (or bulleted) reference, or went on with one
    grid: dict[int, list[str]] = {}  # an item's levels in the Europass grid
    # a date on a line of its own over its item ("[ 2019 ]" over the award: Europass), where the item
    # above has its own (a date under an undated item is that item's: Resume.io, LinkedIn)
    ahead = ""
    for k, line in enumerate(sec.lines):
        if not line.text or EMAIL.search(line.text):
            continue  # ("Say hello: hello@..." in a web page's footer, under its last list: contact)
        # a project as labelled lines ("Title: Crop Disease Detection", "Technology: Python, ...",
        # "Description: Classifies ..."): its name, its tools, what it was
        if sec.kind == "projects" and (m := _PROJECT_LABEL.match(line.text)):
            line.text, line.bullet = line.text[m.end() :], bool(m["what"])
        # (under spoken languages, a line naming none and no level is what the page has next: a
        # GitHub README's "GitHub stats" under its emoji title, which no title list knows)
        if sec.kind == "languages" and items and all(SPOKEN.search(it.text) for it in items):
            in_grid = _GRID_NOISE.fullmatch(line.text.strip()) or _GRID_ROW.fullmatch(line.text.strip())
            if not (SPOKEN.search(line.text) or "(" in line.text or LEVEL.search(line.text) or in_grid):
                break
        dates = find_range(line.text)
        if (
            dates and (line.gap or not items) and (not items or items[-1].dates)
            and _DATE_ONLY.fullmatch(strip_range(line.text, dates).strip("[] "))
            and any(ln.text and not find_range(ln.text) for ln in sec.lines[k + 1 : k + 2])
        ):  # fmt: skip
            ahead, line.used = line.text[dates.span[0] : dates.span[1]], True
            continue
        wrapped = lines and not line.bullet and (line.indent > lines[-1].indent or line.text[:1].islower())
        # a talk's title in quotes under the talk, unless the items are quoted titles themselves
        # (a list of papers: '"Artificial SEI layers ...", Advanced Energy Materials')
        quoted = line.text[:1] in '"“' and not (items and items[-1].text[:1] in '"“')
        wrapped = wrapped or bool(lines) and not line.bullet and quoted
        # (a language's certificate under it in the Europass grid: "Cambridge C2 Proficiency (2015)")
        wrapped = (
            wrapped
            or sec.kind == "languages"
            and bool(items)
            and bool(re.search(r"\b(?:19|20)\d\d\b", line.text))
        )
        # (a language's row with its level is an item however far in: moderncv right-aligns the names)
        cells = re.split(r"\s{2,}|\t+", line.text.strip())
        level_row = len(cells) >= 2 and bool(LEVEL.fullmatch(re.sub(r"\s*\(.*\)$", "", cells[1])))
        wrapped = wrapped and not (sec.kind == "languages" and level_row)
        # "Bookworm | Python, Flask  Sept. 2023 – Dec. 2023" over bullets: what the project was
        wrapped = wrapped or bool(lines) and line.bullet and headed and sec.kind == "projects"
        # a numbered reference that a typeset page wrapped: its journal and pages on the lines under
        # it, part of the reference (where its venue is read), not a detail
        cited = sec.kind == "publications" and bool(items) and reference and not line.bullet and not line.gap
        reference = line.bullet or cited
        # a name a sidebar wrapped before its short form: "APICS Certified Supply Chain" over
        # "Professional (CSCP)", whose initials run back into the line above
        spelled = bool(items) and not line.gap and _spelled_over(lines[-1].text, line.text)
        # (or a name a narrow column wrapped after its "&" or "for": "Red Dot Award: Brand &" over
        # "Communication Design")
        spelled = spelled or bool(items) and not line.bullet and _dangling(lines, line)
        # a project's tools on the line under its name ("rigwatch" over "Python, PyTorch, Kafka   2022"),
        # where a Typst or LaTeX template sets them: not the project, and no description of it
        stack = strip_range(line.text, dates).strip(" |·") if (dates := find_range(line.text)) else line.text
        if sec.kind == "projects" and items and headed and not items[-1].detail and _STACK.fullmatch(stack):
            if dates and not items[-1].dates:
                items[-1] = replace(items[-1], dates=dates)
            lines.append(line)
            line.used = True
            continue
        headed = headed if wrapped else not line.bullet
        dates = find_range(line.text)
        if sec.kind == "languages":  # USAJOBS: "Language Spanish" over "Spoken: Advanced Written: ..."
            line.text = re.sub(r"^(?i:language)\s+(?=[A-Z]\w+$)", "", line.text.strip())
            if items and (m := _SPOKEN_LEVEL.fullmatch(line.text)) and "(" not in items[-1].text:
                items[-1], line.used = Item(f"{items[-1].text} ({m[1]})", None, items[-1].detail, index), True
                continue
        if sec.kind == "languages" and _GRID_NOISE.fullmatch(line.text.strip()):
            pass  # the grid's column titles, its legend, an empty "Other language(s):" label
        elif sec.kind == "languages" and (row := _GRID_ROW.fullmatch(line.text.strip())):
            items.append(Item(row[1], None, "", index))  # "English   C1   C1   C1   C1   B2"
            grid[len(items) - 1] = re.findall(r"\b[ABC][12]\b", row[2])
        elif sec.kind == "languages" and items and _CEFR_GRID.fullmatch(line.text.strip()):
            grid.setdefault(len(items) - 1, []).extend(re.findall(r"\b[ABC][12]\b", line.text))
        elif (
            sec.kind == "languages"
            and items
            and LEVEL.fullmatch(line.text.strip(" ."))
            and "(" not in items[-1].text
        ):
            items[-1] = Item(f"{items[-1].text} ({line.text.strip(' .')})", None, items[-1].detail, index)
        elif items and dates and not items[-1].dates and _DATE_ONLY.fullmatch(strip_range(line.text, dates)):
            # LinkedIn exports put an item's date on the next line ("Issued Mar 2023", "Nov 2022")
            text = f"{items[-1].text.rstrip(',')}, {line.text[dates.span[0] : dates.span[1]]}"
            items[-1] = Item(text, find_range(text), items[-1].detail, index)
        elif items and not line.gap and re.search(r"[a-z]-$", items[-1].text) and line.text[:1].islower():
            # a word a narrow column hyphenated ("German Jorda-" over "nian University, 2014"): one word
            text = items[-1].text[:-1] + line.text
            items[-1] = Item(text, items[-1].dates or find_range(text), items[-1].detail, index)
        elif _issuer_under(sec.kind, items, lines, line):
            # a sidebar's certificate or prize over who gave it, and when: "Certified Usability Analyst"
            # over "Human Factors International, 2019" is one item, not two
            text = f"{items[-1].text}, {line.text}"
            items[-1] = Item(text, find_range(text), items[-1].detail, index)
        elif cited or spelled:  # the item above goes on on this line
            text = f"{items[-1].text} {line.text}"
            items[-1] = Item(text, items[-1].dates or find_range(text), items[-1].detail, index)
        elif wrapped and items:
            items[-1] = Item(
                items[-1].text, items[-1].dates, (items[-1].detail + " " + line.text).strip(), index
            )
        else:
            # "Sailing   Cycling", "Italian — Native    Swedish — Proficient": a template's row of items
            text = re.sub(r"\s{3,}", ", ", line.text) if sec.kind in ("interests", "languages") else line.text
            # but a table of languages has the level in its second column: "German    Good (B2)", and a
            # CV class sets it two spaces after a flush-right name: "Polish  Mother tongue"
            if sec.kind == "languages" and level_row:
                text = f"{cells[0]} – {cells[1]}"  # (a third cell is moderncv's comment: "C1, IELTS 8.0")
            if sec.kind == "certifications":  # "License No. Q4521": a number no one asks for
                text = _LICENCE_NUMBER.sub("", text)
            text, ahead = (f"{text}, {ahead}" if ahead and not find_range(text) else text), ""
            # courses written as one paragraph, each closed by its year: "DoD Financial Management
            # Certification, Level 2 (2017). Appropriations Law, USDA Graduate School (2020)."
            # (or on one line, each with its year: "APICS CPIM (2021), TOEIC 860 (2020)")
            parts = (
                re.split(r"(?<=\((?:19|20)\d\d\))(?:\.|,|;)\s+(?=[A-Z])", text)
                if sec.kind == "certifications"
                else [text]
            )
            parts = [t.rstrip(" .") for t in parts] if len(parts) > 1 else parts
            items += [Item(t, find_range(t), "", index) for t in parts]
        lines.append(line)
        line.used = True
    for k, levels in grid.items():  # the middle of its five skills' levels says how well, in one level
        items[k] = Item(f"{items[k].text} ({sorted(levels)[len(levels) // 2]})", None, items[k].detail, index)
    return items


_MATRIX_FIRST = re.compile(
    r"(?:technical )?(?:skills?|technolog(?:y|ies)|tools?|competenc(?:y|ies)|software)", re.I
)
_MATRIX_OTHER = re.compile(
    r"(?:years?(?: of experience| used)?|yrs|experience|level|proficiency|rating|last used|expertise)", re.I
)


_DRIVING = re.compile(
    r"patente(?: di guida)?|driving licen[cs]e|driver'?s licen[cs]e|führerschein|permis de conduire|carnet de conducir",
    re.I,
)
_MOTHER_TONGUE = re.compile(r"madrelingua|lingua madre|mother tongues?(?:\(s\))?|muttersprache", re.I)


def read_skills(
    sec: Section, index: int, achievements: list | None = None
) -> list[tuple[str, list[str], int]]:
    """Skills, by category when the lines name one. A functional resume groups what the person did
    under skill areas ("Curriculum Design" over "- Wrote a 36-week chemistry curriculum ..."): those
    bullets, opening with a verb in the past tense, go to `achievements` with their area, and the
    area is a skill ("Technical" over "- Python, SQL, R, Tableau, Power BI, Excel" stays a list)."""
    out = []
    # a contractor's skills matrix, "Skill | Years | Level" over "Python | 9 | Expert": the skills
    head = re.split(r"\t+|\s{2,}", sec.lines[0].text.strip()) if sec.lines else []
    if (
        len(head) >= 2
        and _MATRIX_FIRST.fullmatch(head[0])
        and all(_MATRIX_OTHER.fullmatch(h) for h in head[1:])
    ):
        for line in sec.lines:
            line.used = True
        return [
            (
                "",
                [re.split(r"\t+|\s{2,}", ln.text.strip())[0] for ln in sec.lines[1:] if ln.text.strip()],
                index,
            )
        ]
    if rows := table_rows(sec.lines):
        for row in rows:
            values = list(row.values())
            if len(values) >= 2 and values[0] and values[1]:
                out.append((values[0], _split_list(values[1]), index))
        return out
    area = heading = ""
    _join_cell_wraps(sec.lines)
    for k, line in enumerate(sec.lines):
        if line.raw.strip().startswith("|") or not line.text:
            continue
        line.used = True
        if LEVEL.fullmatch(line.text.strip(" .")):
            continue  # the level of the skill above it: said by the skill's own line
        # a category on a line of its own over its items, indented under it or after its colon
        # ("Infrastructure" over "Kubernetes   Terraform   AWS", a JSON Resume theme's keyword chips)
        below = sec.lines[k + 1] if k + 1 < len(sec.lines) else None
        label = line.text.strip().rstrip(":")
        if (
            below is not None and not line.bullet and "," not in label and len(label.split()) <= 3
            # (or over a row of items set apart by bullets, as the Deedy look does: "Programming" over
            # "Python • Go • C++ • SQL")
            and (line.text.rstrip().endswith(":") or below.indent > line.indent and not below.bullet
                 or "•" not in label and below.text.count("•") >= 2)
            and len(_split_list(below.text)) >= 2  # (not a skill area over what was done: a functional resume's)
        ):  # fmt: skip
            heading = label
            continue
        if heading:
            out.append((heading, _split_list(line.text), index))
            heading = ""
            continue
        if line.bullet and area and _past_led(line.text) and achievements is not None:
            achievements.append((area, line.text, index))
            continue
        area = line.text.strip() if not line.bullet and len(line.text.split()) <= 4 else ""
        cat, sep, items = line.text.partition(":")
        # or a row of a labelled list, as a CV class sets it: "Programming    Python, SQL, Scala"
        if not sep and (row := re.fullmatch(r"([^,]{2,30}?)(?: {2,}|\t+)(\S[^\t]*,.*)", line.text.strip())):
            cat, sep, items = row[1], ":", row[2]
        if sep and len(cat.split()) <= 4 and items.strip():
            out.append((cat.strip(), _split_list(items), index))
        else:
            out.append(("", _split_list(line.text), index))
    return [(c, i, s) for c, i, s in out if i]


def _split_list(text: str) -> list[str]:
    """'Python, SQL; R · C++' -> items; commas inside brackets stay ("Cloud (AWS, GCP)")."""
    text = re.sub(r"\s*[●○◐◑★☆⬤◯■□▪▫]{2,}", "", text)  # a rating drawn in dots or stars: "Python ●●●●○"
    text = re.sub(
        r"\s*\((?:\d+\+?|less than 1)\s*(?:years?|yrs?)\)", "", text, flags=re.I
    )  # Indeed: "Excel (4 years)"
    # a slash between words splits ("Excel/Access"), not inside a name ("SAP S/4HANA", "TCP/IP", "CI/CD")
    # (and a Word table's cells, at tabs: "Team leadership<TAB>Lean and 5S")
    items = re.split(r"(?:[,;·•|]|\s/\s?|(?<=[^\W\d]{4})/(?=[^\W\d]{4}))(?![^(]*\))|\s{3,}|\t+", text)
    # "Antimicrobial stewardship — Excellent" (Zety): the level is said, not a part of the skill
    items = [re.sub(rf"\s+[—–-]\s+(?:{LEVEL.pattern})$", "", i.strip(), flags=re.I) for i in items]
    return [i.strip(" .") for i in items if i.strip(" .") and len(i.split()) <= 6]


def _certificates_among_schools(sec: Section, index: int) -> list[Item]:
    """'2016 - ServSafe Manager Certification' under Education: no school, so no degree; a certificate.
    And a professional body's dated diploma ("CILT Diploma in Logistics and Transport, 2017")."""
    out = []
    for line in sec.lines:
        named = (
            _CERTIFICATE.search(line.text)
            or re.search(r"\bdiploma\b", line.text, re.I)
            and find_range(line.text)
        )
        if not line.used and named and not SCHOOL_WORDS.search(line.text):
            text = re.sub(r"^\s*((?:19|20)\d\d)\s*[-–—:|]\s*(.+)$", r"\2, \1", line.text)
            out.append(Item(text, find_range(text), "", index))
            line.used = True
        # several on one line, each with its year, no school or degree named ("Qualifications":
        # "APICS CPIM (2021), TOEIC 860 (2020)")
        listed = re.split(r"(?<=\((?:19|20)\d\d\)),\s+", line.text)
        if (
            not line.used
            and len(listed) >= 2
            and not (SCHOOL_WORDS.search(line.text) or DEGREE_WORDS.search(line.text))
        ):
            out += [Item(t.strip(" ."), find_range(t), "", index) for t in listed]
            line.used = True
    return out


def _paired_schools(resume: Resume) -> tuple[list[Degree], list[Item], set[int]] | None:
    """A Nigerian CV lists the schools attended with their dates in one section ("University of
    Nigeria, Nsukka    2009 – 2014") and the qualifications obtained with their years in another
    ("B.Sc. Accountancy (Second Class Upper)    2014"): each qualification is the degree of the school
    it ended at; one that ended at none ("Associate Chartered Accountant (ACA), ICAN    2017") is a
    certificate. None unless the education is written so."""
    secs = [(i, s) for i, s in enumerate(resume.sections) if s.kind == "education"]
    rows = [
        (i, ln, d, strip_range(ln.text, d).strip(" ,|–-"))
        for i, s in secs
        for ln in s.lines
        if (d := find_range(ln.text))
    ]
    if len(secs) != 2 or not all(s.lines for _, s in secs) or len(rows) < sum(len(s.lines) for _, s in secs):
        return None  # not two lists of dated lines (a rirekisho's "Education and Work History" over its grid: none)
    # the list of schools: every line names a school and no degree; the other is the qualifications
    named = [
        all(SCHOOL_WORDS.search(r[3]) and not DEGREE_WORDS.search(r[3]) for r in rows if r[0] == i)
        for i, _ in secs
    ]
    if named.count(True) != 1:
        return None
    schools = [r for r in rows if r[0] == secs[named.index(True)][0]]
    quals = [r for r in rows if r not in schools]
    degrees, certificates = [], []
    for i, line, dates, name in quals:
        school = next((r for r in schools if r[2].year == dates.year), None)
        if school is not None:
            # "(Second Class Upper)": the class of the degree, not its field
            grade = re.search(
                r"\s*\(((?:first|second|third|upper|lower|pass|distinction|merit)\b[^)]*)\)", name, re.I
            )
            name = name.replace(grade[0], "") if grade else name
            degrees.append(
                Degree(
                    _parts(school[3])[0], name, school[2], (f"Class: {grade[1]}",) if grade else (), school[0]
                )
            )
            school[1].used = True
        else:
            text = f"{name}, {dates.year}"
            certificates.append(Item(text, find_range(text), "", i))
        line.used = True
    return degrees, certificates, {i for i, _ in secs}


def _unnamed_role(raw: _Raw, section: int) -> Position | None:
    """A volunteer entry that names its organisation and no role ("Nevada Science Olympiad, Reno, NV
    2023 – present" over "- Coach the battery-design event"): the bullets say what was done, and
    the section says it was as a volunteer."""
    parts = [p for _, p in _head_parts(raw)]
    if len(parts) != 1 or not raw.details or not _sane(parts[0]) or ROLE_WORDS.search(parts[0]):
        return None
    details = tuple(d.text for d in raw.details)
    return Position(_uncapped(parts[0]), "Volunteer", raw.dates, details, section, False, _town(raw))


def build_profile(resume: Resume) -> Profile:
    """The typed content of a text resume; lines that gave something are marked used."""
    p = Profile(name=resume.name, contact=dict(resume.contact))
    paired = _paired_schools(resume)
    if paired:
        p.degrees, p.certifications, _ = paired
    for i, sec in enumerate(resume.sections):
        kind = sec.kind
        if paired and i in paired[2]:
            continue
        if kind in ("experience", "volunteer", "education"):
            entries = read_entries(sec, kind, i)
            {"experience": p.jobs, "volunteer": p.volunteer, "education": p.degrees}[kind].extend(entries)
            sec.entries = len(entries)
            if kind == "education":
                p.certifications += _certificates_among_schools(sec, i)
        elif kind in ("awards", "publications", "certifications", "projects", "languages", "interests"):
            items = read_items(sec, i)
            if kind == "interests":  # "Sports: rowing, climbing": the category is no hobby
                items = [replace(it, text=_INTEREST_LABEL.sub("", it.text)) for it in items]
            getattr(p, kind).extend(items)
            sec.entries = len(items)
        elif kind == "skills":
            for cat, items, index in read_skills(sec, i, p.achievements):
                spoken = section_kind(cat, loose=False) == "languages" or cat.lower() == "spoken"
                if _DRIVING.fullmatch(cat):
                    continue  # "Patente: B", "Driving licence: Full UK": no skill, and not asked
                if _MOTHER_TONGUE.fullmatch(cat):  # the European CV's "Madrelingua: Italiano"
                    p.languages.append(Item("Mother tongue(s): " + ", ".join(items), None, "", index))
                elif (
                    re.fullmatch(r"altre? lingu[ae]|other languages?", cat, re.I)
                    or spoken
                    and (
                        SPOKEN.match(items[0]) or any(LEVEL.search(i) for i in items)
                    )  # "Deutsch (Muttersprache)"
                ):
                    # "Languages: English, Japanese" among the skills: spoken, not programming ones
                    p.languages.append(Item(", ".join(items), None, "", index))
                else:
                    p.skills.append((cat, items, index))
            sec.entries = len(p.skills)
        elif kind == "summary" and sec.lines:
            p.summary.append((" ".join(line.text for line in sec.lines), i))
            sec.entries = 1
            for line in sec.lines:
                line.used = True
        elif kind == "contact":
            # "Languages Known: English, Hindi" and "Hobbies: Chess" under Personal Details
            for line in sec.lines:
                label, sep, value = line.text.partition(":")
                if sep and value.strip() and section_kind(label, loose=False) in ("languages", "interests"):
                    getattr(p, section_kind(label, loose=False)).append(Item(value.strip(), None, "", i))
                    line.used = True
            sec.entries = sum(line.used for line in sec.lines)
    contact_lines = [ln for sec in resume.sections if sec.kind == "contact" for ln in sec.lines]
    # "San Diego, CA" on the title or contact line: where the person is based
    for line in resume.header + contact_lines:
        if resume.name and natural_case(re.split(r"[,|]", line.text)[0].strip()) == resume.name:
            continue  # "ADEYEMI, RN" is a name and a credential, not a city and a state
        if "location" not in p.contact and place_line(line.text):
            p.contact["location"], line.used = town_name(line.text), True
        elif "location" not in p.contact and (m := re.search(CITY, line.text)):
            p.contact["location"] = m.group(0)
            # a line that is the place alone, or with its ZIP code ("Phoenix, AZ 85003")
            line.used = line.used or bool(
                re.fullmatch(rf"{re.escape(m.group(0))}(?: \d{{5}}(?:-\d{{4}})?)?", line.text.strip())
            )
    # a web page's headline: "Product designer in Lisbon, working on ...", "Data engineer based in
    # Leeds": a town where it says "based" or where an entry names it too ("IADE, Lisbon"), and not
    # a field ("Researcher in Machine Learning")
    text = "\n".join(ln.text for s in resume.sections for ln in s.lines)
    for line in resume.header if "location" not in p.contact else ():
        if (m := _HEADLINE_TOWN.match(line.text)) and ROLE_WORDS.search(m[1]) and _place(m[3]):
            if m[2] or re.search(rf",\s*{re.escape(m[3])}\b", text):
                p.contact["location"] = m[3]
                break
    for line in resume.header if "location" not in p.contact else ():
        # moderncv's address line, "Providencia – Santiago – Chile": places alone, a country last
        # (pypdf glues the dash to the word before it: "Providencia– Santiago")
        places = [x.strip() for x in re.split(r"\s*[–—·|]\s*|\s-\s", line.text)]
        if 2 <= len(places) <= 3 and all(_BARE_TOWN.fullmatch(x) and _place(x) for x in places):
            if re.fullmatch(_COUNTRIES, places[-1]):
                p.contact["location"] = ", ".join(places[-2:])
                break
    for line in resume.header if "location" not in p.contact else ():
        # "... – Pinheiros – São Paulo/SP – CEP 05407-002": a Brazilian town and its state's code
        if m := _BR_TOWN.search(line.text):
            p.contact["location"] = f"{m[1]}, {m[2]}"
            break
    if "location" not in p.contact:  # "Manchester | 07700 900456 | sophie@...": a town alone beside them
        for line in resume.header:
            if re.search(r"\b(?:sex|gender|date of birth|nationality)\b", line.text, re.I):
                continue  # Europass's "Sex Female | Date of birth 22/07/1988 | ...": no town in it
            # (an OCR'd scan reads the dots between them as dashes: "Ballincollig, Co. Cork - 087 ...")
            parts = [x.strip() for x in re.split(r"\s[|•·–/-]\s", line.text)]  # ("... / Yokohama, Kanagawa")
            # "Montréal (Québec)", as Quebec writes a town and its province: "Montréal, Québec"; an
            # Irish town with its county, "Ballincollig, Co. Cork": the town
            towns = [
                (m[1], f"{m[1]}, {m[2]}") if (m := _TOWN_PROVINCE.fullmatch(x)) else (t, t)
                for x in parts
                for t in [re.sub(r",\s*Co\.\s+[A-Z][a-z]+$", "", x)]
            ]
            # "Oudegracht 112, 3511 AW Utrecht | +31 ...": a street address, the town in it
            towns += [(t, t) for x in parts if _STREET.match(x) for t in [town_of(x)]]
            # "... / Yokohama, Kanagawa": a town and its region, each a bare name
            towns += [
                (x.split(",")[0], x)
                for x in parts
                if re.fullmatch(rf"{_BARE_TOWN.pattern}, {_BARE_TOWN.pattern}", x)
            ]
            town = next((said for x, said in towns if _BARE_TOWN.fullmatch(x) and _place(said)), None)
            if len(parts) >= 3 and town and any(EMAIL.search(x) or PHONE.search(x) for x in parts):
                p.contact["location"] = town
                break
    # "Utrecht" on a line of its own, over the email or phone line (in a contact section too, and
    # with its district: "Salthill, Galway")
    for head in (resume.header, contact_lines):
        if "location" in p.contact:
            break
        for k, line in enumerate(head):
            near = [ln.text for ln in head[max(k - 1, 0) : k + 2] if ln is not line]
            # (or a street address, "Via Tortona 27, Milano": the town in it, anywhere in the block)
            street = bool(_STREET.match(line.text)) and not PHONE.search(line.text)
            town = town_of(line.text) if street else line.text.strip()
            if m := _TOWN_PROVINCE.fullmatch(town):  # "11473 Athens (Greece)": "Athens, Greece"
                town = f"{m[1]}, {m[2]}"
            # "20357 Hamburg" under "Sternstraße 14": a postcode before the town says it is an address
            postcode = bool(re.match(rf"\d{{4,5}} (?=[{UPPER}])", town))
            town = re.sub(rf"^\d{{4,5}} (?=[{UPPER}])", "", town)
            if (
                not line.used
                and all(_BARE_TOWN.fullmatch(t.strip()) for t in town.split(",", 1))
                and _place(town)
                and (street or postcode or any(EMAIL.search(t) or PHONE.search(t) for t in near))
            ):
                p.contact["location"], line.used = town, True
                break
    headline = next(
        (
            ln
            for ln in resume.header
            if not ln.used and ROLE_WORDS.search(ln.text) and not _PERSONAL.search(ln.text)
        ),
        None,
    )
    if headline is not None:
        headline.used = True
        if _is_sentence(headline.text) or len(headline.text.split()) > 8:
            p.summary = p.summary or [(headline.text, None)]  # a one-line profile under the name
        else:
            p.headline = _uncapped(LOCATION.sub(" ", _SPLIT.split(headline.text)[0]).strip(" ,|"))
    return p
