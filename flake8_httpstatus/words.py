"""The text gate: words a status position spells, derived from the tables.

A file whose text holds none of them cannot hold a finding, and a statement none of whose lines
holds one of the words its module's positions spell is not walked (``prefilter``). Each word set
is built once per set of extra calls (and imported modules) and searched with ``str.find``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING, FrozenSet, Iterable, List, Optional, Sequence, Tuple

from flake8_httpstatus import positions as pos
from flake8_httpstatus.gate import may_call_project as may_call_project  # noqa: F401 (this API)
from flake8_httpstatus.gate import relative_package

if TYPE_CHECKING:
    from flake8_httpstatus.imports import Package


def _shortest(words: Iterable[str]) -> Tuple[str, ...]:
    """Drop every word that contains another: finding ``status`` finds ``status_code`` too.
    Shortest first: the words that stand for most others are searched first."""
    kept: List[str] = []
    for word in sorted(set(words), key=lambda w: (len(w), w)):
        for shorter in kept:  # (a word contains only shorter ones)
            if shorter in word:
                break
        else:
            kept.append(word)
    return tuple(kept)


def _attribute_words() -> Tuple[str, ...]:
    """The status keywords, attributes, methods and class-body names: words of the line itself."""
    return (*pos.STATUS_KEYWORDS, *pos.STATUS_ATTRIBUTES, *pos.STATUS_KEYS, *pos.STATUS_METHODS,
            *pos.CLASS_STATUS_NAMES, *pos.STATUS_LINE_NAMES)


@lru_cache(maxsize=64)
def position_words(extra_calls: Tuple[pos.CallPosition, ...]) -> Tuple[str, ...]:
    """Words of which the text of every module with a status position holds one, from the tables
    of ``positions``: a status keyword, attribute, method or class-body name; a method row's name
    (or, for one that ``requires`` a framework, the framework's name); the package of a callee
    matched through the imports (``sanic`` for ``sanic.text``: the module must import it); a keyed
    keyword (or its framework); a user's callee."""
    words: list[str] = list(_attribute_words())
    for row in pos.CALLS:
        package = row.callee.split(".", 1)[0]
        if row.requires:
            words.append(row.requires)
        elif row.last_name in pos.COMMON_CALLEE_NAMES and "." in row.callee and not row.is_method:
            words.append(package)  # ``sanic.text``: "text" is in every other module
        else:
            words.append(row.last_name)  # in the call, or in its import (``HTTPStatus``)
    words += [keyed.requires or keyed.keyword for keyed in pos.KEYED]
    words += [mapping.requires or mapping.attribute for mapping in pos.STATUS_MAPPINGS]
    words += [module.split(".", 1)[0] for modules in pos.REQUIRED_STATUS_ATTRIBUTES.values()
              for module in modules]  # ``response.code`` only where they are imported
    words += [module.split(".", 1)[0] for module in pos.CODE_CLASS_MODULES]  # ``code = 410``
    words += [row.last_name for row in extra_calls]
    return _shortest(words)


@lru_cache(maxsize=256)
def line_words(extra_calls: Tuple[pos.CallPosition, ...],
               modules: FrozenSet[str]) -> FrozenSet[str]:
    """Words one of which a status position spells on its own lines, in a module that imports
    ``modules``: what ``position_words`` names, with the callee's own name for each row the
    visitor can match there (``text`` where ``sanic`` is imported, ``.response`` where
    ``flask_restx`` is)."""
    words = set(_attribute_words())
    for row in pos.CALLS:
        if row.requires and row.requires not in modules:
            continue
        if row.is_method or "." not in row.callee or row.callee.split(".", 1)[0] in modules:
            words.add(row.last_name)
    words.update(keyed.keyword for keyed in pos.KEYED
                 if not keyed.requires or keyed.requires in modules)
    words.update(mapping.attribute for mapping in pos.STATUS_MAPPINGS
                 if not mapping.requires or mapping.requires in modules)
    words.update(row.last_name for row in extra_calls)
    return frozenset(words)


@lru_cache(maxsize=64)
def trigger_words(extra_calls: Tuple[pos.CallPosition, ...]) -> Tuple[str, ...]:
    """Words of which a file with a finding contains one: the file's text is searched for them
    (``str.__contains__`` each; faster than one alternation regex) before any tree is walked.
    A named constant needs an import from its owner module, and a view returning ``(body, 201)``
    one from its framework, so the module names stand for them."""
    owners = {owner.split(".", 1)[0] for owner in pos.CONSTANT_OWNERS}
    return _shortest((*position_words(extra_calls), *pos.TUPLE_RETURN_MODULES, *owners,
                      *pos.ASGI_RESPONSE_STARTS))


@lru_cache(maxsize=64)
def finding_words(extra_calls: Tuple[pos.CallPosition, ...]) -> Tuple[str, ...]:
    """Words of which the text of every file with a finding holds one: a status position's, a
    deprecated or experimental constant's (or its import's), or the framework of a view that
    returns ``(body, status)``. Needs the catalogue, so it is asked only past the gate."""
    from flake8_httpstatus.kinds.constants import renamed_words, reported_words  # past the gate

    return _shortest((*position_words(extra_calls), *reported_words(), *renamed_words(),
                      *pos.TUPLE_RETURN_MODULES, *pos.ASGI_RESPONSE_STARTS))


@lru_cache(maxsize=256)
def hot_words(extra_calls: Tuple[pos.CallPosition, ...], modules: FrozenSet[str],
              more: FrozenSet[str]) -> Tuple[str, ...]:
    """The words that make a line hot in a module importing ``modules``: its positions' words
    (``line_words``), and ``more`` (constants, aliases), each searched for once (``USE_PROXY``
    finds ``HTTP_305_USE_PROXY`` too)."""
    return _shortest((*line_words(extra_calls, modules), *more))


def hot_lines(text: str, lines: Sequence[str], words: Iterable[str]) -> List[int]:
    """The sorted numbers of the lines on which any of ``words`` occurs."""
    starts = list(accumulate(map(len, lines)))
    hot = set()
    for word in words:
        index = text.find(word)
        while index != -1:
            hot.add(bisect_right(starts, index) + 1)
            index = text.find(word, index + len(word))
    return sorted(hot)


#: A group of the gate's words shares a part this long at least, and has this many words at least.
ANCHOR_LENGTH = 5
ANCHORED_WORDS = 3


def anchored(words: Sequence[str]) -> Tuple[Tuple[str, ...], Tuple[Tuple[str, Tuple[str, ...]], ...]]:
    """``words`` as the words searched alone, and groups that share a part (``Exception`` of
    ``SanicException``, ``HTTPException``...): a text without the part is not searched for
    the group's words, one search instead of a dozen. The part shared by most words first (the
    longest of those: the rarer in a text), until no part is shared by ``ANCHORED_WORDS``."""
    alone = list(words)
    groups: List[Tuple[str, Tuple[str, ...]]] = []
    while True:
        shared = Counter(part for word in alone for part in {
            word[start:end] for start in range(len(word))
            for end in range(start + ANCHOR_LENGTH, len(word) + 1)})
        best = max(((count, len(part), part) for part, count in shared.items()
                    if count >= ANCHORED_WORDS), default=None)
        if best is None:
            return tuple(alone), tuple(groups)
        anchor = best[2]
        groups.append((anchor, tuple(word for word in alone if anchor in word)))
        alone = [word for word in alone if anchor not in word]


def gate_module() -> str:
    """``gate_words.py``: the words of the text gate where no extra calls are given, written out
    so that a flake8 run whose files fail the gate (or are answered from the result cache)
    imports none of the tables (``python -m flake8_httpstatus.docs --write`` makes it; a test
    keeps it current). Written as three disjoint sets -- the words of both ``trigger_words``
    and ``finding_words`` (alone, and in groups behind the part they share: ``anchored``), then
    those of each set alone -- so that a file is searched for each word once however it fails."""
    trigger, finding = trigger_words(()), finding_words(())
    alone, groups = anchored([word for word in trigger if word in finding])
    sets = (("BOTH_WORDS", alone),
            ("TRIGGER_ONLY_WORDS", [word for word in trigger if word not in finding]),
            ("FINDING_ONLY_WORDS", [word for word in finding if word not in trigger]))
    tuples = "\n".join(f"{name}: Tuple[str, ...] = (\n"
                       + "".join(f"    {word!r},\n" for word in words) + ")\n"
                       for name, words in sets)
    grouped = "".join(f"    ({anchor!r}, (\n" + "".join(f"        {word!r},\n" for word in words)
                      + "    )),\n" for anchor, words in groups)
    return ('"""The text gate\'s words where no extra calls are given (``words.trigger_words``,\n'
            "``words.finding_words``): made from the tables by ``python -m "
            'flake8_httpstatus.docs --write``\n(``words.gate_module``). Not to be edited."""\n\n'
            f"from typing import Tuple\n\n{tuples}\n"
            "#: The other words of both sets, by the part they share (``words.anchored``).\n"
            f"BOTH_GROUPS: Tuple[Tuple[str, Tuple[str, ...]], ...] = (\n{grouped})\n")


def may_hold_findings(text: str, extra_calls: Tuple[pos.CallPosition, ...] = (),
                      package: Optional[Package] = None) -> bool:
    """False when no finding can be spelt in ``text``: it holds no word of a status position, a
    constant's owner module or a view's framework (a cheap gate on module names first).
    ``package``: where the module's relative imports resolve, which bring its name into its
    imports as if spelt (``relative_package``; asked only where the text alone fails). Without
    extra calls, from the words written out (``gate.may_hold_findings``: each searched once)."""
    if not extra_calls:
        from flake8_httpstatus.gate import may_hold_findings as written

        return written(text, (), package.path if package is not None else "")
    return from_tables(text, extra_calls, package)


def from_tables(text: str, extra_calls: Tuple[pos.CallPosition, ...] = (),
                package: Optional[Package] = None) -> bool:
    """``may_hold_findings`` from the tables' words (``trigger_words``, ``finding_words``)."""
    trigger = trigger_words(extra_calls)
    relative: Optional[str] = None
    if not any(word in text for word in trigger):
        relative = relative_package(text, package) if package is not None else ""
        if not relative or not any(word in relative for word in trigger):
            return False
    finding = finding_words(extra_calls)
    if any(word in text for word in finding):
        return True
    if relative is None:
        relative = relative_package(text, package) if package is not None else ""
    return bool(relative) and any(word in relative for word in finding)
