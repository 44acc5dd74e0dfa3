"""Which named constant to suggest for a code, given the module's imports and the options."""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

from flake8_httpstatus.catalogue import constant_for
from flake8_httpstatus.findings import ImportNeed, Suggestion
from flake8_httpstatus.imports import ImportMap, imported_modules
from flake8_httpstatus.options import Config
from flake8_httpstatus.positions import AUTO_STYLES, OWNERS, SUGGESTED_OWNERS, ConstantOwner

#: From this Python on, ``str()`` of an ``HTTPStatus`` member is its number, as for an int.
STR_IS_THE_VALUE = (3, 11)

#: The stdlib owner, and the frameworks' ``status`` modules (style -> owner).
STDLIB = SUGGESTED_OWNERS["stdlib"]
FRAMEWORKS = {style: owner for style, owner in SUGGESTED_OWNERS.items() if style != "stdlib"}


class Suggester:
    """Decides once per module how constants are spelt there, then answers per code."""

    def __init__(self, imports: ImportMap, config: Config) -> None:
        self.target = config.target_version
        self.versions = dict(config.min_versions)
        self.style = config.style
        self.bindings: dict[str, list[str]] = {}
        for binding, target in imports.items():
            self.bindings.setdefault(target, []).append(binding)
        self.modules = imported_modules(imports)
        if self.style == "auto":
            self.style = self._auto_style(imports)

    def _auto_style(self, imports: ImportMap) -> str:
        """The constants the module already uses (a framework's ``status``, or ``HTTPStatus``),
        else those its framework documents, else ``HTTPStatus``."""
        for style, owner in FRAMEWORKS.items():
            if owner.path in self.bindings:
                return style
        if STDLIB.module in self.bindings or any(
                owner.path in self.bindings for owner in OWNERS if owner.style == STDLIB.style):
            return STDLIB.style
        for style in AUTO_STYLES:
            if FRAMEWORKS[style].module.split(".", 1)[0] in self.modules:
                return style
        return STDLIB.style

    def _binding(self, target: str, preferred: str) -> Optional[str]:
        names = self.bindings.get(target)
        if not names:
            return None
        return preferred if preferred in names else sorted(names)[0]

    def suggest(self, code: int, formatted: str = "") -> Optional[Suggestion]:
        """The constant for ``code``. ``formatted``: where the value is turned into text with
        ``str()``; there an ``HTTPStatus`` member would print as its name before Python 3.11, so
        the plain-int constant of the module's framework is suggested instead where there is
        one, and otherwise the suggestion says why ``fix`` must leave the literal."""
        framework = FRAMEWORKS.get(self.style)
        if framework is not None:
            suggestion = self._framework(code, self.style, framework)
            if suggestion is not None:
                return suggestion
        suggestion = self._stdlib(code)
        if suggestion is None or not formatted or self.target >= STR_IS_THE_VALUE:
            return suggestion
        for style in AUTO_STYLES:
            owner = FRAMEWORKS[style]
            if owner.module.split(".", 1)[0] in self.modules:
                plain = self._framework(code, style, owner)
                if plain is not None:
                    return plain
        shown = suggestion.replacement.rsplit(".", 2)
        return replace(suggestion, unsafe=(
            f"str() of {'.'.join(shown[-2:])} is its name before Python 3.11, and {formatted}"))

    def _framework(self, code: int, style: str, owner: ConstantOwner) -> Optional[Suggestion]:
        name = constant_for(code, style, self.target, self.versions)
        if name is None:
            return None
        binding = self._binding(owner.path, owner.name)
        needs = ImportNeed(owner.module, owner.name, binding or owner.name, binding is not None)
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
        return Suggestion(f"{owner}.{name}", ImportNeed(module, owner, owner, False))
