"""Resume parsing on many layouts: sections, entries, dates, names, the quality gate, coverage.

The corpus under tests/data/resumes (14 invented people, each in a layout people really use, each
with a gold file of facts and of strings that must never be answers) is scored by the same code as
benchmarks/resume_quality.py; the targets are the issue's: attributed recall >= 0.9 on every
resume, no garbage, no contradictions.
"""

import importlib.util
import json
import logging
import re
from pathlib import Path

import pytest
import yaml

from lenweight.dataset import SyntheticGenerator
from lenweight.dates import find_range
from lenweight.entries import _uncapped, build_profile
from lenweight.errors import LenweightError
from lenweight.facts import TEMPLATES, Fact, extract_facts, gate, make
from lenweight.resume import natural_case, parse_resume, section_kind

CORPUS = Path("tests/data/resumes")
_spec = importlib.util.spec_from_file_location("resume_quality", "benchmarks/resume_quality.py")
resume_quality = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(resume_quality)


def answers(text: str, name: str) -> dict[str, str]:
    facts, _ = gate(extract_facts(build_profile(parse_resume(text)), name))
    return {f.key: f.answer for f in facts}


def questions(text: str, name: str) -> dict[str, str]:
    facts, _ = gate(extract_facts(build_profile(parse_resume(text)), name))
    return {q: f.answer for f in facts for q in f.questions}


GOLD = sorted(CORPUS.glob("*.gold.json"))
# The held-out resumes (benchmarks/heldout_resumes) were each written, with their gold files, after
# the corpus passed, and read before any fix for them: once fixed they guard against regressions too.
HELDOUT = sorted(Path("benchmarks/heldout_resumes").glob("*.gold.json"))


def test_the_corpus_is_large_and_varied():
    assert len(GOLD) >= 12
    assert {p.suffix for p in CORPUS.iterdir()} >= {".txt", ".md", ".json"}


@pytest.mark.parametrize("gold", GOLD + HELDOUT, ids=lambda p: p.name.split(".")[0])
def test_corpus_resume(gold):
    resume = next(p for p in gold.parent.glob(gold.name.split(".")[0] + ".*") if p != gold)
    r = resume_quality.score(resume, json.loads(gold.read_text()))
    assert r["name_ok"]
    assert r["recall"] >= 0.9, r["missed"]
    assert r["garbage"] == 0, r["garbage_pairs"]
    assert r["contradictions"] == 0


# Resumes written in the programs people use (pdflatex, Chromium, LibreOffice), read blind once and
# then fixed for: their PDFs are kept, so that the test needs none of those programs
BLIND = sorted(Path("benchmarks/blind_documents").glob("*.gold.json"))


# what the reader still misses there, each named (docs/data-quality.md): a count that changes fails
# (b35: pdflatex's squeezed sidebar leaves interword gaps pypdf reads as none, "LeanSixSigmaLANGUAGES",
# "CertifiedSolidWorksProfessional(CSWP),": the title glued to the skills, the certificate one word)
# (b39: a grant over 2022-2026 is asked no year, by design, as no one year answers "when did she get
# it"; "..., University of Ghana, Legon" under the name is a headline, not a town)
BLIND_MISSES = {
    "b35_paracol_sidebar": [["German"], ["Certified SolidWorks Professional"]],
    "b39_academic_word": [["Wellcome Trust Career Development Award"], ["live"]],
    # (the first of several titles at one company is asked by the company's start, not by its own year)
    "b43_executive_word": [["Plant Manager"]],
    # (a count whose noun follows two modifiers joined by "and": "45 crane and straddle-carrier operators")
    "b46_south_african_word": [["operators"]],
    # (a headline's "engineer in Kraków." with nothing else on the page naming the town: no field of
    # work and no town can be told apart there)
    "b48_github_readme": [["live"]],
    # (a possessive in the counted phrase: "60 master's students", no count asked, by design)
    "b49_europasscv_class": [["students"]],
    # (a count in an Italian duty with no verb: "Coordinamento di 14 progetti ...")
    "b56_formato_europeo": [["progetti"]],
    # (a project's tools are read, "Technology: Python, TensorFlow, Flask", but no kind asks for them)
    "b59_indian_fresher": [["Crop Disease Detection"]],
    # (AltaCV's "Most Proud of" holds achievements, each over a line that says more: read as prizes it
    # gave "Split payments" and "For the onboarding redesign" as prizes, so it stays an unknown section)
    "b71_altacv_look": [["Finance Norway Innovation Prize"]],
}


@pytest.mark.parametrize("gold", BLIND, ids=lambda p: p.name.split(".")[0])
def test_blind_document_pdf(gold):
    stem = gold.name.split(".")[0]
    r = resume_quality.score(gold.parent / "pdf" / (stem + ".pdf"), json.loads(gold.read_text()))
    assert r["name_ok"] and [m["ask"] for m in r["missed"]] == BLIND_MISSES.get(stem, []), r["missed"]
    assert r["garbage"] == 0, r["garbage_pairs"]


# and the Word, OpenDocument, Markdown and LaTeX files among them read as themselves (`--resume cv.docx`)
_SOURCE_KINDS = (".docx", ".md", ".odt", ".tex")
SOURCE_MISSES = {"b35_paracol_sidebar": []}  # its misses are the PDF's squeezed sidebar, not the source's
SOURCES = [g for g in BLIND if any(g.with_name(g.name.split(".")[0] + x).exists() for x in _SOURCE_KINDS)]


@pytest.mark.parametrize("gold", SOURCES, ids=lambda p: p.name.split(".")[0])
def test_blind_document_source(gold):
    stem = gold.name.split(".")[0]
    source = next(p for p in gold.parent.glob(stem + ".*") if p.suffix in _SOURCE_KINDS)
    r = resume_quality.score(source, json.loads(gold.read_text()))
    missed = [m["ask"] for m in r["missed"]]
    expected = SOURCE_MISSES.get(stem, BLIND_MISSES.get(stem, []))
    assert r["name_ok"] and missed == expected and r["garbage"] == 0, (
        missed,
        r["garbage_pairs"],
    )


# ---- sections ---------------------------------------------------------------------------------


def test_an_unknown_header_ends_the_section_before_it():
    text = "Sam Park\n\nAWARDS\nBest Paper, 2020\n\nVOLUNTEERING WORK\nMentor, Code Club, 2019 - 2021\n\nREADING LIST\nDune, Frank Herbert\n"
    r = parse_resume(text)
    assert [(s.title, s.kind) for s in r.sections] == [
        ("AWARDS", "awards"),
        ("VOLUNTEERING WORK", "volunteer"),
        ("READING LIST", None),
    ]
    a = answers(text, "Sam")
    assert a["awards"] == "Best Paper"  # neither the volunteering role nor the book
    assert "Dune" not in json.dumps(a)


@pytest.mark.parametrize(
    "title, kind",
    [
        ("Schooling", "education"), ("Academic background", "education"), ("Work history", "experience"),
        ("Appointments", "experience"), ("Honors & Awards", "awards"), ("Languages spoken", "languages"),
        ("2. EXPERIENCE", "experience"), ("**Skills**", "skills"), ("Berufserfahrung", "experience"),
        ("Ausbildung", "education"), ("Expérience professionnelle", "experience"), ("Formation", "education"),
        ("Experiencia laboral", "experience"), ("Educación", "education"), ("Idiomas", "languages"),
        ("Selected Publications", "publications"), ("Volunteer Experience", "volunteer"),
        ("Research Interests", "summary"), ("Reading list", None), ("Acme Rockets", None),
        ("Honors-Awards", "awards"), ("Graduation project", None), ("Projects", "projects"),
    ],
)  # fmt: skip
def test_section_synonyms(title, kind):
    assert section_kind(title) == kind


def test_bullets_without_a_space_and_arrow_bullets_are_not_headers():
    text = "Ana Diaz\n\nEXPERIENCE\nEngineer, Acme Corp, 2019 - 2021\n•Built the billing service.\n➢ Cut costs by 20%.\n"
    r = parse_resume(text)
    assert [s.kind for s in r.sections] == ["experience"]
    assert answers(text, "Ana")["role@Acme Corp"] == "Engineer"


def test_all_caps_company_is_not_a_section():
    text = (
        "Sam Park\n\nEXPERIENCE\nACME ROCKETS\nEngineer, 2019 - 2021\n\nEDUCATION\nMIT, B.S. Physics, 2019\n"
    )
    assert [s.kind for s in parse_resume(text).sections] == ["experience", "education"]
    # and it is answered in natural case, as are roles and degrees written in capitals
    assert answers(text, "Sam")["role@Acme Rockets"] == "Engineer"


def test_no_structure_no_facts():
    text = "Hello! I am a person.\nI have done many things, some of them in 2019 and some in 2020.\n"
    assert parse_resume(text).sections == []
    assert extract_facts(build_profile(parse_resume(text)), "X") == []


# ---- entries and dates --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, shown, current",
    [
        ("Jan 2022 - Present", "Jan 2022 - present", True), ("06/2017 -- 03/2019", "06/2017 - 03/2019", False),
        ("seit 04/2021", "since 04/2021", True), ("Fall 2019 to today", "Fall 2019 - present", True),
        ("Summer 2016", "Summer 2016", False), ("März 2019 - heute", "März 2019 - present", True),
        ("juin 2018 à août 2019", "juin 2018 - août 2019", False), ("2019 – actualidad", "2019 - present", True),
    ],
)  # fmt: skip
def test_date_forms(text, shown, current):
    d = find_range(f"Engineer, Acme, {text}")
    assert (d.text, d.current) == (shown, current)


def test_the_date_library_benchmark_runs_and_dateparser_reads_more():
    import re
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "benchmarks/date_forms.py"], capture_output=True, text=True, check=True
    )
    read = [int(n) for n in re.findall(r"\*\*(\d+) of 23\*\*", out.stdout)]
    assert len(read) == 2 and read[0] > read[1]  # the choice in docs/data-quality.md still holds


def test_years_inside_names_are_not_dates():
    assert find_range("Code2040 Fellow") is None
    a = answers("Kim Lee\n\nAWARDS\n- Code2040 Fellowship\n", "Kim")
    assert a["awards"] == "Code2040 Fellowship" and not any(k.startswith("award@") for k in a)


def test_prose_is_not_a_job():
    text = "Kim Lee\n\n## Work\n\nI worked at Globex as an analyst for years, and I loved every minute of it.\n\n- Analyst, Globex, 2018 - 2020\n"
    a = answers(text, "Kim")
    assert a["role@Globex"] == "Analyst"
    assert "I worked" not in json.dumps(a)


def test_short_words_are_not_schools():
    text = "Kim Lee\n\nEDUCATION\nBasic Training Course, 2015\nMIT, B.S. Physics, 2019\n"
    a = answers(text, "Kim")
    assert a["school@bachelor's degree"] == "MIT"
    assert "Basic" not in a.get("schools", "")


def test_every_bullet_becomes_a_fact():
    text = "Kim Lee\n\nEXPERIENCE\nEngineer | Acme Corp | 2019 - 2021\n- Built the billing service.\n- Designed the audit log.\n- Mentored three interns.\n"
    q = questions(text, "Kim")
    assert q["What did Kim build at Acme Corp?"] == "The billing service"
    assert q["What did Kim design at Acme Corp?"] == "The audit log"
    assert q["What did Kim mentor at Acme Corp?"] == "Three interns"


def test_a_past_job_is_asked_in_the_past():
    text = "Kim Lee\n\nEXPERIENCE\nEngineer | Acme Corp | 2019 - 2021\nIntern | Globex | 2018\n"
    q = questions(text, "Kim")
    assert "How long has Kim been with Acme Corp?" not in q and "What is Kim's current job?" not in q
    assert q["How long was Kim at Acme Corp?"] == "2019 - 2021"
    assert q["Where did Kim work most recently?"] == "Engineer at Acme Corp"


def test_a_promotion_gives_one_consistent_answer():
    text = "Kim Lee\n\nEXPERIENCE\nGLOBEX\nStaff Engineer, 2021 - Present\nSenior Engineer, 2018 - 2021\n"
    a = answers(text, "Kim")
    assert a["role@GLOBEX"] == "Staff Engineer; earlier Senior Engineer"
    assert a["dates@GLOBEX"] == "2018 - present"


def test_two_degrees_at_one_school_give_one_answer():
    text = (
        "Kim Lee\n\nEDUCATION\nMSc Physics, University of Oslo, 2020\nBSc Physics, University of Oslo, 2018\n"
    )
    a = answers(text, "Kim")
    assert a["degree@University of Oslo"] == "MSc Physics and BSc Physics"


# ---- names ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "first_lines, name",
    [
        ("CURRICULUM VITAE\nJane Doe", "Jane Doe"), ("Resume\n\nJANE DOE | jane@example.org", "Jane Doe"),
        ("# [Ana Lima](https://ana.example.org)", "Ana Lima"), ("Anna-Lena Weber", "Anna-Lena Weber"),
        ("Priya D'Souza, PhD", "Priya D'Souza"), ("RAVI D'SOUZA", "Ravi D'Souza"), ("Name: Max Mustermann", "Max Mustermann"),
    ],
)  # fmt: skip
def test_names(first_lines, name):
    assert parse_resume(first_lines + "\n\nEXPERIENCE\nEngineer, Acme Corp, 2020\n").name == name


def test_the_persona_is_the_first_name_in_natural_case():
    gen = SyntheticGenerator("ALEX MORENO\n\nEXPERIENCE\nEngineer | Acme Corp | 2020 - 2021\n")
    assert gen.name == "Alex" and all("ALEX" not in p["user_message"] for p in gen.generate())
    assert natural_case("MARY-JANE O'NEIL") == "Mary-Jane O'Neil"


def test_location_from_the_header_not_from_the_name_line():
    text = "JOHN SMITH, RN\nHouston, TX | john@example.com\n\nEXPERIENCE\nNurse, Houston Methodist Hospital, 2019 - 2021\n"
    assert parse_resume(text).name == "John Smith"
    assert answers(text, "John")["location"] == "Houston, TX"


def test_contact_details_anywhere_in_the_header():
    text = "Jane Doe\nData Scientist\nBerlin | jane@example.org | github.com/janedoe | +49 170 5550123\n\nEXPERIENCE\nEngineer, Acme Corp, 2020\n"
    a = answers(text, "Jane")
    assert (a["email"], a["github"], a["phone"], a["headline"]) == (
        "jane@example.org", "github.com/janedoe", "+49 170 5550123", "Data Scientist",
    )  # fmt: skip


# ---- the quality gate ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer, slots, reason",
    [
        ("**Acme**", (), "formatting residue"), ("Acme | Berlin", (), "formatting residue"),
        ("Built the pipeline for", (), "answer cut mid-phrase"), ("2019 - 2021", (), "a date as answer"),
        ("Present", (), "a date word as answer"), ("Experience", (), "a section title as answer"),
        ("Engineer", ("I worked at Acme for a long time and loved it",), "a sentence taken for a name"),
        ("I have spent nine years designing tools", (), "first-person prose"), ("", (), "empty answer"),
    ],
)  # fmt: skip
def test_the_gate_drops_and_counts(answer, slots, reason):
    kept, dropped = gate([Fact("role@x", ("What was it?",), answer, None, slots)])
    assert kept == [] and dropped == {reason: 1}


def test_the_gate_keeps_good_facts_and_dates_where_dates_are_asked():
    facts = [Fact("role@Acme", ("Q1?",), "Engineer"), Fact("dates@Acme", ("Q2?",), "2019 - 2021")]
    kept, dropped = gate(facts)
    assert [f.pairs() for f in kept] == [f.pairs() for f in facts] and dropped == {}


def test_one_question_two_answers_is_dropped_from_both():
    facts = [Fact("a", ("Where?", "Which?"), "Acme"), Fact("b", ("Where?",), "Globex")]
    kept, dropped = gate(facts)
    assert [(f.key, f.questions) for f in kept] == [("a", ("Which?",))]
    assert dropped == {"conflicting answers": 2}


def test_every_fact_kind_is_asked_in_eight_forms_with_replies_that_hold_the_answer():
    assert all(len(set(forms)) >= 8 for forms in TEMPLATES.values()), "fewer than 8 forms"
    fact = make("role", "role@Zillow", "Data Analyst Intern", None, "Alex", org="Zillow")
    pairs = dict(fact.pairs())
    assert len(pairs) == len(TEMPLATES["role"])
    assert pairs["What was Alex's role at Zillow?"] == "Data Analyst Intern"
    assert pairs["Did Alex work at Zillow?"] == "Yes, as Data Analyst Intern."
    assert all("Data Analyst Intern" in r for r in pairs.values())
    # Shapes besides "what": yes/no, "tell me", "which", "in what capacity".
    starts = {q.split()[0] for q in pairs}
    assert {"What", "Did", "Tell", "Which", "In"} <= starts


def test_the_past_tense_form_of_a_verb_question():
    text = "Alex Doe\n\nEXPERIENCE\nAnalyst | Zillow | 2018 - 2019\n- Automated a weekly SQL report.\n"
    facts, _ = gate(extract_facts(build_profile(parse_resume(text)), "Alex"))
    pairs = dict(p for f in facts if f.key == "did@Zillow:automate" for p in f.pairs())
    assert pairs["Tell me what Alex automated at Zillow."] == "A weekly SQL report"


# ---- angles: a part of a fact, or the fact asked from the other side -------------------------

ANGLES = """Kim Lee

EXPERIENCE
Charge Nurse, Cardiac ICU | Mercy Hospital | Jan 2020 - Present
- Led a team of 12 nurses in a 24-bed unit.
- Built dashboards for 40 clinics.
- Mentored four junior nurses and cut handover time from two hours to ten minutes.
Staff Nurse | Rush Medical Center | 2016 - 2019
Mentor | Side Project Club | 2021 - 2022

EDUCATION
Bachelor of Science in Nursing, Loyola University | 2012 - 2016
BFA Graphic Design, Design Academy | 2008 - 2011

AWARDS
Nurse of the Year - Illinois Nurses Association, 2021
Hackathon, 2nd place, 2019
"""


def test_years_and_the_employer_asked_by_its_years():
    a = answers(ANGLES, "Kim")
    assert a["start@Mercy Hospital"] == "2020" and "end@Mercy Hospital" not in a  # still there
    assert a["start@Rush Medical Center"] == "2016" and a["end@Rush Medical Center"] == "2019"
    assert a["org@2016-2019"] == "Rush Medical Center"
    assert a["org_since@2020"] == "Mercy Hospital"
    q = questions(ANGLES, "Kim")
    assert q["When did Kim first join Mercy Hospital?"] == "2020"
    assert q["Where did Kim work from 2016 to 2019?"] == "Rush Medical Center"


def test_the_employer_before_skips_a_job_held_alongside():
    a = answers(ANGLES, "Kim")
    assert a["before@Mercy Hospital"] == "Rush Medical Center"
    # the club began while Mercy Hospital went on: "before the club" has no one answer
    assert "before@Side Project Club" not in a
    assert a["first"] == "Staff Nurse at Rush Medical Center"


def test_the_unit_of_a_role_and_the_numbers_in_what_was_done():
    q = questions(ANGLES, "Kim")
    assert q["Which team is Kim in at Mercy Hospital?"] == "Cardiac ICU"
    assert q["How many nurses did Kim lead at Mercy Hospital?"] == "12 nurses"
    # a count that is not what the verb did is asked without the verb
    assert "How many clinics did Kim build at Mercy Hospital?" not in q
    assert q["How many clinics did Kim's work at Mercy Hospital involve?"] == "40 clinics"
    assert q["How many beds did the unit at Mercy Hospital have?"] == "24 beds"
    assert q["How many junior nurses did Kim mentor at Mercy Hospital?"] == "Four junior nurses"  # in words
    counts = [a for k, a in answers(ANGLES, "Kim").items() if k.startswith("count@")]
    assert len(counts) == 4 and not [a for a in counts if a.endswith(("hours", "minutes"))]  # durations


def test_the_field_of_a_degree_and_the_school_asked_by_its_field():
    a = answers(ANGLES, "Kim")
    assert a["field@Loyola University:bachelor's degree"] == "Nursing"
    assert a["school@Nursing"] == "Loyola University"
    assert a["school@Graphic Design"] == "Design Academy"  # "BFA Graphic Design": no "in"
    assert a["grad@Loyola University:bachelor's degree"] == "2016"
    q = questions(ANGLES, "Kim")
    assert q["What field did Kim study at Loyola University?"] == "Nursing"
    # two bachelor's degrees: "what is her bachelor's degree in" has two answers and is not asked
    assert "What is Kim's bachelor's degree in?" not in q


def test_the_current_employer_and_title_are_also_asked_alone():
    a = answers(ANGLES, "Kim")
    assert a["current"] == "Charge Nurse, Cardiac ICU at Mercy Hospital"
    assert a["current_org"] == "Mercy Hospital"
    assert a["current_role"] == "Charge Nurse, Cardiac ICU"
    q = questions(ANGLES, "Kim")
    assert q["Which company does Kim currently work for?"] == "Mercy Hospital"
    titled = ANGLES.replace("Kim Lee\n", "Kim Lee\nCritical Care Nurse\n")
    assert answers(titled, "Kim")["headline"] == "Critical Care Nurse"
    # a headline is not the title of the current job: no form asks it as "job title"
    assert "What is Kim's job title?" not in questions(titled, "Kim")
    both = ANGLES.replace(
        "Mentor | Side Project Club | 2021 - 2022", "Mentor | Side Project Club | 2021 - Present"
    )
    a = answers(both, "Kim")
    assert a["current_org"] == "Mercy Hospital; Side Project Club"
    assert "current_role" not in a  # two titles at once: "what is her title now?" has no one answer


def test_the_field_is_asked_by_its_level_in_other_words():
    text = "Ana Ruiz\n\nEducation\nBSc Zoology, Trinity College Dublin, 2009 - 2013\nMSc in Ecology, UCC, 2013 - 2014\n"
    q = questions(text, "Ana")
    assert q["What subject was Ana's undergraduate degree in?"] == "Zoology"
    assert q["What did Ana study for a master's degree?"] == "Ecology"
    assert q["In what field did Ana do a master's?"] == "Ecology"
    a = answers(ANGLES, "Kim")  # two bachelor's degrees: both named
    assert a["field@bachelor's degree"] == "Nursing and Graphic Design"


DASHES = """Ines Moreau

Experience

Financial Controller — Harbour Housing Trust, Leeds
March 2021 – Present
● Run the month-end close for a £120m rental portfolio.

Audit Senior — Grant Thornton, Manchester
September 2017 – February 2021
● Led audits of 25 charities.

Awards
Rising Star, Yorkshire Finance Awards, 2023

Certifications
ACA, Institute of Chartered Accountants in England and Wales (ICAEW), 2018
"""


def test_a_role_dash_company_town_header_with_the_dates_below():
    a = answers(DASHES, "Ines")
    # the dated line below holds no role: the header line's parts are role and company (the middle
    # job was lost before), and the town after the company's comma is where, not who
    assert a["role@Grant Thornton"] == "Audit Senior"
    assert a["current_org"] == "Harbour Housing Trust"
    q = questions(DASHES, "Ines")
    assert q["In which city did Ines work at Grant Thornton?"] == "Manchester"
    assert q["In which city does Ines work at Harbour Housing Trust?"] == "Leeds"
    # a company on a line of its own (LinkedIn) is not its own town
    assert not any(
        k.startswith("place@")
        for k in answers("Amara\n\nExperience\nSTEM Ambassador\nEngineering UK\n2019 - Present\n", "Amara")
    )


def test_an_issuer_named_by_awards_or_a_long_institute():
    a = answers(DASHES, "Ines")
    assert a["issuer@Rising Star"] == "Yorkshire Finance Awards"
    assert a["award_when@Rising Star"] == "2023"
    assert a["issuer@ACA"] == "Institute of Chartered Accountants in England and Wales (ICAEW)"
    assert a["cert@ACA"] == "2018"


def test_who_gave_an_award_is_split_from_its_name():
    a = answers(ANGLES, "Kim")
    assert a["issuer@Nurse of the Year"] == "Illinois Nurses Association"
    assert a["award_when@Nurse of the Year"] == "2021"
    assert not any(k.startswith("issuer@Hackathon") for k in a)  # "2nd place" names no organisation


# ---- details inside a bullet: the kind, the name, the place, what for, what it does ----------

DETAILS = """Rosa Ferri

EXPERIENCE
Lead Joiner | Ferri & Sons | 2019 - Present
- Designed the oak staircase of a 3-storey library in Leith.
- Built inventory models that forecast weekly timber demand.
- Cut the CNC programs for the Sentinel X2 router.
- Surveyed bat roosts on Inchcolm Island.
- Built the open register of listed buildings.
- Built dashboards tracking sales for 40 stores.
- Wrote scheduling tools in Python.
Pastry Cook | Hotel Alba | 2015 - 2019
- Cooked tasting menus for the Edinburgh Festival, with two chefs.
- Taught calculus and statistics.

SKILLS
Python, SQL
"""


def test_the_kind_of_thing_made_and_where_it_was():
    q = questions(DETAILS, "Rosa")
    assert q["What kind of staircase did Rosa design at Ferri & Sons?"] == "Oak staircase"
    assert q["Where did Rosa design the oak staircase?"] == "Leith"
    assert q["What type of menus did Rosa cook at Hotel Alba?"] == "Tasting menus"
    assert q["Where did Rosa survey the bat roosts?"] == "Inchcolm Island"  # "on" a named place
    # which register is in its "of": the kind keeps it; a long "of" does not ride along
    assert q["What kind of register did Rosa build at Ferri & Sons?"] == "Open register of listed buildings"
    assert q["What kind of staircase did Rosa design at Ferri & Sons?"] == "Oak staircase"
    a = answers(DETAILS, "Rosa")
    # a participle is not part of the thing ("dashboards tracking sales"), "and" joins two things,
    # a skill is not a place ("in Python")
    assert not {"kind@Ferri & Sons:dashboards", "kind@Hotel Alba:statistics"} & set(a)
    assert "where@Ferri & Sons:tools" not in a


def test_what_a_thing_was_for_and_what_it_does():
    q = questions(DETAILS, "Rosa")
    assert q["What were the tasting menus Rosa cooked at Hotel Alba for?"] == "The Edinburgh Festival"
    assert q["What do the inventory models Rosa built at Ferri & Sons forecast?"] == "Weekly timber demand"
    assert q["Which router did Rosa's work at Ferri & Sons involve?"] == "Sentinel X2 router"
    facts, _ = gate(extract_facts(build_profile(parse_resume(DETAILS)), "Rosa"))
    pairs = dict(p for f in facts if f.key == "kind@Ferri & Sons:staircase" for p in f.pairs())
    assert len(pairs) == 8 and all("Oak staircase" in r for r in pairs.values())


def test_an_honours_mark_is_no_place_and_keeps_the_field():
    text = "Niamh Doe\n\nEducation\n2009 – 2013    BSc (Hons) Zoology, Trinity College Dublin\n"
    a = answers(text, "Niamh")
    assert a["degree@Trinity College Dublin"] == "BSc Zoology"
    assert a["school@Zoology"] == "Trinity College Dublin"


def test_a_linkedin_export_keeps_dates_fields_and_places():
    text = (
        "Dana Kim\nEngineer at Acme Robotics\nLondon, United Kingdom\ndana@example.com\n\n"
        "Experience\nEngineer\nAcme Robotics\nJan 2020 - Present (4 years)\n\n"
        "Education\nCarnegie Mellon University\nMaster of Science - MS, Robotics\n2014 - 2016\n\n"
        "Licenses & Certifications\nChartered Engineer - Engineering Council\nIssued Mar 2023\n\n"
        "Honors & Awards\nBest Paper Award\nNov 2022\n"
    )
    gen = SyntheticGenerator(text)
    gen.generate()
    assert gen.coverage["unused_lines"] == 0  # "London, United Kingdom" alone on a line is the place
    a = answers(text, "Dana")
    assert a["degree@Carnegie Mellon University"] == "Master of Science in Robotics"
    assert a["cert@Chartered Engineer"] == "2023" and a["issuer@Chartered Engineer"] == "Engineering Council"
    assert a["award_when@Best Paper Award"] == "2022"
    assert "Issued" not in a["certifications"] and "Nov" not in a["awards"]


# A LinkedIn "Save to PDF" export whose company stands over its titles, with how long each lasted
# and a place line under each; the same title and the same town again at the next employer.
LINKEDIN_GROUPED = """Lena Park
Charge Nurse at Riverside Hospital
Seattle, Washington, United States

Experience
Riverside Hospital
6 years 2 months
Charge Nurse
March 2021 - Present (3 years 10 months)
Seattle, Washington, United States
Lead a team of 9 nurses on the night shift.

  Page 1 of 2
Staff Nurse
January 2018 - February 2021 (3 years 2 months)
Seattle, Washington, United States
Cared for 5 patients per shift on the cardiac ward.

Mercy Clinic
Staff Nurse
June 2015 - December 2017 · 2 yrs 7 mos
Tacoma, Washington, United States
Ran the flu vaccination drive.

Education
University of Washington
Bachelor of Science - BS, Nursing · (2011 - 2015)
Capstone project: a fall-prevention checklist for night shifts.

Honors-Awards
Nurse of the Year, Washington State Nurses Association 2022
"""


def test_a_linkedin_export_with_titles_grouped_under_the_company():
    gen = SyntheticGenerator(LINKEDIN_GROUPED)
    records = gen.generate()
    assert gen.coverage["unused_lines"] == 0
    a = answers(LINKEDIN_GROUPED, "Lena")
    assert a["role@Riverside Hospital"] == "Charge Nurse; earlier Staff Nurse"
    assert a["dates@Riverside Hospital"] == "January 2018 - present"
    # the second "Staff Nurse" and the town under it again are the resume's own, not a paste
    assert a["role@Mercy Clinic"] == "Staff Nurse" and a["place@Mercy Clinic"] == "Tacoma, Washington"
    assert a["place@Riverside Hospital"] == "Seattle, Washington" and a["location"] == "Seattle, Washington"
    assert a["degree@University of Washington"] == "Bachelor of Science in Nursing"
    assert (
        a["project@University of Washington:bachelor's degree"]
        == "A fall-prevention checklist for night shifts"
    )
    assert a["award_when@Nurse of the Year"] == "2022"
    assert a["issuer@Nurse of the Year"] == "Washington State Nurses Association"
    text = json.dumps(records)
    for noise in ("months", "mos", "United States", "Honors-Awards", "Capstone project:", "1 of 2"):
        assert noise not in text, noise


def test_a_promotion_is_asked_by_its_year_and_the_other_way_round():
    q = questions(LINKEDIN_GROUPED, "Lena")
    facts, _ = gate(extract_facts(build_profile(parse_resume(LINKEDIN_GROUPED)), "Lena"))
    pairs = {q: r for f in facts for q, r in f.pairs()}
    assert pairs["When was Lena promoted to Charge Nurse?"] == "March 2021"
    assert pairs["What year was Lena made a Charge Nurse?"] == "2021"  # the year alone, as asked
    assert q["What was Lena promoted to in 2021?"] == "Charge Nurse"
    assert pairs["Was Lena ever promoted at Riverside Hospital?"] == "Yes, to Charge Nurse in 2021."
    # a paste of the same resume below it still teaches each fact once
    pasted = LINKEDIN_GROUPED + "\n" + LINKEDIN_GROUPED.split("\n", 3)[3]
    once = sum(len(s.lines) for s in parse_resume(LINKEDIN_GROUPED).sections)
    assert sum(s.repeated for s in parse_resume(pasted).sections) == once
    assert questions(pasted, "Lena") == q


# An Indeed "Download resume" export: plain titles, a certificate over its "to Present" dates, and
# skills with the years of use that Indeed adds to each
INDEED = """Ana Ruiz
Line Cook
Denver, CO 80202
ana.ruiz@example.com

Work Experience

Line Cook
Copper Pot Bistro - Denver, CO
May 2022 to Present

• Prepared 200 covers a night on the grill station

Skills

• Knife skills (6 years)
• Food safety (less than 1 year)

Certifications and Licenses

ServSafe Food Handler Certification
May 2022 to Present

Certified Kitchen Manager
January 2024 to Present
"""


def test_an_indeed_export_certificates_and_skills_with_years():
    r = parse_resume(INDEED)
    assert [s.title for s in r.sections] == ["Work Experience", "Skills", "Certifications and Licenses"]
    gen = SyntheticGenerator(INDEED)
    gen.generate()
    assert gen.coverage["unused_lines"] == 0  # "Denver, CO 80202" is where she lives, ZIP and all
    a = answers(INDEED, "Ana")
    assert a["role@Copper Pot Bistro"] == "Line Cook" and a["location"] == "Denver, CO"
    assert a["skills"] == "Knife skills, Food safety"
    assert a["certifications"] == "ServSafe Food Handler Certification; Certified Kitchen Manager"
    assert (
        a["cert@ServSafe Food Handler Certification"] == "2022"
        and a["cert@Certified Kitchen Manager"] == "2024"
    )


# The text of a PDF made from the most used LaTeX resume template: no blank lines, each town
# right-aligned and so one space after the school or company, a project's stack after a "|"
LATEX = """Mia Chen
555-0100 | mia.chen@example.edu | github.com/miachen
Education
University of Wisconsin at Madison Madison, WI
Bachelor of Science in Statistics Sept. 2020 – May 2024
Experience
Data Science Intern June 2023 – Aug. 2023
Harbor Analytics Group Boston, MA
• Forecast call volume for 40 call centers
Research Assistant Jan. 2022 – May 2024
University of Wisconsin at Madison Madison, WI
• Cleaned 15 years of lake temperature data
Projects
Trailfinder | Python, Flask Jan. 2023 – Apr. 2023
• Built a hiking route planner used by 120 students
Technical Skills
Languages: Python, R, SQL
"""


def test_a_latex_template_with_no_blank_lines_and_towns_glued_on():
    r = parse_resume(LATEX)
    assert [s.title for s in r.sections] == ["Education", "Experience", "Projects", "Technical Skills"]
    a = answers(LATEX, "Mia")
    assert a["degree@University of Wisconsin at Madison"] == "Bachelor of Science in Statistics"
    assert a["role@Harbor Analytics Group"] == "Data Science Intern"
    assert a["place@Harbor Analytics Group"] == "Boston, MA"
    # "University of ... at Madison" is a school's name, not "Role at Org"
    assert a["role@University of Wisconsin at Madison"] == "Research Assistant"
    assert a["project@Trailfinder"] == "Built a hiking route planner used by 120 students"
    assert "Python" in a["skills"] and "languages" not in a  # a skill category, not spoken languages


# ---- coverage, JSON Resume, the records loop ----------------------------------------------------


def test_coverage_names_unknown_sections_and_unused_lines(caplog):
    text = "Sam Park\n\nEXPERIENCE\nEngineer, Acme Corp, 2019 - 2021\n\nREADING LIST\nDune, Frank Herbert\n"
    gen = SyntheticGenerator(text)
    with caplog.at_level(logging.WARNING):
        gen.generate()
    rows = {r["title"]: r for r in gen.coverage["sections"]}
    assert rows["READING LIST"]["kind"] == "unknown (skipped)" and rows["READING LIST"]["unused_lines"] == [7]
    assert rows["EXPERIENCE"]["entries"] == 1 and rows["EXPERIENCE"]["pairs"] > 0
    assert "1 lines were not used" in caplog.text and "READING LIST" in caplog.text


def test_alex_resume_is_read_whole():
    gen = SyntheticGenerator.from_file("examples/alex/resume.txt")
    gen.generate()
    assert gen.coverage["unused_lines"] == 0 and gen.coverage["unknown_sections"] == []
    a = answers(Path("examples/alex/resume.txt").read_text(), "Alex")
    assert a["role@Creyon Bio"] == "Data Scientist"
    assert a["school@master's degree"] == "Johns Hopkins University"
    assert "Kaggle Vesuvius" in a["awards"] and "NeurIPS LatinX" in a["awards"]


def test_json_resume_gives_exact_facts():
    gen = SyntheticGenerator.from_file(CORPUS / "09_jsonresume.json")
    q = {
        p["user_message"]: p["bot_response"]
        for p in SyntheticGenerator.from_file(CORPUS / "09_jsonresume.json", questions_per_fact=99).generate()
    }
    assert gen.name == "Priya"
    assert q["What is Priya's role at Razorpay?"] == "Staff SRE"
    assert q["When did Priya work at Flipkart?"] == "Jan 2017 - Jun 2021"
    assert q["Since when has Priya worked at Razorpay?"] == "Jul 2021 - present"
    assert q["Who issued Priya's Certified Kubernetes Administrator?"] == "CNCF"  # "issuer" is read
    assert q["Who gave Priya the Razorpay Hall of Fame?"] == "Razorpay"  # and "awarder"


def test_json_resume_work_location_is_the_town_of_the_job(tmp_path):
    data = json.loads((CORPUS / "09_jsonresume.json").read_text())
    data["work"][0]["location"] = "Bengaluru, India"
    path = tmp_path / "resume.json"
    path.write_text(json.dumps(data))
    facts, _ = gate(extract_facts(SyntheticGenerator.from_file(path).profile, "Priya"))
    assert {f.key: f.answer for f in facts}[f"place@{data['work'][0]['name']}"] == "Bengaluru, India"


RENDERCV = """cv:
  name: Ana Oliveira
  location: Porto, Portugal
  email: ana@example.pt
  sections:
    work_history:
      - company: Critical Software
        position: Embedded Engineer
        start_date: 2019-09
        end_date: present
        highlights:
          - Certified 4 flight controllers
    education:
      - institution: Universidade do Porto
        area: Electrical Engineering
        degree: MSc
        date: 2019
    honors:
      - name: Best Thesis Prize
        date: 2019-07
"""


def test_a_rendercv_yaml(tmp_path):
    path = tmp_path / "cv.yaml"
    path.write_text(RENDERCV)
    gen = SyntheticGenerator.from_file(path)
    a = {f.key: f.answer for f in gate(extract_facts(gen.profile, gen.name))[0]}
    assert gen.name == "Ana" and a["email"] == "ana@example.pt" and a["location"] == "Porto, Portugal"
    assert a["role@Critical Software"] == "Embedded Engineer" and a["current_org"] == "Critical Software"
    assert a["count@Critical Software:flight controllers"] == "4 flight controllers"
    assert a["field@Universidade do Porto:master's degree"] == "Electrical Engineering"
    assert a["award_when@Best Thesis Prize"] == "2019"


def test_a_json_resume_in_yaml_and_bad_yaml(tmp_path):
    data = json.loads((CORPUS / "09_jsonresume.json").read_text())
    (tmp_path / "resume.yml").write_text(yaml.safe_dump(data))
    (tmp_path / "resume.json").write_text(json.dumps(data))
    from_yaml = SyntheticGenerator.from_file(tmp_path / "resume.yml").generate()
    assert from_yaml == SyntheticGenerator.from_file(tmp_path / "resume.json").generate()
    (tmp_path / "bad.yaml").write_text("cv:\n  name: [Ana\n  email: x\n")
    with pytest.raises(LenweightError, match=r"bad.yaml, line \d+: malformed YAML"):
        SyntheticGenerator.from_file(tmp_path / "bad.yaml")
    (tmp_path / "list.yaml").write_text("- just\n- a list\n")
    with pytest.raises(LenweightError, match="RenderCV file"):
        SyntheticGenerator.from_file(tmp_path / "list.yaml")


def _two_column_pdf(path, left: list[str], right: list[str], **encryption) -> None:
    """A template's two columns, as a PDF: a sidebar at the left edge, the main column beside it."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    if encryption:
        pdf.set_encryption(**encryption)
    pdf.add_page()
    for x, width, lines in ((10, 55, left), (75, 125, right)):
        pdf.set_y(15)
        for line in lines:
            pdf.set_font("Helvetica", "B" if line.isupper() else "", 10)
            pdf.set_x(x)
            pdf.multi_cell(width, 5, line) if line else pdf.ln(3)
    pdf.output(str(path))


PDF_LEFT = ["Noor Haddad", "UX Researcher", "", "CONTACT", "noor@example.jo", "Amman, Jordan", "",
            "LANGUAGES", "Arabic", "English"]  # fmt: skip
PDF_RIGHT = ["EXPERIENCE", "Senior UX Researcher", "Careem | Mar 2021 - Present",
             "- Ran 60 usability studies for the ride-hailing app.", "",
             "UX Researcher", "Aramex | Jan 2018 - Feb 2021", "- Built the research repository.", "",
             "EDUCATION", "MA in Human-Computer Interaction", "University of Jordan | 2015 - 2017"]  # fmt: skip


def test_a_pdf_resume_in_two_columns(tmp_path):
    _two_column_pdf(tmp_path / "cv.pdf", PDF_LEFT, PDF_RIGHT)
    gen = SyntheticGenerator.from_file(tmp_path / "cv.pdf")
    a = {f.key: f.answer for f in gate(extract_facts(gen.profile, gen.name))[0]}
    assert gen.name == "Noor" and a["email"] == "noor@example.jo" and a["location"] == "Amman, Jordan"
    assert a["role@Careem"] == "Senior UX Researcher" and a["current_org"] == "Careem"
    assert a["count@Careem:usability studies"] == "60 usability studies"
    assert a["role@Aramex"] == "UX Researcher" and a["end@Aramex"] == "2021"
    assert a["field@University of Jordan:master's degree"] == "Human-Computer Interaction"
    assert a["languages"] == "Arabic, English"


def test_a_pdf_with_no_text_or_a_password(tmp_path):
    _two_column_pdf(tmp_path / "scan.pdf", [], [""])  # a page with no text: what a scan gives
    with pytest.raises(LenweightError, match="scan.pdf: the PDF holds almost no text"):
        SyntheticGenerator.from_file(tmp_path / "scan.pdf")
    _two_column_pdf(tmp_path / "locked.pdf", PDF_LEFT, PDF_RIGHT, owner_password="o", user_password="u")
    with pytest.raises(LenweightError, match="locked.pdf: the PDF is password-protected"):
        SyntheticGenerator.from_file(tmp_path / "locked.pdf")


def test_a_word_resume(tmp_path):
    import docx

    doc = docx.Document()
    doc.add_paragraph("Lucas Martin")
    doc.add_paragraph("lucas.martin@example.fr")
    doc.add_heading("Experience", level=1)
    doc.add_paragraph("Chef de projet\tRenault Group, Paris\t2019 - Present")
    doc.add_paragraph("Launched 3 connected-car services", style="List Bullet")
    doc.add_heading("Education", level=1)
    table = doc.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ["MSc in Management", "ESSEC Business School", "2017"]):
        cell.text = text
    doc.save(tmp_path / "cv.docx")
    gen = SyntheticGenerator.from_file(tmp_path / "cv.docx")
    a = {f.key: f.answer for f in gate(extract_facts(gen.profile, gen.name))[0]}
    assert gen.name == "Lucas" and a["email"] == "lucas.martin@example.fr"
    assert a["role@Renault Group"] == "Chef de projet" and a["place@Renault Group"] == "Paris"
    assert a["did@Renault Group"] == "Launched 3 connected-car services"
    assert a["field@ESSEC Business School:master's degree"] == "Management"


def test_a_word_template_laid_out_in_a_table(tmp_path):
    import docx

    doc = docx.Document()
    sidebar, main = doc.add_table(rows=1, cols=2).rows[0].cells
    sidebar.text = "Priya Raman"
    for line in ["priya.raman@example.com", "Chennai, India", "", "SKILLS", "Python", "SQL"]:
        sidebar.add_paragraph(line)
    main.text = "EXPERIENCE"
    for line in ["Data Analyst, Freshworks, 2021 - Present", "- Built churn dashboards for 300 accounts"]:
        main.add_paragraph(line)
    doc.save(tmp_path / "cv.docx")
    gen = SyntheticGenerator.from_file(tmp_path / "cv.docx")
    a = {f.key: f.answer for f in gate(extract_facts(gen.profile, gen.name))[0]}
    assert gen.name == "Priya" and a["location"] == "Chennai, India" and a["skills"] == "Python, SQL"
    assert a["role@Freshworks"] == "Data Analyst"  # the sidebar's last line no longer runs into it


def test_records_reproduce_the_chat_logs_repeats_included(tmp_path):
    from lenweight.config import DataArguments
    from lenweight.data import build_records

    direct, _ = build_records(DataArguments(chat_logs="examples/alex/chat_logs.jsonl"), seed=0)
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in direct))
    assert build_records(DataArguments(records=str(path)), seed=0)[0] == direct  # 36 real repeats kept


def test_prepare_then_train_from_the_edited_records(tmp_path):
    from lenweight.config import DataArguments
    from lenweight.data import build_records, choose_split

    records, _ = build_records(DataArguments(resume="examples/alex/resume.txt", eval_fraction=0.0), seed=0)
    edited = [dict(r, split="eval" if i < 3 else "train") for i, r in enumerate(records)]
    edited[5]["bot_response"] = "Edited by hand"
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in edited[:-1]))  # one pair deleted
    loaded, info = build_records(DataArguments(records=str(path), resume="ignored.txt"), seed=0)
    assert len(loaded) == len(records) - 1 and loaded[5]["bot_response"] == "Edited by hand"
    assert info["records_per_source"] == {"resume": len(records) - 1}
    train, evald = choose_split(loaded, eval_fraction=0.5, seed=1)  # the file's split, not a new one
    assert evald == loaded[:3] and train == loaded[3:]


def test_prepare_prints_and_writes_the_coverage_and_its_records_train_as_written(tmp_path, tokenizer, capsys):
    from lenweight.cli import main
    from lenweight.config import DataArguments
    from lenweight.data import build_records

    resume = CORPUS / "08_dotted_custom.txt"
    assert (
        main(["prepare", "--resume", str(resume), "--output_dir", str(tmp_path), "--eval_fraction", "0.2"])
        == 0
    )
    printed = capsys.readouterr().out
    assert (
        "Reading list" in printed
        and "unknown (skipped)" in printed
        and "lenweight train --records" in printed
    )
    cov = json.loads((tmp_path / "coverage.json").read_text())
    assert cov["unknown_sections"] == ["Side Quests", "Reading list"] and cov["unused_lines"] == 4
    assert json.loads((tmp_path / "stats.json").read_text())["resume_coverage"]["unused_lines"] == 4
    written = [json.loads(line) for line in (tmp_path / "records.jsonl").read_text().splitlines()]
    assert all(r["fact"] for r in written) and {r["split"] for r in written} == {"train", "eval"}
    loaded, _ = build_records(DataArguments(records=str(tmp_path / "records.jsonl")), seed=0)
    assert [(r["user_message"], r["bot_response"], r["split"]) for r in loaded] == [
        (r["user_message"], r["bot_response"], r["split"]) for r in written
    ]


HOBBIES = """Kim Lee

Experience
Nurse | Mercy Hospital | 2019 - Present

Volunteering
Coach — Riverside Youth Football (2020 - present)
Tutor — Night School Trust (2015 - 2017)

Languages
English, Korean (fluent), Spanish

Interests
Open-water swimming, jazz piano; Chess
"""


def test_a_language_is_asked_against_the_others_and_a_hobby_by_what_it_is():
    a = answers(HOBBIES, "Kim")
    assert a["besides@English"] == "Korean, Spanish" and a["besides@Spanish"] == "English, Korean"
    assert a["instrument"] == "Jazz piano" and a["sport"] == "Open-water swimming"
    assert a["interest_kind@piano"] == "Jazz piano" and a["interest_kind@swimming"] == "Open-water swimming"
    assert not any(k.endswith("@chess") for k in a)  # one word: no "kind of" to ask
    q = questions(HOBBIES, "Kim")
    assert q["Apart from Korean, what does Kim speak?"] == "English, Spanish"
    assert q["Which style of piano does Kim play?"] == "Jazz piano"
    assert q["Which form of swimming does Kim do?"] == "Open-water swimming"
    one = HOBBIES.replace("English, Korean (fluent), Spanish", "English")
    assert not any(k.startswith("besides@") for k in answers(one, "Kim"))


def test_the_volunteer_organisation_is_asked_alone_in_its_tense():
    a = answers(HOBBIES, "Kim")
    assert a["volunteer_org@Coach"] == "Riverside Youth Football"
    assert a["volunteer_org@Tutor"] == "Night School Trust"
    q = questions(HOBBIES, "Kim")
    assert q["Where does Kim volunteer as a coach?"] == "Riverside Youth Football"
    assert q["Where did Kim volunteer as a tutor?"] == "Night School Trust"
    assert q["Where does Kim volunteer?"] == "Riverside Youth Football"
    assert q["Where did Kim volunteer?"] == "Night School Trust"
    # two organisations now: "Where does Kim volunteer?" has no one answer, and is not asked
    both = questions(HOBBIES.replace("(2015 - 2017)", "(2015 - present)"), "Kim")
    assert "Where does Kim volunteer?" not in both and "Where did Kim volunteer?" not in both
    assert both["Where does Kim volunteer as a tutor?"] == "Night School Trust"


EUROPASS = """Ana Sousa

Date of birth: 02/02/1991    Nationality: Portuguese
Phone number: (+351) 911 222 333    Email address: ana.sousa@example.com
Address: Braga, Portugal

WORK EXPERIENCE

01/03/2019 – CURRENT Braga, Portugal
PHARMACIST – FARMÁCIA DO CENTRO
• Run the vaccination service.

01/10/2015 – 28/02/2019 Porto, Portugal
TRAINEE PHARMACIST – HOSPITAL DE SANTO ANTÓNIO

EDUCATION AND TRAINING

2010 – 2015 Porto, Portugal
INTEGRATED MASTER'S IN PHARMACEUTICAL SCIENCES – University of Porto

LANGUAGE SKILLS

Mother tongue(s): Portuguese
Other language(s): English (C1), French (A2)

VOLUNTEERING

2017 – CURRENT Braga
Volunteer Pharmacist – Banco Alimentar
"""


def test_a_europass_cv_is_read_whole():
    gen = SyntheticGenerator(EUROPASS)
    gen.generate()
    assert gen.coverage["unused_lines"] == 0
    a = answers(EUROPASS, "Ana")
    assert a["location"] == "Braga, Portugal" and a["nationality"] == "Portuguese"
    assert a["phone"] == "(+351) 911 222 333" and a["email"] == "ana.sousa@example.com"
    # day/month/year ranges keep their end; capitals become natural case ("do", "de" stay small)
    assert a["role@Farmácia do Centro"] == "Pharmacist" and a["place@Farmácia do Centro"] == "Braga, Portugal"
    assert a["dates@Hospital de Santo António"] == "01/10/2015 - 28/02/2019"
    assert a["org@2015-2019"] == "Hospital de Santo António"
    # "Education and Training" is education, "Language Skills" languages, "Mother tongue(s):" a level
    assert a["degree@University of Porto"] == "Integrated Master's in Pharmaceutical Sciences"
    assert a["level@Portuguese"] == "Mother tongue" and a["languages"] == "Portuguese, English, French"
    # "Volunteer Pharmacist" is a role, not a section title
    assert a["volunteer_org@Volunteer Pharmacist"] == "Banco Alimentar"


INDIAN_CV = """CURRICULUM VITAE

KAVYA NAIR
Email: kavya.nair@example.in | Mobile: +91 99001 23456
Address: 7/2, 2nd Main Road, Adyar, Chennai - 600020

CAREER OBJECTIVE
Seeking a challenging position in a reputed organisation to enhance my analytical skills.

EDUCATIONAL QUALIFICATIONS
Course | Institution | Year of Passing | Percentage
MCA | Anna University, Chennai | 2017 | 82%
B.Sc (Mathematics) | Madras Christian College | 2014 | 76%

PROFESSIONAL EXPERIENCE
Data Analyst, Infosys, Chennai (August 2019 – Till Date)
• Built the churn dashboard used by 12 account teams.
Junior Analyst, Wipro, Chennai (July 2017 – July 2019)

PERSONAL DETAILS
Date of Birth: 3 May 1995
Languages Known: English, Tamil, Malayalam
Hobbies: Carrom, Cooking

DECLARATION
I hereby declare that the above details are true to the best of my knowledge.
"""


def test_an_indian_cv_is_read_whole():
    a = answers(INDIAN_CV, "Kavya")
    # "Till Date" ends a range as present; the entry then splits into role, employer and town
    assert a["role@Infosys"] == "Data Analyst" and a["current_org"] == "Infosys"
    assert a["dates@Infosys"] == "August 2019 - present" and a["role@Wipro"] == "Junior Analyst"
    # a pipe table under a header row of column names, with no markdown rule: one degree a row
    assert (
        a["degree@Anna University, Chennai"] == "MCA"
        and a["grad@Anna University, Chennai:master's degree"] == "2017"
    )
    assert a["degree@Madras Christian College"] == "B.Sc in Mathematics"
    assert a["school@bachelor's degree"] == "Madras Christian College"
    # "Languages Known:" and "Hobbies:" under Personal Details; an objective is no summary
    assert a["languages"] == "English, Tamil, Malayalam" and a["interests"] == "Carrom, Cooking"
    assert "summary" not in a and not any("Course" in v or "Till" in v for v in a.values())
    assert a["location"] == "Adyar, Chennai"  # a street address answered by its town
    # lines with pipes and no header row of column names are entries, not a table
    pipes = "Lena Fischer\n\nEXPERIENCE\nData Engineer | N26 | Berlin | 09.2017 – 02.2021\n"
    assert answers(pipes, "Lena")["role@N26"] == "Data Engineer"


FEDERAL = """MARCUS T. REED
Email: marcus.reed@example.gov

WORK EXPERIENCE

Environmental Protection Agency
Denver, CO United States
03/2017 - Present
Hours per week: 40
Environmental Engineer (GS-0819-12)
Duties, Accomplishments and Related Skills:
- Reviewed permits for 45 water treatment plants.
Supervisor: Ms. Jane Doe (303-555-0100)
Okay to contact this Supervisor: Yes

EDUCATION
Colorado State University Fort Collins, CO United States
Bachelor's degree 05/2016
Major: Civil Engineering
"""


def test_a_federal_resume_and_a_students_dates_are_read():
    a = answers(FEDERAL, "Marcus")
    # employer, town, dates and title stacked on four lines; "Label: value" lines are no header
    assert a["role@Environmental Protection Agency"].startswith("Environmental Engineer")
    assert a["dates@Environmental Protection Agency"] == "03/2017 - present"
    assert a["did@Environmental Protection Agency"].startswith("Reviewed permits")
    assert not any(w in v for v in a.values() for w in ("Hours per week", "Supervisor", "Duties"))
    # "Major:" under a degree is its field; "University" is no town ("Colorado State University Fort Collins, CO")
    assert a["degree@Colorado State University"] == "Bachelor's degree in Civil Engineering"
    # "Aug '23" is August 2023; an expected degree is not finished
    student = "Ana Cruz\n\nEDUCATION\nPurdue University\nB.S. in Physics, Expected May 2027\n\nEXPERIENCE\nLab Assistant, Purdue Physics Department, Aug '23 – Present\n"
    a = answers(student, "Ana")
    assert a["dates@Purdue Physics Department"] == "Aug 2023 - present"
    assert a["dates@Purdue University"] == "expected May 2027" and not any(k.startswith("grad@") for k in a)


TWO_COLUMNS = """                    OMAR HADDAD
                    Data Analyst

CONTACT                   EXPERIENCE
omar.haddad@example.com   Data Analyst
Leeds, UK                 Sky Betting & Gaming | Jan 2021 - Present
                          • Built the weekly churn report for 4 teams
SKILLS                    Analyst Intern
SQL                       Asda | Jun 2019 - Dec 2020
Tableau
Python                    EDUCATION
                          BSc Economics
LANGUAGES                 University of Leeds | 2016 - 2019
Arabic (native)
"""


def test_a_two_column_pdf_export_is_read_one_column_after_the_other():
    from lenweight.resume import unzip_columns

    a = answers(TWO_COLUMNS, "Omar")
    assert a["role@Sky Betting & Gaming"] == "Data Analyst" and a["role@Asda"] == "Analyst Intern"
    assert a["degree@University of Leeds"] == "BSc Economics" and a["level@Arabic"] == "native"
    assert a["email"] == "omar.haddad@example.com" and a["location"] == "Leeds, UK"
    assert a["skills"] == "SQL, Tableau, Python"
    # line numbers stay those of the file (the coverage report names them)
    lines, numbers = unzip_columns(TWO_COLUMNS.split("\n"))
    assert lines[numbers.index(11)] == "Python" and lines[numbers.index(12)] == "BSc Economics"
    # dates in a column of their own are a layout of entries, not a second column
    for entries in (
        "2019 - Present      Electrician, Kirby Group, Cork\n2016 - 2019         Electrician, ESB, Cork\n"
        "2012 - 2015         Apprentice, ESB, Limerick\n",
        "Electrician, Kirby Group, Cork          2019 - Present\nElectrician, ESB, Cork                  2016 - 2019\n"
        "Apprentice, ESB, Limerick               2012 - 2015\n",
        # a town column: "Role, Company    Town" over a date line
        "Engineer, Google                 Mountain View, CA\n2020 - 2022\nAnalyst, Bain                    Boston, MA\n"
        "2018 - 2020\nClerk, Acme                      Remote\n2016 - 2018\n",
    ):
        text = "Ann Lee\n\nEXPERIENCE\n" + entries * 2
        assert unzip_columns(text.split("\n"))[0] == text.split("\n")


# the sections of a page whose sidebar (contact, skills, languages) comes before its main column
SIDEBAR_THEN_MAIN = ["contact", "skills", "languages", "summary", "experience", "education"]


# A web resume builder's page printed to PDF: a sidebar whose titles are set with CSS letter-spacing
# (one or two spaces between letters in the text), the name in capitals atop the main column, and
# each job's list drawn with disc shapes, indented under its entry, with no glyph in the text
BUILDER = """C  O  N  T A  C  T                          KOFI MENSAH
                                            Supply Chain Analyst
+233 24 555 0193
kofi.mensah@example.com                     P R O F I L E
Accra, Ghana
                                            Analyst who keeps cocoa moving from farm gate to port.
S  K  I  L  L  S
                                            W O R K   E X P E R I E N C E
Demand planning
SQL                                         Supply Chain Analyst
Excel                                       Olam Ghana · Tema · 02/2021 – Present
                                                Forecast export volumes for 14 buying stations
L  A  N  G  U  A  G  E  S                       Cut demurrage fees by 35% in one season
Twi — Native                                Logistics Officer
English — Fluent                            Maersk Ghana · Takoradi · 06/2018 – 01/2021
                                                Booked reefer containers for 20 exporters

                                            E D U C A T I O N
                                            BSc Logistics
                                            Kwame Nkrumah University of Science and Technology · Kumasi · 2014 – 2018
"""


def test_a_web_builders_sidebar_page_letter_spaced_titles_and_the_name_atop_the_main_column():
    from lenweight.resume import _unspace

    # two spaces between some letters, one between others: one word; a wider gap parts words, and a
    # title beside the other column keeps its width so that the columns stay where they stand
    assert _unspace("C  O  N  T A  C  T") == "CONTACT"
    assert _unspace("W O R K   E X P E R I E N C E") == "WORK EXPERIENCE"
    beside = "S  K  I  L  L  S                   KOFI"
    assert _unspace(beside).startswith("SKILLS ") and _unspace(beside).index("KOFI") == beside.index("KOFI")
    r = parse_resume(BUILDER)
    assert r.name == "Kofi Mensah"
    assert [s.kind for s in r.sections] == SIDEBAR_THEN_MAIN
    a = answers(BUILDER, "Kofi")
    assert a["role@Olam Ghana"] == "Supply Chain Analyst" and a["role@Maersk Ghana"] == "Logistics Officer"
    assert a["start@Olam Ghana"] == "2021" and a["email"] == "kofi.mensah@example.com"
    # the indented lines are the job's list, not a third job
    assert a["did@Olam Ghana"] == "Forecast export volumes for 14 buying stations"
    assert a["change@Olam Ghana:demurrage fees"] == "35%" and a["employers"] == "Olam Ghana; Maersk Ghana"
    assert a["level@Twi"] == "Native" and a["skills"] == "Demand planning, SQL, Excel"


def test_year_first_dates_a_role_under_a_date_column_and_markdown_italics():
    text = (
        "Yui Tanaka\n\nWORK EXPERIENCE\n"
        "2020.10 - Present   Sony Interactive, Tokyo\n"
        "                    Audio Programmer\n"
        "                    - Wrote the spatial audio mixer\n"
        "2017/04 - 2020/09   Capcom, Osaka\n"
        "                    Junior Programmer\n"
    )
    a = answers(text, "Yui")
    # "2020.10" is October 2020 (year first, as written in Japan, China and Korea), said as "Oct 2020"
    assert a["dates@Sony Interactive"] == "Oct 2020 - present" and a["dates@Capcom"] == "Apr 2017 - Sep 2020"
    # the title on its own line, aligned under the header's text after the date column
    assert a["role@Sony Interactive"] == "Audio Programmer" and a["role@Capcom"] == "Junior Programmer"
    assert a["did@Sony Interactive"] == "Wrote the spatial audio mixer"
    md = "# Ola Berg\n\n## Experience\n\n**Spotify** — Stockholm *(2019 – 2023)*\n*Data Engineer*\n- Built the royalty pipeline\n"
    a = answers(md, "Ola")
    assert a["role@Spotify"] == "Data Engineer" and not any("*" in v for v in a.values())


def test_portuguese_and_italian_resumes_are_read():
    pt = (
        "Ana Ferreira Lima\nRecife, PE | ana.lima@example.com.br\n\nEXPERIÊNCIA PROFISSIONAL\n"
        "Engenheira de Dados — iFood\nabr/2022 – atual\n• Criei o pipeline de pedidos\n\n"
        "FORMAÇÃO ACADÊMICA\nBacharelado em Estatística — Universidade Federal de Pernambuco, 2016 – 2020\n\n"
        "IDIOMAS\nPortuguês (nativo), Inglês (fluente)\n\n"
        "CERTIFICAÇÕES\nAWS Certified Data Engineer – Associate, 2023\n"
    )
    a = answers(pt, "Ana")
    assert a["role@iFood"] == "Engenheira de Dados" and a["dates@iFood"] == "Abr 2022 - present"
    assert a["field@Universidade Federal de Pernambuco:bachelor's degree"] == "Estatística"
    assert a["level@English"] == "fluente" and a["cert@AWS Certified Data Engineer – Associate"] == "2023"
    assert not any(k.startswith("issuer@") for k in a)  # "Associate" is a level, not who gave it
    it = (
        "Marco Bianchi\n\nESPERIENZA LAVORATIVA\nSviluppatore Backend, Bending Spoons, Milano (01/2021 – oggi)\n\n"
        "ISTRUZIONE E FORMAZIONE\nLaurea Magistrale in Informatica, Università di Bologna, 2020\n\n"
        "LINGUE\nItaliano (madrelingua), Inglese (B2)\n"
    )
    a = answers(it, "Marco")
    assert (
        a["role@Bending Spoons"] == "Sviluppatore Backend"
        and a["dates@Bending Spoons"] == "01/2021 - present"
    )
    assert a["school@master's degree"] == "Università di Bologna" and a["level@English"] == "B2"


def test_a_cv_opening_with_personal_data_and_a_surname_first_name():
    cv = (
        "CURRICULUM VITAE\n\nPERSONAL DATA\nName: Ngozi Adeyemi\nDate of Birth: 2nd May 1992\n"
        "Phone: 0802 555 7788\n\nWORK EXPERIENCE WITH DATES\n"
        "Dangote Cement, Lagos                     2018 – Date\nPosition: Process Engineer\nDuties:\n"
        "• Ran kiln trials on 2 lines\n\nREFEREES\nAvailable on request\n"
    )
    r = parse_resume(cv)
    assert r.name == "Ngozi Adeyemi"  # from "Name:" under PERSONAL DATA: nothing above names her
    assert [s.kind for s in r.sections] == ["contact", "experience", "references"]  # no "Position" section
    a = answers(cv, "Ngozi")
    assert a["role@Dangote Cement"] == "Process Engineer" and a["dates@Dangote Cement"] == "2018 - present"
    # "NOVAK, Petra": surname in capitals first; skill ratings drawn in dots are no part of a skill
    cv = "NOVAK, Petra\n\nSKILLS\nPython ●●●●○\nNMR spectroscopy ●●●●●\n"
    assert parse_resume(cv).name == "Petra Novak"
    assert answers(cv, "Petra")["skills"] == "Python, NMR spectroscopy"


def test_an_italian_europass_cv_is_read():
    cv = (
        "Marta Ricci\n\nIndirizzo: Corso Vittorio Emanuele 8, 10121 Torino (Italia)    Numero di telefono: (+39) 333 111 2222\n"
        "Indirizzo e-mail: marta.ricci@example.it    Nazionalità: Italiana\n\nESPERIENZA LAVORATIVA\n\n"
        "01/05/2020 – ATTUALE Torino, Italia\nFARMACISTA – FARMACIA DEGLI ANGELI\n\n"
        "COMPETENZE LINGUISTICHE\n\nLingua madre: italiano\nAltre lingue: inglese (C1)\n"
    )
    a = answers(cv, "Marta")
    assert (
        a["dates@Farmacia degli Angeli"] == "01/05/2020 - present"
        and a["role@Farmacia degli Angeli"] == "Farmacista"
    )
    assert a["location"] == "Torino (Italia)" and a["nationality"] == "Italiana"
    assert a["email"] == "marta.ricci@example.it"
    assert a["level@Italian"] == "Mother tongue" and a["level@English"] == "C1"
    assert _uncapped("SANT'ORSOLA CHILDREN'S HOSPITAL") == "Sant'Orsola Children's Hospital"


def test_key_achievements_are_no_awards_but_honours_are():
    cv = (
        "Tom Hale\n\nKEY ACHIEVEMENTS\n• Grew online revenue by 40% in 2021 by rebuilding the checkout\n"
        "• Shortlisted for the Retail Week Awards 2022\n• Rising Star, Northern Tech Awards, 2020\n"
    )
    a = answers(cv, "Tom")
    assert a["awards"] == "Shortlisted for the Retail Week Awards; Rising Star, Northern Tech Awards"
    # an accomplishment is asked as what was done, never as an award
    assert not any("revenue" in v for k, v in a.items() if not k.startswith("feat@"))
    assert a["feat@grow"] == "Online revenue by 40% in 2021 by rebuilding the checkout"


def test_a_town_alone_on_the_contact_line_is_where_the_person_is_based():
    a = answers("Sophie Turner\nManchester | 07700 900456 | sophie@example.co.uk\n\nSKILLS\nSEO\n", "Sophie")
    assert a["location"] == "Manchester"
    # a role or an organisation beside the contact details is no town
    a = answers(
        "Sophie Turner\nMarketing Manager | 07700 900456 | sophie@example.co.uk\n\nSKILLS\nSEO\n", "Sophie"
    )
    assert "location" not in a


STUDENT = """Maya Lindqvist
Seattle, WA | maya@example.com

SUMMARY
Software engineer with 6+ years of experience building payment systems.

EXPERIENCE
Stripe — Seattle, WA
Software Engineer, Aug 2019 - Present
- Built the retry service for card payments.

Amazon — Seattle, WA
Software Development Intern, Jun 2018 - Sep 2018
- Wrote load tests for the checkout API.

EDUCATION
University of Washington — Seattle, WA
B.S. in Computer Science, June 2019
Minor in Music
GPA: 3.91/4.00, magna cum laude
Honors thesis: Low-latency audio streaming over lossy networks

AWARDS
- ICPC Pacific Northwest Regional, 3rd place, 2017
- DubHacks winner, 2018
- Best Paper Award, ACM MMSys Student Workshop, 2019

SKILLS
Languages: Go, Java, Python
"""


def test_what_a_degree_entry_says_beside_the_degree():
    a = answers(STUDENT, "Maya")
    school = "University of Washington:bachelor's degree"
    assert a[f"minor@{school}"] == "Music"
    assert a[f"honours@{school}"] == "Magna cum laude"
    assert a[f"gpa@{school}"] == "3.91/4.00"
    assert a[f"thesis@{school}"] == "Low-latency audio streaming over lossy networks"
    q = questions(STUDENT, "Maya")
    assert q["What did Maya minor in?"] == "Music"
    assert q["What honours did Maya graduate with?"] == "Magna cum laude"
    # the lines under the degree are its details: no entry of their own, nothing left unused
    profile = build_profile(parse_resume(STUDENT))
    assert [d.school for d in profile.degrees] == ["University of Washington"]
    # a student still studying: the minor in the present, no honours yet
    now = answers(
        STUDENT.replace("B.S. in Computer Science, June 2019", "B.S. in Computer Science, 2022 - present"),
        "Maya",
    )
    assert q.get("What is Maya minoring in?") is None and "honours@" + school not in now
    assert (
        questions(STUDENT.replace("June 2019", "2022 - present"), "Maya")["What is Maya minoring in?"]
        == "Music"
    )
    # Indian CVs put the score in a table column
    table = "Ravi Kumar\n\nEDUCATION\nDegree | Institute | Year | Score\nB.Tech (Civil) | NIT Surat | 2015 | 8.2 CGPA\n"
    assert answers(table, "Ravi")["gpa@NIT Surat:bachelor's degree"] == "8.2 CGPA"


def test_an_award_gives_its_placing_the_competition_won_and_a_prize_at_its_event():
    a = answers(STUDENT, "Maya")
    assert a["placing@ICPC Pacific Northwest Regional"] == "3rd place"
    assert a["placing@DubHacks"] == "Winner" and a["won@DubHacks"] == "DubHacks"
    assert "won@ICPC Pacific Northwest Regional" not in a  # third place is no win
    assert a["prize@ACM MMSys Student Workshop"] == "Best Paper Award"
    assert a["prize_where@Best Paper Award"] == "ACM MMSys Student Workshop"
    q = questions(STUDENT, "Maya")
    assert q["How did Maya place in ICPC Pacific Northwest Regional?"] == "3rd place"
    assert q["What did Maya win at ACM MMSys Student Workshop?"] == "Best Paper Award"


def test_years_of_experience_the_internship_and_a_skill_besides_the_first():
    a = answers(STUDENT, "Maya")
    assert a["experience_years"] == "6+ years"
    assert a["intern_org"] == "Amazon" and a["intern_role"] == "Software Development Intern"
    assert a["skills_besides@languages"] == "Java, Python"
    assert questions(STUDENT, "Maya")["Besides Go, what does Maya list under languages?"] == "Java, Python"
    # two internships: "Where did Maya intern?" has no one answer
    two = STUDENT.replace("Software Engineer, Aug 2019", "Backend Intern, Aug 2019").replace(
        "Present", "Dec 2019"
    )
    assert "intern_org" not in answers(two, "Maya")
    assert "experience_years" not in answers(STUDENT.replace("6+ years of experience", "experience"), "Maya")


ANALYST = """# Farid Haddad

Operations Analyst · Lyon, France · farid@example.com

## Experience

**Senior Operations Analyst** | Decathlon | Lille | Apr 2021 – Present

- Rebuilt the returns forecast in Python, reducing forecast error by 18%.
- Renegotiated parcel contracts with 4 carriers, saving €900K a year.

**Operations Analyst** | Decathlon | Lille | Sep 2018 – Mar 2021

- Ran weekly stock counts for 30 stores and cut stock-outs by 25%.
- Grouped supplier orders by region.

## Education

**Master of Science (M.Sc.), Supply Chain Management** | EM Lyon Business School | 2016 – 2018

- Dean's Honour List
- Exchange semester at Politecnico di Milano, Milan (2017)

## Awards

- Employee of the Year, Decathlon, 2022

## Certifications

- Certified in Production and Inventory Management (CPIM), APICS, 2019
- Lean Six Sigma Green Belt, APICS, 2020

## Skills

- **Systems:** SAP S/4HANA, Excel/Access, Tableau
"""


def test_the_size_of_a_result_and_what_it_saved_are_asked():
    q = questions(ANALYST, "Farid")
    assert q["By how much did Farid reduce forecast error at Decathlon?"] == "18%"
    assert q["By how much did Farid cut stock-outs at Decathlon?"] == "25%"  # after "and", in a second clause
    assert q["How much did Farid save at Decathlon?"] == "€900K a year"
    assert q["What did Farid save by renegotiating parcel contracts with 4 carriers?"] == "€900K a year"
    # "by region" is no amount, and "grouped" no change
    assert not [k for k in answers(ANALYST, "Farid") if k.startswith("change@") and "order" in k]


def test_a_promotion_is_asked_by_when_it_came():
    q = questions(ANALYST, "Farid")
    assert q["When was Farid promoted to Senior Operations Analyst?"] == "Apr 2021"
    elsewhere = ANALYST.replace("**Operations Analyst** | Decathlon", "**Operations Analyst** | Carrefour")
    assert not [k for k in answers(elsewhere, "Farid") if k.startswith("promoted")]  # a new title elsewhere


def test_a_degree_abbreviation_an_exchange_an_employers_award_and_a_slash_inside_a_name():
    profile = build_profile(parse_resume(ANALYST))
    assert profile.degrees[0].degree == "Master of Science, Supply Chain Management"  # no "Science  ,"
    a = answers(ANALYST, "Farid")
    assert a["field@EM Lyon Business School:master's degree"] == "Supply Chain Management"
    assert a["honours@EM Lyon Business School:master's degree"] == "Dean's Honour List"
    assert a["exchange"] == "Politecnico di Milano, Milan"  # a stay abroad, not a second degree
    assert a["issuer@Employee of the Year"] == "Decathlon"  # the resume's employer gave it
    assert profile.skills[0][1] == ["SAP S/4HANA", "Excel", "Access", "Tableau"]


def test_an_issuer_asks_for_what_it_gave():
    q = questions(ANALYST, "Farid")
    # both certificates of one issuer in one answer: two answers to one question would contradict
    assert q["Which certificate does Farid have from APICS?"] == (
        "Certified in Production and Inventory Management (CPIM); Lean Six Sigma Green Belt"
    )
    assert q["Which award did Farid receive from Decathlon?"] == "Employee of the Year"
    # an award named after the employer is the employer's; with no issuer, no question
    named = ANALYST.replace("Employee of the Year, Decathlon, 2022", "Decathlon Innovation Prize, 2022")
    assert questions(named, "Farid")["What did Decathlon award Farid?"] == "Decathlon Innovation Prize"
    institute = questions(ANALYST.replace("Decathlon, 2022", "Institute of Logistics, 2022"), "Farid")
    assert institute["What did the Institute of Logistics award Farid?"] == "Employee of the Year"
    assert "What is Farid's Institute of Logistics award?" in institute  # no "Farid's the Institute"
    plain = ANALYST.replace("Employee of the Year, Decathlon, 2022", "Innovation Prize, 2022")
    assert not [k for k in answers(plain, "Farid") if k.startswith("award_from@")]


def test_a_co_op_is_the_internship_and_years_in_a_field_are_experience():
    coop = ANALYST.replace("**Operations Analyst** | Decathlon", "**Supply Chain Co-op** | SNCF").replace(
        "Operations Analyst · Lyon", "Operations analyst with 6 years in retail logistics.\n\nLyon"
    )
    a = answers(coop, "Farid")
    assert (a["intern_org"], a["intern_role"]) == ("SNCF", "Supply Chain Co-op")
    assert a["experience_years"] == "6 years"
    assert "experience_years" not in answers(coop.replace("with 6 years in", "who spent 6 years in"), "Farid")


# The text of a Resume.io / Zety PDF: a "Details" block, each skill's and language's level on the
# line under it, "Role at Company, Town" over its dates, a promotion said in a bullet
RESUMEIO = """Tomas Lindqvist
Payroll Specialist

Details
Minneapolis, MN
(612) 555-0101
tomas.l@example.com

Skills
ADP Workforce Now
Expert
Excel
Experienced

Languages
Swedish
Native speaker
German
Good working knowledge

Employment History
Payroll Specialist at Northfield Dairy, Minneapolis
April 2019 — Present
Run payroll for 850 employees across 4 plants.
Train and review the work of 3 payroll clerks.
Promoted to Senior Payroll Specialist in 2022.
"""


def test_a_resumeio_export_levels_under_items_and_a_town_after_the_company():
    r = parse_resume(RESUMEIO)
    assert [s.kind for s in r.sections] == ["contact", "skills", "languages", "experience"]
    a = answers(RESUMEIO, "Tomas")
    assert a["skills"] == "ADP Workforce Now, Excel"  # no "Expert", no "Experienced"
    assert a["languages"] == "Swedish, German"
    assert a["level@German"] == "Good working knowledge" and a["level@Swedish"] == "Native speaker"
    assert a["role@Northfield Dairy"] == "Payroll Specialist"
    assert a["place@Northfield Dairy"] == "Minneapolis"
    q = questions(RESUMEIO, "Tomas")
    assert q["What was Tomas promoted to in 2022?"] == "Senior Payroll Specialist"
    assert q["When was Tomas promoted to Senior Payroll Specialist?"] == "2022"
    assert not [k for k in q if "promote to" in k]  # never "What did Tomas promote to?"
    # two verbs, one object: not "What did Tomas train?" -> "And review the work of ..."
    assert q["What did Tomas train and review at Northfield Dairy?"] == "The work of 3 payroll clerks"


# A Canva design template as a PDF's text: letter-spaced capitals, an icon before each contact line
CANVA = """M A Y A   O R T I Z
I N T E R I O R   D E S I G N E R

📞 (303) 555-0102
✉ maya.ortiz@example.com
📍 Denver, Colorado

E X P E R I E N C E

Interior Designer | Aspen Row Interiors
2020 - Present
• Designed 60 restaurant interiors

E D U C A T I O N

Bachelor of Arts, Interior Design
University of Colorado
2016 - 2020
"""


def test_a_canva_template_letter_spaced_titles_and_icons():
    r = parse_resume(CANVA)
    assert r.name == "Maya Ortiz"
    assert [s.title for s in r.sections] == ["EXPERIENCE", "EDUCATION"]
    a = answers(CANVA, "Maya")
    assert a["location"] == "Denver, Colorado"  # after its icon; a state spelled out
    assert a["email"] == "maya.ortiz@example.com" and a["headline"] == "Interior Designer"
    assert a["role@Aspen Row Interiors"] == "Interior Designer"
    assert a["field@University of Colorado:bachelor's degree"] == "Interior Design"


# Typed in a plain-text editor: "years - role - company - town" with no comma before the state,
# a certificate listed with the schools, and "High School Diploma - X High School"
NOTEPAD = """NAME: Dee Washington
EMAIL: dee.w@example.com

WORK HISTORY:
2018-present - Store Manager - Pine Street Grocers - Tulsa OK
- manage 22 staff
2014-2018 - Cashier - Quik Mart - Broken Arrow OK

EDUCATION:
2014 - High School Diploma - Central High School - Tulsa OK
2019 - Certified Retail Manager Certification
"""


def test_a_plain_text_resume_towns_without_commas_and_a_certificate_among_schools():
    a = answers(NOTEPAD, "Dee")
    assert a["place@Pine Street Grocers"] == "Tulsa OK" and a["place@Quik Mart"] == "Broken Arrow OK"
    assert a["role@Pine Street Grocers"] == "Store Manager"
    assert a["grad@Central High School:degree"] == "2014"  # the school, not "High School Diploma"
    assert a["cert@Certified Retail Manager Certification"] == "2019"
    gen = SyntheticGenerator(NOTEPAD)
    gen.generate()
    assert gen.coverage["unused_lines"] == 0
    # all-caps words are no state: "LAUREA IN INFERMIERISTICA" names no town in Indiana
    assert "place@Esaote" not in answers(
        "Name: Ada Neri\n\nEXPERIENCE\n2019 - 2021 Engineer, Esaote\nLAUREA IN INFERMIERISTICA\n", "Ada"
    )


# A LinkedIn profile copied from the web page (not its PDF): logos' alt text, employment and
# workplace types, endorsements, "Skills: A · B" under a job, a certificate's issuer on a line of its own
LINKEDIN_WEB = """Noor Haddad
Noor Haddad
Physiotherapist
Calgary, Alberta, Canada
Contact info
300 connections

Experience
Foothills Medical Centre logo
Foothills Medical Centre
Full-time · 5 yrs
Calgary, Alberta, Canada · On-site
Senior Physiotherapist, Neuro Rehab
Mar 2022 - Present · 2 yrs 9 mos
Run a stroke clinic that sees 30 patients a week.
Skills: Neurorehabilitation · Gait Training
Physiotherapist, Neuro Rehab
Jan 2020 - Feb 2022 · 2 yrs 2 mos
Treated spinal-cord injury patients.

Licenses & certifications
Vestibular Rehabilitation Certificate
Canadian Physiotherapy-Association Board
Issued Jun 2021

Volunteering
Team Physio
Calgary Marathon
May 2019 - May 2023 · 4 yrs

Skills
Gait Training
Endorsed by 9 colleagues at Foothills Medical Centre
"""


def test_a_linkedin_profile_copied_from_the_web_page():
    r = parse_resume(LINKEDIN_WEB)
    text = " ".join(ln.text for s in r.sections for ln in s.lines)
    assert not re.search(r"logo|Full-time|On-site|Endorsed|connections|Skills:", text)
    a = answers(LINKEDIN_WEB, "Noor")
    # the second title under the company: the unit both titles name is no employer
    assert a["role@Foothills Medical Centre"] == (
        "Senior Physiotherapist, Neuro Rehab; earlier Physiotherapist, Neuro Rehab"
    )
    assert a["dates@Foothills Medical Centre"] == "Jan 2020 - present"
    assert a["employers"] == "Foothills Medical Centre"
    assert a["issuer@Vestibular Rehabilitation Certificate"] == "Canadian Physiotherapy-Association Board"
    assert a["cert@Vestibular Rehabilitation Certificate"] == "2021"
    assert a["volunteer_when@Calgary Marathon"] == "May 2019 - May 2023"
    assert a["skills"] == "Gait Training"


# A Word document laid out as a table, saved as text: cells split by tabs
WORD_TABLE = (
    "Name\tLeah Okonjo\nEmail\tleah.o@example.com\nLocation\tSeattle, WA\n\n"
    "Experience\n2021 – present\tBackend Engineer, Rainier Freight\n\tBuilt the route API used by 40 depots\n\n"
    "Education\n2017 – 2021\tB.S. Computer Science, University of California, Berkeley\n\n"
    "Skills\tGo, Postgres, Kafka\nLanguages\tEnglish, Igbo, French (basic)\n"
)


def test_a_word_table_saved_as_text():
    r = parse_resume(WORD_TABLE)
    assert r.name == "Leah Okonjo" and r.contact["email"] == "leah.o@example.com"
    a = answers(WORD_TABLE, "Leah")
    assert a["role@Rainier Freight"] == "Backend Engineer" and a["location"] == "Seattle, WA"
    # a campus is part of the school's name, not the field of study
    assert a["degree@University of California, Berkeley"] == "B.S. Computer Science"
    assert a["skills"] == "Go, Postgres, Kafka"  # spoken languages are no skills
    assert a["languages"] == "English, Igbo, French" and a["level@French"] == "basic"


# A functional resume: what was done, grouped under skill areas, and a short work history
FUNCTIONAL = """Sam Ortega
sam.ortega@example.com

SKILLS AND ACCOMPLISHMENTS

Event Planning
- Organised 12 fundraising galas that raised $2M for Ohio State University research
- Managed vendor contracts during the 2021 reopening

Budgeting
- Cut catering costs for the events team by 18%

WORK HISTORY
Events Coordinator, Buckeye Catering, Columbus, OH    2016 - Present

KEY ACHIEVEMENTS
Grew repeat bookings by 25% in two years
Employee of the Year, Buckeye Catering, 2020
"""


def test_a_functional_resume_asks_what_was_done_under_each_area():
    q = questions(FUNCTIONAL, "Sam")
    assert q["What has Sam done in Event Planning?"] == (
        "Organised 12 fundraising galas that raised $2M for Ohio State University research"
    )
    assert (
        q["What did Sam organise?"]
        == "12 fundraising galas that raised $2M for Ohio State University research"
    )
    assert q["How many fundraising galas did Sam organise?"] == "12 fundraising galas"
    assert not [k for k in q if "reopening" in k and "How many" in k]  # 2021 is a year, no count
    assert q["What did Sam grow?"] == "Repeat bookings by 25% in two years"  # an achievement, no award
    a = answers(FUNCTIONAL, "Sam")
    assert a["awards"] == "Employee of the Year, Buckeye Catering"
    assert a["skills"] == "Event Planning, Budgeting"
    # "Ohio State University": no town in Ohio ("..., Ohio" followed by a name's next word)
    assert a["role@Buckeye Catering"] == "Events Coordinator"
    assert a["place@Buckeye Catering"] == "Columbus, OH"
    # a category over a long bullet list of skills is no area of achievements
    listed = answers(
        "Sam Ortega\n\nSKILLS\nTechnical\n- Python, SQL, R, Tableau, Power BI, Excel, Looker\n", "Sam"
    )
    assert "Tableau" in listed["skills"] and not [k for k in listed if k.startswith(("feat", "area"))]


# A physician's CV: residency under "Postgraduate Training", "Licensure" with a license number,
# an MD (no PhD), a paper cited in Vancouver style
PHYSICIAN = """Ines Varga, MD
ivarga@example.org

EDUCATION
2010 - 2014   Doctor of Medicine, Semmelweis University, Budapest

POSTGRADUATE TRAINING
2014 - 2017   Residency in Pediatrics, Boston Children's Hospital, Boston, MA

LICENSURE
Massachusetts Board of Registration in Medicine, License No. 27713, 2017 - present

PUBLICATIONS
Varga I, Chen L. Fever without a source in infants. Pediatrics. 2019;143(2):e2018.
"""


def test_a_physicians_cv_residency_licensure_and_a_vancouver_citation():
    a = answers(PHYSICIAN, "Ines")
    assert a["role@Boston Children's Hospital"] == "Residency in Pediatrics"
    assert a["certifications"] == "Massachusetts Board of Registration in Medicine"  # no licence number
    assert a["cert@Massachusetts Board of Registration in Medicine"] == "2017"
    assert a["venue@Fever without a source in infants"] == "Pediatrics"
    q = questions(PHYSICIAN, "Ines")
    assert "Does Ines have a medical degree?" in q and not [k for k in q if "PhD" in k]


# Novorésumé: the town after the dates, "Achievements/Tasks" over bullets written with no bullet
NOVORESUME = """Eva Lind
eva.lind@example.se

WORK EXPERIENCE

Data Analyst
Nordic Rail AB
03/2022 - Present, Malmö
Achievements/Tasks
Built a delay forecast used by 40 dispatchers
Audit Senior — Öresund Revision AB, Lund
01/2019 - 02/2022

INTERESTS
Climbing   Baking
"""


def test_a_novoresume_export_town_after_dates_and_a_label_over_the_bullets():
    r = parse_resume(NOVORESUME)
    assert [s.kind for s in r.sections] == ["experience", "interests"]  # no "achievements" section
    a = answers(NOVORESUME, "Eva")
    assert a["place@Nordic Rail AB"] == "Malmö"
    assert a["did@Nordic Rail AB"] == "Built a delay forecast used by 40 dispatchers"
    # a header opening with a verb's base form ("Audit Senior — ...") is no bullet
    assert a["role@Öresund Revision AB"] == "Audit Senior"
    assert a["interests"] == "Climbing, Baking"


def test_a_dutch_cv_and_a_town_alone_over_the_contact_lines():
    cv = (
        "Curriculum Vitae\n\nDaan Bakker\nEindhoven\ndaan@example.nl\n\nWerkervaring\n"
        "2019 - heden   Monteur, ASML, Veldhoven\n\nOpleiding\n2014 - 2018   HBO Werktuigbouwkunde, Fontys Hogeschool\n\n"
        "Talen\nNederlands (moedertaal), Engels (vloeiend)\n"
    )
    assert [s.kind for s in parse_resume(cv).sections] == ["experience", "education", "languages"]
    a = answers(cv, "Daan")
    assert a["location"] == "Eindhoven" and a["current_org"] == "ASML"
    assert a["degree@Fontys Hogeschool"] == "HBO Werktuigbouwkunde" and a["level@English"] == "vloeiend"


def test_a_state_code_after_a_town_is_no_dangling_preposition():
    a = answers("Ali Khan\nToronto, ON · ali@example.ca\n\nSKILLS\nSwift\n", "Ali")
    assert a["location"] == "Toronto, ON"  # "ON" was read as a preposition left hanging


# An Australian resume: labels over a job's bullets ("Key Responsibilities:", "Achievements:"),
# "Company, Town" on its own line, "Suburb STATE postcode"; a student's clubs
AUSSIE = """Mia Nguyen
Address: Fitzroy VIC 3065
Email: mia.nguyen@example.com.au

EMPLOYMENT HISTORY

Site Supervisor
Northline Builders Pty Ltd, Melbourne
March 2021 – Current
Key Responsibilities:
• Run daily toolbox talks for 12 trades
Achievements:
• Handed over the Collingwood townhouses 2 weeks early

LEADERSHIP & ACTIVITIES
Captain, Fitzroy Rowing Club                 2018 – 2020

LANGUAGES
Vietnamese — Native    English — Fluent
"""


def test_labels_over_a_jobs_bullets_a_town_after_the_company_and_a_students_clubs():
    r = parse_resume(AUSSIE)
    assert [s.kind for s in r.sections] == ["experience", "volunteer", "languages"]  # no awards section
    a = answers(AUSSIE, "Mia")
    assert a["location"] == "Fitzroy VIC"  # no postcode
    assert a["place@Northline Builders Pty Ltd"] == "Melbourne"
    assert a["did@Northline Builders Pty Ltd"] == "Run daily toolbox talks for 12 trades"
    assert "Collingwood" in a["did@Northline Builders Pty Ltd:hand over"]
    assert a["volunteer@Fitzroy Rowing Club"] == "Captain"  # a club's role is no job
    assert a["languages"] == "Vietnamese, English" and a["level@English"] == "Fluent"


# A Zety export: ISO year-month dates over the role, "Company, Town, Country" under it,
# "Degree: Field", each skill's level after a dash, a UK postcode in the address
ZETY = """Lena Okafor
Address: Leeds, LS1 4DY

Skills
Medicines optimisation — Excellent

Work History
2020-04 - Current
Ward Pharmacist
Leeds General Infirmary, Leeds, UK
• Review 30 prescriptions a day

2018-09 - 2020-03
Community Pharmacist
Boots UK, Bradford, UK

Education
2013-09 - 2018-06
Master of Pharmacy: Pharmacy
University of Bradford - Bradford

Certifications
2021-06 Independent Prescriber, General Pharmaceutical Council
"""


def test_a_zety_export_iso_months_company_town_country_and_degree_colon_field():
    a = answers(ZETY, "Lena")
    assert a["location"] == "Leeds"  # no postcode
    assert a["skills"] == "Medicines optimisation"
    assert a["dates@Leeds General Infirmary"] == "04/2020 - present"
    assert a["role@Boots UK"] == "Community Pharmacist" and a["place@Boots UK"] == "Bradford, UK"
    assert a["degree@University of Bradford"] == "Master of Pharmacy in Pharmacy"
    assert a["cert@Independent Prescriber"] == "2021"
    assert find_range("2011-12").text == "2011"  # an academic year alone stays a year


def test_a_github_profile_readme():
    readme = (
        "# 👋 Hi, I'm Ada Brooks\n\n📫 ada@example.dev\n\n## 💼 Experience\n\n"
        "- **Senior Engineer** @ Stripe (2021 – now)\n  - Cut API latency by 30%\n"
        "- **Engineer** @ Twilio (2018 – 2021)\n  - Built the SMS retry queue\n\n"
        "## 🎓 Education\n\n- **B.S. Physics**, UC Santa Cruz (2014 – 2018)\n"
    )
    a = answers(readme, "Ada")
    assert parse_resume(readme).name == "Ada Brooks"
    assert a["role@Twilio"] == "Engineer"  # a bullet "Role @ Company (dates)" is an entry of its own
    assert a["degree@UC Santa Cruz"] == "B.S. Physics"  # "Physics, UC": no town in a state "UC"


# LinkedIn's PDF export in Spanish, its sidebar with no blank lines
LINKEDIN_ES = """Contactar
sofia.rey@example.com
Aptitudes principales
Figma
Investigación de usuarios
Languages
Español (Native or Bilingual)

Sofía Rey
Diseñadora de producto
Bogotá, Colombia

Extracto
Diseño productos financieros simples.

Experiencia
Rappi
Diseñadora de Producto Senior
abril de 2021 - Present (3 años 9 meses)
Bogotá, Colombia

Educación
Universidad de los Andes
Ingeniería en Diseño Industrial · (2012 - 2017)
"""


def test_a_linkedin_export_in_spanish():
    r = parse_resume(LINKEDIN_ES)
    assert r.name == "Sofía Rey"
    assert [s.kind for s in r.sections] == SIDEBAR_THEN_MAIN
    a = answers(LINKEDIN_ES, "Sofía")
    assert a["role@Rappi"] == "Diseñadora de Producto Senior"
    assert a["dates@Rappi"] == "abril de 2021 - present"  # no "(3 años 9 meses)"
    assert a["degree@Universidad de los Andes"] == "Ingeniería en Diseño Industrial"


# LinkedIn's PDF export in Portuguese and in French: its own words for "Present" and the page
# footer, a town with a particle, a French role word under the company's line
LINKEDIN_PT = """Contato
ana.lima@example.com.br
Principais competências
SQL

Ana Lima
Analista de Dados
Belo Horizonte, Minas Gerais, Brasil

Experiência
Itaú Unibanco
Analista de Dados Pleno
março de 2021 - o momento (3 anos 10 meses)
Belo Horizonte, Brasil
Page 1 of 2
Localiza
Analista Júnior
janeiro de 2018 - fevereiro de 2021 (3 anos 2 meses)
Rio de Janeiro, Brasil
"""

LINKEDIN_FR = """Coordonnées
luc.martin@example.fr

Luc Martin
Contrôleur de gestion
Nantes, Pays de la Loire, France

Expérience
Airbus
4 ans 2 mois
Analyste financier
juin 2022 - aujourd’hui (2 ans 7 mois)
Saint-Nazaire, Pays de la Loire, France
Page 1 sur 2
Stagiaire contrôle de gestion
septembre 2020 - mai 2022 (1 an 9 mois)
Nantes, Pays de la Loire, France
"""


def test_linkedin_exports_in_portuguese_and_french():
    a = answers(LINKEDIN_PT, "Ana")
    assert a["current_org"] == "Itaú Unibanco"  # "o momento": still there
    assert a["place@Localiza"] == "Rio de Janeiro, Brasil"  # not "Janeiro, Brasil"
    b = answers(LINKEDIN_FR, "Luc")
    assert b["role@Airbus"].startswith("Analyste financier")  # "Analyste": a role, not the company
    assert b["place@Airbus"] == "Saint-Nazaire, Pays de la Loire"
    assert not any("Page" in line.text for s in parse_resume(LINKEDIN_FR).sections for line in s.lines)


# A German Lebenslauf: a compound role word, "Company, Town", "Anschrift:", the signed date at the end
LEBENSLAUF = """Lebenslauf

Persönliche Daten
Name: Lena Vogt
Anschrift: Hauptstraße 5, 70173 Stuttgart
E-Mail: lena.vogt@example.de

Berufserfahrung

seit 01/2021
Projektleiterin
Bosch GmbH, Stuttgart
- Leitung von 3 Produktlinien

Sprachen
Deutsch – Muttersprache

Hobbys
Segeln

Stuttgart, 15.11.2024
Lena Vogt
"""


def test_a_german_lebenslauf():
    a = answers(LEBENSLAUF, "Lena")
    assert a["role@Bosch GmbH"] == "Projektleiterin" and a["place@Bosch GmbH"] == "Stuttgart"
    assert a["location"] == "Stuttgart"  # the street and the postcode go
    assert a["interests"] == "Segeln"  # not "Segeln, Stuttgart, 15.11.2024, Lena Vogt"


# The 2023 Europass: labelled personal details on one line, "City: | Country:" under each entry's
# dates after a blank line, each language rated on five skills
EUROPASS_2023 = """Marco Rossi

Date of birth: 11/07/1990 Nationality: Italian Gender: Male

Address: Corso Italia 8, 10121, Turin, Italy (Home)

WORK EXPERIENCE

DATA ENGINEER – FIAT
[ 01/02/2020 – Current ]

City: Turin | Country: Italy

• Built the plant's data lake.

EDUCATION AND TRAINING

MASTER'S DEGREE IN COMPUTER ENGINEERING – Politecnico di Torino
[ 2012 – 2014 ]

City: Turin | Country: Italy | Final grade: 108/110

LANGUAGE SKILLS

Mother tongue(s): Italian

Other language(s):

Spanish
LISTENING B2 READING B2 WRITING B1
SPOKEN PRODUCTION B1 SPOKEN INTERACTION B1
"""


def test_a_europass_2023_cv():
    a = answers(EUROPASS_2023, "Marco")
    assert a["nationality"] == "Italian" and a["location"] == "Turin, Italy"
    assert a["role@FIAT"] == "Data Engineer" and a["place@FIAT"] == "Turin, Italy"
    assert not any(k.endswith("@Turin") for k in a)  # "City: Turin" opens no job
    assert a["level@Spanish"] == "B1"  # the middle of B1, B1, B1, B2, B2


# Xing's web profile: title, company, "dates · duration in German", a language's level on the line
# under it, "Ich biete" for the skills
XING = """Tobias Brandt
Data Scientist – Otto Group

Berufserfahrung

Data Scientist
Otto Group
01/2022 – heute · 2 Jahre, 11 Monate
Hamburg

Praktikant Analytics
Hapag-Lloyd AG
03/2020 – 09/2020 · 7 Monate

Sprachen
Deutsch
Muttersprache
Spanisch
Gute Kenntnisse

Ich biete
Python, Statistik, dbt
"""


def test_a_xing_profile():
    a = answers(XING, "Tobias")
    assert a["role@Otto Group"] == "Data Scientist" and a["current_org"] == "Otto Group"
    assert a["role@Hapag-Lloyd AG"] == "Praktikant Analytics"
    assert a["level@Spanish"] == "Gute Kenntnisse" and a["languages"] == "German, Spanish"
    assert "dbt" in a["skills"] and not any("Jahre" in v or "Monate" in v for v in a.values())


# A two-column PDF's text without -layout: no blank line between entries, a job's statements
# without bullets or with the bullet's glyph alone on the line above
PDF_RAW = """Ines Carvalho
WORK EXPERIENCE
Operations Manager
Vinted
Mar 2022 - Present
Opened 3 warehouses.
Trained 25 packers.
Logistics Analyst
DHL Supply Chain
Jan 2019 - Feb 2022
\u2022
Moved 40 routes to a new planner.
"""


def test_statements_without_bullets_stay_in_their_job():
    a = answers(PDF_RAW, "Ines")
    assert a["role@Vinted"] == "Operations Manager" and a["role@DHL Supply Chain"] == "Logistics Analyst"
    assert a["end@DHL Supply Chain"] == "2022"  # its dates were lost to a "Trained 25 packers." entry
    assert a["count@Vinted:packers"] == "25 packers"  # "Trained 25 packers." is Vinted's, not an entry
    assert "40 routes" in a["did@DHL Supply Chain"]


# A rirekisho in English: dated events, an entry from the event that opens it to the one that closes it
RIREKISHO = """Name: Yuki Tanaka
Email: yuki@example.jp

Education
Year  Month
2012  4    Entered Osaka University, Faculty of Engineering
2016  3    Graduated from Osaka University, Faculty of Engineering
2016  4    Enrolled in Kyoto University, Graduate School of Informatics
2018  3    Completed Kyoto University, Graduate School of Informatics

Work History
Year  Month
2018  4    Joined Panasonic Corporation as a software engineer
2019  10   Transferred to the Osaka R&D Center
2021  6    Resigned
2021  7    Joined SmartHR, Inc.
           Product engineer
           Present
                                   End

Licenses and Qualifications
2017  8    Passed the Fundamental Information Technology Engineer Examination
2019  2    TOEFL iBT, score 98

Self-PR
I enjoy hard problems.
"""


def test_a_rirekisho_in_english():
    a = answers(RIREKISHO, "Yuki")
    assert (
        a["dates@Kyoto University"] == "Apr 2016 - Mar 2018" and a["grad@Osaka University:degree"] == "2016"
    )
    assert a["role@Panasonic Corporation"] == "software engineer" and a["end@Panasonic Corporation"] == "2021"
    assert a["current_org"] == "SmartHR, Inc." and a["start@SmartHR, Inc."] == "2021"
    assert "Osaka R&D Center" in a["did@Panasonic Corporation"]
    assert a["score@TOEFL iBT"] == "98"
    # a role on the line under "Joined", with no "Present": the job ended when the next one began
    closed = RIREKISHO.replace("           Present\n", "").replace(
        "                                   End", "2023  3    Resigned"
    )
    assert answers(closed, "Yuki")["end@SmartHR, Inc."] == "2023"
    assert a["cert@Fundamental Information Technology Engineer Examination"] == "2017"
    assert not any("Year" in k or "Entered" in v or "enjoy" in v for k, v in a.items())


# A Chinese CV in English: date, school and degree in columns, the field in brackets, personal data
CHINA_EN = """Name: Liu Yang            Gender: Male
Date of Birth: 1996.03     Marital Status: Single
E-mail: liuyang@example.cn

EDUCATION
2014.09-2018.06    Zhejiang University    Bachelor of Engineering (Automation)

WORK EXPERIENCE
2018.07-Present    NetEase Games    QA Engineer
● Wrote 600 automated test cases

AWARDS
2017    Second Prize, China Robot Competition
"""


def test_a_chinese_cv_in_english():
    a = answers(CHINA_EN, "Liu")
    assert (
        a["role@NetEase Games"] == "QA Engineer"
        and a["field@Zhejiang University:bachelor's degree"] == "Automation"
    )
    assert a["award_when@Second Prize, China Robot Competition"] == "2017"  # not "the Second Prize"
    assert "headline" not in a  # "Date of Birth" is no line of work


def test_a_headline_with_a_section_word_is_no_section():
    for headline in ("Project Manager", "Research Scientist", "Education Consultant"):
        text = f"Jane Doe\n{headline}\njane@example.com\n\nEXPERIENCE\n{headline}, Acme, 2019 - 2021\n"
        a = answers(text, "Jane")
        assert a["headline"] == headline and a["email"] == "jane@example.com"  # the email was lost with it
        assert [s.kind for s in parse_resume(text).sections] == ["experience"]


def test_a_title_before_the_name():
    assert (
        parse_resume("Prof. Dr. Anna Weber\nanna@example.de\n\nEDUCATION\nPhD, TU Wien, 2010\n").name
        == "Anna Weber"
    )


# Korean and Japanese CVs in English: "~" between dates, a labelled table without colons, the
# conscript's military service, an advisor in brackets after the degree
KOREA_EN = """Personal Information
Name        Choi Min-seo
Address     Busan, Korea

Education
2011.03 ~ 2015.02    Pusan National University    B.A. in Economics (Advisor: Prof. Lee)

Military Service
2015.03 ~ 2017.01    Republic of Korea Navy, Petty Officer

Work Experience
2017.03 ~ Present    Lotte Shopping    Category Manager
"""


def test_a_korean_cv_in_english():
    a = answers(KOREA_EN, "Choi")
    assert parse_resume(KOREA_EN).name == "Choi Min-seo" and a["location"] == "Busan, Korea"
    assert a["dates@Pusan National University"] == "Mar 2011 - Feb 2015"
    assert a["field@Pusan National University:bachelor's degree"] == "Economics"
    assert a["role@Republic of Korea Navy"] == "Petty Officer" and a["current_org"] == "Lotte Shopping"


ACADEMIC = """Ravi Menon
Research Scientist

FACULTY APPOINTMENTS
2020–present   Assistant Professor, University of Leeds

PUBLICATIONS
1. Menon R, Shah K (2021) Soil carbon under agroforestry. Global Change Biology 27(4): 801-815.
"""


def test_academic_appointments_and_a_journal_volume():
    a = answers(ACADEMIC, "Ravi")
    assert a["role@University of Leeds"] == "Assistant Professor" and a["headline"] == "Research Scientist"
    assert a["venue@Soil carbon under agroforestry"] == "Global Change Biology"


UK_WRAPPED = """Gareth Hughes
Swansea, Wales | gareth@example.co.uk

CAREER HISTORY
Site Manager, Morgan Sindall, Swansea                     March 2018 - date
- Run sites of up to 120 operatives on school builds worth
  £30m, with no reportable accidents.

PROFESSIONAL MEMBERSHIPS
MCIOB - Chartered Institute of Building (member since 2019)

References available on request.
"""


def test_wrapped_bullets_memberships_and_references():
    a = answers(UK_WRAPPED, "Gareth")
    assert a["location"] == "Swansea, Wales"
    assert "£30m, with no reportable accidents" in a["did@Morgan Sindall"]  # one bullet, not two
    assert a["cert@MCIOB"] == "2019" and a["cert_from@Chartered Institute of Building"] == "MCIOB"
    assert not any("References" in v for v in a.values())


# A resume's LaTeX source: a plain article (not Jake's template, held out as h51)
LATEX_SOURCE = r"""\documentclass[11pt]{article}
\usepackage[margin=1in]{geometry}
\begin{document}
\begin{center}
{\LARGE\textbf{Helena Sousa}}\\
Lisbon, Portugal \textbullet{} \href{mailto:helena@example.pt}{helena@example.pt} % not a comment's text
\end{center}
\section*{Experience}
\textbf{Feedzai} \hfill Lisbon \\
\textit{Senior Data Scientist} \hfill Jan 2020 -- Present
\begin{itemize}
  \item Designed fraud models that screen 1 billion transactions a year.
  \item Cut false positives by 30\%.
\end{itemize}
\section*{Education}
\textbf{Instituto Superior T\'ecnico} \hfill 2011 -- 2016 \\
MSc in Applied Mathematics
\end{document}
"""


def test_a_latex_source():
    from lenweight.latex import is_latex

    gen = SyntheticGenerator(LATEX_SOURCE)
    a = {f.key: f.answer for f in gate(extract_facts(gen.profile, gen.name))[0]}
    assert gen.name == "Helena" and a["email"] == "helena@example.pt" and a["location"] == "Lisbon, Portugal"
    assert a["role@Feedzai"] == "Senior Data Scientist" and a["place@Feedzai"] == "Lisbon"
    assert a["change@Feedzai:false positives"] == "30%"
    assert a["field@Instituto Superior Técnico:master's degree"] == "Applied Mathematics"
    assert not any("\\" in v or "{" in v or "comment" in v for v in a.values())
    assert not is_latex(CHINA_EN) and not is_latex("Skills\nLaTeX, \\section{} macros\n")


# A Quebec CV: "Town (Province)", a cégep, the professional order, "Intérêts"
QUEBEC = """Marc-Antoine Gagnon
Laval (Québec) | 450 555-0123 | marc.gagnon@exemple.ca

EXPÉRIENCE DE TRAVAIL
Analyste financier — Banque Nationale, Montréal
Janvier 2020 à aujourd'hui

FORMATION
Baccalauréat en finance — HEC Montréal, 2019
Cégep de Sainte-Foy, 2016

ORDRE PROFESSIONNEL
CPA — Ordre des comptables professionnels agréés du Québec, 2021

INTÉRÊTS
Hockey, photographie
"""


def test_a_quebec_cv():
    a = answers(QUEBEC, "Marc-Antoine")
    assert a["location"] == "Laval, Québec" and a["role@Banque Nationale"] == "Analyste financier"
    assert a["grad@Cégep de Sainte-Foy:degree"] == "2016"
    assert a["cert@CPA"] == "2021" and a["interests"] == "Hockey, photographie"


# A nursing student: the degree over a school whose name is long, clinical rotations as placements
NURSING = """Daniel Osei
daniel.osei@example.edu

Education
Bachelor of Science in Nursing, Expected December 2025
University of Washington Bothell (UW Bothell) — School of Nursing and Health Studies

Clinical Rotations
Obstetrics — Johns Hopkins Hospital, 96 hours (Fall 2024)
"""


def test_a_nursing_student():
    a = answers(NURSING, "Daniel")
    assert a["field@University of Washington Bothell:bachelor's degree"] == "Nursing"  # 13 words: no sentence
    assert a["role@Johns Hopkins Hospital"] == "Obstetrics"


# PDFs made by the programs people make resumes with, from invented people (tests/data/documents:
# README.md says how each was made): what each program's text brings that a text file does not.
DOCUMENTS = Path("tests/data/documents")


def _file_answers(path: Path) -> tuple[str, dict[str, str]]:
    gen = SyntheticGenerator.from_file(path)
    return gen.name, {f.key: f.answer for f in gate(extract_facts(gen.profile, gen.name))[0]}


def test_a_pdf_from_the_latex_template_people_copy():
    # pdflatex's default fonts: "ç" and "ã" as a letter and a spacing accent, the itemize bullet as a
    # control character, "–" bullets, and two spaces after the stop in "Mar.  2021"
    name, a = _file_answers(DOCUMENTS / "latex_resume.pdf")
    assert name == "Joana" and a["email"] == "joana.conceicao@example.pt"
    assert a["role@Feedzai"] == "Data Engineer" and a["dates@Feedzai"] == "Mar. 2021 - present"
    assert (
        a["role@Critical Software"] == "Software Engineering Intern" and a["end@Critical Software"] == "2020"
    )
    assert a["grad@Universidade de Coimbra:master's degree"] == "2020"
    assert a["kind@Feedzai:jobs"] == "Nightly reconciliação jobs"
    assert a["rel@Feedzai:store"] == "9,000 card payments a second"  # not "9": a number's comma goes on


def test_a_pdf_from_a_word_processor():
    # LibreOffice from a .docx: Symbol's private-use bullet, a blank line after every paragraph, a
    # row of tabs that wraps its end date onto the next line, a tab that leaves no gap before a year
    name, a = _file_answers(DOCUMENTS / "word_resume.pdf")
    assert name == "Agnieszka" and a["location"] == "Poznań, Poland"
    assert a["did@Raben Group"] == "Plan daily routes for 120 trucks across western Poland"
    assert a["dates@DHL Supply Chain"] == "Jun 2018 - Dec 2021" and a["place@DHL Supply Chain"] == "Wrocław"
    assert a["school@master's degree"] == "Poznań University of Economics"
    assert a["phone"] == "+48 601 555 212"  # wrapped at the header line's end
    assert a["grad@Poznań University of Economics:master's degree"] == "2018"


def test_a_pdf_printed_from_a_browser():
    # a web template's gaps are smaller than a line: the text has no blank line at all
    name, a = _file_answers(DOCUMENTS / "browser_resume.pdf")
    assert name == "Hamid" and a["summary"].startswith("Structural engineer with nine years")
    assert a["role@Stantec"] == "Structural Engineer" and a["dates@Stantec"] == "Sep 2015 - Mar 2019"
    assert a["current_org"] == "WSP Canada" and a["schools"] == "University of Waterloo"
    assert a["languages"] == "English, Persian, French" and "certifications" in a


def test_a_resume_with_no_blank_lines():
    # LinkedIn's export as a PDF's text gives it when no gap is a line high: plain titles, the name
    # at the end of the sidebar, each title right under the last line of the section before
    text = "\n".join([
        "Contact", "oskar.lind@example.se", "Top Skills", "Route planning", "Languages",
        "Swedish (Native or Bilingual)", "English (Full Professional)", "Oskar Lind",
        "Fleet Manager at Nordic Freight", "Gothenburg, Sweden", "Summary",
        "Fleet manager for 200 trucks between Oslo and Copenhagen.", "Experience", "Nordic Freight",
        "Fleet Manager", "March 2019 - Present (5 years)", "Cut idle time by 12% with telematics.",
        "Volvo Trucks", "Service Planner", "June 2015 - February 2019 (3 years 9 months)",
        "Education", "Chalmers University of Technology", "Master of Science, Logistics · (2013 - 2015)",
    ])  # fmt: skip
    resume = parse_resume(text)
    assert resume.name == "Oskar Lind"
    assert [s.kind for s in resume.sections] == SIDEBAR_THEN_MAIN
    a = answers(text, "Oskar")
    assert a["role@Nordic Freight"] == "Fleet Manager" and a["role@Volvo Trucks"] == "Service Planner"
    assert a["school@master's degree"] == "Chalmers University of Technology"


def test_labels_and_titles_with_a_colon_after_a_blank_line():
    # a PDF leaves a blank line around a list: "Achievements:" under a job stays the job's label when
    # no title of the document ends in a colon; "References:" under languages opens its section
    text = "\n".join([
        "Liam Walsh", "liam.walsh@example.ie", "", "Work History", "Site Engineer", "Sisk Group, Dublin",
        "May 2019 - Present", "", "• Set out foundations for a 9-storey hospital wing", "",
        "Achievements:", "", "• Delivered the car park 2 weeks early", "", "Education",
        "BEng Civil Engineering, University College Dublin, 2019",
    ])  # fmt: skip
    assert [s.kind for s in parse_resume(text).sections] == ["experience", "education"]
    assert "award" not in " ".join(answers(text, "Liam"))
    text = "Ruth Alon\nruth@example.il\n\nLanguages:\nHebrew, English\n\nReferences:\nOn request\n"
    assert [s.kind for s in parse_resume(text).sections] == ["languages", "references"]


def test_two_spaces_part_columns_but_not_sentences():
    text = (
        "Mei Chen\nmei@example.cn\n\nWORK EXPERIENCE\n2020.07-Present    JD Logistics  Supply Chain Analyst\n"
        "- Forecast demand for 1,200 SKUs.  Cut stock-outs by 15%.\n"
    )
    a = answers(text, "Mei")
    assert a["role@JD Logistics"] == "Supply Chain Analyst"


def test_what_a_pdfs_text_needs_before_it_is_read():
    from lenweight.documents import tidy_pdf_text as tidy

    # a paragraph's spacing after every line: that gap is none, a larger one a blank line
    assert tidy("A\n\nB\n\nC\n\n\n\nD\n\nE") == "A\nB\nC\n\n\nD\nE"
    assert tidy("A\nB\n\nC\nD") == "A\nB\n\nC\nD"  # a text whose lines follow each other: as it is
    assert tidy("S˜ao Paulo, servi¸co, Forma¸c˜ao, Bj¨orn, O´Brien, De\u0301v") == (
        "São Paulo, serviço, Formação, Björn, O´Brien, Dév"
    )
    assert (
        tidy("\uf0b7  Planned routes\n\x88   Drove\nCall \x00me") == "•  Planned routes\n•   Drove\nCall me"
    )
    assert (
        tidy("Spotify\n\x00 01/2021 - Present") == "Spotify\n01/2021 - Present"
    )  # an icon's place: no indent
    # (a wrapped bracket is joined too; two years with no bracket are no phone number)
    assert tidy("Leeds | +44 7700\n900 123\n(2019 -\n2021)") == "Leeds | +44 7700 900 123\n(2019 - 2021)"
    assert tidy("Leeds\n2019 -\n2021") == "Leeds\n2019 -\n2021"
    assert tidy("Economics2018\nJun 2018 - Dec\n2021\nTeam of\n2019\nAnn Arbor   Jan\n2024 – Present") == (
        "Economics   2018\nJun 2018 - Dec 2021\nTeam of\n2019\nAnn Arbor   Jan 2024 – Present"
    )


def test_a_word_cv_in_a_table_dates_left_as_a_word_processors_pdf():
    from lenweight.documents import tidy_pdf_text as tidy

    # the date cell wraps its range after the month, the next cell's text beside each part: joined,
    # and both lines keep their second cell where it stood
    page = (
        "Mar 2017 – Nov           Veterinary Surgeon, Dierenkliniek Noord, Groningen\n"
        "2022                     • Ran the small-animal surgery list, 40 operations a week\n"
    )
    assert tidy(page) == (
        "Mar 2017 – Nov 2022      Veterinary Surgeon, Dierenkliniek Noord, Groningen\n"
        "                         • Ran the small-animal surgery list, 40 operations a week\n"
    )
    not_a_month = "Jan 2020 – Head      Chef, De Kas\n2021      Brood\n"  # no month: as it is
    assert tidy(not_a_month) == not_a_month
    text = "\n".join([
        "Joost Bakker", "Keizersgracht 88, 1015 CS Amsterdam • +31 6 2290 4471 • joost.bakker@example.nl", "",
        "Work experience", tidy(page).rstrip(), "",
        "Education", "2011 – 2017              DVM (Doctor of Veterinary Medicine), Utrecht University", "",
        "Languages", "Dutch                    Native", "English                  Fluent (C1)", "French                   Basic",
    ])  # fmt: skip
    a = answers(text, "Joost")
    assert a["dates@Dierenkliniek Noord"] == "Mar 2017 - Nov 2022"
    assert a["location"] == "Amsterdam"  # the town in a street address beside the phone, postcode gone
    assert a["degree@Utrecht University"].startswith("DVM")  # a professional doctorate is a degree
    # a table of languages: the level in the second column, not a language of its own
    assert a["languages"] == "Dutch, English, French"
    assert a["level@English"] == "Fluent (C1)" and a["level@French"] == "Basic"


def test_an_academic_cv_and_a_google_docs_export_as_their_pdfs_read():
    # a LaTeX CV's titles with their gap below them, not above: right under the last item of the
    # section before ("Selected Publications" under a prize; "Languages" over the blank its rule leaves)
    text = "\n".join([
        "Mateus Oliveira", "mateus.oliveira@example.pt", "", "Grants and Awards",
        "2019               Gulbenkian Prize for the best young researcher in the life sciences in Portugal",
        "Selected Publications", "",
        "1. Oliveira M, Costa R (2022). Seagrass loss along the Tagus estuary. Marine Ecology Progress Series 690: 1-14.",
        "Languages", "", "Portuguese (native), English (fluent), Spanish (good)",
    ])  # fmt: skip
    assert [s.kind for s in parse_resume(text).sections] == ["awards", "publications", "languages"]
    a = answers(text, "Mateus")
    assert a["year@Seagrass loss along the Tagus estuary"] == "2022" and a["level@Spanish"] == "good"
    assert not any(k.startswith("award@2022") for k in a)  # a paper is no prize
    # a prize whose name runs on into what it was for: asked by its name
    assert a["award_when@Gulbenkian Prize"] == "2019"
    # but a skill named like a section stays a skill ("Team Leadership" among skills)
    skills = "Ana Ruiz\nana@example.es\n\nSkills\nBudgeting\nTeam Leadership\n\nEducation\nBA Economics, Universidad de Sevilla, 2015\n"
    assert answers(skills, "Ana")["skills"] == "Budgeting, Team Leadership"
    # Google Docs' templates: "Company, City — Title" whose title wraps onto the next line, and the
    # dates in capitals as the template's small heading sets them
    gdocs = "\n".join([
        "Chidi Okeke", "chidi.okeke@example.ng", "", "EDUCATION", "",
        "University of Nigeria, Nsukka — BSc Agricultural Economics", "and Extension", "", "SEPTEMBER 2012 - JULY 2016",
        "", "EXPERIENCE", "", "Flour Mills of Nigeria, Lagos — Commodity Analyst", "", "MARCH 2019 - PRESENT",
    ])  # fmt: skip
    a = answers(gdocs, "Chidi")
    assert (
        a["field@University of Nigeria, Nsukka:bachelor's degree"] == "Agricultural Economics and Extension"
    )
    assert a["dates@Flour Mills of Nigeria"] == "March 2019 - present"
    assert a["dates@University of Nigeria, Nsukka"] == "September 2012 - July 2016"


def test_what_the_second_round_of_blind_documents_needed():
    from lenweight.documents import tidy_pdf_text as tidy

    # ligatures are one glyph and one character in a PDF's text; LaTeX's macron stands before its letter
    assert tidy("ﬁrst ﬂoor, eﬀort, Te Reo M¯aori, Ł˛aka") == "first floor, effort, Te Reo Māori, Łąka"
    text = "\n".join([
        "Nicolás Fernández", "Cusco, Perú | +51 984 111 222 | nicolas.fernandez@example.pe", "",
        "EXPERIENCE",
        "Water Engineer                                   2019 – Present",
        "EMAPA (Empresa Municipal de Agua Potable y Alcantarillado del Cusco), Cusco",
        "• Mapped 120 km of distribution pipes", "",
        "Site Engineer                                    2015 – 2019",
        "Société Camerounaise des Eaux, Douala, Cameroon", "",
        "A WARDS", "2021   Young Engineer Prize, Colegio de Ingenieros del Perú", "",
        "CERTIFICATIONS", "Colegiatura CIP No. 204511, Colegio de Ingenieros del Perú, 2015",
    ])  # fmt: skip
    assert [s.kind for s in parse_resume(text).sections] == ["experience", "awards", "certifications"]
    a = answers(text, "Nicolás")
    assert a["location"] == "Cusco, Perú"  # a country written with its accent
    # a name too long with its spelled-out form in brackets is asked by its short name
    assert a["role@EMAPA"] == "Water Engineer" and a["current_org"] == "EMAPA"
    # a role dated on its line, then "Employer, Town, Country": not a promotion at the employer above
    assert a["role@Société Camerounaise des Eaux"] == "Site Engineer"
    assert a["place@Société Camerounaise des Eaux"] == "Douala, Cameroon"
    assert "204511" not in " ".join(a.values())  # a registration's number is no fact


# The main column on the left and a sidebar on the right, as a browser prints it: a date line under
# each heading stands beside a sidebar line, and each job's list is indented (its discs are shapes)
RIGHT_SIDEBAR = """Aoife Brennan                                                            Contact
Veterinary Nurse                                                         Ennis, Clare
Experience                                                               085 555 7781
                                                                         aoife.brennan@example.ie
Head Nurse — Riverside Veterinary Hospital, Ennis
March 2019 – present                                                     Skills
   Run the surgical nursing rota for 14 nurses                           Anaesthesia monitoring
   Cut post-operative infections by 30%                                  Dental radiography
Veterinary Nurse — Clonmel Animal Clinic, Clonmel                        Languages
June 2015 – February 2019
Education                                                                English (native)
Diploma in Veterinary Nursing — University College Dublin                Irish (conversational)
2013 – 2015
Certificate in Animal Care — Limerick College of Further Education
2012 – 2013
"""


def test_a_right_sidebar_a_date_under_each_heading_and_a_town_in_the_sidebar():
    r = parse_resume(RIGHT_SIDEBAR)
    assert [s.kind for s in r.sections] == ["experience", "education", "contact", "skills", "languages"]
    a = answers(RIGHT_SIDEBAR, "Aoife")
    assert a["role@Riverside Veterinary Hospital"] == "Head Nurse"
    assert a["count@Riverside Veterinary Hospital:nurses"] == "14 nurses"  # its list, not a job
    assert a["role@Clonmel Animal Clinic"] == "Veterinary Nurse"
    # a degree over its dates line, then the next degree the same way: two degrees, not one
    assert a["degree@University College Dublin"] == "Diploma in Veterinary Nursing"
    assert a["degree@Limerick College of Further Education"] == "Certificate in Animal Care"
    assert a["location"] == "Ennis, Clare"  # a town and its county over the phone, in a contact section
    assert a["level@Irish"] == "conversational"


def test_what_the_third_round_of_blind_documents_needed(tmp_path):
    import docx

    from lenweight.documents import tidy_pdf_text as tidy

    # moderncv's narrow date column: a range wrapped after its dash, each row's text a paragraph
    # ending in a stop; a narrow cell wrapped inside brackets
    assert tidy("      06/2017 –    Nurse, Mater Hospital, Dublin.\n        05/2019    Ran the ward.\n") == (
        "      06/2017 – 05/2019  Nurse, Mater Hospital, Dublin.\n" + " " * 19 + "Ran the ward.\n"
    )
    assert tidy("CIPD (Chartered Institute of\nPersonnel and Development), 2020") == (
        "CIPD (Chartered Institute of Personnel and Development), 2020"
    )
    text = "\n".join([
        "Piotr Nowak", "piotr.nowak@example.pl", "", "Experience",
        "03/2020 – present   Backend Developer, Allegro Group, Warsaw.",
        "                      Moved 40 services to Kubernetes.",
        "      06/2017 – 05/2019  Junior Developer, Comarch, Kraków.",
        "", "Education",
        "2012–2016       MSc in Computer Science, Warsaw University of",
        "                     Technology. Thesis on distributed caches.",
        "", "Skills", "Languages        Go, Java, SQL", "Systems          Kubernetes, Kafka, PostgreSQL",
    ])  # fmt: skip
    a = answers(text, "Piotr")
    assert a["role@Allegro Group"] == "Backend Developer" and a["role@Comarch"] == "Junior Developer"
    assert a["degree@Warsaw University of Technology"] == "MSc in Computer Science"
    assert "Languages" not in a["skills"] and "Kafka" in a["skills"]
    # a narrow table cell wraps a degree's name: inside the field, or inside the school's name
    cell = "\n".join([
        "Awa Diop", "awa.diop@example.sn", "", "EDUCATION", "Master in Supply Chain", "Management, ESCP Paris",
        "2019", "Licence in Economics, Université", "Cheikh Anta Diop de Dakar", "2016",
    ])  # fmt: skip
    a = answers(cell, "Awa")
    assert a["degree@ESCP Paris"] == "Master in Supply Chain Management"
    assert a["degree@Université Cheikh Anta Diop de Dakar"] == "Licence in Economics"
    # a German CV: the role after its dates, the employer under it; the place and date it was signed
    lebenslauf = "\n".join([
        "Jonas Keller", "jonas.keller@example.de", "", "Berufserfahrung",
        "seit 01/2021               Projektleiter Logistik", "                           DB Schenker, Essen",
        "03/2016 – 12/2020          Disponent", "                           Rhenus Logistics, Duisburg",
        "", "EDV-Kenntnisse", "SAP, Excel, Power BI", "", "Essen, im Mai 2025",
    ])  # fmt: skip
    a = answers(lebenslauf, "Jonas")
    assert a["role@DB Schenker"] == "Projektleiter Logistik" and a["role@Rhenus Logistics"] == "Disponent"
    assert a["skills"] == "SAP, Excel, Power BI"  # not the town it was signed in
    # a Word template's table: each section's title in the left cell, its content in the right
    doc = docx.Document()
    doc.add_paragraph("Mariam Haddad")
    doc.add_paragraph("mariam.haddad@example.com")
    table = doc.add_table(rows=0, cols=2)
    for title, paragraphs in [
        ("PROFILE", [("Normal", "Buyer for grocery chains.")]),
        ("EXPERIENCE", [("Normal", "Senior Buyer, Carrefour Jordan"), ("Normal", "Amman · 2019 – Present"),
                        ("List Bullet", "Manage 2,300 suppliers"), ("Normal", "Buyer, Safeway Jordan"),
                        ("Normal", "Amman · 2015 – 2019")]),
        ("EDUCATION", [("Normal", "MBA, German Jordanian University"), ("Normal", "2018"),
                       ("Normal", "BSc in Accounting, University of Jordan"), ("Normal", "2014")]),
        ("LANGUAGES", [("Normal", "Arabic (native), English (fluent)")]),
        ("SKILLS", [("Normal", "Negotiation, SAP MM, Excel")]),
    ]:  # fmt: skip
        left, right = table.add_row().cells
        left.text = title
        right.text = paragraphs[0][1]
        for style, line in paragraphs[1:]:
            right.add_paragraph(line, style=style)
    doc.save(tmp_path / "cv.docx")
    name, a = _file_answers(tmp_path / "cv.docx")
    assert a["role@Carrefour Jordan"] == "Senior Buyer" and a["role@Safeway Jordan"] == "Buyer"
    assert a["count@Carrefour Jordan:suppliers"] == "2,300 suppliers"
    assert (
        a["degree@University of Jordan"] == "BSc in Accounting"
        and a["degree@German Jordanian University"] == "MBA"
    )
    assert a["skills"] == "Negotiation, SAP MM, Excel" and a["level@English"] == "fluent"


def test_what_the_fourth_round_of_blind_documents_needed():
    from lenweight.documents import tidy_pdf_text as tidy

    # an address too long for a sidebar, in two runs far apart; not two addresses side by side
    assert tidy("Details   li.wei@exa             mple.com").rstrip() == "Details   li.wei@example.com"
    assert tidy("li@example.com     wei.org") == "li@example.com     wei.org"
    # Google Docs' "Serif": the contact lines beside the name, above the columns, are the header
    serif = "\n".join([
        "                                                       Calle Mayor 14, Zaragoza",
        "Lucía Navarro                                          +34 612 555 019",
        "Agronomist in irrigation.                              lucia.navarro@example.es",
        "",
        "EXPERIENCE                                             SKILLS",
        "Riegos del Ebro, Zaragoza — Irrigation Engineer        Drip design, QGIS, EPANET",
        "MARCH 2019 - PRESENT",
        "• Designed drip systems for 3,000 ha of orchards       LANGUAGES",
        "Cooperativa San Jorge, Huesca — Field Technician       Spanish (native), English (B2)",
        "JUNE 2016 - FEBRUARY 2019",
    ])  # fmt: skip
    a = answers(serif, "Lucía")
    assert a["email"] == "lucia.navarro@example.es" and a["location"] == "Zaragoza"
    assert a["role@Riegos del Ebro"] == "Irrigation Engineer" and a["level@English"] == "B2"
    # "Organization" names an employer; the unit after the role stays the role's
    harvard = "\n".join([
        "Kofi Boateng", "kofi.boateng@example.org", "", "EXPERIENCE",
        "World Food Organization                                        Rome, Italy",
        "Programme Officer, Emergency Unit                              June 2023 – Present",
        "• Planned food deliveries for 120,000 people",
    ])  # fmt: skip
    a = answers(harvard, "Kofi")
    assert a["role@World Food Organization"] == "Programme Officer, Emergency Unit"
    # "Achievements" over rows dated as the entries above it is a section, not a job's label
    text = "\n".join([
        "Omar Farouk", "omar.farouk@example.eg", "", "Education",
        "2015–2019          BSc Computer Engineering, Cairo University", "Achievements",
        "2018               ACM ICPC Africa and Arab Championship: 2nd place",
    ])  # fmt: skip
    assert [s.kind for s in parse_resume(text).sections] == ["education", "awards"]
    # a sidebar wraps a certificate's name before its short form: one certificate, not two
    text = "Nadia Aziz\nnadia@example.com\n\nCertifications\nCertified Information Systems\nSecurity Professional (CISSP)\nCCNA, Cisco, 2019\n"
    assert (
        answers(text, "Nadia")["certifications"]
        == "Certified Information Systems Security Professional (CISSP); CCNA, Cisco"
    )
    # LinkedIn: a field after a degree that names one already ("..., Operations")
    text = "Anil Rao\nanil@example.in\n\nEducation\nIndian Institute of Management Indore\nPost Graduate Diploma in Management, Finance · (2011 - 2013)\n"
    assert (
        answers(text, "Anil")["degree@Indian Institute of Management Indore"]
        == "Post Graduate Diploma in Management, Finance"
    )


def test_titles_and_names_as_a_typeset_page_writes_them():
    # a page sets titles in small capitals ("Expérience de travail", read as a plain title, whole)
    # and an apostrophe curly ("Hi, I’m ...": LaTeX and Word both make it so)
    assert section_kind("Expérience de travail", loose=False) == "experience"
    assert section_kind("Experiencia de trabajo", loose=False) == "experience"
    assert (
        parse_resume("Hi, I’m Ada Obi\nada@example.ng\n\nEXPERIENCE\nNurse, LUTH, 2019 - 2021\n").name
        == "Ada Obi"
    )


def test_mixed_case_titles_and_wrapped_references_of_a_typeset_cv():
    # LaTeX's small capitals come out as "Selected Publications"; a long reference wraps its journal
    # and pages onto the lines under its number
    text = "\n".join([
        "Tomás Ibarra", "tomas.ibarra@example.cl", "", "Education", "2019   PhD in Geology, Universidad de Chile",
        "", "Selected Publications",
        "1.  Ibarra T, Soto M (2023) Fault creep under the Atacama salt flats.",
        "Journal of Structural Geology 170:", "104-118.",
        "2.  Ibarra T (2021) Dating alluvial fans with cosmogenic nuclides.  Geomorphology 390: 107-121.",
    ])  # fmt: skip
    assert [s.kind for s in parse_resume(text).sections] == ["education", "publications"]
    a = answers(text, "Tomás")
    assert a["venue@Fault creep under the Atacama salt flats"] == "Journal of Structural Geology"
    assert a["year@Fault creep under the Atacama salt flats"] == "2023"
    assert a["venue@Dating alluvial fans with cosmogenic nuclides"] == "Geomorphology"
    # but an employer named by such a word, over its dated role, opens no section
    text = "Ines Roth\nines@example.de\n\nExperience\nEditor, Verlag Roth, 2021 - Present\n\nAcme Publications\nCopy Editor, 2018 - 2021\n"
    assert [s.kind for s in parse_resume(text).sections] == ["experience"]
    assert answers(text, "Ines")["role@Acme Publications"] == "Copy Editor"


def test_a_list_whose_bullets_a_browser_drew_as_shapes():
    # printed from a web page, a list's discs are shapes, not text: its lines come indented, after the
    # blank line under the entry's dates, with no glyph
    text = (
        "Nadia Haddad\nnadia@example.lb\n\nExperience\n\nNurse Manager\nClemenceau Medical Center - Beirut\n"
        "March 2020 to Present\n\n   Lead a cardiac ward of 30 beds and 18 nurses across three rotating shifts\n"
        "   Cut patient falls by 25% with hourly rounding and a bedside alarm audit every week\n\n"
        "Staff Nurse\nAUBMC - Beirut\nJune 2015 to February 2020\n\n   Promoted to charge nurse in 2018\n"
    )
    a = answers(text, "Nadia")
    assert a["did@Clemenceau Medical Center"].startswith("Lead a cardiac ward of 30 beds")
    assert a["role@AUBMC"] == "Staff Nurse" and a["dates@AUBMC"] == "June 2015 - February 2020"


def test_a_pdf_whose_fonts_are_bitmaps(caplog):
    # pdflatex with T1 fonts and no cm-super embeds Type 3 bitmaps: pypdf spreads the words over each
    # line ("Marek", 14 spaces, "Novak") and their dashes carry no text; the user is told
    with caplog.at_level(logging.WARNING, logger="lenweight.documents"):
        name, a = _file_answers(DOCUMENTS / "bitmap_resume.pdf")
    assert "fonts are bitmaps (Type 3)" in caplog.text
    assert name == "Marek" and a["email"] == "marek.novak@example.cz"
    assert (
        a["role@Siemens Mobility"] == "Service Technician"
        and a["dates@Siemens Mobility"] == "Mar 2019 - present"
    )
    assert a["role@Alstom"] == "Field Engineer" and a["dates@Alstom"] == "Jun 2015 - Feb 2019"
    assert a["languages"] == "Czech, English" and a["level@Czech"] == "Native"


# ---- round 5 of the blind documents: Europass's web editor, an Indian Word CV, USAJOBS, pandoc ----


def test_a_job_written_as_labelled_fields():
    # Indian CVs set each job as "Label : value" lines at a tab; the labels say which part is which
    text = (
        "PRIYANKA MENON\npriyanka.menon@example.in\n\nWORK EXPERIENCE\n"
        "Company              : Infosys Ltd., Mysuru\nDesignation          : Systems Engineer\n"
        "Duration             : August 2020 to till date\nRoles & Responsibilities:\n"
        "•  Migrated 40 batch jobs to Azure Data Factory\n\n"
        "Organisation         : Wipro Technologies, Pune\nDesignation          : Project Trainee\n"
        "Period               : January 2020 to July 2020\n"
    )
    a = answers(text, "Priyanka")
    assert a["role@Infosys Ltd."] == "Systems Engineer" and a["place@Infosys Ltd."] == "Mysuru"
    assert a["dates@Infosys Ltd."] == "August 2020 - present" and a["current_org"] == "Infosys Ltd."
    assert a["role@Wipro Technologies"] == "Project Trainee" and a["place@Wipro Technologies"] == "Pune"
    assert "Responsibilities" not in json.dumps(a)


def test_an_education_table_as_word_and_as_its_pdf_write_it():
    # a Word table's rows come with their cells split by tabs, under column names two of which share a
    # column ("Board / University"); the closing declaration is no section of facts
    text = (
        "ARJUN NAIR\narjun.nair@example.in\n\nACADEMIC QUALIFICATION\n"
        "Degree\tInstitute\tBoard / University\tYear\tPercentage / CGPA\n"
        "M.Tech (Structural Engineering)\tNIT Calicut\tNIT Calicut\t2021\t8.9 CGPA\n"
        "B.Tech (Civil Engineering)\tGovernment Engineering College, Thrissur\tUniversity of Calicut\t2019\t78%\n"
        "\nLanguages Known\t: English, Malayalam\n\nDECLARATION\nI hereby declare that the details above are true.\n"
    )
    assert [s.kind for s in parse_resume(text).sections] == ["education", "languages", "application"]
    a = answers(text, "Arjun")
    assert a["field@NIT Calicut:master's degree"] == "Structural Engineering"
    assert a["grad@NIT Calicut:master's degree"] == "2021"
    assert a["field@Government Engineering College, Thrissur:bachelor's degree"] == "Civil Engineering"
    assert a["languages"] == "English, Malayalam"
    # the same table as a PDF of it gives it: cells set with spaces, long cells wrapped onto lines of
    # their own under their column, the header wrapped too
    text = (
        "Sunita Das\nsunita.das@example.in\n\nEDUCATIONAL QUALIFICATION\n"
        "Qualification    Institution          Board /            Year of     Percentage /\n"
        "                                      University         Passing     CGPA\n"
        "B.Sc.            St. Xavier's         University of      2018        72%\n"
        "(Physics)        College, Kolkata     Calcutta\n"
        "HSC              La                   WBCHSE             2015        91%\n"
        "                 Martiniere\n                 for Girls,\n                 Kolkata\n"
        "ICSE             La                   CISCE              2013        94%\n"
        "                 Martiniere\n                 for Girls,\n                 Kolkata\n"
    )
    a = answers(text, "Sunita")
    assert a["field@St. Xavier's College, Kolkata:bachelor's degree"] == "Physics"
    assert a["grad@St. Xavier's College, Kolkata:bachelor's degree"] == "2018"
    # (the school's wrapped lines under the second row are its own, not a resume pasted twice)
    assert a["degree@La Martiniere for Girls, Kolkata"] == "HSC and ICSE"


def test_a_table_cell_wrapped_beside_a_bracket_is_not_joined_across_columns():
    from lenweight.documents import tidy_pdf_text as tidy

    cells = "B.Sc.          Loreto\n(Applied       College,\nPhysics)       Shillong\n"
    assert tidy(cells) == cells


def test_the_europass_web_editors_language_grid_final_grade_and_dates_over_items():
    # the grid as a table (the skills as column titles, a row a language), a "Final grade" that stays
    # with its degree (the thesis after it had gone to the next degree), a date over its award
    text = "\n".join([
        "Chiara Bellini", "chiara.bellini@example.it", "", "EDUCATION AND TRAINING", "",
        "[ 10/2015 – 03/2021 ]", "Degree in Medicine and Surgery", "Università di Torino",
        "City: Turin | Country: Italy | Final grade: 110/110 | Thesis: Sepsis scores in the elderly", "",
        "[ 09/2010 – 07/2015 ]", "Bachelor's Degree in Biology", "Università di Pavia",
        "City: Pavia | Country: Italy", "", "LANGUAGE SKILLS", "Mother tongue(s): Italian", "Other language(s):",
        "              UNDERSTANDING              SPEAKING                              WRITING",
        "              Listening     Reading      Spoken production   Spoken interaction",
        "English       B2            C1           B2                  B2                 B2",
        "French        A2            B1           A2                  A2                 A1",
        "Levels: A1 and A2: Basic user; B1 and B2: Independent user; C1 and C2: Proficient user", "",
        "HONOURS AND AWARDS", "", "[ 2020 ]", "Premio Giovani Ricercatori – Ordine dei Medici di Torino",
    ])  # fmt: skip
    a = answers(text, "Chiara")
    assert a["languages"] == "Italian, English, French"
    assert a["level@English"] == "B2" and a["level@French"] == "A2"
    assert "thesis@Università di Pavia:bachelor's degree" not in a
    assert a["thesis@Università di Torino:degree"] == "Sepsis scores in the elderly"
    assert a["gpa@Università di Torino:degree"] == "110/110"
    assert a["award_when@Premio Giovani Ricercatori"] == "2020"
    assert a["issuer@Premio Giovani Ricercatori"] == "Ordine dei Medici di Torino"


def test_an_initialisms_last_stop_stays_in_the_reply():
    facts, _ = gate(extract_facts(build_profile(parse_resume(
        "Luca Greco\nluca@example.it\n\nEXPERIENCE\nAnalyst, Eni S.p.A., 2019 - Present\n"
    )), "Luca"))  # fmt: skip
    replies = {r for f in facts if f.key == "current_org" for _, r in f.pairs()}
    assert "Eni S.p.A." in replies and "Eni S.p.A" not in replies


def test_a_usajobs_resume():
    # the agency and its street address over the town with its ZIP code, the dates, salary and grade
    # lines before the title, duties as a wrapped paragraph; "Honors:" under a degree; courses as one
    # paragraph; a language over its "Spoken: ..." levels; a membership's grade after its dash
    text = "\n".join([
        "Marcus D. Holloway", "marcus.holloway@example.gov", "", "Work Experience",
        "Department of Veterans Affairs, Veterans Health Administration", "1700 Clairmont Road",
        "Decatur, GA 30033 United States", "08/2020 - Present", "Salary: 88,000 USD Per Year",
        "Hours per week: 40", "Series: 0343 Pay Plan: GS Grade: 12", "Management Analyst",
        "Duties, Accomplishments and Related Skills:",
        "Analyze staffing models for 7 medical centers and brief the Network Director on",
        "overtime trends. Built a wait-time dashboard used by 40 clinics.",
        "Supervisor: Dana Wells (404-555-0190)", "Okay to contact this Supervisor: Yes", "",
        "Education", "Georgia State University Atlanta, GA United States", "Master's degree 12/2019",
        "Credits Earned: 36 Semester hours", "Major: Health Administration", "Honors: Magna Cum Laude", "",
        "Kennesaw State University Kennesaw, GA United States", "Bachelor's degree 05/2016",
        "Major: Economics", "", "Job Related Training",
        "Lean Six Sigma Green Belt, VA Healthcare (2021). Federal Budget Basics, Graduate School USA (2022).",
        "", "Language Skills", "Language Korean", "Spoken: Intermediate Written: Basic Read: Intermediate",
        "", "Affiliations", "American College of Healthcare Executives - Member", "",
        "Additional Information", "Veterans' preference: 10-point (CPS).",
    ])  # fmt: skip
    a = answers(text, "Marcus")
    org = "Department of Veterans Affairs, Veterans Health Administration"
    assert a[f"role@{org}"] == "Management Analyst" and a["current_org"] == org
    assert a[f"place@{org}"].startswith("Decatur, GA") and "30033" not in json.dumps(a)
    assert a[f"did@{org}"].endswith("brief the Network Director on overtime trends")
    assert a["field@Georgia State University:master's degree"] == "Health Administration"
    assert a["honours@Georgia State University:master's degree"] == "Magna Cum Laude"
    assert a["field@Kennesaw State University:bachelor's degree"] == "Economics"
    assert a["cert@Lean Six Sigma Green Belt, VA Healthcare"] == "2021"
    assert a["issuer@Federal Budget Basics"] == "Graduate School USA"
    assert a["level@Korean"] == "Intermediate" and a["languages"] == "Korean"
    assert not any(k.startswith("issuer@American College") for k in a)
    assert not any(w in json.dumps(a) for w in ("Clairmont", "Veterans' preference", "Credits Earned"))
    assert not any(k.startswith("named@") for k in a)  # "the Network Director on overtime" names nothing
    assert a[f"for@{org}:models"] == "7 medical centers"  # not "... and brief the Network Director"


def test_a_long_skills_list_with_no_categories_is_asked_whole():
    text = "Ida Berg\nida@example.se\n\nSKILLS\nGo, Rust, Python, PostgreSQL, Redis, Kafka, gRPC, Terraform\n"
    assert answers(text, "Ida")["skills"] == "Go, Rust, Python, PostgreSQL, Redis, Kafka, gRPC, Terraform"
    # with categories the list is each category's, and the whole is the first six of them all
    text = "Ida Berg\nida@example.se\n\nSKILLS\nLanguages: Go, Rust, Python, Java\nData: PostgreSQL, Redis, Kafka\n"
    assert answers(text, "Ida")["skills"] == "Go, Rust, Python, Java, PostgreSQL, Redis"


def test_a_certificate_named_by_its_body_first():
    # "APICS Certified ...", "Cisco Certified ...": the body that certifies opens the name, and is
    # asked for it (no year or issuer after it had left the certificate in the list only)
    text = (
        "Tomás Ruiz\ntomas@example.es\n\nCERTIFICATIONS\nCisco Certified Network Associate (CCNA)\n"
        "Microsoft Certified: Azure Fundamentals, 2023\n"
    )
    a = answers(text, "Tomás")
    assert a["cert_from@Cisco"] == "Certified Network Associate (CCNA)"
    assert a["cert_from@Microsoft"] == "Azure Fundamentals" and a["cert@Azure Fundamentals"] == "2023"


def test_spacing_a_typeset_page_leaves_in_names():
    # LaTeX's wider space after an abbreviation's stop, a short form in brackets before the town, a
    # CV class's language set two spaces after its flush-right name
    text = (
        "Oskar Lind\noskar@example.se\n\nEDUCATION\nB.Sc.  in Physics, Lund University, 2014 - 2017\n\n"
        "EXPERIENCE\nResearch Nurse | Karolinska University Hospital (KUH), Stockholm | 2018 - 2022\n\n"
        "LANGUAGES\n   Swedish  Mother tongue\n   English  Fluent (C1)\n"
    )
    a = answers(text, "Oskar")
    assert a["degree@Lund University"] == "B.Sc. in Physics"
    assert make("skills", "skills", "Python,  SQL ,  R", None, "Oskar").answer == "Python, SQL, R"
    assert a["role@Karolinska University Hospital"] == "Research Nurse"
    assert a["place@Karolinska University Hospital"] == "Stockholm"
    assert a["languages"] == "Swedish, English" and a["level@Swedish"] == "Mother tongue"


def test_a_dotted_range_after_a_word_that_is_no_month():
    # "Background 2017.09-2020.06" had raised inside find_range (the word was tried as a month)
    text = "Supply Chain Analyst Education Background 2017.09-2020.06 Fudan University"
    r = find_range(text)
    assert text[r.span[0] : r.span[1]] == "2017.09-2020.06" and (r.start, r.end) == ((2017, 9), (2020, 6))


# ---- round 6: Typst, a French and a Spanish Word CV, a UK skills table, a JSON Resume theme ------


def test_a_photo_cell_beside_the_name_and_spanish_sections():
    text = (
        "FOTO                                    Marta Gil Serrano\n"
        "                                        Farmacéutica comunitaria\n"
        "                                        marta.gil@example.es\n\n"
        "EXPERIENCIA LABORAL\nfeb. 2019 – actualidad\nFarmacéutica adjunta\nFarmacia Central, Zaragoza\n\n"
        "FORMACIÓN\n2017 – 2018\nEspecialización en Farmacia Hospitalaria\nHospital Miguel Servet, Zaragoza\n"
        "2012 – 2017\nGrado en Farmacia\nUniversidad de Granada\n\n"
        "IDIOMAS\nInglés: C1\n\nOTROS DATOS\nCarné de conducir B.\n"
    )
    r = parse_resume(text)
    assert r.name == "Marta Gil Serrano"
    assert [s.kind for s in r.sections] == ["experience", "education", "languages", "application"]
    a = answers(text, "Marta")
    assert a["role@Farmacia Central"] == "Farmacéutica adjunta" and a["languages"] == "English"
    assert a["degree@Hospital Miguel Servet"] == "Especialización en Farmacia Hospitalaria"


def test_skill_categories_over_their_items_and_a_title_word_among_them():
    # a JSON Resume theme: section titles in a left column; under "Skills" each category on a line
    # of its own over its keyword chips, one of them named "Languages" (programming ones)
    text = "\n".join([
        "Ana Souza", "ana@souza.dev", "",
        "Work            Platform Engineer, Stone                                 2020-05 — Present",
        "                Runs the Kafka clusters of the payments team.", "",
        "Education       Universidade Federal de Minas Gerais                      2014 — 2018",
        "                Bachelor — Computer Science", "",
        "Skills          Cloud", "                 AWS    GCP    Terraform", "                Languages",
        "                 Go    Rust    Python", "",
        "Languages       Portuguese — Native speaker", "                English — Fluent",
    ])  # fmt: skip
    a = answers(text, "Ana")
    assert a["skills@cloud"] == "AWS, GCP, Terraform" and a["skills@languages"] == "Go, Rust, Python"
    assert a["languages"] == "Portuguese, English"
    # a skill area over what was done there (a functional resume) stays an area, not a category
    text = "Li Wei\nli@example.cn\n\nSKILLS\nCurriculum Design\n   Wrote a 36-week chemistry curriculum for 600 students\n"
    assert "skills@curriculum design" not in answers(text, "Li")


def test_a_uk_cv_skills_table_and_a_professional_diploma_under_education():
    # a Word table of skills: its cells at tabs (the .docx), or set with spaces, each bullet a
    # Symbol glyph, a long cell wrapped onto the next line (its PDF)
    from lenweight.documents import tidy_pdf_text as tidy

    docx = (
        "Owen Hughes\nowen@example.co.uk\n\nKEY SKILLS\nFleet management systems\tFire safety and first aid\tRoute planning\n"
        "Team leadership\tLean and 5S\tSupplier management\n"
    )  # (the second row's tabs land where the first row's cells start, one space after "leadership")
    assert answers(docx, "Owen")["skills"] == (
        "Fleet management systems, Fire safety and first aid, Route planning, Team leadership, Lean and 5S, "
        "Supplier management"
    )
    pdf = tidy(
        "Owen Hughes\nowen@example.co.uk\n\nKEY SKILLS\n"
        "\uf0b7   Fleet management            \uf0b7   Health and safety      \uf0b7   Route planning\n"
        "    systems\n"
        "\uf0b7   Team leadership             \uf0b7   Lean and 5S           \uf0b7   Budget control\n\n"
        "EDUCATION\nCardiff University                              2009 – 2012\nBA (Hons) Geography, 2:1\n"
        "CPC in Road Haulage Operations Diploma, 2015\n"
    )
    a = answers(pdf, "Owen")
    assert a["skills"].startswith(
        "Fleet management systems, Health and safety, Route planning, Team leadership"
    )
    assert a["cert@CPC in Road Haulage Operations Diploma"] == "2015"
    # a grid whose next line fills every column is the next row, not a wrap
    grid = "Li Na\nli.na@example.cn\n\nCORE COMPETENCIES\nBudgeting      Month-End Close      NetSuite\nAuditing       SOX Compliance       Power BI\n"
    assert (
        answers(grid, "Li")["skills"]
        == "Budgeting, Month-End Close, NetSuite, Auditing, SOX Compliance, Power BI"
    )


def test_a_projects_tools_line_under_its_name():
    text = (
        "Kofi Mensah\nkofi@example.gh\n\nPROJECTS\nfarmcast\nPython, FastAPI, PostGIS                2023\n"
        "• Rainfall forecasts by SMS for 4,000 smallholder farmers\n"
    )
    a = answers(text, "Kofi")
    assert a["projects"] == "farmcast"
    assert a["project@farmcast"].startswith("Rainfall forecasts by SMS")


def test_a_bitmap_fonts_glued_ranges_and_a_columns_gap_stays_refused():
    from lenweight.documents import _glued_range

    pattern = r"\b((?:19|20)\d\d)((?:19|20)\d\d|present|now|current)\b"
    fix = lambda t: re.sub(pattern, _glued_range, t, flags=re.I)  # noqa: E731
    assert fix("20212022   Research Associate") == "2021 – 2022   Research Associate"
    assert fix("2022present") == "2022 – present" and fix("20222019") == "20222019"
    # two spaces are one, but a wider run is a column's gap: the gate refuses such an answer
    fact = make("skills", "skills", "Figma   UX Researcher", None, "Ana")
    assert fact.answer == "Figma   UX Researcher" and gate([fact])[0] == []


def test_a_running_header_printed_again_atop_the_next_page():
    text = (
        "Eero Laine – Curriculum Vitae\n\nEero Laine\neero.laine@example.fi\n\nEXPERIENCE\n"
        "Nurse, Tampere University Hospital, 2019 - Present\n\nPage 1 of 2\n\nEero Laine – Curriculum Vitae\n\n"
        "EDUCATION\nBSc in Nursing, Tampere University of Applied Sciences, 2015 - 2019\n"
    )
    r = parse_resume(text)
    assert r.name == "Eero Laine"
    assert all("Curriculum" not in ln.text for s in r.sections for ln in s.lines)


# ---- round 7: Word's content controls, a Nigerian CV, the classic Europass CV, moderncv ---------


def test_a_word_templates_content_controls(tmp_path):
    # Word's own templates keep the name, the contact line and each section inside content controls
    # (w:sdt): their paragraphs are the resume's
    from docx import Document
    from docx.oxml import OxmlElement

    doc = Document()
    paragraphs = [
        doc.add_paragraph("Inês Barros", style="Title"),
        doc.add_paragraph("Porto · ines.barros@example.pt"),
        doc.add_paragraph("Experience", style="Heading 1"),
        doc.add_paragraph("Data Analyst · Sonae", style="Heading 2"),
        doc.add_paragraph("March 2020 – Present"),
    ]
    for p in paragraphs:
        sdt, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
        sdt.append(OxmlElement("w:sdtPr"))
        sdt.append(content)
        p._p.addprevious(sdt)
        content.append(p._p)
    doc.save(tmp_path / "cv.docx")
    name, a = _file_answers(tmp_path / "cv.docx")
    assert name == "Inês" and a["role@Sonae"] == "Data Analyst" and a["dates@Sonae"] == "March 2020 - present"


def test_the_classic_europass_cv():
    # titles and each entry's dates right-aligned in a left column against the content; the first
    # title's content is the name and contact lines; labels without colons
    text = "\n".join([
        "PERSONAL INFORMATION                   Jonas Petrauskas", "",
        "                                       Gedimino pr. 9, 01103 Vilnius (Lithuania)",
        "                                       jonas.petrauskas@example.lt",
        "                                       Sex Male | Date of birth 03/02/1990 | Nationality Lithuanian", "",
        "          JOB APPLIED FOR              Hydrologist", "",
        "        WORK EXPERIENCE",
        "            01/06/2018–Present         Senior Hydrologist",
        "                                       Lithuanian Hydrometeorological Service, Vilnius (Lithuania)",
        "                                       ▪ Run flood forecasts for 12 river basins",
        "                                       Business or sector Public administration", "",
        "EDUCATION AND TRAINING",
        "                      2012–2014        MSc in Hydrology",
        "                                       Vilnius University, Vilnius (Lithuania)", "",
        "          PERSONAL SKILLS",
        "            MOTHER TONGUE(S)           Lithuanian",
        "              DRIVING LICENCE          B",
    ])  # fmt: skip
    r = parse_resume(text)
    assert r.name == "Jonas Petrauskas"
    a = answers(text, "Jonas")
    assert a["role@Lithuanian Hydrometeorological Service"] == "Senior Hydrologist"
    assert a["field@Vilnius University:master's degree"] == "Hydrology"
    assert a["location"] == "Vilnius, Lithuania" and a["languages"] == "Lithuanian"
    assert not any(w in json.dumps(a) for w in ("Business or sector", "Sex Male", "Public administration"))
    assert "certifications" not in a  # the driving licence's "B" is no credential


def test_schools_and_qualifications_in_two_lists():
    # a Nigerian CV: the schools with their dates, then the qualifications with their years; each
    # qualification is the degree of the school it ended at, one that ended at none a certificate
    text = (
        "Aisha Bello\naisha.bello@example.ng\n\nEDUCATIONAL INSTITUTIONS ATTENDED WITH DATES\n"
        "Ahmadu Bello University, Zaria          2010 – 2015\nGovernment Girls College, Kano          2004 – 2010\n\n"
        "EDUCATIONAL QUALIFICATIONS OBTAINED WITH DATES\nB.Sc. Microbiology (Second Class Upper)          2015\n"
        "West African Senior School Certificate (WASSCE)          2010\n"
        "Associate Member, Nigerian Institute of Management          2019\n\n"
        "HOBBIES\nCooking, chess and swimming\n"
    )
    a = answers(text, "Aisha")
    assert a["field@Ahmadu Bello University:bachelor's degree"] == "Microbiology"
    assert a["dates@Ahmadu Bello University"] == "2010 - 2015"
    assert a["degree@Government Girls College"] == "West African Senior School Certificate (WASSCE)"
    assert "Associate Member, Nigerian Institute of Management" in a["certifications"]
    assert "2019" in [v for k, v in a.items() if k.startswith("cert@Associate Member")]
    assert a["sport"] == "Swimming"  # not "Chess and swimming"


def test_moderncv_labels_glued_to_their_values_and_its_titles():
    # pypdf's fixed character width glues moderncv's right-aligned labels to their values; the titles
    # stand in the text's column, "Interests" right under the last language
    from lenweight.documents import tidy_pdf_text as tidy

    text = tidy("\n".join([
        "Tomasz Zielinski", "                   00-950 Warszawa", "tomasz.zielinski@example.pl", "",
        "                   Experience",
        "2019–present   Backend Developer, Allegro, Warszawa, Grade:  4.5",
        "                   Skills",
        "    LanguagesKotlin, Java, SQL",
        "                   Languages",
        "       PolishMother tongue",
        "        EnglishFluent                                       C1, TOEFL 110",
        "                   Interests",
        "        SportsCycling, sailing",
    ]))  # fmt: skip
    assert "    Languages   Kotlin, Java, SQL" in text and "       Polish   Mother tongue" in text
    a = answers(text, "Tomasz")
    assert a["skills@languages"] == "Kotlin, Java, SQL" and a["languages"] == "Polish, English"
    assert a["level@English"] == "Fluent" and a["sport"] == "Cycling, Sailing"


# ---- round 8: a scan read by OCR, a Word text box, a Notion page, an academic Word CV -----------


def test_a_word_text_box_sidebar(tmp_path):
    # a sidebar drawn as a text box (a floating shape in the first paragraph): its text is read, once
    from docx import Document
    from docx.oxml import parse_xml

    doc = Document()
    box = "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in ("SKILLS", "Revit", "AutoCAD", "Dynamo"))
    doc.element.body.insert(0, parse_xml(
        '<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml"><w:r><w:pict><v:shape><v:textbox>'
        f"<w:txbxContent>{box}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
    ))  # fmt: skip
    for text in (
        "Aroha Ngata",
        "aroha@example.nz",
        "EXPERIENCE",
        "Architect, Warren and Mahoney, 2019 - Present",
    ):
        doc.add_paragraph(text)
    doc.save(tmp_path / "cv.docx")
    name, a = _file_answers(tmp_path / "cv.docx")
    assert name == "Aroha" and a["skills"] == "Revit, AutoCAD, Dynamo"
    assert a["role@Warren and Mahoney"] == "Architect"


def test_an_ocr_scans_spacing_bullets_and_a_saints_name():
    # Tesseract's text layer places each word alone: pypdf spreads them two spaces apart (columns
    # wider still), and OCR reads a bullet as "e" or "¢"; "St." before a saint's name is no state
    from lenweight.documents import _page_text, tidy_pdf_text

    class Page:
        def extract_text(self, extraction_mode):
            return (
                "Liam  Brennan\nTralee,  Co.  Kerry    -  087  555  0100    -  liam.brennan@example.ie\n\nEXPERIENCE\n"
                "Teacher,  St.  Brigid's  National  School,  Tralee                2010  —  2020\n"
                "    ¢   Coordinated  the  maths  programme  for  200  pupils\n"
            )

    text, bitmap = _page_text(Page())
    assert not bitmap and "Teacher, St. Brigid's National School, Tralee        2010 — 2020" in text
    a = answers(tidy_pdf_text(text), "Liam")
    assert (
        a["role@St. Brigid's National School"] == "Teacher"
        and a["place@St. Brigid's National School"] == "Tralee"
    )
    assert a["count@St. Brigid's National School:pupils"] == "200 pupils"
    assert a["location"] == "Tralee"  # an Irish town with its county, the scan's dots read as dashes


def test_a_notion_page_table_of_jobs_and_an_address_split_before_its_at():
    from lenweight.documents import tidy_pdf_text

    text = tidy_pdf_text(
        "Lena Fischer\n    lena.fisc                 her@example.de · Leipzig, Germany\n\nExperience\n"
        "Company                Role                        Dates                        Location\n"
        "Zalando                Data Analyst                Mar 2021 → Present           Berlin\n"
        "Spreadshirt            Junior Analyst              Jun 2018 → Feb 2021          Leipzig\n"
        "       At Zalando: built the returns forecast used by 9 teams\n\n"
        "Registration\nChartered Statistician (CStat), Royal Statistical Society, 2022\n"
    )
    a = answers(text, "Lena")
    assert a["email"] == "lena.fischer@example.de"
    assert a["role@Spreadshirt"] == "Junior Analyst" and a["dates@Spreadshirt"] == "Jun 2018 - Feb 2021"
    assert a["place@Spreadshirt"] == "Leipzig" and a["dates@Zalando"] == "Mar 2021 - present"
    assert a["issuer@Chartered Statistician (CStat)"] == "Royal Statistical Society"


# ---- round 9 of the blind documents (b40-b44) --------------------------------------------------

# A rirekisho kept as a spreadsheet, as its PDF's text comes out: labelled cells with their values at
# one column, the history grid's Year | Month | event columns, its headings in the grid's header row
SHEET = """RÉSUMÉ                                                        As of March 1, 2026
Name                       Aiko Nishimura
Date of Birth              May 2, 1992 (Age 33)
Address                    2-5-1 Tenjin, Chuo-ku, Fukuoka 810-0001
E-mail                     aiko.nishimura@example.jp


     Year        Month                          Education and Work History
                                                     Education
     2011            4     Entered Kyushu University, School of Agriculture
     2015            3     Graduated from Kyushu University, School of Agriculture (B.Sc. in Food Science)
                                                    Work History
     2015            4     Joined Kewpie Corporation (Tokyo) – Quality Assurance Specialist, Mayonnaise Division
                           Audited 14 supplier plants a year
     2020            9     Left Kewpie Corporation for personal reasons
     2020           10     Joined Nissin Foods Holdings Co., Ltd. (Osaka) – Product Developer, Noodle R&D
                           Currently employed
                           End
     Year        Month                          Licenses and Certifications
     2016            7     Food Sanitation Supervisor
     2019           11     Certified Food Scientist

Skills                     HACCP, sensory panels, shelf-life testing
"""


def test_a_rirekisho_kept_as_a_spreadsheet():
    r = parse_resume(SHEET)
    assert r.name == "Aiko Nishimura"
    a = answers(SHEET, "Aiko")
    assert a["role@Kewpie Corporation"] == "Quality Assurance Specialist, Mayonnaise Division"
    assert a["place@Kewpie Corporation"] == "Tokyo" and a["end@Kewpie Corporation"] == "2020"
    assert (
        a["current_org"] == "Nissin Foods Holdings Co., Ltd."
        and a["current_role"] == "Product Developer, Noodle R&D"
    )
    assert a["field@Kyushu University:bachelor's degree"] == "Food Science"  # the closing event's brackets
    assert a["cert@Food Sanitation Supervisor"] == "2016" and a["email"] == "aiko.nishimura@example.jp"
    assert not any(re.search(r"Entered|Currently|Year|Left ", v) for v in a.values())


def test_a_legal_form_is_part_of_the_company_name():
    a = answers(
        "Tom Reyes\ntom@example.com\n\nExperience\nACME WIDGETS, INC., Dayton, OH    2018 – 2022\nBuyer\n",
        "Tom",
    )
    assert a["role@Acme Widgets, Inc."] == "Buyer" and a["place@Acme Widgets, Inc."] == "Dayton, OH"


# An executive resume: the company with its whole tenure, a line on what it is, then the titles held
# there with their own years; undated degrees, a school of a university
EXECUTIVE = """PATRICIA L. MONROE
Naperville, IL 60540 • (630) 555-0172 • pmonroe@example.com

PROFESSIONAL EXPERIENCE
HALVERSON LOGISTICS, INC., Chicago, IL                                  2010 – Present
$900M third-party logistics provider; 22 warehouses.
Senior Vice President, Network Operations (2018 – Present)
• Opened 6 cross-dock sites in two years.
Director of Warehousing (2013 – 2018)
Warehouse Manager, Joliet Campus (2010 – 2013)
• Cut pick errors by 40%.
Earlier career: Transportation Analyst, Ryder System, Miami, FL (2006 – 2010)

EDUCATION
MBA, Kellogg School of Management, Northwestern University
BS, Supply Chain Management, Michigan State University
"""


def test_an_executive_resumes_titles_under_their_company():
    a = answers(EXECUTIVE, "Patricia")
    assert a["current_org"] == "Halverson Logistics, Inc." and a["start@Halverson Logistics, Inc."] == "2010"
    assert a["current_role"] == "Senior Vice President, Network Operations"
    assert a["org@Warehouse Manager, Joliet Campus"] == "Halverson Logistics, Inc."
    assert a["org@Director of Warehousing"] == "Halverson Logistics, Inc."
    assert a["role@Ryder System"] == "Transportation Analyst" and a["place@Ryder System"] == "Miami, FL"
    assert not any("third-party" in v or "Earlier" in v for v in a.values())


def test_undated_degrees_each_with_its_school():
    q = questions(EXECUTIVE, "Patricia")
    assert q["Where did Patricia get an MBA?"] == "Kellogg School of Management, Northwestern University"
    a = answers(EXECUTIVE, "Patricia")
    assert a["school@bachelor's degree"] == "Michigan State University"
    assert a["field@Michigan State University:bachelor's degree"] == "Supply Chain Management"


# A Brazilian currículo: labelled job lines with no blank line between jobs, the town as "Cidade/UF"
CURRICULO = """Rafael Souza Lima
Brasileiro, solteiro, 29 anos
Av. Afonso Pena, 3000 – Apto 801 – Funcionários – Belo Horizonte/MG – CEP 30130-009
E-mail: rafael.slima@example.com.br

FORMAÇÃO ACADÊMICA
• Graduação em Engenharia de Produção – Universidade Federal de Minas Gerais – concluído em 2018

EXPERIÊNCIA PROFISSIONAL
Empresa: Localiza
Cargo: Analista de Planejamento
Período: 05/2020 a atual
Principais atividades: Previsão de demanda da frota; redução de 12% no estoque parado.
Empresa: Usiminas
Cargo: Trainee de Produção
Período: 01/2019 a 04/2020
"""


def test_a_brazilian_curriculo():
    a = answers(CURRICULO, "Rafael")
    assert a["role@Localiza"] == "Analista de Planejamento" and a["start@Localiza"] == "2020"
    assert a["role@Usiminas"] == "Trainee de Produção" and a["end@Usiminas"] == "2020"
    assert a["did@Localiza"].startswith("Previsão de demanda")  # the label is no part of what was done
    assert a["location"] == "Belo Horizonte, MG"
    assert a["field@bachelor's degree"] == "Engenharia de Produção"
    assert not any(re.search(r"Empresa|Cargo|Período|atividades|solteiro", v) for v in a.values())


def test_fontawesome_icon_names_and_a_spoken_row_under_a_fresh_skills_title():
    from lenweight.documents import tidy_pdf_text

    text = tidy_pdf_text(
        "Nadia Rahman\n"
        "\u2642\xb6ap-\xb6arker-altDhaka, Bangladesh   |   \u2642\xb6obile+880 1711 555 301   |   nadia@example.bd"
        "   |   /githubnrahman\n\nExperience\nGrameenphone                                  Dhaka, Bangladesh\n"
        "NETWORK ENGINEER                                 Jan. 2019 – Present\n"
        "•  Planned 300 rural 4G sites.\n\nCertificates\n2021      CCNP Enterprise            Cisco\nSkills\n"
        "Tools       Python, Ansible\n  Spoken       Bengali (native), English (C1)\n"
    )
    assert "\xb6" not in text and "/github" not in text
    a = answers(text, "Nadia")
    assert a["location"] == "Dhaka, Bangladesh" and a["phone"] == "+880 1711 555 301"
    assert a["languages"] == "Bengali, English"


# A portfolio site printed: the logo in lower case, a headline with the town, jobs as three cards a
# row (title wrapped by the card, "@ Company", a date badge, a sentence, tags), the email in the footer
PORTFOLIO = """jonas berg                                                                    Work      About      Contact

Hi, I'm Jonas.
Motion designer in Gothenburg, making interfaces move for 6 years.

E X P E R I E N C E

     V                                            S                                          E
  Lead Motion                                   Motion Designer                            Junior Designer
  Designer                                      @ Spotify                                  @ Ericsson
  @ Volvo Cars                                    2019 — 2022                                2017 — 2019
    2022 — now                                  Animated the onboarding flow for           Drew icon sets for the
  Leads the motion system used in               Wrapped campaigns seen by 150              network dashboards.
  14 car models; built the toolkit              million users.                               Icons    Figma
  Orbit.                                         After Effects     Lottie
    Figma     Prototyping
    Research

E D U C A T I O N

  MFA Motion Design                                                       BA Graphic Design
  Konstfack                                                               HDK-Valand, Gothenburg
    2015 — 2017                                                             2012 — 2015

Write to me: hej@jonasberg.studio · © 2026
"""


def test_a_portfolio_pages_cards_three_to_a_row():
    r = parse_resume(PORTFOLIO)
    assert r.name == "Jonas Berg"  # the logo, spelled by the page's address
    a = answers(PORTFOLIO, "Jonas")
    assert a["role@Volvo Cars"] == "Lead Motion Designer" and a["dates@Volvo Cars"] == "2022 - present"
    assert a["role@Spotify"] == "Motion Designer" and a["dates@Spotify"] == "2019 - 2022"
    assert a["role@Ericsson"] == "Junior Designer" and a["end@Ericsson"] == "2019"
    assert a["count@Spotify:million users"] == "150 million users"  # the card's sentence, one line again
    assert a["did@Ericsson"] == "Drew icon sets for the network dashboards"
    assert a["field@Konstfack:master's degree"] == "Motion Design" and a["dates@HDK-Valand"] == "2012 - 2015"
    assert a["email"] == "hej@jonasberg.studio" and a["location"] == "Gothenburg"
    assert not any(re.search(r"Figma|Lottie|Research|Write to me|^@", v) for v in a.values())


def test_cards_need_their_dates_and_no_labels():
    # labels beside their values, and a language beside its level, are two columns but no cards
    text = "Ana Lima\nana@example.pt\n\nPersonal Data\nName:                    Ana Lima\nNationality:             Portuguese\nPhone:                   +351 912 555 010\n"
    from lenweight.resume import card_grid

    assert card_grid(text.split("\n"))[0] == text.split("\n")


def test_a_degree_of_no_known_level_is_asked_by_its_school():
    # "When did Juliana get a degree?" would ask after either of her degrees
    text = (
        "Juliana Campos\njuliana@example.com.br\n\nEducation\n"
        "Pós-graduação em Gestão de Supply Chain – Fundação Getulio Vargas – 2019\n"
        "Bacharelado em Administração – Universidade de São Paulo – 2014\n"
    )
    q = questions(text, "Juliana")
    assert q["When did Juliana get the degree from Fundação Getulio Vargas?"] == "2019"
    assert q["What is Juliana's degree from Fundação Getulio Vargas in?"] == "Gestão de Supply Chain"
    assert not any(re.search(r"(?: a|Juliana's) degree(?: in)?\?$", k) for k in q)


# ---- round 10 of the blind documents (b45-b49) -------------------------------------------------


def test_labels_at_a_tab_stop_are_fields_not_columns():
    # a South African CV as its PDF's text comes out: each label's value at one tab stop
    text = "\n".join([
        "CURRICULUM VITAE", "Thabo Nkosi", "", "PERSONAL DETAILS",
        "ID number:                     8803125555081", "Driver's licence:              Code 10",
        "Languages:                     English, Sesotho", "Address:                       5 Oak Avenue, Parkhurst, Johannesburg, 2193",
        "Cell:                          072 555 0190", "E-mail:                        thabo.nkosi@example.co.za",
        "", "EMPLOYMENT HISTORY",
        "Company:                       Sasol", "Position:                      Process Controller",
        "Period:                        June 2018 – Present", "Reason for leaving:            -",
        "", "EDUCATION", "Matric:                        King Edward VII School, 2010",
        "Tertiary:                      National Diploma: Chemical Engineering, Tshwane University of Technology, 2014",
    ])  # fmt: skip
    a = answers(text, "Thabo")
    assert a["phone"] == "072 555 0190"  # the ID number is no phone
    assert a["role@Sasol"] == "Process Controller" and a["start@Sasol"] == "2018"
    assert a["field@Tshwane University of Technology:degree"] == "Chemical Engineering"
    assert a["email"] == "thabo.nkosi@example.co.za" and "Johannesburg" in a["location"]
    assert not any(re.search(r"8803125555081|Tertiary|Matric|Position", v) for v in a.values())


def test_a_word_table_cv_in_english_from_china():
    from lenweight.documents import tidy_pdf_text

    text = tidy_pdf_text("\n".join([
        "RESUME", "Basic Information",
        "Name                       Li Jiawei                  Gender                     Male",
        "Phone                      +86 138 5555 0913          E-mail                     li.jiawei@examp",
        "                                                                                 le.cn",
        "Hometown                   Wuhan, Hubei               Current City               Shenzhen",
        "Education",
        "Period                              School                              Degree (Major)",
        "2016.09 - 2020.06                   Wuhan University                    Bachelor of Engineering (Software Engineering)",
        "Work Experience",
        "Period                              Company                             Position",
        "2020.07 - Present                   Tencent                             Backend Engineer",
        "2019.07 - 2019.09                   Huawei                              Software Intern",
        "•   At Tencent: cut payment API latency by 35% for 40 million users.",
    ]))  # fmt: skip
    r = parse_resume(text)
    assert r.name == "Li Jiawei"  # "Basic Information" is a title, not the name
    a = answers(text, "Li")
    assert a["email"] == "li.jiawei@example.cn" and a["location"] == "Shenzhen"
    assert a["field@Wuhan University:bachelor's degree"] == "Software Engineering"
    assert a["role@Tencent"] == "Backend Engineer" and "40 million users" in a["did@Tencent"]
    assert not any("School" == v or "Degree" in k for k, v in a.items())


def test_newspaper_columns_and_a_header_wrapped_after_of():
    text = "\n".join([
        "Mairi Fraser", "Oban, Scotland  |  mairi.fraser@example.scot", "",
        "Profile                                                      Languages",
        "Marine biologist surveying seagrass on the west             English (native), Scottish Gaelic (fluent)",
        "coast.                                                       Interests",
        "                                                             Sea kayaking",
        "Experience", "Marine Biologist", "Scottish Association for Marine Science, Oban, 2019 – present",
        "Education", "MSc Marine Biology, University of", "St Andrews, 2018",
        "Certifications", "HSE Professional SCUBA, Health and Safety Executive, 2017",
    ])  # fmt: skip
    a = answers(text, "Mairi")
    assert a["languages"] == "English, Scottish Gaelic"  # the short right column, read after the rest
    assert a["school@master's degree"] == "University of St Andrews"
    assert a["interests"] == "Sea kayaking"


def test_a_github_readme_table_of_jobs_with_bullets_under_their_company():
    text = "\n".join([
        "mkowal / README.md", "Hi, I'm Marta Kowal", "marta.kowal@example.pl · mkowal.dev", "",
        "Experience", "  Role                    Company          Years",
        "  Platform Engineer       Allegro          2021 – now", "  DevOps Engineer         Comarch          2017 – 2021",
        "Allegro", "       Ran the build farm for 900 engineers", "", "Languages",
        "Polish (native) · English (C1)", "GitHub stats", "  Marta's GitHub stats          Top languages",
    ])  # fmt: skip
    a = answers(text, "Marta")
    assert a["role@Allegro"] == "Platform Engineer" and a["dates@Comarch"] == "2017 - 2021"
    assert a["count@Allegro:engineers"] == "900 engineers"
    assert a["languages"] == "Polish, English" and a["website"] == "mkowal.dev"


def test_words_the_layout_text_cut_in_two_after_a_ligature():
    from lenweight.documents import _split_words

    class Page:
        def extract_text(self, extraction_mode="plain"):
            return "Certiﬁed Kubernetes Administrator\nPython     pandas"

    cut = "   Certified K                ubernetes Administrator\n   Python     pandas"
    assert _split_words(cut, Page()) == "   Certified Kubernetes Administrator\n   Python     pandas"


def test_the_europasscv_class_rules():
    from lenweight.documents import tidy_pdf_text
    from lenweight.resume import _content_column

    # labels glued to their values, the dash bullet glued to its item, the name beside its margin title
    text = tidy_pdf_text(
        "         PERSONAL INFORMATION  Andrei Ionescu\n"
        "                                               NationalityRomanian\n"
        "                                               –Built the document-understanding service\n"
        "                          Mother tongueRomanian\n"
    )
    assert "Nationality: Romanian" in text and "• Built" in text and "Mother tongue(s): Romanian" in text
    assert parse_resume(text).name == "Andrei Ionescu"
    # the content in one column far in, dates and labels right-aligned before it: read from the left
    page = [
        "                WORK EXPERIENCE",
        "                         2020 – present   Software Engineer",
        "                                               UiPath, Bucharest (Romania)",
        "                                               • Built the document-understanding service",
        "                                               Business or sector Software",
        "                             Digital skills    Go, Python",
    ]
    assert _content_column(page) == [ln.strip() for ln in page]
    # and not a page whose lines start anywhere
    assert _content_column(["Jane Doe", "  Engineer, Acme   2020", "   - did things"]) == [
        "Jane Doe",
        "  Engineer, Acme   2020",
        "   - did things",
    ]
    # "Mother tongue(s):" under a skills title opens the languages, and the grid's rows are levels
    grid = "\n".join([
        "Ana Pop", "ana@example.ro", "", "PERSONAL SKILLS", "Mother tongue(s): Romanian",
        "Other languages               UNDERSTANDING               SPEAKING               WRITING",
        "English             C1            C1            C1            C1            C1",
        "Cambridge C2 Proficiency (2015)",
        "Levels: A1 and A2: Basic user – B1 and B2: Independent user",
        "Digital skills", "Go, Python, Kubernetes",
    ])  # fmt: skip
    a = answers(grid, "Ana")
    assert a["languages"] == "Romanian, English" and a["level@English"] == "C1"
    assert "Kubernetes" in a["skills"]


# ---- round 11 of the blind documents (b50-b54) -------------------------------------------------


def _odt(tmp_path, body: str) -> Path:
    """A minimal OpenDocument text, as LibreOffice Writer stores one (its mimetype first, unzipped)."""
    import zipfile

    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"'
    )
    path = tmp_path / "cv.odt"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr(
            "content.xml",
            f"<office:document-content {ns}><office:body><office:text>{body}</office:text></office:body></office:document-content>",
        )
    return path


def test_an_odt_from_libreoffice_writer(tmp_path):
    row = (
        "<table:table-row><table:table-cell><text:p>03/2019 – today</text:p></table:table-cell>"
        "<table:table-cell><text:p>Firmware Engineer</text:p><text:p>Bosch Rexroth AG, Lohr</text:p>"
        "<text:list><text:list-item><text:p>Wrote the servo drive's<text:s/>safety monitor for 6 product lines</text:p>"
        "</text:list-item></text:list></table:table-cell></table:table-row>"
    )
    path = _odt(
        tmp_path,
        "<text:h>Jana Vogel</text:h><text:p>Würzburg · jana.vogel@example.de</text:p>"
        f"<text:h>Experience</text:h><table:table>{row}</table:table>"
        "<text:h>Education</text:h><text:p>2012 – 2018<text:tab/>Diplom-Ingenieurin (Mechatronics), TU Ilmenau</text:p>",
    )
    gen = SyntheticGenerator.from_file(path, seed=0)
    a = answers(gen.as_read, "Jana")
    assert gen.resume.name == "Jana Vogel" and a["email"] == "jana.vogel@example.de"
    assert a["role@Bosch Rexroth AG"] == "Firmware Engineer" and a["current_org"] == "Bosch Rexroth AG"
    assert a["count@Bosch Rexroth AG:product lines"] == "6 product lines"
    assert a["field@TU Ilmenau:degree"] == "Mechatronics"  # a Diplom's field in brackets
    broken = tmp_path / "broken.odt"
    broken.write_bytes(path.read_bytes()[:300])
    with pytest.raises(LenweightError, match="broken.odt"):
        SyntheticGenerator.from_file(broken)


def test_a_skills_matrix_and_dates_over_their_entry():
    text = "\n".join([
        "Owen Price", "owen.price@example.co.uk", "", "Technical Skills",
        "Skill            Years      Level", "Terraform        5          Expert", "Go               3          Advanced",
        "", "Experience", "01/2020 – 12/2023", "", "Platform Engineer", "Monzo, London", "- Ran 200 Kubernetes clusters",
    ])  # fmt: skip
    a = answers(text, "Owen")
    assert a["skills"] == "Terraform, Go"
    assert a["role@Monzo"] == "Platform Engineer" and a["dates@Monzo"] == "01/2020 - 12/2023"


def test_the_simplecv_class_layout():
    text = "\n".join([
        "                         Omar Haddad",
        "Department of Physics                                      omar.haddad@example.ca",
        "Université Laval                                           +1 418 555 0177",
        "Québec, QC G1V 0A6                                         ohaddad.github.io",
        "Education",
        "  2020–present",
        "                 Ph.D. in Physics, Université Laval.",
        "                 Thesis:  quantum dots for single-photon sources.  Advisor:  Prof.  M. Roy.",
        "Experience",
        "  2020–present",
        "                 Teaching Assistant, Université Laval.",
        "  2018–2020    Optical Engineer, Exfo, Montréal.",
        "                 Aligned 30 test benches.",
    ])  # fmt: skip
    a = answers(text, "Omar")
    assert a["location"] == "Québec, QC" and a["school@PhD"] == "Université Laval"
    assert a["thesis@Université Laval:PhD"] == "Quantum dots for single-photon sources"
    assert a["role@Exfo"] == "Optical Engineer" and a["role@Université Laval"] == "Teaching Assistant"


# ---- round 12 of the blind documents (b55-b59) -------------------------------------------------


def test_the_european_cv_template_of_2004():
    # the Italian "formato europeo" as its PDF's text comes out: labels right-aligned beside values
    text = "\n".join([
        "FORMATO EUROPEO PER IL CURRICULUM VITAE", "INFORMAZIONI PERSONALI",
        "                   Nome     BIANCHI, Marco", "              Indirizzo     Corso Vittorio Emanuele 40, 80121 Napoli",
        "                 E-mail     marco.bianchi@example.it", "ESPERIENZA LAVORATIVA",
        "        • Date (da – a)     Dal 05/2016 al 09/2022",
        "  • Nome e indirizzo del datore di lavoro     ASL Napoli 1, Via Comunale del Principe 13, Napoli",
        "  • Tipo di azienda o settore     Sanità pubblica", "        • Tipo di impiego     Dirigente medico",
        "  • Principali mansioni e responsabilità     Responsabile del reparto di cardiologia",
        "ISTRUZIONE E FORMAZIONE", "        • Date (da – a)     1998 – 2004",
        "  • Nome e tipo di istituto di istruzione o formazione     Università di Napoli Federico II",
        "        • Qualifica conseguita     Laurea in Medicina e Chirurgia, 110/110 e lode",
        "CAPACITÀ E COMPETENZE PERSONALI", "            Madrelingua     Italiano",
        "            Altre lingue     Inglese: ottimo", "                Patente     B",
    ])  # fmt: skip
    assert parse_resume(text).name == "Marco Bianchi"
    a = answers(text, "Marco")
    assert a["role@ASL Napoli 1"] == "Dirigente medico" and a["dates@ASL Napoli 1"] == "05/2016 - 09/2022"
    assert a["place@ASL Napoli 1"] == "Napoli" and "cardiologia" in a["did@ASL Napoli 1"]
    assert a["degree@Università di Napoli Federico II"] == "Laurea in Medicina e Chirurgia"
    assert a["level@Italian"] == "Mother tongue" and a["level@English"] == "ottimo"
    assert not any(
        re.search(r"Sanità|Tipo di|Patente|110/110", v) or k.startswith("skills") for k, v in a.items()
    )


def test_a_japanese_career_history():
    text = "\n".join([
        "                    Career History", "", "                                    As of April 1, 2026",
        "", "                                    Name: Haruka Mori", "haruka.mori@example.jp / 090-5555-1187 / Sendai, Miyagi",
        "Work History", "Tohoku Electric Power Co., Inc. (April 2018 – Present)",
        "[Business: electricity / Employees: 12,000]", "Period\tDuties", "Apr 2021 – Present",
        "Grid Planning Engineer, Transmission Department", "• Planned 4 substation upgrades", "Apr 2018 – Mar 2021",
        "Maintenance Engineer, Sendai Branch", "", "Qualifications", "Electric Chief Engineer Class 2 (2020), TOEIC 820 (2019)",
    ])  # fmt: skip
    a = answers(text, "Haruka")
    assert parse_resume(text).name == "Haruka Mori" and a["location"] == "Sendai, Miyagi"
    org = "Tohoku Electric Power Co., Inc."
    assert (
        a["current_role"] == "Grid Planning Engineer, Transmission Department" and a["start@" + org] == "2018"
    )
    assert a["promoted@" + org + ":Grid Planning Engineer, Transmission Department"] == "Apr 2021"
    assert a["cert@Electric Chief Engineer Class 2"] == "2020" and a["score@TOEIC"] == "820"
    assert not any("Business:" in v or "Employees" in v for v in a.values())


def test_a_builder_page_with_uneven_letter_spacing_and_the_name_beside_the_sidebar():
    text = "\n".join([
        "Brno, Czechia                                Tereza Horakova", "tereza.horakova@example.cz",
        "Data Engineer", "S K ILLS", "Python                 ●●●●●", "EXPERIE    NCE",
        "Kiwi.com                                                      Mar 2020 – Present",
        "Data Engineer                                                  Brno",
        "    Moved 300 pipelines to Airflow", "EDUC    AT I O N",
        "Masaryk University                                            2014 – 2019",
        "MSc in Applied Informatics                                     Brno",
    ])  # fmt: skip
    assert parse_resume(text).name == "Tereza Horakova"  # not the headline "Data Engineer"
    a = answers(text, "Tereza")
    # (a town in a cell of its own after the role, "Brno", stays with it: nothing says it is a town)
    assert a["role@Kiwi.com"].startswith("Data Engineer")
    assert a["field@Masaryk University:master's degree"] == "Applied Informatics"


def test_a_fresher_resume_from_india():
    text = "\n".join([
        "ROHAN MEHTA", "Email: rohan.mehta@example.in | Mobile: +91 99870 55231 | Pune, Maharashtra", "",
        "ACADEMIC QUALIFICATIONS",
        "Course                  Institution              Board/University         Year                     CGPA/%",
        "B.E. (Computer)         PICT, Pune               Savitribai Phule         2025                     9.1 CGPA",
        "INTERNSHIP", "Software Intern, Persistent Systems, Pune (Jan 2025 – Apr 2025)",
        "• Wrote 40 API tests", "ACADEMIC PROJECTS", "Title: Parking Finder", "Technology: Flutter, Firebase",
        "Description: Shows free parking spots near the user.", "", "Address: Santiago – Chile",
    ])  # fmt: skip
    a = answers(text, "Rohan")
    assert a["role@Persistent Systems"] == "Software Intern" and a["start@Persistent Systems"] == "2025"
    assert a["project@Parking Finder"] == "Shows free parking spots near the user"
    assert not any(k.startswith("project@Title") or k.startswith("project@Technology") for k in a)


def test_moderncv_banking_address_line():
    text = "Ines Pereira\nBaixa– Lisboa– Portugal\n+351 912 555 019   ines.pereira@example.pt\n\nExperience\nAnalyst, Millennium BCP, 2020 – present\n"
    assert answers(text, "Ines")["location"] == "Lisboa, Portugal"


# ---- round 13 of the blind documents (b60-b62) -------------------------------------------------


def test_a_czech_or_polish_cv():
    text = "\n".join([
        "Ing. Tomáš Novotný", "", "Osobní údaje", "Adresa: Masarykova 12, 602 00 Brno", "E-mail: tomas.novotny@example.cz",
        "", "Pracovní zkušenosti", "2018 – dosud", "Projektový manažer, ČEZ a.s., Praha", "", "Vzdělání",
        "2011 – 2016", "Ing., Energetika, České vysoké učení technické, Univerzita Karlova", "",
        "Jazykové znalosti", "Angličtina – pokročilá (C1)", "", "Doświadczenie zawodowe",
        "2016 – 2018", "Analityk, PGE Polska Grupa Energetyczna, Warszawa",
    ])  # fmt: skip
    a = answers(text, "Tomáš")
    assert a["current_org"] == "ČEZ a.s." and a["dates@ČEZ a.s."] == "2018 - present"
    assert a["role@PGE Polska Grupa Energetyczna"] == "Analityk" and a["location"] == "Brno"
    assert a["languages"] == "English" and a["level@English"] == "pokročilá (C1)"


def test_a_german_lebenslauf_in_a_word_table():
    text = "\n".join([
        "Lebenslauf", "Name: Lukas Weber", "E-Mail: lukas.weber@example.de", "", "Ausbildung",
        "10/2010 – 09/2016     Elektrotechnik (Master of Science), Technische Universität",
        "Darmstadt", "", "Kenntnisse", "Sprachen\tDeutsch (Muttersprache), Spanisch (gut)", "EDV\tEPLAN, Python",
        "", "Darmstadt, 3. Februar 2026", "Lukas Weber",
    ])  # fmt: skip
    a = answers(text, "Lukas")
    assert a["field@Technische Universität Darmstadt:master's degree"] == "Elektrotechnik"
    assert a["languages"] == "German, Spanish" and a["level@Spanish"] == "gut"
    assert not any("Februar" in v or "Lukas Weber" == v for v in a.values())  # the place, date and signature


# ---- round 14 of the blind documents (b63, examples/elif) ---------------------------------------

# A web builder's page as pypdf's layout text: the two columns' letter-spaced titles share lines,
# a browser's kerning glues "AT" and "RY", a headline under the name beside no title yet
WEB_BUILDER = """Sofia Lindqvist
Product Designer

✉ sofia.lindqvist@example.se      ☎ +46 70 555 0142          ⌂ Gothenburg, Sweden



S U M M A RY                                                                                 S K I L L S
Product designer with six years in e-commerce and travel apps.                                Figma     Prototyping
                                                                                              User interviews

E X P E R I E N C E                                                                          L A N G U A G E S
Lead Product Designer                                            03/2022 – Present           Swedish                              Native
Fjord Digital · Bergen                                                                       English                                   C1
  Led the redesign of the booking flow for 40 ferry routes
Product Designer                                                 08/2019 – 02/2022            C E R T I F I C AT I O N S
Volvo Cars · Gothenburg                                                                      Project Management Professional (PMP)
  Designed the in-car charging screen                                                        Project Management Institute, 2021

E D U C AT I O N                                                                             A W A R D S
B.Sc. Interaction Design                                               2014 – 2017           Young Designer of the Year
Chalmers University of Technology · Gothenburg                                               Swedish Design Council,
                                                                                             2020
"""


def test_a_web_builders_two_columns_of_letter_spaced_titles():
    from lenweight.resume import _unspace

    # two columns' titles on one line are two titles, each where it stands
    line = "P R O F I L E" + " " * 60 + "S K I L L S"
    assert _unspace(line).startswith("PROFILE ") and _unspace(line).index("SKILLS") == line.index("S K I")
    assert (
        _unspace("E D U C AT I O N" + " " * 40 + "Mentor, Women in Tech")
        == "EDUCATION" + " " * 47 + "Mentor, Women in Tech"
    )
    r = parse_resume(WEB_BUILDER)
    assert r.name == "Sofia Lindqvist"
    assert [s.kind for s in r.sections] == [
        "summary", "experience", "education", "skills", "languages", "certifications", "awards"
    ]  # fmt: skip
    a = answers(WEB_BUILDER, "Sofia")
    assert a["current_org"] == "Fjord Digital" and a["role@Volvo Cars"] == "Product Designer"
    # the town after "·" where the company's name has no organisation's word
    assert a["place@Fjord Digital"] == "Bergen"
    # the degree names its field; the school's town is no field
    assert a["field@Chalmers University of Technology:bachelor's degree"] == "Interaction Design"
    # a certificate and a prize over who gave them, and when
    assert a["issuer@Project Management Professional (PMP)"] == "Project Management Institute"
    assert a["issuer@Young Designer of the Year"] == "Swedish Design Council"
    assert a["award_when@Young Designer of the Year"] == "2020" and a["level@English"] == "C1"
    assert not any("Product Designer" in v for k, v in a.items() if k.startswith(("languages", "skills")))


def test_a_word_hyphenated_at_a_narrow_columns_edge_and_a_profiles_section():
    text = "\n".join([
        "Kari Nordmann", "kari@example.no", "", "Awards", "Best Thesis Prize, Norwegian Uni-",
        "versity of Life Sciences, 2012", "", "Languages", "Norwegian — Native", "English — C1", "",
        "Profiles", "github.com/karinordmann",
    ])  # fmt: skip
    a = answers(text, "Kari")
    assert a["issuer@Best Thesis Prize"] == "Norwegian University of Life Sciences"
    assert a["languages"] == "Norwegian, English" and a["github"] == "github.com/karinordmann"


# The same documents printed on another machine (another Chromium, other fonts): what moved
def test_an_emoji_before_a_title_a_wrapped_address_and_a_name_wrapped_after_de():
    from lenweight.documents import tidy_pdf_text

    text = "\n".join([
        "Ana Souza", "ana.souza@example.br", "", "💼 Experience", "Data Engineer, Nubank, 2021 – now", "",
        "🎓 Education", "Licence in Informatique, Université Cheikh Anta Diop de", "Dakar", "2015",
    ])  # fmt: skip
    a = answers(text, "Ana")
    assert a["current_org"] == "Nubank" and a["role@Nubank"] == "Data Engineer"
    assert a["degree@Université Cheikh Anta Diop de Dakar"] == "Licence in Informatique"
    cell = "E-mail              li.wei@example.c\n                    n\nHometown            Xi'an"
    assert "li.wei@example.cn" in tidy_pdf_text(cell)


# moderncv's centred header (two lines sharing a start far in) over a page of flush-right towns and
# dates, as pdfTeX with cm-super's fonts gives it: no column there, and no line cut at it
MODERNCV_FLUSH_RIGHT = "\n".join([
    " " * 35 + "Catalina Herrera Zúñiga", " " * 58 + "Las Condes – Santiago– Chile",
    " " * 37 + "+56 9 4444 7788    •  ✉ catalina.herrera2@example.cl", "", "", "", "Experience",
    "Banco Security".ljust(142) + "Santiago", "Head of Market Risk".ljust(145) + "2020–present", "",
    "○  Led a team of 9 analysts building the SME pricing model", "",
    "○  Cut the default rate of new SME loans by 1.8 points",
    "BCI Seguros Vida".ljust(142) + "Santiago", "Risk Analyst".ljust(155) + "2015–2020",
    "Stress tests for the mortgage book under the CMF’s norms.", "", "Education",
    "Universidad de Chile".ljust(139) + "Santiago", "MSc in Finance".ljust(151) + "2013–2015",
    "Universidad Técnica Federico Santa María".ljust(125) + "Santiago",
    "Ingeniería Industrial".ljust(149) + "2008–2012", "Languages", "", "Spanish:  Native",
    "English:  Fluent".ljust(166) + "TOEFL 110",
])  # fmt: skip


def test_a_centred_header_is_no_column_over_flush_right_towns_and_dates():
    r = parse_resume(MODERNCV_FLUSH_RIGHT)
    assert r.name == "Catalina Herrera Zúñiga"
    a = answers(MODERNCV_FLUSH_RIGHT, "Catalina")
    assert a["role@Banco Security"] == "Head of Market Risk" and a["start@Banco Security"] == "2020"
    assert a["did@Banco Security"] == "Led a team of 9 analysts building the SME pricing model"


# Round 15 (session 24): CVs in languages the reader had never been given, and a design tool's text boxes
def test_a_swedish_cv_its_titles_dates_levels_and_references_on_request():
    text = "\n".join([
        "Erik Johansson", "Adress:    Storgatan 5, 222 21 Lund", "E-post:    erik.johansson@example.se", "",
        "ARBETSLIVSERFARENHET", "Utvecklare, Axis Communications, Lund".ljust(70) + "mars 2018 – pågående",
        "•  Leder ett team på 5 utvecklare", "Praktikant, Ericsson, Stockholm".ljust(70) + "jun 2016 – aug 2016",
        "", "UTBILDNING", "Kandidatexamen i datavetenskap, Lunds universitet".ljust(70) + "2013 – 2016", "",
        "SPRÅKKUNSKAPER", "Svenska – modersmål", "Engelska – flytande", "", "FRITIDSINTRESSEN",
        "Orientering, schack", "Referenser lämnas på begäran.",
    ])  # fmt: skip
    r = parse_resume(text)
    assert [s.kind for s in r.sections] == ["experience", "education", "languages", "interests"]
    a = answers(text, "Erik")
    assert a["current_org"] == "Axis Communications" and a["start@Axis Communications"] == "2018"
    assert a["dates@Ericsson"] == "jun 2016 - aug 2016" and a["location"] == "Lund"
    assert a["school@bachelor's degree"] == "Lunds universitet"
    assert a["level@English"] == "flytande" and a["languages"] == "Swedish, English"
    assert a["interests"] == "Orientering, schack"  # (not the references' line)
    # Danish, Norwegian and Finnish titles too
    for title, kind in (("Erhvervserfaring", "experience"), ("Utdanning", "education"), ("Työkokemus", "experience"),
                        ("Kielitaito", "languages"), ("Personlige oplysninger", "contact")):  # fmt: skip
        assert section_kind(title) == kind, title


def test_a_turkish_cv_in_capitals_with_the_dotted_i():
    # Chromium sets "İş Deneyimi" in CSS capitals as "İŞ DENEYİMİ": Python lower-cases "İ" to "i" and a
    # combining dot; and names and towns open with capitals outside Latin-1 ("Şule", "İstanbul")
    text = "\n".join([
        "ÖZGEÇMİŞ", "Şule Kaya", "sule.kaya@example.com.tr  |  +90 555 123 45 67  |  Kadıköy, İstanbul", "",
        "İŞ DENEYİMİ", "Finans Uzmanı".ljust(70) + "Ocak 2019 – Halen", "Marmara Holding A.Ş. – İstanbul",
        "Satın Alma Sorumlusu".ljust(70) + "Eylül 2015 – Aralık 2018", "Anadolu Gıda Ltd. Şti. – Bursa", "",
        "EĞİTİM BİLGİLERİ", "Boğaziçi Üniversitesi".ljust(70) + "2011 – 2015", "İktisat, Lisans", "",
        "YABANCI DİLLER", "İngilizce".ljust(30) + "İleri", "Almanca".ljust(30) + "Orta", "", "HOBİLER", "Yüzme, satranç",
    ])  # fmt: skip
    r = parse_resume(text)
    assert r.name == "Şule Kaya"
    assert [s.kind for s in r.sections] == ["experience", "education", "languages", "interests"]
    a = answers(text, "Şule")
    assert a["current_org"] == "Marmara Holding A.Ş." and a["start@Marmara Holding A.Ş."] == "2019"
    assert a["end@Anadolu Gıda Ltd. Şti."] == "2018" and a["location"] == "Kadıköy, İstanbul"
    assert a["school@bachelor's degree"] == "Boğaziçi Üniversitesi"  # ("Lisans": a bachelor's)
    assert a["languages"] == "English, German" and a["level@English"] == "İleri"
    # (a name that ends with its own stop ends the sentence once)
    assert not any(q.endswith("..") for q in questions(text, "Şule"))


def test_a_dutch_cv_its_personal_data_table_and_a_finished_diploma():
    text = "\n".join([
        "Curriculum Vitae", "", "Persoonlijke gegevens", "Naam".ljust(30) + "Daan Jansen",
        "Adres".ljust(30) + "Oudegracht 12", "Woonplaats".ljust(30) + "3511 AB Utrecht",
        "E-mail".ljust(30) + "daan.jansen@example.nl", "Geboortedatum".ljust(30) + "2 mei 1990", "",
        "Werkervaring", "Accountmanager | Bol.com, Utrecht", "januari 2017 – heden", "", "Opleidingen",
        "HBO Commerciële Economie, Hogeschool Utrecht", "2009 – 2013, diploma behaald",
        "VWO, Stedelijk Gymnasium, Utrecht", "2003 – 2009, diploma behaald", "", "Talen",
        "Nederlands".ljust(30) + "moedertaal", "Engels".ljust(30) + "uitstekend",
    ])  # fmt: skip
    r = parse_resume(text)
    assert r.name == "Daan Jansen"
    a = answers(text, "Daan")
    # the town under "Woonplaats", not the street under "Adres"
    assert a["location"] == "Utrecht" and a["current_org"] == "Bol.com"
    assert a["degree@Stedelijk Gymnasium"] == "VWO"
    assert a["degree@Hogeschool Utrecht"] == "HBO Commerciële Economie"
    assert not any("behaald" in v for v in a.values()) and a["level@English"] == "uitstekend"


# A design tool's page (Canva's manner) as pypdf's layout mode reads it: a name in two lines of large
# letter-spaced capitals, a headline spaced wider, job titles in capitals with a kerned pair
DESIGN_TOOL = "\n".join([
    " " * 60 + "J O N A S", " " * 60 + "W E B E R", "",
    " " * 60 + "N     U     R     S     E           E     D     U     C     A     T     O     R", "",
    "C   O   N   T   A   C   T" + " " * 35 + "E   X   P   E   R   I   E   N   C   E", "",
    "(555) 010-2030".ljust(60) + "C L I N I C A L   E D U C AT O R",
    "jonas.weber@example.com".ljust(60) + "St. Luke's Health | 2020 - Present",
    "Boise, ID".ljust(60) + "    Trained 120 nurses across 4 hospitals",
    "".ljust(60) + "    Cut onboarding time by 20% in one year", "",
    "E   D   U   C   A   T   I   O   N" + " " * 27 + "S T A F F   N U R S E",
    "".ljust(60) + "Saint Alphonsus | 2014 - 2020",
    "BACHELOR OF SCIENCE IN".ljust(60) + "    Cared for 6 patients a shift on a cardiac floor",
    "NURSING", "Boise State University", "2010 - 2014".ljust(60) + "A   W   A   R   D   S", "",
    " " * 60 + "Nurse Educator of the Year, 2022 — Idaho Nurses Association",
])  # fmt: skip


def test_a_design_tools_name_in_two_lines_and_titles_in_kerned_capitals():
    from lenweight.resume import _unspace

    assert _unspace("C O O R D I N AT O R") == "COORDINATOR" and _unspace("M A YA").strip() == "MAYA"
    assert _unspace("AI ML CV") == "AI ML CV" and _unspace("I AM A UX") == "I AM A UX"  # (words, not letters)
    r = parse_resume(DESIGN_TOOL)
    assert r.name == "Jonas Weber"
    a = answers(DESIGN_TOOL, "Jonas")
    assert a["headline"] == "Nurse Educator"
    assert a["role@St. Luke's Health"] == "Clinical Educator" and a["role@Saint Alphonsus"] == "Staff Nurse"
    assert a["start@Saint Alphonsus"] == "2014"
    # a degree wrapped after "IN" in capitals
    assert a["degree@Boise State University"] == "Bachelor of Science in Nursing"
    # a count's noun ends before "across"; the award's comma and dash around its year, one separator
    assert a["count@St. Luke's Health:nurses"] == "120 nurses"
    assert a["award_when@Nurse Educator of the Year"] == "2022"
    assert a["award_from@Idaho Nurses Association"] == "Nurse Educator of the Year"


def test_a_bullet_in_another_language_is_asked_no_english_verb():
    from lenweight.facts import _verb_question, field_of

    assert _verb_question("Organize sanayi bölgesinde 12 km yağmur suyu hattının yapımını denetledi") is None
    assert _verb_question("Audits de procédés spéciaux (traitements de surface, soudage)") is None
    assert _verb_question("Built dashboards for 40 metros") == ("build", "Dashboards for 40 metros")
    assert _verb_question("Designed scalable microservices architecture using Kubernetes")
    assert field_of("Licence de chimie") == "chimie"
    # a name in Polish or Czech opens with a capital outside Latin-1
    polish = "Łukasz Żak\nlukasz@example.pl\n\nExperience\nAnalyst, PKO, 2019 - now"
    assert parse_resume(polish).name == "Łukasz Żak"


# Round 16 (session 24): Indonesian and Romanian CVs, the Deedy and AltaCV looks
def test_an_indonesian_cv_with_its_declaration_place_and_date():
    text = "\n".join([
        "DAFTAR RIWAYAT HIDUP", "", "DATA PRIBADI", "Nama                 :     Budi Santoso",
        "Tempat/Tanggal Lahir :     Bandung, 3 Mei 1990", "Agama                :     Katolik",
        "Email                :     budi.santoso@example.co.id", "", "PENGALAMAN KERJA", "Maret 2020 – Sekarang",
        "Manajer Proyek – PT Telkom Indonesia Tbk, Bandung", "•  Memimpin 12 teknisi jaringan", "",
        "RIWAYAT PENDIDIKAN", "2008 – 2012      S1 Teknik Elektro, Institut Teknologi Bandung", "",
        "KEMAMPUAN BAHASA", "Bahasa Indonesia (bahasa ibu), Bahasa Inggris (aktif)", "", "PELATIHAN DAN SERTIFIKASI",
        "•  CCNA – Cisco, 2019",
        "Demikian daftar riwayat hidup ini saya buat dengan sebenar-benarnya untuk dapat dipergunakan",
        "sebagaimana mestinya.", "Bandung, 2 Desember 2026", "Budi Santoso",
    ])  # fmt: skip
    r = parse_resume(text)
    assert r.name == "Budi Santoso"  # (the labelled name, not the document's title in capitals)
    assert [s.kind for s in r.sections] == [
        "contact",
        "experience",
        "education",
        "languages",
        "certifications",
    ]
    a = answers(text, "Budi")
    assert a["current_org"] == "PT Telkom Indonesia Tbk" and a["start@PT Telkom Indonesia Tbk"] == "2020"
    assert a["school@bachelor's degree"] == "Institut Teknologi Bandung"  # ("S1": the bachelor's)
    assert a["certifications"] == "CCNA – Cisco" and a["issuer@CCNA"] == "Cisco"  # (no closing statement)
    assert a["languages"] == "Indonesian, English" and a["level@English"] == "aktif"


def test_a_romanian_cv_its_dates_column_and_language_table():
    from lenweight.documents import tidy_pdf_text

    text = tidy_pdf_text("\n".join([
        "Ioana Dumitrescu", "Brașov, România        ioana.d@example.ro", "", "EXPERIENȚĂ PROFESIONALĂ",
        "Octombrie 2019 – Prezent".ljust(37) + "Contabil senior, Deloitte, București",
        "Am coordonat auditul pentru 8 clienți din industria auto",
        "Septembrie 2013 – Februarie".ljust(37) + "Contabil, KPMG, București",
        "2019".ljust(40) + "Am pregătit situațiile financiare anuale", "", "EDUCAȚIE",
        "2009 – 2013".ljust(37) + "Licență în Finanțe, Universitatea din București", "", "LIMBI STRĂINE",
        "Limba         Nivel", "Engleză       C1", "Franceză      B2",
    ]))  # fmt: skip
    a = answers(text, "Ioana")
    assert a["current_org"] == "Deloitte" and a["start@Deloitte"] == "2019"
    assert a["dates@KPMG"] == "Septembrie 2013 - Februarie 2019"  # (the date cell wrapped its year)
    assert a["field@Universitatea din București:bachelor's degree"] == "Finanțe"  # ("în": in)
    assert a["languages"] == "English, French" and a["location"] == "Brașov, România"
    assert not any(k.startswith("did@Deloitte:") for k in a)  # ("Am coordonat": no English "am")


# Overleaf's two-column looks as pypdf's layout mode reads them: Deedy's handles after a label, and
# AltaCV's paracol, whose narrow gutter glues a left line running up to it to the right column's word
def test_a_deedy_handle_and_a_paracol_gutter_with_glued_words():
    from lenweight.documents import tidy_pdf_text

    deedy = "\n".join([
        "Mei Tanaka", "mei.tanaka@example.com", "", "Education".ljust(45) + "Experience",
        "Carnegie Mellon University".ljust(45) + "Stripe | Software Engineer Intern",
        "BS in Statistics".ljust(45) + "May 2024 – Aug 2024 | San Francisco, CA", "Links".ljust(45),
        "Github:// meitanaka".ljust(45) + "• Built a fraud dashboard for 40 analysts", "LinkedIn:// mei-tanaka",
    ])  # fmt: skip
    a = answers(deedy, "Mei")
    assert a["github"] == "github.com/meitanaka" and a["linkedin"] == "linkedin.com/in/mei-tanaka"
    assert a["role@Stripe"] == "Software Engineer Intern"
    # Deedy's skill categories, each on a line over its items set apart by bullets
    skills = (
        "Mei Tanaka\nmei@example.com\n\nSkills\nProgramming\nPython • R • SQL\nTools\nDocker • Airflow • dbt"
    )
    a = answers(skills, "Mei")
    assert a["skills@programming"] == "Python, R, SQL" and "Programming" not in a["skills"]
    alta = tidy_pdf_text("\n".join([
        "OLA HANSEN", "ola@example.no   ♂phone-alt+47 412 55 000   Bergen, Norway", "",
        "EXPERIENCE".ljust(70) + "MOST PROUD OF", "Senior Engineer".ljust(70) + "/trophyNorth Sea Safety Prize, 2021",
        "Equinor".ljust(70) + "For the subsea monitoring work", "Jan 2019 – Ongoing".ljust(70) + "LANGUAGES",
        "• Led the subsea monitoring team of 7 engineers to the end of the line" + "Norwegian      ●●●●●",
        "• Cut inspection costs by 20%".ljust(70) + "English        ●●●●○", "Engineer".ljust(70) + "German         ●●○○○",
        "Aker Solutions".ljust(70), "Aug 2014 – Dec 2018".ljust(58) + "Oslo, NorwayFrench         ●○○○○",
    ]))  # fmt: skip
    assert "+47 412 55 000" in alta and "/trophy" not in alta  # (fontawesome's glyph names)
    a = answers(alta, "Ola")
    assert a["languages"] == "Norwegian, English, German, French"
    assert a["count@Equinor:engineers"] == "7 engineers" and a["start@Aker Solutions"] == "2014"


# Round 17 (session 24): a Swedish teacher's CV in a Word table (examples/linnea)
def test_a_swedish_cv_its_licence_positions_of_trust_and_a_wrapped_school():
    text = "\n".join([
        "Sara Nyström", "Specialistsjuksköterska inom intensivvård", "Storgatan 3, 903 26 Umeå | sara.nystrom@example.se",
        "", "Arbetslivserfarenhet", "2018 – pågående".ljust(20) + "Specialistsjuksköterska, Norrlands universitetssjukhus, Umeå",
        "", "Utbildning", "2012 – 2015".ljust(20) + "Sjuksköterskeexamen, Umeå", " " * 20 + "universitet", "",
        "Legitimation och kurser", "Sjuksköterskelegitimation, Socialstyrelsen, 2015", "", "Förtroendeuppdrag",
        "2020 – pågående".ljust(20) + "Skyddsombud, Vårdförbundet",
    ])  # fmt: skip
    r = parse_resume(text)
    assert [s.kind for s in r.sections] == ["experience", "education", "certifications", "volunteer"]
    a = answers(text, "Sara")
    assert a["headline"] == "Specialistsjuksköterska inom intensivvård"  # (a compound role: "-sköterska")
    assert a["degree@Umeå universitet"] == "Sjuksköterskeexamen"  # ("-examen"; the school's word wrapped)
    assert a["issuer@Sjuksköterskelegitimation"] == "Socialstyrelsen"  # (an authority, one word)
    assert a["volunteer@Vårdförbundet"] == "Skyddsombud"


# Session 25: a language the resume names in its own language is named in English in the bot's
# questions and answers (the users ask "How good is Ingrid's English?", not "... Engelsk?").
def test_languages_named_in_the_resumes_own_language_are_asked_in_english():
    from lenweight.facts import english_language

    for native, english in (("Engelska", "English"), ("Englisch", "English"), ("inglés", "English"),
                            ("Ingles", "English"), ("İngilizce", "English"), ("Bahasa Inggris", "English"),
                            ("Deutsch", "German"), ("Polski", "Polish"), ("Catalán", "Catalan"),
                            ("Schweizerdeutsch", "Swiss German"), ("norsk", "Norwegian")):  # fmt: skip
        assert english_language(native) == english, native
    # English names stay as written, also where CLDR spells them otherwise; other words are not languages
    for word in ("English", "Bengali", "Farsi", "Mandarin", "Python", "Kafka", "Fluent", "Te Reo Māori"):
        assert english_language(word) == word
    text = "\n".join([
        "Ingrid Solberg", "Tromsø  |  ingrid.solberg@example.no", "", "ARBEIDSERFARING",
        "Havbiolog, Akvaplan-niva, Tromsø".ljust(70) + "2019 – nå", "• Leder tokt med 14 forskere", "",
        "UTDANNING", "Mastergrad i marin biologi, UiT Norges arktiske universitet".ljust(70) + "2014 – 2019", "",
        "SPRÅK", "Norsk – morsmål", "Engelsk – flytende", "Tysk – grunnleggende",
    ])  # fmt: skip
    a = answers(text, "Ingrid")
    assert a["languages"] == "Norwegian, English, German"
    assert a["level@English"] == "flytende" and a["level@German"] == "grunnleggende"
    assert a["besides@Norwegian"] == "English, German"
    # Two languages on one line, the second after a dash: two languages, each with its level
    text = "\n".join([
        "Margaux Leroy", "Lyon  |  margaux.leroy@example.fr", "", "EXPÉRIENCE PROFESSIONNELLE",
        "Ingénieure méthodes, Renault Trucks, Lyon".ljust(70) + "2020 – aujourd'hui", "",
        "FORMATION", "Diplôme d'ingénieur, INSA Lyon".ljust(70) + "2015 – 2020", "",
        "LANGUES", "Anglais : courant (TOEFL 105)  –  Italien : notions",
    ])  # fmt: skip
    a = answers(text, "Margaux")
    assert a["languages"] == "English, Italian" and a["level@English"] == "courant (TOEFL 105)"
    assert a["level@Italian"] == "notions"


# Session 25: LaTeX sources of the CV classes people copy. A class typesets its title block from the
# preamble, a label of \item[...] stands in its margin column, a tabular's "&" is a column gap.
def _tex_answers(source: str) -> tuple[str, dict[str, str]]:
    gen = SyntheticGenerator(source)
    return gen.name, {f.key: f.answer for f in gate(extract_facts(gen.profile, gen.name))[0]}


MODERNCV = r"""\documentclass[11pt,a4paper,sans]{moderncv}
\moderncvstyle{casual}
\name{Marek}{Dvořák}
\title{Backend Developer}
\address{Vinohradská 12}{120 00 Praha}{Czech Republic}
\phone[mobile]{+420~777~555~014}
\email{marek.dvorak@example.cz}
\begin{document}
\makecvtitle
\section{Experience}
\cventry{2020--present}{Senior Backend Developer}{Kiwi.com}{Brno}{}{%
\begin{itemize}
\item Split the booking monolith into 14 Go services
\end{itemize}}
\cventry{2016--2020}{Backend Developer}{Seznam.cz}{Praha}{}{Kept the search API up for 6 million users.}
\section{Education}
\cventry{2011--2016}{Ing. in Computer Science}{Czech Technical University}{Praha}{}{}
\section{Skills}
\cvitem{Languages}{Go, Python, SQL}
\cvitem{Tools}{Kafka, PostgreSQL, Kubernetes}
\section{Languages}
\cvitemwithcomment{Czech}{Native}{}
\cvitemwithcomment{English}{Fluent}{IELTS 7.5}
\end{document}
"""

EUROPASSCV = r"""\documentclass[english,a4paper]{europasscv}
\ecvname{Zofia Nowak}
\ecvaddress{ul. Długa 5, 80-831 Gdańsk, Poland}
\ecvemail{zofia.nowak@example.pl}
\begin{document}
\begin{europasscv}
\ecvpersonalinfo[15pt]
\ecvsection{Work experience}
\ecvtitle{2019 -- present}{Process Engineer}
\ecvitem{}{Remontowa Shipbuilding, Gdańsk (Poland)}
\ecvitem{}{\begin{ecvitemize}\item Cut the hull-welding rework rate by 22\%\end{ecvitemize}}
\ecvtitle{2016 -- 2019}{Quality Inspector}
\ecvitem{}{Crist Shipyard, Gdynia (Poland)}
\ecvsection{Education and training}
\ecvtitle{2011 -- 2016}{MSc in Mechanical Engineering}
\ecvitem{}{Gdańsk University of Technology, Gdańsk (Poland)}
\ecvsection{Personal skills}
\ecvmothertongue{Polish}
\ecvlanguageheader
\ecvlanguage{English}{C1}{C1}{B2}{B2}{C1}
\ecvlastlanguage{Norwegian}{A2}{A2}{A1}{A1}{A1}
\ecvlanguagefooter
\end{europasscv}
\end{document}
"""

MARGIN_LABELS = r"""\documentclass[a4paper,11pt]{article}
\usepackage{enumitem}
\begin{document}
\begin{center}{\fontsize{30}{36}\selectfont\fontseries{l}\selectfont Amaru \fontseries{b}\selectfont Quispe}\\
Cusco, Peru \textbullet{} amaru.quispe@example.pe\end{center}
\section*{Experience}
\begin{description}[leftmargin=3cm,style=nextline]
\item[2021--present] \textbf{Field Geologist}, Minera Las Bambas, Apurímac\\
Mapped 40 km$^2$ of the copper skarn for the 2023 reserve update.
\item[2018--2021] \textbf{Junior Geologist}, \textsl{Hochschild Mining}, Arequipa\newline Logged 9 km of drill core.
\end{description}
\section*{Education}
\begin{tabular}{@{}p{3cm}l@{}}
2013--2018 & BSc in Geological Engineering, Universidad Nacional de San Agustín. First Class Honours. \\
\end{tabular}
\section*{Awards}
\begin{description}
\item[2022] Young Geologist Award, Sociedad Geológica del Perú
\end{description}
\end{document}
"""

AWESOME_CV = r"""%!TEX TS-program = xelatex
\documentclass[11pt, a4paper]{awesome-cv}
\geometry{left=1.4cm, top=.8cm, right=1.4cm, bottom=1.8cm, footskip=.5cm}
\colorlet{awesome}{awesome-red}
\setbool{acvSectionColorHighlight}{true}
\renewcommand{\acvHeaderSocialSep}{\quad\textbar\quad}

\name{Oluwaseun}{Adebayo}
\position{Site Reliability Engineer{\enskip\cdotp\enskip}Cloud Architect}
\address{12 Admiralty Way, Lekki, Lagos, Nigeria}
\mobile{(+234) 803-555-0142}
\email{seun.adebayo@example.ng}
\github{seunadebayo}
\linkedin{seunadebayo}
\quote{``Make it boring, then make it fast.''}

\begin{document}
\makecvheader[C]
\makecvfooter{\today}{Oluwaseun Adebayo~~~·~~~Résumé}{\thepage}

\cvsection{Experience}
\begin{cventries}
  \cventry
    {Senior Site Reliability Engineer} % Job title
    {Flutterwave} % Organization
    {Lagos, Nigeria} % Location
    {Mar. 2021 - Present} % Date(s)
    {
      \begin{cvitems} % Description(s) of tasks/responsibilities
        \item {Cut the payment API's p99 latency from 900 ms to 240 ms.}
        \item {Led an on-call rotation of 11 engineers across three time zones.}
      \end{cvitems}
    }
  \cventry
    {DevOps Engineer} % Job title
    {Interswitch} % Organization
    {Lagos, Nigeria} % Location
    {Jun. 2017 - Feb. 2021} % Date(s)
    {
      \begin{cvitems}
        \item {Moved 60 services from bare metal to Kubernetes.}
      \end{cvitems}
    }
\end{cventries}

\cvsection{Education}
\begin{cventries}
  \cventry
    {B.Sc. in Computer Science} % Degree
    {Obafemi Awolowo University} % Institution
    {Ile-Ife, Nigeria} % Location
    {2012 - 2016} % Date(s)
    {}
\end{cventries}

\cvsection{Honors \& Awards}
\begin{cvhonors}
  \cvhonor
    {Winner} % Award
    {Google Cloud Africa Hackathon} % Event
    {Nairobi, Kenya} % Location
    {2019} % Date(s)
\end{cvhonors}

\cvsection{Skills}
\begin{cvskills}
  \cvskill
    {Cloud} % Category
    {AWS, GCP, Terraform, Kubernetes} % Skills
  \cvskill
    {Languages} % Category
    {English, Yoruba, French} % Skills
\end{cvskills}

\end{document}
"""

DEEDY_CLASS = r"""\documentclass[]{deedy-resume-openfont}
\usepackage{fancyhdr}
\pagestyle{fancy}
\fancyhf{}
\begin{document}
\lastupdated
\namesection{Priyanka}{Raghunathan}{ \urlstyle{same}\href{http://priyankar.dev}{priyankar.dev} | \href{mailto:priyanka.r@example.com}{priyanka.r@example.com} | 412.555.0177
}
\begin{minipage}[t]{0.33\textwidth}
\section{Education}
\subsection{Carnegie Mellon University}
\descript{MS in Machine Learning}
\location{Expected Dec 2025 | Pittsburgh, PA}
\sectionsep
\subsection{IIT Madras}
\descript{BTech in Electrical Engineering}
\location{Grad. May 2022 | Chennai, India}
\sectionsep
\section{Skills}
\subsection{Programming}
\location{Over 5000 lines:}
Python \textbullet{} C++ \textbullet{} CUDA \\
\location{Familiar:}
Rust \textbullet{} Go
\sectionsep
\end{minipage}
\hfill
\begin{minipage}[t]{0.66\textwidth}
\section{Experience}
\runsubsection{NVIDIA}
\descript{| Deep Learning Intern }
\location{May 2024 – Aug 2024 | Santa Clara, CA}
\begin{tightemize}
\item Fused the attention kernels of a 7B model, 1.6x faster decoding on H100s
\end{tightemize}
\sectionsep
\runsubsection{Zoho}
\descript{| Software Engineer }
\location{Jul 2022 – Jul 2023 | Chennai, India}
\begin{tightemize}
\item Built the invoice OCR service used by 40,000 businesses
\end{tightemize}
\sectionsep
\section{Awards}
\begin{tabular}{rll}
2023 & 2\textsuperscript{nd} & Kaggle LLM Science Exam\\
2021 & Finalist & Smart India Hackathon\\
\end{tabular}
\sectionsep
\end{minipage}
\end{document}
"""

TWENTYSECONDCV = r"""\documentclass[letterpaper]{twentysecondcv}
\profilepic{alice.jpeg}
\cvname{Mariana Costa}
\cvjobtitle{Hydrologist}
\cvdate{14 March 1990}
\cvaddress{Rua das Flores 88, Porto}
\cvnumberphone{+351 912 555 301}
\cvmail{mariana.costa@example.pt}
\cvsite{marianacosta.pt}
\aboutme{Hydrologist who models floods for the river basins of northern Portugal.}
\skills{{Python/5},{QGIS/4},{HEC-RAS/4}}

\begin{document}
\makeprofile

\section{Education}
\begin{twenty}
  \twentyitem{2012 -- 2014}{MSc in Water Resources}{University of Porto}{Thesis on the 2001 Douro flood.}
  \twentyitem{2008 -- 2012}{BSc in Civil Engineering}{University of Minho}{}
\end{twenty}

\section{Experience}
\begin{twenty}
  \twentyitem{2018 -- present}{Senior Hydrologist}{Águas do Norte, Porto}{Built the flood forecast for 12 river basins.}
  \twentyitem{2014 -- 2018}{Hydrologist}{COBA Consultores, Lisbon}{Sized the spillways of 3 dams.}
\end{twenty}

\section{Awards}
\begin{twentyshort}
  \twentyitemshort{2019}{Young Engineer Award, Ordem dos Engenheiros.}
\end{twentyshort}
\end{document}
"""

FRIGGERI = r"""\documentclass[]{friggeri-cv}
\addbibresource{bibliography.bib}
\begin{document}
\header{tomasz}{wiśniewski}{embedded software engineer}
\begin{aside}
  \section{contact}
    Ul. Długa 3
    Kraków, Poland
    ~
    +48 600 555 122
    \href{mailto:tomasz.w@example.pl}{tomasz.w@example.pl}
  \section{languages}
    polish mother tongue
    english fluent
\end{aside}
\section{experience}
\begin{entrylist}
  \entry
    {2019--Now}
    {Senior Firmware Engineer}
    {Aptiv, Kraków}
    {Cut the ECU boot time from 400 ms to 90 ms.}
  \entry
    {2015--2019}
    {Firmware Engineer}
    {Nokia, Wrocław}
    {Wrote the LTE base-station watchdog.}
\end{entrylist}
\section{education}
\begin{entrylist}
  \entry
    {2010--2015}
    {M.Sc. {\normalfont in Automatic Control}}
    {AGH University of Science and Technology}
    {}
\end{entrylist}
\end{document}
"""


def test_latex_sources_of_the_cv_classes_people_copy():
    name, a = _tex_answers(MODERNCV)  # moderncv: the title block is in the preamble
    assert (
        name == "Marek" and a["email"] == "marek.dvorak@example.cz" and a["headline"] == "Backend Developer"
    )
    assert a["current_org"] == "Kiwi.com" and a["role@Seznam.cz"] == "Backend Developer"
    assert a["skills@languages"] == "Go, Python, SQL" and a["languages"] == "Czech, English"
    assert a["level@English"] == "Fluent (IELTS 7.5)"
    name, a = _tex_answers(EUROPASSCV)  # an employer under its role, the language grid
    assert name == "Zofia" and a["role@Remontowa Shipbuilding"] == "Process Engineer"
    assert (
        a["start@Crist Shipyard"] == "2016"
        and a["school@master's degree"] == "Gdańsk University of Technology"
    )
    assert a["languages"] == "Polish, English, Norwegian" and a["level@English"] == "C1"
    assert not any("15pt" in v for v in a.values())
    name, a = _tex_answers(MARGIN_LABELS)  # \item[dates], a tabular, the name in \fontsize
    assert name == "Amaru" and a["role@Minera Las Bambas"] == "Field Geologist"
    assert a["dates@Hochschild Mining"] == "2018 - 2021" and a["current_org"] == "Minera Las Bambas"
    assert (
        a["role@Hochschild Mining"] == "Junior Geologist"
        and a["did@Hochschild Mining"] == "Logged 9 km of drill core"
    )
    assert a["school@bachelor's degree"] == "Universidad Nacional de San Agustín"
    assert (
        a["award@2022"] == "Young Geologist Award"
        and a["issuer@Young Geologist Award"] == "Sociedad Geológica del Perú"
    )
    assert a["did@Minera Las Bambas:map"] == "40 km² of the copper skarn for the 2023 reserve update"
    assert a["honours@Universidad Nacional de San Agustín:bachelor's degree"] == "First Class Honours"
    assert not any(re.search(r"[&$@{}\\]", v) for k, v in a.items() if k != "email")
    name, a = _tex_answers(AWESOME_CV)  # Awesome-CV: \position, \cvhonor, a page footer
    assert name == "Oluwaseun" and a["headline"] == "Site Reliability Engineer"
    assert a["role@Interswitch"] == "DevOps Engineer" and a["dates@Flutterwave"] == "Mar. 2021 - present"
    assert a["award@2019"] == "Winner, Google Cloud Africa Hackathon" and a["skills@cloud"].startswith("AWS")
    assert not any("Résumé" in v or "Nairobi" in v for v in a.values())
    name, a = _tex_answers(
        DEEDY_CLASS
    )  # the Deedy class: \namesection, "Company | Role", a 2\textsuperscript{nd}
    assert name == "Priyanka" and a["role@Zoho"] == "Software Engineer" and a["intern_org"] == "NVIDIA"
    assert a["award@2023"] == "2nd Kaggle LLM Science Exam" and a["website"] == "priyankar.dev"
    assert a["degree@IIT Madras"] == "BTech in Electrical Engineering"
    name, a = _tex_answers(TWENTYSECONDCV)  # \cvname ...; a description as a sentence under its entry
    assert name == "Mariana" and a["headline"] == "Hydrologist" and a["website"] == "marianacosta.pt"
    assert a["role@Águas do Norte"] == "Senior Hydrologist" and a["place@COBA Consultores"] == "Lisbon"
    assert a["did@COBA Consultores"] == "Sized the spillways of 3 dams"
    assert a["thesis@University of Porto:master's degree"] == "The 2001 Douro flood"
    name, a = _tex_answers(FRIGGERI)  # \header{tomasz}{wiśniewski}{...}, titles in small letters
    assert name == "Tomasz" and a["headline"] == "embedded software engineer"
    assert a["current_org"] == "Aptiv" and a["place@Nokia"] == "Wrocław" and a["start@Aptiv"] == "2019"
    assert a["school@master's degree"] == "AGH University of Science and Technology"


def test_a_hobby_category_is_no_hobby():
    text = "\n".join([
        "Inés Carrasco", "Valencia  |  ines.carrasco@example.es", "", "EXPERIENCE",
        "Port Logistics Planner, Valenciaport, Valencia    2019 – present", "", "INTERESTS",
        "Sports: sailing, padel", "Music: flamenco guitar", "Marathons: ran Valencia twice",
    ])  # fmt: skip
    a = answers(text, "Inés")
    assert a["interests"] == "sailing, padel, flamenco guitar, Marathons: ran Valencia twice"
    assert not any(v.startswith(("Sports", "Music")) for v in a.values())


def test_an_extracurricular_section_a_professional_masters_honours_after_a_comma_and_years_listed():
    # an Awesome-CV resume's shapes, in plain text: "Extracurricular Activity" (one activity), a
    # master's named by its professional abbreviation, ", with Distinction" after the field, a race
    # marshalled in three years, a count written with a thousands comma
    text = "\n".join([
        "Tanis Beardy", "Social Worker", "Winnipeg, Manitoba  |  tanis.beardy@example.ca", "", "EXPERIENCE", "",
        "Intake Coordinator    Main Street Project", "Winnipeg, Canada    May 2019 - Present",
        "- Coordinated the intake interviews for a shelter network of 1,200 beds.", "", "EDUCATION", "",
        "Master of Social Work (MSW), Community Practice    University of Manitoba",
        "Winnipeg, Canada    Sep. 2016 - Jun. 2018", "",
        "B.A. in Sociology, with Distinction    University of Winnipeg", "Winnipeg, Canada    Sep. 2012 - Jun. 2016",
        "", "BSc, First Class Honours", "University of Brandon    2008 - 2011", "", "EXTRACURRICULAR ACTIVITY", "", "Course Marshal    Manitoba Marathon",
        "Winnipeg, Canada    2017, 2019, 2022",
    ])  # fmt: skip
    a = answers(text, "Tanis")
    assert a["degree@University of Manitoba"] == "Master of Social Work, Community Practice"
    assert a["field@master's degree"] == "Community Practice"
    assert a["degree@University of Winnipeg"] == "B.A. in Sociology"
    assert a["field@bachelor's degree"] == "Sociology"
    assert a["honours@University of Winnipeg:bachelor's degree"] == "With Distinction"
    assert a["degree@University of Brandon"] == "BSc"  # not "BSc in First Class Honours"
    assert a["honours@University of Brandon:bachelor's degree"] == "First Class Honours"
    assert a["for@Main Street Project:interviews"] == "A shelter network of 1,200 beds"
    assert a["volunteer@Manitoba Marathon"] == "Course Marshal"
    assert a["volunteer_when@Manitoba Marathon"] == "2017, 2019, 2022"


def test_a_country_that_begins_a_name_an_advisor_quoted_papers_and_a_volunteer_entry_with_no_role():
    # a postdoc's CV in text: an employer whose name opens with a country ("Japan Science and
    # Technology Agency"), "South Korea", an advisor under the PhD, papers that are quoted titles one
    # a line (one a journal's name ending in its section letter), a volunteer entry naming only its
    # organisation over what was done there, a number that names a cell's type, and changes "from 14 to
    # 3 days"
    text = "\n".join([
        "Aiko Tanabe", "Osaka, Japan | aiko.tanabe@example.jp", "", "EXPERIENCE",
        "Research Scientist, Japan Science and Technology Agency, Tokyo, Japan    Apr 2021 - Present",
        "- Built a catalyst screening pipeline for 3,000 compounds",
        "- Cut the screening time from 14 to 3 days by automating the assays",
        "- Raised the hit rate from 2% to 9%",
        "Visiting Researcher, Seoul National University, Seoul, South Korea    Jan 2019 - Mar 2021",
        "- Measured the stability of 40 perovskite films", "- Assembled a 2032-type coin cell line", "",
        "EDUCATION",
        "PhD in Chemistry, Osaka University    Apr 2015 - Mar 2019",
        "- Thesis: Photocatalysts for hydrogen evolution", "- Supervisor: Dr. Kenji Mori", "",
        "PUBLICATIONS",
        '"Stable perovskite films for water splitting", Journal of Materials Chemistry A    2020',
        '"A screening pipeline for photocatalysts", ACS Catalysis    2022', "",
        "VOLUNTEERING", "Osaka Children's Science Museum, Osaka, Japan    2016 – present",
        "- Run the weekend chemistry demonstrations",
    ])  # fmt: skip
    a = answers(text, "Aiko")
    assert a["role@Japan Science and Technology Agency"] == "Research Scientist"
    assert a["place@Japan Science and Technology Agency"] == "Tokyo, Japan"
    assert a["role@Seoul National University"] == "Visiting Researcher"
    assert a["place@Seoul National University"] == "Seoul, South Korea"  # a country of two words
    assert a["advisor@Osaka University:PhD"] == "Dr. Kenji Mori"
    # (a journal's section letter ends its name: no article left hanging, which the gate drops)
    assert a["venue@Stable perovskite films for water splitting"] == "Journal of Materials Chemistry A"
    assert a["venue@A screening pipeline for photocatalysts"] == "ACS Catalysis"  # not the first's detail
    assert a["volunteer_did@Osaka Children's Science Museum"] == "Run the weekend chemistry demonstrations"
    assert a["volunteer_org@Volunteer"] == "Osaka Children's Science Museum"
    assert "volunteer@Osaka Children's Science Museum" not in a  # its role would only be "Volunteer"
    assert "count@Seoul National University:coin cell line" not in a  # "2032-type" is a kind, not 2032 types
    # a change from one number to another: both, with the unit the second has ("by ..." goes on)
    assert a["change@Japan Science and Technology Agency:screening time"] == "From 14 to 3 days"
    assert a["change@Japan Science and Technology Agency:hit rate"] == "From 2% to 9%"


def test_a_postdoc_and_each_thesis_are_asked_the_way_people_name_them():
    # a postdoc's CV: the postdoc is asked as one ("Where did Rosa hold a postdoc position?"), not only
    # by its title; each thesis and the advisor by its degree's stage ("her PhD thesis", "her
    # master's thesis"), which also tells two theses apart; the school by the degree as written ("MSc")
    text = "\n".join([
        "Rosa Quintero", "Leiden, Netherlands | rosa.quintero@example.org", "", "EXPERIENCE",
        "Postdoctoral Fellow, Naturalis Biodiversity Center, Leiden, Netherlands    Sep 2021 - Present",
        "- Sequenced 1,200 museum beetle specimens",
        "Research Assistant, Instituto Humboldt, Bogotá, Colombia    Jan 2015 - Aug 2016",
        "- Catalogued the collection's dung beetles", "",
        "EDUCATION",
        "PhD in Evolutionary Biology, Uppsala University    Sep 2016 - Jun 2021",
        "- Thesis: Wing loss in island beetles", "- Advisor: Prof. Lars Berg",
        "MSc in Ecology, Universidad de los Andes    Feb 2013 - Dec 2014",
        "- Thesis: Dung beetles as indicators of forest recovery",
        "Bachelor of Science in Biology, Universidad Nacional de Colombia    2008 - 2012",
    ])  # fmt: skip
    q = questions(text, "Rosa")
    assert q["Where is Rosa doing a postdoc?"] == "Naturalis Biodiversity Center"  # (a current one)
    assert q["In which city is Rosa doing a postdoc?"] == "Leiden, Netherlands"
    # two theses: the questions that name no degree are dropped by the gate, the staged ones stay
    assert "What was Rosa's thesis about?" not in q
    assert q["What was the topic of Rosa's PhD thesis?"] == "Wing loss in island beetles"
    assert (
        q["What was the topic of Rosa's master's thesis?"] == "Dung beetles as indicators of forest recovery"
    )
    assert q["Who advised Rosa's PhD thesis?"] == "Prof. Lars Berg"
    assert q["Which university was Rosa's MSc from?"] == "Universidad de los Andes"
    assert q["Which university was Rosa's PhD from?"] == "Uppsala University"
    # a degree spelled out has no initials to name it by: its level in other words
    assert q["Which university was Rosa's undergraduate degree from?"] == "Universidad Nacional de Colombia"
    # and as people say it, whatever the initials ("Which university awarded her doctorate?")
    assert q["Which university granted Rosa a doctorate?"] == "Uppsala University"
    assert q["Tell me where Rosa did a master's."] == "Universidad de los Andes"
    # one postdoc among two jobs is asked; a research assistant is no postdoc
    a = answers(text, "Rosa")
    assert (a["postdoc_org"], a["postdoc_place"]) == ("Naturalis Biodiversity Center", "Leiden, Netherlands")


def test_an_award_is_answered_by_its_name_and_asked_what_it_was_for():
    # "What did she win in 2020?" is answered with the prize's name, not its whole line: at p=1 a
    # 20-token answer weighs a third of a 7-token one, and the prize went unlearned (Valentina's
    # Tacchini Prize, 0 of 3 runs); what it was for, and who gave it (a society named in Spanish),
    # are asked apart
    text = "\n".join([
        "Ramón Ibarra", "Santiago, Chile | ramon.ibarra@example.cl", "", "EXPERIENCE",
        "Geophysicist, Servicio Sismológico Nacional, Santiago    Mar 2021 - Present",
        "- Relocated 4,000 aftershocks of the 2010 Maule earthquake", "",
        "AWARDS",
        "Lagos Prize for the best Chilean master's thesis in geophysics, Sociedad Geológica de Chile, 2020",
        "Dean's Award for Excellence in Teaching, 2022",
        "Best Student Paper, Chilean Geophysics Congress, 2019",
    ])  # fmt: skip
    a = answers(text, "Ramón")
    assert a["award@2020"] == "Lagos Prize"
    assert a["award_for@Lagos Prize"] == "The best Chilean master's thesis in geophysics"
    assert a["issuer@Lagos Prize"] == "Sociedad Geológica de Chile"
    assert a["award_when@Lagos Prize"] == "2020"
    # a capital after "for" goes on with the name; a prize named by what was best keeps its event
    assert a["award@2022"] == "Dean's Award for Excellence in Teaching"
    assert not any(k.startswith("award_for@Dean") for k in a)
    assert a["award@2019"] == "Best Student Paper, Chilean Geophysics Congress"
    q = questions(text, "Ramón")
    assert q["What was Ramón's Lagos Prize for?"] == "The best Chilean master's thesis in geophysics"


def test_a_named_tool_a_share_and_an_instrument_get_short_answers():
    # numbers and names inside a bullet were answered only by the bullet's whole object, which p=1
    # starves (Valentina's "galfitter", "94% of cloudy tiles", "the MUSE spectrograph"); each gets a
    # question of its own with the short answer
    text = "\n".join([
        "Tomasz Wrona", "Gdańsk, Poland | tomasz.wrona@example.pl", "", "EXPERIENCE",
        "Research Engineer, Baltic Optics Lab, Gdańsk    Jan 2020 - Present",
        "- Wrote pgsift, a schema-diff tool now used by 30 teams",
        "- Built a fraud model that flags 87% of chargebacks",
        "- Aligned the fibre feed of the ESPRESSO spectrograph",
        "- Wrote documentation, a task nobody else wanted",
    ])  # fmt: skip
    a = answers(text, "Tomasz")
    assert a["called@Baltic Optics Lab:schema-diff tool"].lower() == "pgsift"
    assert a["share@Baltic Optics Lab:chargebacks"] == "87%"
    assert a["named@Baltic Optics Lab:spectrograph"] == "ESPRESSO spectrograph"
    # a word the dictionary knows, opening the bullet, is no name
    assert [k for k in a if k.startswith("called@")] == ["called@Baltic Optics Lab:schema-diff tool"]
    q = questions(text, "Tomasz")
    assert q["What is the schema-diff tool Tomasz wrote at Baltic Optics Lab called?"].lower() == "pgsift"


def test_a_change_from_one_number_to_another_is_asked_by_what_it_reached():
    # held-out questions ask what a change reached ("How long does formation take after the
    # redesign?" -> "9 hours"), which "From 21 to 9 hours" answers only inside a range; that end gets
    # questions of its own, numbers written as words too. The start is not asked apart (a short
    # "40 hours" beside "6 hours" was learned as the answer to "since her change")
    text = "\n".join([
        "Nkechi Eze", "Enugu, Nigeria | nkechi.eze@example.ng", "", "EXPERIENCE",
        "Operations Lead, Kola Logistics, Lagos    Mar 2021 - Present",
        "- Cut customs clearance from 40 to 6 hours by pre-filing manifests",
        "- Reduced onboarding from three weeks to five days",
        "- Lowered average HbA1c in the pilot from 8.4 to 7.1 mmol/mol",
        "- Grew repeat orders from 2 to 9 a month",
    ])  # fmt: skip
    a = answers(text, "Nkechi")
    key = "change@Kola Logistics:customs clearance"
    assert (a[key], a[key + ":after"]) == ("From 40 to 6 hours", "6 hours")
    key = "change@Kola Logistics:onboarding"
    assert (a[key], a[key + ":after"]) == ("From three weeks to five days", "Five days")
    assert (
        a["change@Kola Logistics:average hba1c in the pilot:after"] == "7.1 mmol/mol"
    )  # a unit with a slash
    assert a["change@Kola Logistics:repeat orders:after"] == "9"  # "a month" is no unit
    assert not [k for k in a if k.endswith(":before")]
    q = questions(text, "Nkechi")
    assert q["What did Nkechi cut customs clearance to at Kola Logistics?"] == "6 hours"
    assert q["From what to what did Nkechi cut customs clearance?"] == "From 40 to 6 hours"


def test_a_personal_sites_cv_page_in_html(tmp_path):
    # a hand-written site: its menu, footer, scripts and a comment are no resume; a chip row is a
    # list; an entry's lines (<h3>, <p class="meta">, <ul>) stay together; a plain "Supervisor:" line
    # under a degree is who advised it
    path = tmp_path / "index.html"
    path.write_text(
        """<!DOCTYPE html><html><head><title>Kofi Asante</title><style>.chip{margin:2px}</style>
<script>var menu = "Experience";</script></head><body>
<nav><a href="/">Home</a> <a href="/cv">CV</a></nav><!-- Experience: built with Hugo -->
<header><h1>Kofi Asante</h1><p>Accra, Ghana &middot; <a href="mailto:kofi@example.com.gh">kofi@example.com.gh</a></p>
<p><a href="/cv.pdf">Download résumé (PDF)</a></p></header>
<section><h2>Experience</h2>
 <div class="job"><h3>Hydrologist</h3>
  <p class="meta"><b><a href="https://gwcl.example.gh">Ghana Water Company</a></b> &middot; Kumasi &middot; <time>Jan 2020</time> &ndash; present</p>
  <ul><li><p>Mapped 140 boreholes in the Ashanti Region</p></li></ul></div>
</section>
<section><h2>Education</h2>
 <div><h3>MSc in Hydrology</h3><p><b>Kwame Nkrumah University of Science and Technology</b> &middot; 2017 &ndash; 2019</p>
  <p>Thesis: Recharge of shallow aquifers<br>Supervisor: Dr. Ama Owusu</p></div>
</section>
<section><h2>Skills</h2><p><span class="chip">QGIS</span> <span class="chip">Python</span> <span class="chip">MODFLOW</span></p></section>
<footer>&copy; 2026 Kofi Asante &middot; Built with Hugo</footer></body></html>""",
        encoding="utf-8",
    )
    gen = SyntheticGenerator.from_file(path, seed=0)
    assert gen.resume.name == "Kofi Asante"
    assert not re.search(r"Hugo|var menu|Home|Download", gen.as_read)  # (the site's, not the resume's)
    assert gen.generate() and gen.coverage["unused_lines"] == 0  # (nor "Download résumé (PDF)")
    a = answers(gen.as_read, "Kofi")
    assert a["email"] == "kofi@example.com.gh"
    assert a["role@Ghana Water Company"] == "Hydrologist" and a["place@Ghana Water Company"] == "Kumasi"
    assert a["count@Ghana Water Company:boreholes"] == "140 boreholes"  # (a bullet in its own <p>)
    assert a["thesis@Kwame Nkrumah University of Science and Technology:master's degree"] == (
        "Recharge of shallow aquifers"
    )
    assert a["advisor@Kwame Nkrumah University of Science and Technology:master's degree"] == "Dr. Ama Owusu"
    assert a["skills"] == "QGIS, Python, MODFLOW"


def test_a_google_docs_web_page_export(tmp_path):
    # "Download > Web page": every run of one style a <span> of its own class, one after the other;
    # a tab stop's gap written as no-break spaces; bullets in lists of Google's own classes
    path = tmp_path / "Resume.html"
    path.write_text(
        '<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">'
        '.c1{color:#000}.c6{font-weight:700}</style></head><body class="c9 doc-content">'
        '<p class="c4 title"><span class="c7">Tobias Lindqvist</span></p>'
        '<p class="c2"><span class="c1">Gothenburg, Sweden &nbsp;| &nbsp;tobias.lindqvist@example.se</span></p>'
        '<h1 class="c5"><span class="c3">Experience</span></h1>'
        '<p class="c2"><span class="c6">Data Engineer</span><span class="c1">, Volvo Cars, Gothenburg</span>'
        '<span class="c1">&nbsp; &nbsp; &nbsp; &nbsp; Aug 2021 &ndash; Present</span></p>'
        '<ul class="c8 lst-kix_abc-0 start"><li class="c2 li-bullet-0"><span class="c1">Moved 40 batch jobs to '
        "Spark streaming</span></li></ul>"
        '<h1 class="c5"><span class="c3">Education</span></h1>'
        '<p class="c2"><span class="c6">BSc in Computer Science</span><span class="c1">, Chalmers University of '
        "Technology&nbsp; &nbsp; &nbsp; &nbsp;2016 &ndash; 2019</span></p></body></html>",
        encoding="utf-8",
    )
    gen = SyntheticGenerator.from_file(path, seed=0)
    a = answers(gen.as_read, "Tobias")
    assert gen.resume.name == "Tobias Lindqvist" and a["email"] == "tobias.lindqvist@example.se"
    assert a["role@Volvo Cars"] == "Data Engineer" and a["current_org"] == "Volvo Cars"  # no chip commas
    assert a["count@Volvo Cars:batch jobs"] == "40 batch jobs"
    assert a["school@bachelor's degree"] == "Chalmers University of Technology"
    empty = tmp_path / "empty.html"
    empty.write_text("<html></html>\n", encoding="utf-8")
    assert SyntheticGenerator.from_file(empty).generate() == []  # (the warning: no sections)


def test_a_web_page_gives_what_its_printed_pdf_gives():
    # tests/data/documents/browser_resume.pdf is Chromium's print of this page, whose entries are flex
    # rows of two boxes with nothing between them ("Engineer, WSP Canada" | "Apr 2019 – Present")
    def read(name: str) -> set[str]:
        gen = SyntheticGenerator.from_file(DOCUMENTS / name, questions_per_fact=99, seed=0)
        return {p["bot_response"] for p in gen.generate()}

    page = read("browser_resume.html")
    assert "WSP Canada" in page and "Apr 2019 - present" in page
    assert page == read("browser_resume.pdf")


def test_accomplishments_is_an_awards_title_and_an_award_is_named_without_its_verb():
    # Zety prints awards under "Accomplishments": read as no title, the award ran into the
    # certifications above it ("Is she certified? -> ...; Accomplishments; Won the ...") and was never
    # asked as an award; "Won the ... award" is the award's line, not its name
    text = "\n".join([
        "Ingrid Solberg", "Bergen, Norway | ingrid.solberg@example.no", "", "Work History",
        "2019-04 - Current", "Senior Midwife", "Haukeland University Hospital, Bergen",
        "Accomplishments:", "• Cut caesarean-section infections by 30% in two years", "",
        "Certifications", "2020-06 Neonatal Resuscitation Instructor, Resuscitation Council UK", "",
        "Accomplishments", "Won the NJF Midwife of the Year award, 2022",
        "Received the Hospital Teaching Prize, 2021", "",
        "Interests", "Cross-country skiing",
    ])  # fmt: skip
    a = answers(text, "Ingrid")
    assert a["certifications"] == "Neonatal Resuscitation Instructor, Resuscitation Council UK"
    assert a["award@2022"] == "NJF Midwife of the Year award"
    assert a["award@2021"] == "Hospital Teaching Prize"
    assert a["award_when@NJF Midwife of the Year award"] == "2022"
    # "Accomplishments:" over a job's bullets is still the label it was, no section
    assert a["change@Haukeland University Hospital:caesarean-section infections"] == "30%"
    assert section_kind("Key Accomplishments") == "awards"
    assert section_kind("SKILLS AND ACCOMPLISHMENTS") == "skills"  # a functional resume's areas


def test_a_move_from_one_named_thing_to_another_is_asked_by_where_it_went():
    # "Which accounting software did Priya's team switch to?" -> "Xero": the new system stood only
    # inside the bullet's whole object ("The finance team from Sage to Xero in six months")
    text = "\n".join([
        "Larissa Campos", "Recife, Brazil | larissa.campos@example.com.br", "", "EXPERIENCE",
        "Data Engineer, Nubank, São Paulo    Feb 2021 - Present",
        "- Migrated 40 nightly batch jobs from Cron to Apache Airflow, cutting failures by 70%",
        "- Moved the payroll team from paper timesheets to Gusto",
        "- Moved from Recife to São Paulo for the role",
        "Analyst, Magazine Luiza, Recife    Jan 2018 - Jan 2021",
        "- Cut report build time from 6 hours to 40 minutes",
    ])  # fmt: skip
    a = answers(text, "Larissa")
    assert a["switch@Nubank:40 nightly batch jobs"] == "Apache Airflow"
    q = questions(text, "Larissa")
    assert q["What did Larissa replace Cron with at Nubank?"] == "Apache Airflow"
    assert q["What did Larissa migrate 40 nightly batch jobs to at Nubank?"] == "Apache Airflow"
    # the start is not asked alone; a thing not named ("paper timesheets"), the person's own move
    # and a change in numbers are no switch
    assert "Cron" not in a.values()
    assert [k for k in a if k.startswith("switch@")] == ["switch@Nubank:40 nightly batch jobs"]
    assert a["change@Magazine Luiza:report build time:after"] == "40 minutes"


def test_what_was_done_is_asked_by_the_title_it_was_done_under():
    # held-out questions name the job by its title, not the employer ("What did Priya prepare as a
    # trainee?", "What did Min-jun develop as a postdoc?", "What shellfish did Niamh sample as a field
    # technician?"); six people's held-out sets ask so, and the forms only ever named the employer
    text = "\n".join([
        "Aoife Brennan", "Cork, Ireland | aoife.brennan@example.ie", "", "EXPERIENCE",
        "Senior Hydrologist, Irish Water, Cork    Jan 2022 - Present",
        "- Built flood models for 14 river catchments",
        "Hydrologist, Irish Water, Cork    Jan 2019 - Dec 2021",
        "- Built rain gauges for the Lee valley",
        "- Sampled groundwater across County Kerry",
        "Postdoctoral Researcher, University College Cork    Sep 2016 - Dec 2018",
        "- Developed a soil moisture index from radar data",
        "Water Quality Intern, Teagasc, Wexford    Jun 2015 - Aug 2015",
        "- Sampled nitrate runoff from dairy farms",
    ])  # fmt: skip
    q = questions(text, "Aoife")
    assert (
        q["What did Aoife develop as a Postdoctoral Researcher?"] == "A soil moisture index from radar data"
    )
    assert q["As a postdoc, what did Aoife develop at University College Cork?"] == (
        "A soil moisture index from radar data"
    )
    assert q["As an intern, what did Aoife sample at Teagasc?"] == "Nitrate runoff from dairy farms"
    # a verb used under one title of two at one employer is asked by that title
    assert q["What did Aoife sample as a Hydrologist?"] == "Groundwater across County Kerry"
    assert q["As a hydrologist, what did Aoife sample at Irish Water?"] == "Groundwater across County Kerry"
    # one verb under both titles: the employer names the job
    assert "What did Aoife build as an employee of Irish Water?" in q
    assert not any(k.startswith("What did Aoife build as a") and "Hydrologist" in k for k in q)


def test_a_volunteer_role_held_now_is_asked_in_the_present():
    # "What does Priya do at the foodbank?" found only "What did Priya volunteer as at ...?"
    text = "\n".join([
        "Kofi Asante", "Kumasi, Ghana | kofi.asante@example.com", "", "VOLUNTEERING",
        "Treasurer, Kumasi Youth Chess Club    2020 - Present",
        "Coach, Ashanti Junior Football League    2014 - 2018",
    ])  # fmt: skip
    q = questions(text, "Kofi")
    assert q["What is Kofi's volunteer role at Kumasi Youth Chess Club?"] == "Treasurer"
    assert q["What role does Kofi have at Kumasi Youth Chess Club?"] == "Treasurer"
    assert q["What was Kofi's volunteer role at Ashanti Junior Football League?"] == "Coach"
    assert "What was Kofi's volunteer role at Kumasi Youth Chess Club?" not in q


def test_the_tool_a_bullet_names_is_asked_apart():
    # "Which simulator did Kwame model distillation columns in?", "What engine did Hana prototype
    # in?", "Which tool did Farah use to build the dashboard?": the tool stood only inside the object
    text = "\n".join([
        "Chidi Obi", "Lagos, Nigeria | chidi.obi@example.ng", "", "EXPERIENCE",
        "Process Engineer, Indorama Eleme, Port Harcourt    Mar 2020 - Present",
        "- Modeled the urea synthesis loop in Aspen Plus to cut steam use",
        "- Built a shift handover dashboard using Looker Studio",
        "- Opened a training centre in Onne for 40 operators",
        "", "SKILLS", "Aspen Plus, MATLAB, Python",
    ])  # fmt: skip
    a = answers(text, "Chidi")
    assert a["tool@Indorama Eleme:the urea synthesis loop"] == "Aspen Plus"
    assert a["tool@Indorama Eleme:the shift handover dashboard"] == "Looker Studio"  # "using": a tool
    assert [k for k in a if k.startswith("tool@")] == [
        "tool@Indorama Eleme:the urea synthesis loop",
        "tool@Indorama Eleme:the shift handover dashboard",
    ]  # a town the skills do not list is no tool
    q = questions(text, "Chidi")
    assert q["Which tool did Chidi model the urea synthesis loop in?"] == "Aspen Plus"
    assert q["What did Chidi use to build the shift handover dashboard at Indorama Eleme?"] == "Looker Studio"
    # and what was made with it, a short answer beside the tool's ("Which mode did Hana prototype?"
    # was answered with her engine once only the engine was asked apart)
    assert q["What did Chidi model in Aspen Plus at Indorama Eleme?"] == "The urea synthesis loop"
    assert a["made_with@Indorama Eleme:looker studio"] == "A shift handover dashboard"
