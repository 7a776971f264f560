"""The five levels, as strings that compare in level order."""

from __future__ import annotations

import enum


class Level(str, enum.Enum):
    """How urgently a human must look: ``none < low < medium < high < critical``.

    A member is the ``str`` of its name (``Level.HIGH == "high"``, ``json.dumps`` writes
    ``"high"``, ``print`` shows ``high``) and compares in level order with other levels
    and with level names: ``a.level >= "medium"`` is what a triager must see.
    """

    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        """0 for ``none`` up to 4 for ``critical``."""
        return _RANKS[self.value]

    def __str__(self) -> str:
        return self.value

    def __format__(self, spec: str) -> str:
        return format(self.value, spec)

    # Equality and hashing stay those of ``str``, so a member is interchangeable with its
    # name as a dict key or in a set.
    __eq__ = str.__eq__
    __ne__ = str.__ne__
    __hash__ = str.__hash__

    def __lt__(self, other: object) -> bool:
        rank = _rank_of(other)
        return NotImplemented if rank is None else self.rank < rank

    def __le__(self, other: object) -> bool:
        rank = _rank_of(other)
        return NotImplemented if rank is None else self.rank <= rank

    def __gt__(self, other: object) -> bool:
        rank = _rank_of(other)
        return NotImplemented if rank is None else self.rank > rank

    def __ge__(self, other: object) -> bool:
        rank = _rank_of(other)
        return NotImplemented if rank is None else self.rank >= rank


_RANKS = {"none": 0, "low": 1, "medium": 2, "high": 3, "critical": 4}


def _rank_of(other: object) -> int | None:
    """The rank of a level or level name; None for a non-string (the comparison then
    raises TypeError). A string that names no level raises ValueError rather than
    falling back to alphabetical order."""
    if not isinstance(other, str):
        return None
    name = str.__str__(other)
    try:
        return _RANKS[name]
    except KeyError:
        raise ValueError(
            f"{name!r} is not a level (expected none, low, medium, high or critical)"
        ) from None
