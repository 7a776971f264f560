"""One detector serves many Python threads, and assessing releases the GIL."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import jiuming
from jiuming import Detector

THREADS = 8


def test_many_threads_get_the_same_answers(dev_rows):
    texts = [row["text"] for row in dev_rows]
    flags = [row.get("recalled", False) for row in dev_rows]
    detector = Detector()
    expected = [a.to_json() for a in jiuming.assess_batch(texts, recalled=flags)]

    def work(seed: int) -> list[str]:
        # Each thread mixes batch and single calls, on the shared and the default detector,
        # starting at a different row.
        order = list(range(seed, len(texts))) + list(range(seed))
        out = [""] * len(texts)
        batch = detector.assess_batch([texts[i] for i in order], recalled=[flags[i] for i in order])
        for i, a in zip(order, batch, strict=True):
            out[i] = a.to_json()
        for i in order[::7]:
            single = (jiuming.assess if seed % 2 else detector.assess)(texts[i], recalled=flags[i])
            assert single.to_json() == out[i]
        return out

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        results = list(pool.map(work, range(0, THREADS * 37, 37)))
    for result in results:
        assert result == expected


def test_threads_building_detectors_and_the_default_at_once(lexicon_file):
    path = lexicon_file("卡里的钱没了\tfraud_victim\tloss\t0.9\tcompliance\n")
    barrier = threading.Barrier(THREADS)

    def work(i: int) -> str:
        barrier.wait()
        d = Detector(lexicons=[path]) if i % 2 else Detector()
        return str(d.assess("我卡里的钱没了").level)

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        levels = list(pool.map(work, range(THREADS)))
    assert levels[1::2] == ["critical"] * (THREADS // 2)


def test_assess_batch_releases_the_gil(dev_rows):
    texts = [row["text"] for row in dev_rows]
    texts = texts * max(1, 60_000 // len(texts))
    jiuming.assess_batch(texts[:10])  # build the default detector first
    started = time.perf_counter()
    jiuming.assess_batch(texts)
    alone = time.perf_counter() - started

    # While a batch runs in another thread, this thread keeps running Python code. Had the
    # batch held the GIL, this loop would stall for the whole batch.
    entered = threading.Event()

    def batch() -> None:
        entered.set()
        jiuming.assess_batch(texts)

    worker = threading.Thread(target=batch)
    worker.start()
    entered.wait()
    longest_stall = 0.0
    last = time.perf_counter()
    while worker.is_alive():
        now = time.perf_counter()
        longest_stall = max(longest_stall, now - last)
        last = now
    worker.join()
    assert longest_stall < 0.5 * alone, (longest_stall, alone)
