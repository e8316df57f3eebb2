"""cnw certificate | certificate check | qes | plan-doc | statement | report kets | dossier.

cnw certificate FILE -o cert.pdf [--lang ko]      one-page certificate (refused, naming the rule, when the claim fails one)
cnw certificate check cert.pdf FILE               exit 0 when the PDF matches the project, 1 listing what differs
cnw qes FILE -o qes.pdf                            qualifying explanatory statement
cnw plan-doc FILE -o plan.pdf                      carbon-neutrality management plan
cnw statement FILE -o statement.pdf                verification statement
cnw report kets FILE -o kets.pdf                   K-ETS emission report (decree Art. 31(1)) + offset surrender
cnw dossier FILE -o dossier.pdf                    client dossier with a table of contents
"""

from __future__ import annotations

import sys
from pathlib import Path

SIMPLE = {
    "qes": ("qes", "qualifying explanatory statement (QES)", "qes"),
    "plan-doc": ("management_plan", "carbon-neutrality management plan (PDF)", "management-plan"),
    "statement": ("verification_statement", "verification statement (PDF)", "verification-statement"),
    "dossier": ("dossier", "client dossier with a table of contents (PDF)", "dossier"),
}


def _common(p, default_lang: str = "en") -> None:
    p.add_argument(
        "-o", "--output", metavar="PDF", help="output file (default: <project>-<document>-<lang>.pdf)"
    )
    p.add_argument(
        "--lang", default=default_lang, choices=["en", "ko"], help=f"language (default {default_lang})"
    )
    p.add_argument("--period", metavar="LABEL", help="period label (default: the current period)")


def register(sub) -> None:
    p = sub.add_parser(
        "certificate",
        help="issue the carbon-neutrality certificate, or check one against a project",
        description="cnw certificate FILE -o cert.pdf | cnw certificate check CERT.pdf FILE",
    )
    p.add_argument("args", nargs="+", metavar="FILE | check CERT.pdf FILE")
    _common(p)
    p.set_defaults(handler=cmd_certificate)
    for name, (_, help_text, _) in SIMPLE.items():
        p = sub.add_parser(name, help=help_text)
        p.add_argument("file")
        _common(p)
        p.set_defaults(handler=cmd_simple, document=name)
    p = sub.add_parser("report", help="regulatory reports: 'kets' (K-ETS emission report)")
    p.add_argument("kind", choices=["kets"])
    p.add_argument("file")
    _common(p, default_lang="ko")
    p.set_defaults(handler=cmd_report)


def _period_id(project, label):
    from workbench.services.common.periods import period_id_by_label

    return period_id_by_label(project, label)


def _out(args, file: str, suffix: str) -> Path:
    if args.output:
        return Path(args.output)
    return Path(f"{Path(file).stem}-{suffix}-{args.lang}.pdf")


def _progress(fraction: float, message: str) -> None:
    print(f"  [{fraction:4.0%}] {message}", file=sys.stderr)


def _run(file: str, kind: str, args, suffix: str) -> int:
    from workbench import open_project
    from workbench.services import documents

    with open_project(file) as project:
        pid = _period_id(project, args.period)
        if kind == "certificate":
            for w in documents.claim_warnings(project, pid):
                print(f"cnw: warning: {w}", file=sys.stderr)
        path = documents.BUILDERS[kind](
            project, _out(args, file, suffix), lang=args.lang, period_id=pid, progress=_progress
        )
    print(path)
    return 0


def cmd_certificate(args) -> int:
    from workbench.project.errors import ProjectError

    rest = args.args
    if rest[0] == "check":
        if len(rest) != 3:
            raise ProjectError("usage: cnw certificate check CERT.pdf FILE")
        return _check(rest[1], rest[2])
    if len(rest) != 1:
        raise ProjectError(
            "usage: cnw certificate FILE -o cert.pdf  (or: cnw certificate check CERT.pdf FILE)"
        )
    return _run(rest[0], "certificate", args, "certificate")


def _check(pdf: str, file: str) -> int:
    from workbench import open_project
    from workbench.services import documents

    with open_project(file, mode="read") as project:
        report = documents.check_certificate(pdf, project)
    print(report)
    return 0 if report.ok else 1


def cmd_simple(args) -> int:
    fn_name, _, suffix = SIMPLE[args.document]
    return _run(args.file, fn_name, args, suffix)


def cmd_report(args) -> int:
    return _run(args.file, "kets_report", args, "kets-report")
