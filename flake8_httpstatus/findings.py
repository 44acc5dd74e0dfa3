"""What the checker finds: plain data shared by the flake8 adapter and the fixer."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ImportNeed:
    """The import a replacement needs, and whether the module already has it.

    ``module``/``name`` describe ``from module import name`` (``name`` is None for ``import module``).
    ``binding`` is the local name the replacement text starts with (``HTTPStatus``, ``http``, ``S``,
    ``status``). ``present`` is True when the module already binds ``binding`` to that import.
    """

    module: str
    name: str | None
    binding: str
    present: bool


@dataclass(frozen=True)
class Suggestion:
    """A replacement for the source text at a finding's span, or at ``replaces`` (line, col,
    end line, end col) where it replaces more than the literal (``HTTPStatus(404)``)."""

    replacement: str
    needs: ImportNeed | None = None
    replaces: tuple[int, int, int, int] | None = None
    #: The text that must stand at the span for the replacement to be written, where that is not
    #: the finding's literal value (a renamed constant: ``status.HTTP_422_UNPROCESSABLE_ENTITY``).
    expect: str = ""
    #: Why writing it may change what the program does or prints ("" where it cannot: the fix is
    #: *safe*). An unsafe fix is applied by ``fix --unsafe-fixes`` only and offered in the editor
    #: without being preferred, as ruff classes its fixes.
    unsafe: str = ""

    @property
    def safety(self) -> str:
        """``safe`` or ``unsafe`` (a finding without a suggestion has no fix: ``none``)."""
        return "unsafe" if self.unsafe else "safe"


def _joins(char: str) -> bool:
    return char.isidentifier() or char.isdigit()


def as_written(replacement: str, following: str) -> str:
    """The replacement as a fix writes it before the text ``following``: with a space where the
    two would join into one name (``200if x`` must not become ``HTTPStatus.OKif x``)."""
    return replacement + " " if _joins(replacement[-1:]) and _joins(following[:1]) else replacement


@dataclass(frozen=True)
class Finding:
    """One report. ``line`` is 1-based, ``col`` 0-based (characters), both of the literal itself.

    ``end_line``/``end_col`` close the span that ``suggestion`` would replace (end column exclusive).
    """

    code: str
    line: int
    col: int
    end_line: int
    end_col: int
    message: str
    value: int | str
    suggestion: Suggestion | None = None

    @property
    def replaced(self) -> tuple[int, int, int, int]:
        """The span a fix writes over (line, col, end line, end col): the suggestion's
        ``replaces``, else the finding's own."""
        if self.suggestion is not None and self.suggestion.replaces is not None:
            return self.suggestion.replaces
        return self.line, self.col, self.end_line, self.end_col

    @property
    def text(self) -> str:
        """The flake8 message: the code first."""
        return f"{self.code} {self.message}"
