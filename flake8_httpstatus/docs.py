"""The documentation made from the tables: the README's rule and option tables, and the pages
``docs/rules.md`` (the rule table), ``docs/codes.md`` (the catalogue) and ``docs/positions.md``
(the status-position table).

``python -m flake8_httpstatus.docs`` prints the README tables; ``--write`` rewrites the pages in
``docs/``. A test keeps all of them in step with the tables.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Callable, Dict, Sequence

from flake8_httpstatus import positions as pos
from flake8_httpstatus.catalogue import CATALOGUE, SUGGESTED_STYLES, Constant
from flake8_httpstatus.constant_styles import BY_NAME, PYTHON, STYLE_TITLES
from flake8_httpstatus.checker import check_source
from flake8_httpstatus.findings import Finding
from flake8_httpstatus.options import OPTIONS, Config, build_config
from flake8_httpstatus.rules import RULES, Rule

#: Imports that make every rule's example a status position.
PRELUDE = (
    "from http import HTTPStatus\n"
    "from flask import abort, redirect, Response\n"
    "from fastapi import HTTPException\n"
)


def example_config(rule: Rule) -> Config:
    """The options the rule's example runs with (``example_options``, flake8's flags)."""
    raw: Dict[str, str] = {}
    for flag in rule.example_options.split():
        name, _, value = flag.lstrip("-").partition("=")
        raw[next(o.attr for o in OPTIONS if o.name == name)] = value
    return build_config(raw)


def example_finding(code: str) -> Finding:
    """What the checker really finds in the rule's example."""
    rule = RULES[code]
    findings = check_source(PRELUDE + rule.example + "\n", example_config(rule))
    return next(f for f in findings if f.code == code)


def example_message(code: str) -> str:
    """What the checker really says about the rule's example."""
    return example_finding(code).text


def example_title(code: str) -> str:
    """The title of the editor's quick fix for the rule's example (a one-line example)."""
    finding = example_finding(code)
    assert finding.suggestion is not None
    _, col, _, end_col = finding.replaced
    return RULES[code].title.format(literal=RULES[code].example[col:end_col],
                                    replacement=finding.suggestion.replacement)


def rules_table() -> str:
    rows = ["| code | reports | example | message | fix |", "|---|---|---|---|---|"]
    for code, rule in RULES.items():
        message = example_message(code).replace("|", "\\|")
        rows.append(f"| {code} | {rule.summary} | `{rule.example}` | `{message}` | {rule.fix} |")
    return "\n".join(rows)


def options_table() -> str:
    rows = ["| option (`[flake8]` key without dashes) | meaning | default |", "|---|---|---|"]
    for option in OPTIONS:
        default = f"`{option.default}`" if option.default else "none"
        rows.append(f"| `{option.flag}={option.metavar}` | {option.help} | {default} |")
    return "\n".join(rows)


def _code_or_prose(text: str) -> str:
    try:
        ast.parse(text)
    except SyntaxError:
        return text
    return f"`{text}`"


def rules_page() -> str:
    """``docs/rules.md``: one section per rule, in the manner of ruff's rule pages."""
    head = ["# Rules", "", _MADE_FROM.format(table="rules.py"), ""]
    return "\n".join(head) + "\n" + "\n".join(rule_section(code) for code in RULES)


def rule_section(code: str) -> str:
    """One rule's section of ``docs/rules.md`` (``flake8-httpstatus rule CODE`` prints it)."""
    rule = RULES[code]
    return "\n".join([
        f"## {code} `{rule.name}`", "",
        f"**What it reports.** {rule.summary[0].upper()}{rule.summary[1:]}.", "",
        f"**Why.** {rule.why}", "",
        "**Example.**", "", "```python", rule.example, "```", "",
        "flake8 says"
        + (f" (with `{rule.example_options}`)" if rule.example_options else "")
        + f": `{example_message(code)}`", "",
        f"**Use instead.** {_code_or_prose(rule.instead)}"
        + (f" ({rule.instead_note})" if rule.instead_note else ""), "",
        f"**Fix.** {rule.fix[0].upper()}{rule.fix[1:]}."
        + (f" Editors (pylsp) offer it as the quick fix *{example_title(code)}*." if rule.title
           else ""), "",
        f"**Fix safety.** {rule.safety or 'None: there is no fix'}.", "",
        *rule_precedence(rule),
        f"**Options.** {rule_options(rule)}", "",
    ])


def _codes(codes: Sequence[str], conjunction: str) -> str:
    return f"{', '.join(codes[:-1])} {conjunction} {codes[-1]}" if len(codes) > 1 else codes[0]


def rule_precedence(rule: Rule) -> list[str]:
    """The paragraph on the rules it silences and that silence it (``Rule.silences``), if any."""
    silencers = [code for code, other in RULES.items() if rule.code in other.silences]
    said = []
    if rule.silences:
        verb = "are" if len(rule.silences) > 1 else "is"
        said.append(f"Where it reports a status, {_codes(rule.silences, 'and')} {verb} not "
                    "reported for it.")
    if silencers:
        said.append(f"Not reported where {_codes(silencers, 'or')} reports the same status.")
    if not rule.where_raised:
        said.append("Not reported in the body of a `with` block that expects an exception "
                    "(`with pytest.raises(...)`, `with self.assertRaises(...)`): there the "
                    "status is the test's subject.")
    return [f"**Precedence.** {' '.join(said)}", ""] if said else []


def rule_options(rule: Rule) -> str:
    """Whether flake8 reports the rule unless told, and the options that change what it reports
    (the ``codes`` of the option table)."""
    switch = (f"Reported by default (`extend-ignore = {rule.code}` turns it off)." if rule.default
              else f"Off by default (`extend-select = {rule.code}` turns it on).")
    flags = [f"`{option.flag}`" for option in OPTIONS if rule.code in option.codes]
    return switch + (f" What it reports depends on {', '.join(flags)}." if flags else "")


_MADE_FROM = ("<!-- made by `python -m flake8_httpstatus.docs --write`; "
              "edit flake8_httpstatus/{table} instead -->")


def _version(numbers: tuple[int, ...]) -> str:
    return ".".join(map(str, numbers))


def _names(constants: tuple[Constant, ...], style: str) -> str:
    shown = []
    for constant in constants:
        notes = []
        if constant.since is not None:
            python = BY_NAME[style].distribution == PYTHON
            notes.append(f"{'Python ' if python else ''}{_version(constant.since)}+")
        if constant.deprecated:
            notes.append("deprecated")
        shown.append(f"`{constant.name}`" + (f" ({', '.join(notes)})" if notes else ""))
    return "<br>".join(shown) or "-"


def codes_page() -> str:
    """``docs/codes.md``: every catalogued code, what it means and its constant in each style."""
    styles = " | ".join(STYLE_TITLES[style] for style in SUGGESTED_STYLES)
    rows = [
        "# Status codes", "", _MADE_FROM.format(table="catalogue_data.py"), "",
        "The codes the checker knows. A number in 100-599 that is not here is reported as "
        "unknown (HTS002); deprecated codes are reported by HTS004, experimental ones by "
        "HTS005. A constant's version is the first release of Python or of the framework "
        "that has it.", "",
        f"| code | phrase | state | meaning | {styles} |",
        "|---|---|---|---|" + "---|" * len(SUGGESTED_STYLES),
    ]
    for status in CATALOGUE.values():
        names = " | ".join(_names(status.constants[style], style) for style in SUGGESTED_STYLES)
        rows.append(f"| {status.code} | {status.phrase} | {status.state.value} | "
                    f"{status.summary} | {names} |")
    return "\n".join(rows) + "\n"


def packages() -> list[str]:
    """Every package the position tables name: the frameworks, clients and test doubles whose
    calls, views and constants the checker knows."""
    return sorted(pos.table_packages())


def packages_line() -> str:
    """The README's list of the packages the tables know (a test keeps it in step)."""
    return ("Packages whose calls, views and constants the tables know: "
            + ", ".join(f"`{name}`" for name in packages()) + ".")


def positions_page() -> str:
    """``docs/positions.md``: where the checker knows a status to stand, a section per kind of
    position (each kind's module says its own, from the tables it reads)."""
    from flake8_httpstatus import kinds

    made = _MADE_FROM.format(table="kinds/ (and the tables of positions.py and call_table.py)")
    rows = ["# Where a status stands", "", made, "",
            "A section for each kind of position (`flake8_httpstatus/kinds/`)."]
    for module in kinds.modules():
        rows += ["", f"## {module.TITLE}", "", module.doc()]
    return "\n".join(rows) + "\n"


#: The pages in ``docs/`` and what makes each.
PAGES: Dict[str, Callable[[], str]] = {
    "rules.md": rules_page, "codes.md": codes_page, "positions.md": positions_page,
}


def startup_module() -> str:
    """``startup_tables.py``: what every flake8 run reads of the rules and the constant styles
    (the codes, those off by default, the styles ``--httpstatus-style`` takes, the frameworks'
    distributions), written out so that registering and parsing the options imports neither
    table (a test keeps it current)."""
    from flake8_httpstatus.constant_styles import DISTRIBUTIONS, SUGGESTED_OWNERS
    from flake8_httpstatus.rules import off_by_default

    def written(name: str, kind: str, values: Sequence[str]) -> str:
        return f"{name}: {kind} = (\n" + "".join(f"    {value!r},\n" for value in values) + ")\n"

    distributions = "".join(f"    {name!r}: {style!r},\n" for name, style in DISTRIBUTIONS.items())
    return ('"""What every flake8 run reads of ``rules`` and ``constant_styles``: made from them by '
            "``python -m\nflake8_httpstatus.docs --write`` (``docs.startup_module``). Not to be "
            'edited."""\n\n'
            "from typing import Dict, Tuple\n\n"
            + written("RULE_CODES", "Tuple[str, ...]", list(RULES)) + "\n"
            + written("OFF_BY_DEFAULT", "Tuple[str, ...]", off_by_default()) + "\n"
            + written("SUGGESTED_STYLES", "Tuple[str, ...]", list(SUGGESTED_OWNERS)) + "\n"
            + f"DISTRIBUTIONS: Dict[str, str] = {{\n{distributions}}}\n")


#: The modules beside this one that are written out from the tables, and what writes each.
WRITTEN: Dict[str, Callable[[], str]] = {"startup_tables.py": startup_module}


def write_pages(directory: Path) -> None:
    """The pages in ``directory``, and the modules written out beside this one."""
    from flake8_httpstatus.words import gate_module

    for name, page in PAGES.items():
        (directory / name).write_text(page(), encoding="utf-8")
    for name, module in {**WRITTEN, "gate_words.py": gate_module}.items():
        (Path(__file__).parent / name).write_text(module(), encoding="utf-8")


if __name__ == "__main__":
    import sys

    if sys.argv[1:] == ["--write"]:
        write_pages(Path(__file__).resolve().parents[1] / "docs")
    else:
        print(rules_table())
        print()
        print(options_table())
