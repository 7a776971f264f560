"""Wrong types raise TypeError, bad values ValueError, bad lexicons LexiconError (a
ValueError naming file, line and reason); nothing crashes the interpreter."""

from __future__ import annotations

import pytest

import jiuming
from jiuming import Assessment, Detector, LexiconError

TEXT = "我不想活了"


@pytest.mark.parametrize("text", [123, None, b"bytes", ["list"], 1.5])
def test_assess_wants_a_str(text):
    with pytest.raises(TypeError):
        jiuming.assess(text)
    with pytest.raises(TypeError):
        Detector().assess(text)


@pytest.mark.parametrize("recalled", ["yes", 1, 0, None, 1.0])
def test_recalled_must_be_a_bool(recalled):
    with pytest.raises(TypeError):
        jiuming.assess(TEXT, recalled=recalled)
    with pytest.raises(TypeError):
        Detector().assess(TEXT, recalled)


def test_id_must_be_a_str():
    with pytest.raises(TypeError):
        jiuming.assess(TEXT, id=17)


def test_unknown_keyword_is_a_type_error():
    with pytest.raises(TypeError):
        jiuming.assess(TEXT, recall=True)
    with pytest.raises(TypeError):
        jiuming.assess_batch([TEXT], recall=True)
    with pytest.raises(TypeError):
        Detector(lexicon=[])


@pytest.mark.parametrize("texts", [TEXT, b"bytes", None, 42])
def test_assess_batch_wants_an_iterable_of_str(texts):
    with pytest.raises(TypeError, match="texts must be an iterable of str"):
        jiuming.assess_batch(texts)
    with pytest.raises(TypeError, match="texts must be an iterable of str"):
        Detector().assess_batch(texts)


def test_assess_batch_names_the_bad_item():
    with pytest.raises(TypeError, match=r"texts\[1\] must be str, not NoneType"):
        jiuming.assess_batch([TEXT, None])
    with pytest.raises(TypeError, match=r"texts\[0\] must be str, not int"):
        jiuming.assess_batch([1])


def test_an_iterator_that_fails_propagates_its_error():
    def texts():
        yield TEXT
        raise KeyError("boom")

    with pytest.raises(KeyError, match="boom"):
        jiuming.assess_batch(texts())


def test_assess_batch_recalled_flags_are_checked():
    with pytest.raises(ValueError, match="recalled has 1 flags for 2 texts"):
        jiuming.assess_batch([TEXT, TEXT], recalled=[True])
    with pytest.raises(TypeError, match=r"recalled\[1\] must be bool, not int"):
        jiuming.assess_batch([TEXT, TEXT], recalled=[True, 1])
    for bad in ["yes", 3, 1.0]:
        with pytest.raises(TypeError, match="recalled must be None, a bool or an iterable"):
            jiuming.assess_batch([TEXT], recalled=bad)


def test_lone_surrogates_raise_unicode_error():
    with pytest.raises(UnicodeEncodeError):
        jiuming.assess("\ud800我不想活了")
    with pytest.raises(UnicodeEncodeError):
        jiuming.assess_batch(["ok", "\udfff"])
    assert issubclass(UnicodeEncodeError, ValueError)


def test_bad_lexicon_names_file_line_and_reason(lexicon_file):
    path = lexicon_file("# my terms\n想死\tself_harm\tplan\t7\t-\n")
    with pytest.raises(LexiconError) as info:
        Detector(lexicons=[path])
    e = info.value
    assert isinstance(e, ValueError)
    assert str(e) == f"{path}:2: weight 7 is out of range 0..=1"
    assert (e.filename, e.lineno, e.reason) == (str(path), 2, "weight 7 is out of range 0..=1")


@pytest.mark.parametrize(
    "line",
    [
        "想死\tself_harm\tplan\t0.5",  # four columns
        "想死\tsuicide\tplan\t0.5\t-",  # unknown category
        "想死\tself_harm\tweapon\t0.5\t-",  # kind of another category
        "想死\tself_harm\tplan\theavy\t-",  # weight not a number
        "想死\tself_harm\tplan\t0.5\tloud",  # unknown flag
        "\tself_harm\tplan\t0.5\t-",  # empty term
    ],
)
def test_every_malformed_line_is_rejected_with_its_line(lexicon_file, line):
    path = lexicon_file(f"# header\n\n好好活着\tself_harm\tdistress\t0.2\t-\n{line}\n")
    with pytest.raises(LexiconError) as info:
        Detector(lexicons=[path])
    assert str(info.value).startswith(f"{path}:4: ")
    assert info.value.lineno == 4
    assert info.value.reason


def test_invalid_utf8_lexicon(lexicon_file):
    path = lexicon_file("好好活着\tself_harm\tdistress\t0.2\t-\n".encode() + b"\xff\xfe\n")
    with pytest.raises(LexiconError, match=r":2: invalid UTF-8") as info:
        Detector(lexicons=[path])
    assert info.value.lineno == 2


def test_missing_lexicon_file(tmp_path):
    path = tmp_path / "nowhere.tsv"
    with pytest.raises(LexiconError) as info:
        Detector(lexicons=[path])
    assert str(info.value).startswith(f"{path}: ")
    assert info.value.filename == str(path)
    assert info.value.lineno is None


@pytest.mark.parametrize("lexicons", ["site.tsv", b"site.tsv", 3, [3], [None]])
def test_lexicons_must_be_a_list_of_paths(lexicons):
    with pytest.raises(TypeError):
        Detector(lexicons=lexicons)


@pytest.mark.parametrize("factor", [0.5, 0.0, -2.0, float("nan"), float("inf")])
def test_bad_recall_factor_is_a_value_error(factor):
    with pytest.raises(ValueError, match="recall factor") as info:
        Detector(recall_factor=factor)
    assert not isinstance(info.value, LexiconError)


@pytest.mark.parametrize("factor", ["2", None, [2.0]])
def test_recall_factor_must_be_a_number(factor):
    with pytest.raises(TypeError):
        Detector(recall_factor=factor)


def test_wording_model_must_be_a_bool():
    with pytest.raises(TypeError):
        Detector(wording_model="no")


def test_default_lexicons_must_be_a_bool():
    with pytest.raises(TypeError):
        Detector(default_lexicons="no")


def test_unknown_category_name():
    a = jiuming.assess(TEXT)
    with pytest.raises(ValueError, match="unknown category"):
        a.category("suicide")
    with pytest.raises(TypeError):
        a.category(0)
    with pytest.raises(ValueError, match="unknown category"):
        Detector().term_count("fraud")


def test_from_json_rejects_garbage():
    with pytest.raises(ValueError, match="not an assessment"):
        Assessment.from_json("{")
    with pytest.raises(ValueError, match="not an assessment"):
        Assessment.from_json('{"level": "urgent"}')


def test_classes_cannot_be_mutated():
    a = jiuming.assess(TEXT)
    with pytest.raises(AttributeError):
        a.level = "none"
    with pytest.raises(AttributeError):
        a.signals[0].weight = 0.0
