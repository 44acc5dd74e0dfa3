"""Which named constant to suggest for a code, given the module's imports and the options."""

from __future__ import annotations

from typing import Optional

from flake8_httpstatus.catalogue import constant_for
from flake8_httpstatus.findings import ImportNeed, Suggestion
from flake8_httpstatus.imports import ImportMap, imported_modules
from flake8_httpstatus.options import Config
from flake8_httpstatus.positions import AUTO_STYLES, OWNERS, SUGGESTED_OWNERS

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
        modules = imported_modules(imports)
        for style in AUTO_STYLES:
            if FRAMEWORKS[style].module.split(".", 1)[0] in modules:
                return style
        return STDLIB.style

    def _binding(self, target: str, preferred: str) -> Optional[str]:
        names = self.bindings.get(target)
        if not names:
            return None
        return preferred if preferred in names else sorted(names)[0]

    def suggest(self, code: int) -> Optional[Suggestion]:
        framework = FRAMEWORKS.get(self.style)
        if framework is not None:
            name = constant_for(code, self.style, self.target, self.versions)
            if name is not None:
                binding = self._binding(framework.path, framework.name)
                needs = ImportNeed(framework.module, framework.name, binding or framework.name,
                                   binding is not None)
                return Suggestion(f"{needs.binding}.{name}", needs)
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
