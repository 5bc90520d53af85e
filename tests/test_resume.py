"""Resume parsing on several layouts: sections, entries, and the facts turned into Q/A pairs."""

from pathlib import Path

from lenweight.resume import extract_facts, parse_resume

MARKDOWN = """\
# Priya Natarajan

## Summary
Backend engineer who likes databases.

## Work Experience
### Senior Software Engineer, Stripe (2021 - Present)
- Scaled the ledger service to 1M writes per second.
### Software Engineer, Acme Corp (2018 - 2021)
- Built the billing pipeline.

## Education
### B.Sc. in Computer Engineering, University of Toronto, 2014 - 2018

## Honors & Awards
- ACM ICPC World Finalist, 2017

## Skills
- Languages: Go, Rust, SQL
"""

UNDERLINED = """\
Jordan Lee
jordan@example.org

Experience
----------
Globex Corporation, Springfield, IL
Product Designer, Jun 2019 - Dec 2022
* Redesigned the onboarding flow.

Initech
UX Researcher, 2016 - 2019

Education
=========
Rhode Island School of Design
BFA Graphic Design, 2012 - 2016

Awards
======
Red Dot Design Award 2021
"""

COLON_DOTS = """\
Maria Gomez
..................................
Profile: Statistician focused on clinical trials.
..................................
Employment History:
Lead Biostatistician at Genentech, 2017-2023
  - Designed adaptive trial analyses.
Statistician at Kaiser Permanente, 2012-2017
..................................
Education:
PhD Biostatistics, University of Washington, 2012
MS Statistics | Stanford University | 2008
..................................
Publications:
1. "Adaptive Designs in Oncology", Biometrics, 2019
"""


def answers(text, name):
    return {f.key: f.answer for f in extract_facts(parse_resume(text), name)}


def test_markdown_layout():
    r = parse_resume(MARKDOWN)
    assert r.name == "Priya Natarajan"
    assert [s.kind for s in r.sections] == ["summary", "experience", "education", "awards", "skills"]
    a = answers(MARKDOWN, "Priya")
    assert a["role@Stripe"] == "Senior Software Engineer"
    assert a["dates@Stripe"] == "2021 - Present"
    assert a["role@Acme Corp"] == "Software Engineer"
    assert a["school@bachelor's degree"] == "University of Toronto"
    assert a["awards"] == "ACM ICPC World Finalist"
    assert a["skills@languages"] == "Go, Rust, SQL"


def test_underlined_titles_and_two_line_entries():
    r = parse_resume(UNDERLINED)
    assert r.name == "Jordan Lee"
    assert [s.kind for s in r.sections] == ["experience", "education", "awards"]
    a = answers(UNDERLINED, "Jordan")
    assert a["role@Globex Corporation"] == "Product Designer"
    assert a["dates@Globex Corporation"] == "Jun 2019 - Dec 2022"
    assert a["did@Globex Corporation"] == "Redesigned the onboarding flow"
    assert a["role@Initech"] == "UX Researcher"
    assert a["school@bachelor's degree"] == "Rhode Island School of Design"


def test_colon_titles_dotted_rules_and_at_entries():
    r = parse_resume(COLON_DOTS)
    assert r.name == "Maria Gomez"
    assert [s.kind for s in r.sections] == ["summary", "experience", "education", "publications"]
    a = answers(COLON_DOTS, "Maria")
    assert a["summary"] == "Statistician focused on clinical trials"
    assert a["role@Genentech"] == "Lead Biostatistician"
    assert a["dates@Genentech"] == "2017-2023"
    assert a["role@Kaiser Permanente"] == "Statistician"
    assert a["school@PhD"] == "University of Washington"
    assert a["school@master's degree"] == "Stanford University"
    assert a["publications"] == "Adaptive Designs in Oncology"


def test_alex_resume_has_the_spec_facts():
    r = parse_resume(Path("examples/alex/resume.txt").read_text())
    assert len(r.sections) >= 7
    a = answers(Path("examples/alex/resume.txt").read_text(), "Alex")
    assert a["role@Creyon Bio"] == "Data Scientist"
    assert a["school@master's degree"] == "Johns Hopkins University"
    assert "WWU" in a["school@bachelor's degree"]
    assert "Kaggle Vesuvius" in a["awards"] and "NeurIPS LatinX" in a["awards"]
    # answers are short: the point of the whole exercise
    assert max(len(v.split()) for v in a.values()) <= 25


def test_no_structure_no_facts():
    text = "Hello! I am a person.\nI have done many things, some of them in 2019 and some in 2020.\n"
    assert parse_resume(text).sections == []
    assert extract_facts(parse_resume(text), "X") == []


def test_all_caps_company_is_not_a_section():
    text = (
        "Sam Park\n\nEXPERIENCE\nACME ROCKETS\nEngineer, 2019 - 2021\n\nEDUCATION\nMIT, B.S. Physics, 2019\n"
    )
    r = parse_resume(text)
    assert [s.kind for s in r.sections] == ["experience", "education"]
    assert answers(text, "Sam")["role@ACME ROCKETS"] == "Engineer"
