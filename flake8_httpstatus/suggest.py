"""Which named constant to suggest for a code, given the module's imports and the options."""

from __future__ import annotations

from typing import Optional

from flake8_httpstatus.catalogue import constant_for
from flake8_httpstatus.findings import ImportNeed, Suggestion
from flake8_httpstatus.imports import ImportMap
from flake8_httpstatus.options import Config

#: Framework style -> the module that has ``status``.
FRAMEWORK_MODULES = {"drf": "rest_framework", "starlette": "starlette", "fastapi": "fastapi"}


class Suggester:
    """Decides once per module how constants are spelt there, then answers per code."""

    def __init__(self, imports: ImportMap, config: Config) -> None:
        self.target = config.target_version
        self.style = config.style
        self.bindings: dict[str, list[str]] = {}
        for binding, target in imports.items():
            self.bindings.setdefault(target, []).append(binding)
        if self.style == "auto":
            self.style = "stdlib"
            for framework, module in FRAMEWORK_MODULES.items():
                if f"{module}.status" in self.bindings:
                    self.style = framework
                    break

    def _binding(self, target: str, preferred: str) -> Optional[str]:
        names = self.bindings.get(target)
        if not names:
            return None
        return preferred if preferred in names else sorted(names)[0]

    def suggest(self, code: int) -> Optional[Suggestion]:
        if self.style in FRAMEWORK_MODULES:
            name = constant_for(code, self.style, self.target)
            if name is not None:
                module = FRAMEWORK_MODULES[self.style]
                binding = self._binding(f"{module}.status", "status")
                needs = ImportNeed(module, "status", binding or "status", binding is not None)
                return Suggestion(f"{needs.binding}.{name}", needs)
        name = constant_for(code, "stdlib", self.target)
        if name is None:
            return None
        binding = self._binding("http.HTTPStatus", "HTTPStatus")
        if binding is not None:
            return Suggestion(f"{binding}.{name}", ImportNeed("http", "HTTPStatus", binding, True))
        binding = self._binding("http", "http")
        if binding is not None:
            return Suggestion(f"{binding}.HTTPStatus.{name}", ImportNeed("http", None, binding, True))
        return Suggestion(f"HTTPStatus.{name}", ImportNeed("http", "HTTPStatus", "HTTPStatus", False))
