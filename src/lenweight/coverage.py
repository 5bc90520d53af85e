"""The resume coverage report: per section, what it was taken for, what came out, what was left.

`prepare` prints it and writes it as coverage.json; training logs its warnings. Lines left unused
are named by number, so a person can see what the parser did not understand.
"""

from __future__ import annotations

import logging
from collections import Counter

log = logging.getLogger(__name__)


def coverage(resume, facts, records, dropped: Counter) -> dict:
    section_of = {f.key: f.section for f in facts}
    pairs = Counter(section_of.get(r["fact"]) for r in records)
    rows = []
    header_unused = [ln.no for ln in resume.header if not ln.used]
    if resume.header:
        rows.append(
            {"title": "(header block)", "kind": "name and contact", "lines": f"{resume.header[0].no}-{resume.header[-1].no}",
             "entries": int(bool(resume.name)), "pairs": pairs.get(None, 0), "unused_lines": header_unused, "repeated_lines": 0}
        )  # fmt: skip
    for i, sec in enumerate(resume.sections):
        rows.append(
            {
                "title": sec.title,
                "kind": sec.kind or "unknown (skipped)",
                "lines": f"{sec.start}-{sec.end}" if sec.start else "json",
                "entries": sec.entries,
                "pairs": pairs.get(i, 0),
                # An unknown section is skipped whole: its lines are all "unused".
                "unused_lines": [ln.no for ln in (sec.lines if sec.kind is None else sec.unused())],
                "repeated_lines": sec.repeated,
            }
        )
    return {
        "name": resume.name,
        "pairs": len(records),
        "facts": len(facts),
        "dropped_by_gate": dict(dropped),
        "unused_lines": sum(len(r["unused_lines"]) for r in rows),
        "unknown_sections": [s.title for s in resume.sections if s.kind is None],
        "sections": rows,
    }


def summary(cov: dict) -> dict:
    """The totals of a coverage report, for stats.json and metrics.json."""
    return {k: cov[k] for k in ("pairs", "facts", "dropped_by_gate", "unused_lines") if k in cov}


def format_coverage(cov: dict) -> str:
    """The report as a fixed-width table, one row per section."""
    lines = [f"{'section':28} {'taken as':20} {'lines':>9} {'entries':>7} {'pairs':>5}  unused lines"]
    for r in cov["sections"]:
        unused = ", ".join(map(str, r["unused_lines"][:12])) + (" ..." if len(r["unused_lines"]) > 12 else "")
        lines.append(
            f"{r['title'][:28]:28} {r['kind'][:20]:20} {r['lines']:>9} {r['entries']:>7} {r['pairs']:>5}  {unused or '-'}"
        )
    dropped = ", ".join(f"{k}: {v}" for k, v in sorted(cov["dropped_by_gate"].items())) or "none"
    lines.append(f"{cov['pairs']} pairs from {cov['facts']} facts; dropped by the quality gate: {dropped}")
    return "\n".join(lines)


def log_coverage(cov: dict, path) -> None:
    dropped = sum(cov["dropped_by_gate"].values())
    log.info(
        "%s: %d pairs from %d facts; the quality gate dropped %d %s",
        path,
        cov["pairs"],
        cov["facts"],
        dropped,
        cov["dropped_by_gate"] or "",
    )
    log.debug("Resume coverage (%s):\n%s", path, format_coverage(cov))
    where = [r["title"] for r in cov["sections"] if r["unused_lines"]]
    if cov["unused_lines"]:
        log.warning(
            "%s: %d lines were not used (in %s)%s; `lenweight prepare` lists them in coverage.json",
            path, cov["unused_lines"], ", ".join(where),
            f"; unknown sections skipped: {', '.join(cov['unknown_sections'])}" if cov["unknown_sections"] else "",
        )  # fmt: skip
    repeated = sum(r["repeated_lines"] for r in cov["sections"])
    if repeated:
        log.warning("%s: %d repeated lines were read once (the resume repeats itself)", path, repeated)
