"""SyntheticGenerator: question/answer pairs from a resume (the spec's generator; dataset.py re-exports it)."""

from __future__ import annotations

import logging
import random
from pathlib import Path

from .coverage import coverage, log_coverage
from .documents import docx_text, html_text, is_html, is_odt, odt_text, pdf_text
from .entries import build_profile
from .errors import LenweightError
from .facts import extract_facts, gate
from .jsonresume import is_json_resume, load_json_resume
from .latex import is_latex, latex_to_text
from .records import read_bytes
from .resume import parse_resume
from .yamlresume import as_json_resume, read_yaml, rendercv_to_text

log = logging.getLogger(__name__)

# More than any real resume (a 20-page academic CV is about 60,000): a file pasted many times over.
MAX_RESUME_CHARS = 100_000


class SyntheticGenerator:
    """Question/answer pairs from a resume: several paraphrased questions per fact, short answers.

    Text resumes are parsed (resume.py -> entries.py); a JSON Resume (`.json`) is read exactly
    (jsonresume.py). Every fact passes the quality gate (facts.gate) first; `self.coverage` then
    says, per section, what was found, produced and left unused. Deterministic for a given seed.
    The persona's name comes from `name`, else the resume's name line ("Anna-Lena Weber" -> "Anna-Lena").
    """

    def __init__(
        self,
        resume_text: str,
        name: str | None = None,
        questions_per_fact: int = 3,
        seed: int = 0,
        path: str | Path = "resume",
    ):
        self.path = Path(path)
        if len(resume_text) > MAX_RESUME_CHARS:
            log.warning(
                "%s: %d characters, more than any real resume (%d): only the first %d are read",
                self.path, len(resume_text), MAX_RESUME_CHARS, MAX_RESUME_CHARS,
            )  # fmt: skip
            resume_text = resume_text[:MAX_RESUME_CHARS].rsplit("\n", 1)[0]  # whole lines only
        # the text read when it is not the file's own (a PDF's, a LaTeX or RenderCV source's):
        # `prepare` writes it out, so that the coverage report's line numbers can be looked up
        self.as_read: str | None = None
        if self.path.suffix.lower() in (".yaml", ".yml"):  # RenderCV, or a JSON Resume in YAML
            data = read_yaml(resume_text, self.path)
            json_text = as_json_resume(data)
            resume_text = json_text or rendercv_to_text(data)
            self.as_read = None if json_text else resume_text
        if self.path.suffix.lower() == ".json" or is_json_resume(resume_text):
            self.resume, self.profile = load_json_resume(resume_text, self.path)
        else:
            if is_latex(resume_text):  # a .tex source: the text its PDF shows
                resume_text = self.as_read = latex_to_text(resume_text)
            self.resume = parse_resume(resume_text)
            self.profile = build_profile(self.resume)
        full = name or self.resume.name
        self.name = full.split()[0] if full and not name else full
        self.questions_per_fact = questions_per_fact
        self.seed = seed
        self.coverage: dict = {}

    @classmethod
    def from_file(cls, path: str | Path, **kwargs) -> SyntheticGenerator:
        path = Path(path)
        data = read_bytes(path, "resume", "--resume")
        document = (
            pdf_text(data, path) if data.startswith(b"%PDF")
            else docx_text(data, path) if data.startswith(b"PK\x03\x04") and b"word/document.xml" in data
            else odt_text(data, path) if is_odt(data)
            else html_text(data, path) if is_html(data, path)
            else None
        )  # fmt: skip
        if document is not None:
            gen = cls(document, path=path, **kwargs)
            gen.as_read = document
            return gen
        # an old Word .doc, a zip, an image: say so rather than "no sections found"
        if b"\x00" in data or data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
            raise LenweightError(
                f"{path}: a binary file that is not a PDF, a Word .docx or an OpenDocument .odt (an old .doc?); "
                "save the resume as PDF, .docx, .odt or plain text"
            )
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise LenweightError(
                f"{path}: not valid UTF-8 text ({e.reason} at byte {e.start}); save the resume as plain UTF-8"
            ) from None
        text = text.replace("\r\n", "\n").replace("\r", "\n")  # as read_text's universal newlines
        return cls(text, path=path, **kwargs)

    def generate(self) -> list[dict]:
        if not self.resume.sections:
            log.warning(
                "%s: no recognisable sections (e.g. EXPERIENCE, Education:, '## Skills'); "
                "no synthetic questions generated. See README 'Your own data' for the layouts understood.",
                self.path,
            )
            return []
        if not self.name:
            log.warning(
                "%s: no name found in its first lines and none given (--persona_name); no questions generated.",
                self.path,
            )
            return []
        facts, dropped = gate(extract_facts(self.profile, self.name))
        rng = random.Random(self.seed)
        records = []
        for fact in facts:
            pairs = fact.pairs()
            for question, reply in rng.sample(pairs, min(self.questions_per_fact, len(pairs))):
                records.append(
                    {
                        "user_message": question,
                        "bot_response": reply,
                        "source": "resume",
                        "fact": fact.key,
                    }
                )
        self.coverage = coverage(self.resume, facts, records, dropped)
        if self.as_read is not None:
            self.coverage["text_read"] = self.as_read
        log_coverage(self.coverage, self.path)
        if not records:
            log.warning(
                "%s: sections found but no facts could be extracted; no synthetic questions generated.",
                self.path,
            )
        return records
