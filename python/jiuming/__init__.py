"""jiuming (救命): flags crisis signals in short Chinese chat messages.

Three categories (``self_harm``, ``fraud_victim``, ``dispute``), five levels
(``none < low < medium < high < critical``); medium and above is what a triager must see.

>>> import jiuming
>>> a = jiuming.assess("我不想活了", recalled=True)
>>> a.level
<Level.CRITICAL: 'critical'>
>>> print(a.level, a.level >= "medium", a.signals[0].term, a.signals[0].char_start)
critical True 不想活 1
>>> [str(r.level) for r in jiuming.assess_batch(["早上好", "笑死我了"])]
['none', 'none']

The Rust library does the work (``jiuming._jiuming``, built by maturin); every call that
assesses releases the GIL. It never logs or stores message text and makes no network calls.
"""

from ._jiuming import (
    DEFAULT_RECALL_FACTOR,
    Assessment,
    CategoryScore,
    Detector,
    LexiconError,
    Signal,
    __version__,
    assess,
    assess_batch,
)
from ._level import Level

#: The category keys, in output order.
CATEGORIES = ("self_harm", "fraud_victim", "dispute")

__all__ = [
    "CATEGORIES",
    "DEFAULT_RECALL_FACTOR",
    "Assessment",
    "CategoryScore",
    "Detector",
    "LexiconError",
    "Level",
    "Signal",
    "__version__",
    "assess",
    "assess_batch",
]
