"""The Python API mirrors the Rust one: assess, assess_batch, Detector, Assessment."""

from __future__ import annotations

import doctest
import json
import pickle
from pathlib import Path

import pytest

import jiuming
from jiuming import Assessment, CategoryScore, Detector, Level, Signal

TEXT = "我不想活了"
SITE_TERM = "卡里的钱没了\tfraud_victim\tloss\t0.9\tcompliance\n"


def test_assess_returns_an_assessment_with_a_level():
    a = jiuming.assess(TEXT)
    assert isinstance(a, Assessment)
    assert isinstance(a.level, Level)
    assert a.level >= Level.HIGH
    assert a.needs_attention
    assert a.recalled is False
    assert a.id is None


def test_recall_raises_the_level_and_is_visible():
    plain = jiuming.assess(TEXT)
    recalled = jiuming.assess(TEXT, recalled=True)
    assert recalled.level == "critical"
    assert recalled.level > plain.level
    assert recalled.recalled is True
    assert all("recalled" in s.modifiers for s in recalled.active_signals)
    # A recalled greeting stays none.
    greeting = jiuming.assess("早上好", recalled=True)
    assert greeting.level == Level.NONE
    assert greeting.recalled
    assert greeting.signals == []


def test_benign_text_does_not_fire():
    a = jiuming.assess("笑死我了，跳楼价大甩卖")
    assert a.level == "none"
    assert not a.needs_attention
    assert a.active_signals == []


def test_levels_are_strings_that_compare_in_order():
    assert [str(level) for level in Level] == ["none", "low", "medium", "high", "critical"]
    assert sorted(Level, reverse=True)[0] is Level.CRITICAL
    assert Level.NONE < Level.LOW < Level.MEDIUM < Level.HIGH < Level.CRITICAL
    assert Level.HIGH == "high" and "high" == Level.HIGH
    assert Level.HIGH > "medium" and "medium" < Level.HIGH
    assert Level.MEDIUM >= "medium" and Level.MEDIUM <= "medium"
    assert {"high": 1}[Level.HIGH] == 1
    assert Level("critical") is Level.CRITICAL
    assert [level.rank for level in Level] == [0, 1, 2, 3, 4]
    assert f"{Level.LOW}" == "low" and f"{Level.LOW:>5}" == "  low"
    assert json.dumps({"level": Level.HIGH}) == '{"level": "high"}'
    assert max(Level.LOW, Level.CRITICAL, Level.MEDIUM) is Level.CRITICAL
    with pytest.raises(ValueError, match="not a level"):
        Level.HIGH < "urgent"  # noqa: B015
    with pytest.raises(TypeError):
        Level.HIGH < 3  # noqa: B015


def test_signal_offsets_point_into_the_original_text():
    a = jiuming.assess(TEXT)
    s = a.signals[0]
    assert isinstance(s, Signal)
    assert (s.start, s.end, s.char_start, s.char_end) == (3, 12, 1, 4)
    assert TEXT[s.char_start : s.char_end] == "不想活"
    assert TEXT.encode()[s.start : s.end].decode() == "不想活"
    assert (s.category, s.kind, s.term, s.subject) == ("self_harm", "ideation", "不想活", "self")
    assert isinstance(s.weight, float) and 0 < s.weight <= 1
    assert s.active
    assert isinstance(s.modifiers, list)


def test_character_offsets_survive_spacing_and_wide_characters():
    text = "😢😢 唉，我 不 想 活 了"
    a = jiuming.assess(text)
    for s in a.signals:
        assert 0 <= s.char_start < s.char_end <= len(text)
        assert text.encode()[s.start : s.end].decode() == text[s.char_start : s.char_end]


def test_categories_are_always_all_present():
    a = jiuming.assess(TEXT)
    assert list(a.categories) == list(jiuming.CATEGORIES)
    for name, score in a.categories.items():
        assert isinstance(score, CategoryScore)
        assert isinstance(score.level, Level)
        assert 0.0 <= score.score <= 1.0
        assert a.category(name) == score
        assert score.to_dict() == a.to_dict()["categories"][name]
    assert a.level == max(score.level for score in a.categories.values())
    assert a.categories["fraud_victim"].level == "none"


def test_to_dict_is_the_json_output():
    a = jiuming.assess(TEXT, recalled=True)
    d = a.to_dict()
    assert d == json.loads(a.to_json())
    assert list(d) == ["level", "recalled", "categories", "signals"]
    assert d["level"] == "critical" and type(d["level"]) is str
    assert d["recalled"] is True
    assert set(d["categories"]) == set(jiuming.CATEGORIES)
    first = d["signals"][0]
    assert first == a.signals[0].to_dict()
    assert first["weight"] == a.signals[0].weight
    assert first["modifiers"] == a.signals[0].modifiers
    assert d["categories"]["self_harm"]["score"] == a.categories["self_harm"].score


def test_id_is_echoed_back():
    a = jiuming.assess(TEXT, id="m-17")
    assert a.id == "m-17"
    assert a.to_dict()["id"] == "m-17"
    assert json.loads(a.to_json())["id"] == "m-17"


def test_assess_batch_agrees_with_assess():
    texts = [TEXT, "早上好", "笑死我了", "我卡里的钱被转走了", "他拿着刀说要砍人"]
    single = [jiuming.assess(t) for t in texts]
    assert jiuming.assess_batch(texts) == single
    assert jiuming.assess_batch(tuple(texts)) == single
    assert jiuming.assess_batch(t for t in texts) == single
    assert jiuming.assess_batch([]) == []


def test_assess_batch_recall_flags():
    texts = [TEXT, TEXT, "早上好"]
    none = jiuming.assess_batch(texts)
    assert [a.recalled for a in none] == [False, False, False]
    assert jiuming.assess_batch(texts, recalled=None) == none
    every = jiuming.assess_batch(texts, recalled=True)
    assert [a.recalled for a in every] == [True, True, True]
    each = jiuming.assess_batch(texts, recalled=[True, False, True])
    assert [a.recalled for a in each] == [True, False, True]
    assert each[0] == jiuming.assess(TEXT, recalled=True)
    assert each[1] == jiuming.assess(TEXT)
    assert each[2].level == "none"


def test_default_detector_matches_the_module_functions():
    d = Detector()
    assert d.recall_factor == jiuming.DEFAULT_RECALL_FACTOR == 1.5
    for text in [TEXT, "早上好", "他拿着刀说要砍人"]:
        assert d.assess(text) == jiuming.assess(text)
        assert d.assess(text, recalled=True) == jiuming.assess(text, recalled=True)
    assert d.assess_batch([TEXT, "早上好"], recalled=True) == jiuming.assess_batch(
        [TEXT, "早上好"], recalled=True
    )
    assert all(d.term_count(c) > 0 for c in jiuming.CATEGORIES)


def test_detector_with_a_site_lexicon(lexicon_file):
    path = lexicon_file(SITE_TERM)
    text = "我卡里的钱没了"
    for lexicons in ([path], [str(path)], (p for p in [path])):
        d = Detector(lexicons=lexicons, recall_factor=2.0)
        assert d.recall_factor == 2.0
        a = d.assess(text)
        assert a.level == "critical"
        assert any(s.term == "卡里的钱没了" for s in a.signals)
        assert d.assess_batch([text])[0] == a
    assert str(path) in repr(Detector(lexicons=[path]))


def test_detector_without_default_lexicons(lexicon_file):
    d = Detector(lexicons=[lexicon_file(SITE_TERM)], default_lexicons=False)
    assert d.assess(TEXT).level == "none"
    assert d.assess("我卡里的钱没了").level == "critical"
    assert d.term_count("fraud_victim") == 1
    assert d.term_count("self_harm") == 0
    assert Detector(default_lexicons=False).assess(TEXT).level == "none"


def test_the_wording_model_can_be_turned_off():
    root = Path(__file__).resolve().parents[2]
    rows = [json.loads(l) for l in (root / "corpus/dev/tune.jsonl").read_text("utf-8").splitlines() if l]
    wording = ("self_harm_wording", "fraud_victim_wording", "dispute_wording")
    default, off = Detector(), Detector(wording_model=False)
    worded = [
        r["text"] for r in rows if any(s.kind in wording for s in default.assess(r["text"]).signals)
    ]
    assert len(worded) > 20
    for text in worded:
        assert not any(s.kind in wording for s in off.assess(text).signals)
    # Without the default lexicons it is off unless asked for.
    assert Detector(default_lexicons=False).assess(worded[0]).level == "none"


def test_recall_factor_changes_scores_not_the_raise():
    plain = Detector(recall_factor=1.0).assess(TEXT, recalled=True)
    strong = Detector(recall_factor=3.0).assess(TEXT, recalled=True)
    assert plain.level == strong.level == "critical"
    assert strong.categories["self_harm"].score >= plain.categories["self_harm"].score


def test_assessments_pickle_and_rebuild_from_json():
    a = jiuming.assess(TEXT, recalled=True, id="m-1")
    assert pickle.loads(pickle.dumps(a)) == a
    assert Assessment.from_json(a.to_json()) == a


def test_reprs():
    a = jiuming.assess(TEXT)
    assert repr(a).startswith("<jiuming.Assessment level=")
    assert repr(a.signals[0]).startswith("Signal(category='self_harm'")
    assert repr(a.categories["dispute"]) == "CategoryScore(score=0.0, level='none')"
    assert repr(Detector()).startswith("<jiuming.Detector lexicons=[] recall_factor=1.5 terms=")
    assert type(a).__module__ == "jiuming"


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\x00\x01\x7f\u200b\ufeff",
        "\u0301\u0301我",
        "a" * 1_000_000,
        "我不想活了" * 2_000,  # 2,000 hits in one message
        "𠀀𪚥😀" * 100,
    ],
)
def test_any_str_is_assessed_without_error(text):
    a = jiuming.assess(text)
    assert a.level in list(Level)
    for s in a.signals:
        assert 0 <= s.char_start <= s.char_end <= len(text)


def test_package_metadata_and_typing_files():
    assert jiuming.__version__.count(".") == 2
    package = Path(jiuming.__file__).parent
    assert (package / "py.typed").is_file()
    assert (package / "_jiuming.pyi").is_file()
    assert set(jiuming.__all__) <= set(dir(jiuming))


def test_module_docstring_examples():
    result = doctest.testmod(jiuming, verbose=False)
    assert result.attempted > 0
    assert result.failed == 0
