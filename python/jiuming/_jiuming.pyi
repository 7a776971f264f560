"""Type stub of the extension module; use it through the ``jiuming`` package."""

import os
from collections.abc import Iterable
from typing import Any, Final, Literal, final

from ._level import Level

__version__: Final[str]
DEFAULT_RECALL_FACTOR: Final[float]

__all__ = [
    "DEFAULT_RECALL_FACTOR",
    "Assessment",
    "CategoryScore",
    "Detector",
    "LexiconError",
    "Signal",
    "__version__",
    "assess",
    "assess_batch",
]

_CategoryName = Literal["self_harm", "fraud_victim", "dispute"]
_StrPath = str | os.PathLike[str]

class LexiconError(ValueError):
    """A lexicon file that cannot be read or parsed."""

    filename: str
    lineno: int | None
    reason: str

@final
class CategoryScore:
    """Score and level of one category."""

    @property
    def score(self) -> float: ...
    @property
    def level(self) -> Level: ...
    def to_dict(self) -> dict[str, Any]: ...

@final
class Signal:
    """One lexicon hit with its context: what fired, where, and how much it counted."""

    @property
    def category(self) -> _CategoryName: ...
    @property
    def kind(self) -> str: ...
    @property
    def term(self) -> str: ...
    @property
    def start(self) -> int:
        """Byte offset (UTF-8) of the match in the original text."""
    @property
    def end(self) -> int: ...
    @property
    def char_start(self) -> int:
        """Character offset: ``text[char_start:char_end]`` is what fired."""
    @property
    def char_end(self) -> int: ...
    @property
    def weight(self) -> float: ...
    @property
    def modifiers(self) -> list[str]: ...
    @property
    def subject(self) -> Literal["self", "other"]: ...
    @property
    def active(self) -> bool: ...
    def to_dict(self) -> dict[str, Any]: ...

@final
class Assessment:
    """What jiuming says about one message."""

    @property
    def level(self) -> Level: ...
    @property
    def recalled(self) -> bool: ...
    @property
    def id(self) -> str | None: ...
    @property
    def categories(self) -> dict[_CategoryName, CategoryScore]: ...
    @property
    def signals(self) -> list[Signal]: ...
    @property
    def active_signals(self) -> list[Signal]: ...
    @property
    def needs_attention(self) -> bool: ...
    def category(self, name: _CategoryName) -> CategoryScore: ...
    def to_json(self) -> str: ...
    def to_dict(self) -> dict[str, Any]: ...
    @classmethod
    def from_json(cls, text: str) -> Assessment: ...

@final
class Detector:
    """A configured detector; build it once and share it, also between threads."""

    def __new__(
        cls,
        lexicons: Iterable[_StrPath] | None = None,
        *,
        recall_factor: float = ...,
        default_lexicons: bool = True,
        wording_model: bool | None = None,
    ) -> Detector: ...
    @property
    def recall_factor(self) -> float: ...
    def assess(self, text: str, recalled: bool = False, id: str | None = None) -> Assessment: ...
    def assess_batch(
        self, texts: Iterable[str], recalled: bool | Iterable[bool] | None = None
    ) -> list[Assessment]: ...
    def term_count(self, category: _CategoryName) -> int: ...

def assess(text: str, recalled: bool = False, id: str | None = None) -> Assessment:
    """Assess one message with the default detector; the GIL is released meanwhile."""

def assess_batch(
    texts: Iterable[str], recalled: bool | Iterable[bool] | None = None
) -> list[Assessment]:
    """Assess many messages in one call, the GIL released for the whole batch."""
