"""Which named constant to suggest for a code, given the module's imports and the options."""

from __future__ import annotations

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
#: The import targets that are the stdlib's ``HTTPStatus``.
SAME_OBJECT = frozenset(owner.path for owner in OWNERS if owner.canonical == STDLIB.path)
FRAMEWORKS = {style: owner for style, owner in SUGGESTED_OWNERS.items() if style != "stdlib"}


class Suggester:
    """Decides once per module how constants are spelt there, then answers per code."""

    def __init__(self, imports: ImportMap, config: Config) -> None:
        self.imports = imports
        self.target = config.target_version
        self.versions = dict(config.min_versions)
        self.style = config.style
        self.bindings: dict[str, list[str]] = {}
        for binding, target in imports.items():
            self.bindings.setdefault(target, []).append(binding)
        self.modules = imported_modules(imports)
        if self.style == "auto":
            self.style = self._auto_style(imports)

    def _uses(self, owner: ConstantOwner) -> bool:
        """Whether the module imports the owner (``status``) or, by name, one of its constants
        (``from litestar.status_codes import HTTP_200_OK``)."""
        prefix = owner.path + "."
        return owner.path in self.bindings or owner.names_imported and any(
            target.startswith(prefix) for target in self.bindings)

    def _auto_style(self, imports: ImportMap) -> str:
        """The constants the module already uses (a framework's ``status``, or ``HTTPStatus``),
        else those its framework documents, else ``HTTPStatus``."""
        for style, owner in FRAMEWORKS.items():
            if self._uses(owner):
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
        """The constant for ``code``, or None where there is none to suggest. ``formatted``:
        where the value is turned into text with ``str()``; there an ``HTTPStatus`` member
        prints as its name before Python 3.11, so the plain-int constant of the module's
        framework is suggested instead where there is one, and none at all below that target
        (a message must not advise what would change the program's output)."""
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
        return None

    def _framework(self, code: int, style: str, owner: ConstantOwner) -> Optional[Suggestion]:
        name = constant_for(code, style, self.target, self.versions)
        if name is None:
            return None
        if owner.names_imported and owner.path not in self.bindings:
            # the constant itself, imported by name (or under the module's own alias for it)
            own = self._binding(f"{owner.path}.{name}", name)
            needs = ImportNeed(owner.path, name, own or name, own is not None)
            return Suggestion(needs.binding, needs)
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
        taken = self.imports.get(owner)
        if taken is not None and taken not in SAME_OBJECT:
            # ``HTTPStatus`` is another class here (Falcon's): the stdlib's through ``import http``
            if self.imports.get(module, module) != module:
                return None
            return Suggestion(f"{module}.{owner}.{name}", ImportNeed(module, None, module, False))
        return Suggestion(f"{owner}.{name}", ImportNeed(module, owner, owner, False))
