"""Which named constant to suggest for a code, given the module's imports and the options."""

from __future__ import annotations

import dataclasses
from typing import Optional, Tuple

from flake8_httpstatus.catalogue import constant_for, other_phrase_in
from flake8_httpstatus.findings import ImportNeed, Suggestion
from flake8_httpstatus.imports import ImportMap, imported_modules
from flake8_httpstatus.options import Config
from flake8_httpstatus.sites import Meaning, Site
from flake8_httpstatus.constant_styles import (
    AUTO_STYLES,
    LINE_STYLES,
    LINE_TITLES_SINCE,
    STANDARD,
    ConstantOwner,
)
from flake8_httpstatus.styles import (
    FRAMEWORKS,
    STDLIB,
    ModuleStyle,
    bindings,
    module_style,
)
from flake8_httpstatus.styles import names_imported

#: From this Python on, ``str()`` of an ``HTTPStatus`` member is its number, as for an int.
STR_IS_THE_VALUE = (3, 11)

#: The import targets that are the stdlib's ``HTTPStatus``.
SAME_OBJECT = frozenset(owner.path for owner in STANDARD.owners)


class Suggester:
    """Decides once per module how constants are spelt there, then answers per code.
    ``written``: what ``auto`` stands for in this module (``styles.module_style``, read off its
    whole text); without it, decided from the imports alone."""

    def __init__(self, imports: ImportMap, config: Config,
                 written: Optional[ModuleStyle] = None) -> None:
        self.imports = imports
        self.target = config.target_version
        self.versions = dict(config.min_versions)
        self.bindings = bindings(imports)
        self.modules = imported_modules(imports)
        self.auto = config.style == "auto"
        self.written = written or module_style(imports, "")
        self.style = self.written.int_style if self.auto else config.style

    def suggest(self, code: int, site: Site) -> Optional[Suggestion]:
        """The constant for ``code`` at ``site``, or None where there is none to suggest: a
        status-line style's where the framework sends the value as its status line, else the
        chosen style's, else the stdlib's -- classed *unsafe* (``Suggestion.unsafe``) where it
        may change what the program prints or sends: where the site keeps or formats the value
        and ``str()`` of a member is its name (before Python 3.11), unless a framework's plain
        int constant can stand there instead; where the framework sends another reason phrase
        for a member than for its own constant."""
        if site.sends_line:
            error = site.meaning is Meaning.ERROR
            for style in sorted(LINE_STYLES):
                if self._in_framework(style):
                    decided, suggestion = self._line_style(code, style, site.takes_line, error)
                    if decided:
                        return suggestion or self._other_phrase(code, site)
        own = self._chosen_framework(code)
        if own is not None:
            return own
        return self._guarded(self._stdlib(code), code, site)

    def _line_style(self, code: int, style: str, line: bool,
                    error: bool) -> Tuple[bool, Optional[Suggestion]]:
        """In a module of a framework with status-line constants (Falcon) that sends the value
        as its status line: whether that decides, and the suggestion.

        * its constant (``falcon.HTTP_404``) stands where a line does, with that style chosen,
          or under ``auto`` in a module that already writes such constants: it is a string, so
          code that reads the status back as an int would change (``resp.status == 404``);
          at an error, only from the release that titles errors with the line (Falcon 4.0);
        * it writes an ``HTTPStatus`` member with the stdlib's reason phrase and an int with its
          own: where the two differ (413), or it has no constant of its own for the versions
          supported (421 before Falcon 4.0: "421 Unknown"), ``HTTPStatus`` would change the
          line it sends, so nothing else is suggested.
        """
        own = None
        if line and (not error or self._titles_with_line(style)):
            own = self._framework(code, style, FRAMEWORKS[style])
        chosen = self.style == style or self.auto and style in self.written.line_styles
        if chosen and own is not None:
            return True, own
        differs = other_phrase_in(code, style, self.target) or constant_for(
            code, style, self.target, self.versions) is None
        return differs, None

    def _chosen_framework(self, code: int) -> Optional[Suggestion]:
        """The constant of the style chosen (or ``auto``'s) where it is a framework's of ints."""
        framework = FRAMEWORKS.get(self.style)
        if framework is None or self.style in LINE_STYLES:
            return None
        return self._framework(code, self.style, framework)

    def _guarded(self, suggestion: Optional[Suggestion], code: int,
                 site: Site) -> Optional[Suggestion]:
        """The stdlib's ``suggestion``, safe where the site neither keeps nor formats the value
        or the target's ``str()`` of an ``HTTPStatus`` member is its number; else (the member
        prints as its name before Python 3.11) the plain-int constant of a framework the module
        imports, which prints as the number does, where the framework formats the value (it
        would print otherwise; where the value is only kept, the module's style is kept: one
        style per module), or the member classed unsafe with the reason. Kept in a collection
        or an object that prints its attributes' reprs (``site.shown``), the member shows its
        ``repr()`` wherever that is printed: unsafe at every target."""
        reason = site.formatted or site.kept
        if suggestion is None or not reason:
            return suggestion
        if site.shown:
            member = f"{STDLIB.name}.{suggestion.replacement.rsplit('.', 1)[-1]}"
            return self._plain(code) or _unsafe(suggestion, (
                f"{reason}; {site.shown} <{member}: {code}> for it on every Python"))
        if self.target >= STR_IS_THE_VALUE:
            return suggestion
        plain = self._plain(code) if site.formatted else None
        if plain is not None:
            return plain
        member = f"{STDLIB.name}.{suggestion.replacement.rsplit('.', 1)[-1]}"
        return _unsafe(suggestion, f"{reason}, and before Python 3.11 str({member}) is "
                                   f"'{member}', not '{code}' (target "
                                   f"{self.target[0]}.{self.target[1]})")

    def _plain(self, code: int) -> Optional[Suggestion]:
        """The plain-int constant of a framework the module imports (it prints as the number
        does on every Python), or None."""
        for style in AUTO_STYLES:  # frameworks of int constants: they print as ints do
            owner = FRAMEWORKS[style]
            if owner.module.split(".", 1)[0] in self.modules:
                plain = self._framework(code, style, owner)
                if plain is not None:
                    return plain
        return None

    def _other_phrase(self, code: int, site: Site) -> Optional[Suggestion]:
        """Where the framework would send another line for an ``HTTPStatus`` member than for
        the int: a framework's plain int (sent as the int is), else the member as an unsafe
        fix for that reason."""
        stdlib = self._stdlib(code)
        guarded = self._guarded(stdlib, code, site)
        if guarded is not None and guarded is not stdlib and not guarded.unsafe:
            return guarded
        return _unsafe(stdlib, PHRASE_TEXT)

    def _in_framework(self, style: str) -> bool:
        """Whether the module imports the framework of a status-line style."""
        return FRAMEWORKS[style].path.split(".", 1)[0] in self.modules

    def _titles_with_line(self, style: str) -> bool:
        """Whether every release supported titles an error with its status line (Falcon 4.0:
        before, ``HTTPError(404)`` sent ``{"title": 404}``)."""
        since = LINE_TITLES_SINCE.get(style)
        version = self.versions.get(style)
        return since is None or version is not None and tuple(version) >= since

    def _binding(self, target: str, preferred: str) -> Optional[str]:
        names = self.bindings.get(target)
        if not names:
            return None
        return preferred if preferred in names else sorted(names)[0]

    def _framework(self, code: int, style: str, owner: ConstantOwner) -> Optional[Suggestion]:
        name = constant_for(code, style, self.target, self.versions)
        if name is None:
            return None
        if owner.path not in self.bindings and (
                owner.names_imported or names_imported(owner, self.imports)):
            # the constant itself, imported by name (or under the module's own alias for it), as
            # the framework documents it or the module already does
            own = self._binding(f"{owner.path}.{name}", name)
            needs = ImportNeed(owner.path, name, own or name, own is not None)
            return Suggestion(needs.binding, needs)
        binding = self._binding(owner.path, owner.name)
        if not owner.module:  # a package that owns its constants: ``import falcon``
            needs = ImportNeed(owner.path, None, binding or owner.path, binding is not None)
        else:
            needs = ImportNeed(owner.module, owner.name, binding or owner.name,
                               binding is not None)
        return Suggestion(f"{needs.binding}.{name}", needs)

    def _stdlib(self, code: int) -> Optional[Suggestion]:
        name = constant_for(code, STDLIB.style, self.target)
        if name is None:
            return None
        module, owner = STDLIB.module, STDLIB.name
        binding = self._binding(STDLIB.path, owner)
        if binding is not None:
            return Suggestion(f"{binding}.{name}", ImportNeed(module, owner, binding, True))
        binding = self._binding(module, module)
        if binding is not None:
            return Suggestion(f"{binding}.{owner}.{name}", ImportNeed(module, None, binding, True))
        taken = self.imports.get(owner)
        if taken is not None and taken not in SAME_OBJECT:
            # ``HTTPStatus`` is another class here (Falcon's): the stdlib's through ``import http``
            if self.imports.get(module, module) != module:
                return None
            return Suggestion(f"{module}.{owner}.{name}", ImportNeed(module, None, module, False))
        return Suggestion(f"{owner}.{name}", ImportNeed(module, owner, owner, False))


#: Why an ``HTTPStatus`` member is unsafe where a framework sends its reason phrase in the status
#: line (Falcon), and that phrase is not the framework's own for the code.
PHRASE_TEXT = ("the framework would send the HTTPStatus member's reason phrase in the status "
               "line, not its own")


def _unsafe(suggestion: Optional[Suggestion], reason: str) -> Optional[Suggestion]:
    """``suggestion`` classed unsafe for ``reason`` (the first reason found stays)."""
    if suggestion is None or suggestion.unsafe:
        return suggestion
    return dataclasses.replace(suggestion, unsafe=reason)


def through_module(suggestion: Suggestion) -> Optional[Suggestion]:
    """The stdlib's constant of ``suggestion`` spelt through its module, ``import http``
    (``http.HTTPStatus.NOT_FOUND``), where it was spelt through the class imported by name
    (``HTTPStatus.NOT_FOUND``, ``S.NOT_FOUND``) -- the fixer's other spelling where that name is
    bound to something else in the module; None for any other suggestion."""
    need = suggestion.needs
    if need is None or (need.module, need.name) != (STDLIB.module, STDLIB.name) \
            or suggestion.replaces is not None \
            or not suggestion.replacement.startswith(need.binding + "."):
        return None
    rest = suggestion.replacement[len(need.binding):]
    return Suggestion(f"{STDLIB.module}.{STDLIB.name}{rest}",
                      ImportNeed(STDLIB.module, None, STDLIB.module, False),
                      expect=suggestion.expect, unsafe=suggestion.unsafe)
