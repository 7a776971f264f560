#!/usr/bin/env python3
"""Train the wording model (corpus/model/model.tsv) from the tuned development rows.

The lexicons catch the phrases people have written before; the wording model catches a
message whose wording as a whole resembles the crisis messages of a category when no
phrase of the lexicons fires. It is logistic regressions per category (level medium or
above, level high or above, and for fraud_victim level critical) over the character 1- to
3-grams of the
normalised text (TF-IDF, sublinear term frequency, L2 norm), the 20,000 most frequent
grams shared by all. The critical heads only lift a phrase of their category that counts
on its own (src/detector.rs); five-fold cross-validation on the training rows (2026-12-02,
C = 4) has them fire, at probability 0.9 / 0.95, on 342 / 259 of 628 critical self-harm
rows against 22 / 10 high, 7 / 3 medium and 11 / 6 lower ones; fraud 479 / 372 of 662
against 16 / 2, 0 / 0 and 12 / 4; dispute 356 / 276 of 557 against 19 / 7, 8 / 3 and 6 /
4.

Trained on:
- the rows that were tuned on: corpus/dev/tune.jsonl and corpus/dev/round*.jsonl but
  those of NOT_LEARNT (a row
  is positive in a category when its label there is medium or above; round 8 labels
  self-harm only and trains that category only, rounds 12, 14, 15 and 20 were written for
  fraud and disputes, label no self-harm systematically, and train the other two);
- the review sentences of a fixed, seeded half of target/bench/reviews.txt
  (benches/corpus.sh fetches them) as everyday negatives, together weighing
  REVIEW_WEIGHT (below); the other half measures false alarms;
- 1,200 everyday chat lines as negatives, each weighing EVERYDAY_WEIGHT review sentences:
  corpus/benign/everyday_train.txt and everyday2_train.txt (everyday_measure.txt and
  everyday2_measure.txt, the other halves, measure false alarms).
Never on the files of HELD_BACK (below: corpus/dev/holdout.jsonl, blind.jsonl,
inbox.jsonl, replies.jsonl, month.jsonl and every hard*.jsonl), which measure it.

    python3 -m venv target/model-venv && target/model-venv/bin/pip install scikit-learn
    benches/corpus.sh && cargo build --release --example normalize
    target/model-venv/bin/python corpus/model/train.py

The texts are normalised by the library itself (examples/normalize.rs), so that the grams
learnt are the grams the detector reads; src/model.rs computes the same features.
"""

import json
import math
import os
import random
import re
import subprocess
import sys

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CATEGORIES = ["self_harm", "fraud_victim", "dispute"]
LEVELS = {"none": 0, "low": 1, "medium": 2, "high": 3, "critical": 4}
FEATURES = 20_000
# A round that leaves a category unlabelled trains no head of it: round 8 labels self-harm
# only (below); rounds 12, 14, 15 and 20 were written for fraud and disputes. Rounds 11,
# 13, 16 and 19, written for self-harm, train every head: their rows are benign for the
# other two, or labelled where they are not; rounds 17 and 18 label self-harm where a row
# carries it.
UNLABELLED = {
    "round12.jsonl": "self_harm",
    "round14.jsonl": "self_harm",
    "round15.jsonl": "self_harm",
    "round20.jsonl": "self_harm",
}
# The development files, read once: HELD_BACK and NOT_LEARNT are derived from them, and
# main() learns from the rest.
DEV_FILES = sorted(
    name for name in os.listdir(os.path.join(ROOT, "corpus/dev")) if name.endswith(".jsonl")
)
# The held-back files: measured, never trained on.
# These five and every hard*.jsonl, derived from the files present, so that a new
# held-back file is never trained on by being left off a list.
HELD_BACK = (
    "holdout.jsonl",
    "blind.jsonl",
    "inbox.jsonl",
    "replies.jsonl",
    "month.jsonl",
) + tuple(name for name in DEV_FILES if re.fullmatch(r"hard\d*\.jsonl", name))
# Rounds kept in corpus/dev (measured, floors in tests/devset.rs, open to the lexicons)
# that the model does not learn from: none since 2026-12-06 (seventh session), when it
# learnt every round to 145. Chosen on rounds 140-145 read with the lexicons of f08b1c8,
# which had not seen them, by a model trained without them: with the committed settings
# (8,000 reviews), self-harm tp 437 -> 440, fp 29 -> 28, critical >= high 235 -> 238 of
# 263; with every review of the half weighing REVIEW_WEIGHT together, 437 -> 441, 29 -> 27,
# 235 -> 241, fraud tp 420 -> 423, fp 35 -> 33, disputes tp 425 -> 424, fp 18 -> 20; with
# every review at full weight, self-harm fp 29 -> 38. Before that it learnt no round after
# 97: rounds 98-115 (2026-12-04, fourth session; 104-109 and 110-115 on 2026-12-05).
# Trained with rounds 98-127 (2026-12-06), it was judged on rounds it had not learnt, with
# lexicons that had not seen them either: rounds 128-133 under the lexicons of 97ec19b read
# self-harm tp 278 -> 282, fp 12 -> 9, critical >= high 143 -> 146; fraud tp 317 -> 318, fp
# 11 -> 10, 186 -> 185; disputes tp 296 -> 297, fp 18 -> 18; rounds 134-136 under those of
# 0cc9605 self-harm tp 141 -> 142, fp 11 -> 12; fraud tp 172 -> 176, fp 7 -> 6; disputes tp
# 153 -> 154, fp 10 -> 11, critical >= high 110 -> 112. But the training rows its self-harm
# high head fires on lie dense down to 0.73, so that head's screen floor fell from 1.48 to
# 0.63 and benign_50 went through to the full model (13,326 -> 24,359 instructions; the mix
# 49,991 -> 50,536 a message): not kept for a gain of a few rows. With rounds 128-133 as
# well it read rounds 134-136 the same within two rows. Trained with all of rounds 98-112
# (2026-12-05, second session), the model moved the eighteen held-back files (with
# hard13.jsonl) by self-harm tp -1, fp +1; fraud tp -1, fp +1, critical >= high +2;
# disputes tp -5, fp -1, critical >= high +1; and hard13.jsonl, written beside rounds
# 110-112, by one self-harm false positive fewer: not kept. Trained with all of rounds
# 98-109 (2026-12-05), the model moved the seventeen held-back files (hard.jsonl ...
# hard12.jsonl and the others) by self-harm tp +2, fp +1, critical >= high +3; fraud tp -2,
# fp -1, critical >= high +2; disputes tp -5; and hard12.jsonl, written beside rounds
# 104-106, by one self-harm row each way: not kept. Rounds 98-100, learnt, moved
# hard11.jsonl, written beside them to judge them, by one dispute false positive (fewer),
# and the sixteen held-back files by self-harm tp -2 / fp -4, fraud tp -4 / fp -1, disputes
# tp -3 / fp +1, critical >= high the same but disputes -1: not kept; rounds 101-103 came
# after. Rounds 90-94 were left out on 2026-12-04 (second session): with 90-93 alone the
# model judged hard10.jsonl as before and cost fraud 6 held-back true positives, and with
# round 94's 230 rows of eating and drinking beside them self-harm lost 8. With rounds
# 95-97 beside them as well (goodbyes and entrusting, money gone told tersely, the top of
# the dispute ladder in dialect), over the fifteen held-back files: self-harm tp 1,198 ->
# 1,199, fp 85 -> 82, critical >= high 536 -> 539 of 566; fraud tp 1,176 -> 1,172, fp 47 ->
# 46; disputes tp 1,105 -> 1,108, fp 49 -> 47. Learnt since.
# Round 146 (2026-12-06, seventh session) was written after the model was trained: learnt
# with it, the model read the thirty-three held-back files with self-harm fp 143 -> 152 and
# disputes fp 78 -> 82 for fraud fp 85 -> 80, and 13 -> 20 reviews as self-harm; it is left
# for the next retraining, with the batch after it. Rounds 147 to 149 (2026-12-06, eighth
# session) too: they were written after the model was trained. Learnt with rounds 146 to
# 148, the model read the thirty-three held-back files with fraud false alarms 85 -> 80
# and self-harm critical at least high 1,180 -> 1,183, but benign lines rated fraud went
# 67 -> 80 (news 37 -> 45) and it read an English tenant's message (he change lock
# tomorrow) as critical self-harm on the gram 'y ': not kept. Learnt with rounds 146 to 150
# (2026-12-06, ninth session), it read the thirty-eight held-back files (hard.jsonl ...
# hard33.jsonl and the others) with self-harm tp 2,749 -> 2,756, fp 155 -> 155, critical at
# least high 1,320 -> 1,327 of 1,398; fraud tp 2,785 -> 2,790, fp 109 -> 104; disputes tp
# 2,610 -> 2,617, fp 100 -> 105, critical at least high 1,145 -> 1,148; the eleven fresh
# halves hard23 ... hard33 self-harm recall 0.893 -> 0.899, critical at least high 326 ->
# 332 of 375; benign lines rated medium or above (everyday, everyday2, reviews, news)
# self-harm 49 -> 50, fraud 67 -> 66, disputes 73 -> 73; the English tenant's message
# reads none; the first 3,000 lines of the mix 50,602 -> 50,129 instructions a message:
# kept. Every round is learnt again. Rounds 151 to 153 (2026-12-06, ninth session) were
# written after that training. Learnt with them too, the model read the forty-one held-back
# files (to hard36.jsonl) with self-harm tp 2,938 -> 2,939, fp 163 -> 162, critical at
# least high 1,414 -> 1,413; fraud tp 3,000 -> 2,999, critical at least high 1,590 -> 1,594;
# disputes fp 110 -> 106, critical at least high 1,252 -> 1,255; but benign lines rated
# medium or above went self-harm 50 -> 57 (reviews 15 -> 19), fraud 66 -> 69 (news 35 ->
# 38), disputes 73 -> 74: not kept. Rounds 154 to 157 (tenth session), 158 to 169
# (eleventh), 170 to 175 (twelfth), 176 to 189 (thirteenth), 190 to 197 (fourteenth), 198
# to 205 (fifteenth), 206 to 219 (sixteenth), 220 to 241 (seventeenth) and 242 to 261
# (eighteenth) were written after it too, and learnt on 2026-12-07 (nineteenth session;
# below).
# Learnt with rounds 151 to 154 (tenth session), the forty-two held-back files (to
# hard37.jsonl) read self-harm tp 2,992 -> 3,001, fp 164 -> 156, critical at least high
# 1,443 -> 1,448; fraud critical at least high 1,620 -> 1,624; but news paragraphs rated
# fraud went 35 -> 48 (reports of sums of money: 扶贫贷款, 骗汇) and reviews 11 -> 13, and
# holdout.jsonl's dispute recall 0.947 -> 0.940: not kept either. With half of the news
# paragraphs (target/bench/news.txt, a seeded half) as negatives weighing 6,000 together as
# well, news rated fraud fell 35 -> 10 (the other half 19 -> 5), but self-harm false alarms
# rose: held-back fp 164 -> 178, reviews 15 -> 23, everyday 16 -> 19 and 3 -> 6: not kept.
# Learnt with rounds 151 to 160 (eleventh session), the forty-eight held-back files (to
# hard43.jsonl) read self-harm tp 3,363 -> 3,385 (fp 189 both), critical at least high
# 1,627 -> 1,636; disputes tp 3,243 -> 3,257, fp 149 -> 143; fraud tp 3,388 -> 3,394 but fp
# 150 -> 159; the fresh halves hard23 … hard43 self-harm recall 0.874 -> 0.890. But benign
# lines rated medium or above went self-harm 50 -> 57 and fraud 66 -> 80 (news 35 -> 44),
# the levels of 707 dev rows moved (399 toward their labels, 308 away), five floors of
# tests/devset.rs broke, and a farewell with a picture of a pill bottle (hard21 h21-233)
# went from critical to none, the model gating the phrases it reads: not kept.
# Learnt with every round to 261 (2026-12-07, nineteenth session: 40,069 rows more than
# the 41,037 of tune.jsonl and rounds to 150), with REVIEW_WEIGHT 12,000 -> 48,000 and
# CRITICAL_PROBABILITY 0.95 -> 0.97 (below), it read the 149 held-back files (to
# hard144.jsonl) with self-harm precision / recall 0.956 / 0.890 -> 0.954 / 0.950,
# critical at least high 4,611 -> 5,030 of 5,403; fraud 0.954 / 0.914 -> 0.954 / 0.947,
# money lost critical 90 % -> 93 %; disputes 0.950 / 0.914 -> 0.947 / 0.945; the 122
# fresh halves hard23 … hard144 self-harm recall 0.869 -> 0.942, fraud 0.901 -> 0.942,
# disputes 0.902 -> 0.938. Two fresh batches written after it was trained (fresh 123 and
# 124, never learnt) read self-harm recall 0.825 -> 0.934 and 0.861 -> 0.924, critical at
# least high 53 -> 62 of 70 and 59 -> 67 of 75, disputes 0.892 -> 0.914 and 0.786 ->
# 0.864, fraud 0.964 -> 0.971 and 0.854 -> 0.905. The cost: benign lines rated medium or
# above (everyday, everyday2, reviews, news) self-harm 50 -> 71 (news 16 -> 27, everyday2
# 3 -> 8), fraud 66 -> 90 (news 35 -> 56), disputes 73 -> 77; 1,030 dev rows moved away
# from their labels for 3,160 toward; the first 3,000 lines of the mix 48,473 -> 54,134
# instructions a message (the screen's floors fell: more everyday text reaches the full
# model). With REVIEW_WEIGHT 12,000 (the old setting) news and reviews rated self-harm were
# 26 and 62, with 24,000 27 and 34; C = 8 (and 32 for the self-harm medium head) read more
# recall for less precision (held-back self-harm 0.940 / 0.954) and more benign alarms:
# not kept. CRITICAL_PROBABILITY 0.97 keeps a payment asked for at high (那个警官叫我把存款
# 转到清查账户 说查完就退, which the head at 0.95 lifted to critical) for money lost
# critical 93 % -> 92 % on the fresh halves.
# Learnt with every round to 292 as well (2026-12-08, twenty-third session: 11,178 rows
# more, the same settings), it read the 180 held-back files (to hard175.jsonl) with
# self-harm 0.952 / 0.952 -> 0.953 / 0.953, critical at least high 6,123 -> 6,137 of 6,569;
# fraud 0.955 / 0.948 -> 0.954 / 0.949, critical at least high 6,454 -> 6,471; disputes
# 0.946 / 0.946 -> 0.949 / 0.951; the eight held-back halves of rounds 285-292
# (hard168-175, whose other halves it learnt) self-harm 0.935 / 0.974 -> 0.942 / 0.972;
# two fresh batches written after it was trained (fresh 154 and 155, never learnt) the
# same within a row or two each way (self-harm critical at least high 77 -> 76 of 80,
# dispute recall 0.899 -> 0.879 in one and 0.944 -> 0.950 in the other). Benign lines rated
# medium or above: fraud 90 -> 111 (news 56 -> 73), self-harm 71 -> 71, disputes 77 -> 73:
# not kept, for a gain that did not reach the fresh batches.
# Every round from FIRST_NOT_LEARNT on, derived from the files present, so that a new
# round is never learnt by being left off a list.
FIRST_NOT_LEARNT = 262
NOT_LEARNT = tuple(
    name
    for name in DEV_FILES
    if (m := re.fullmatch(r"round(\d+)\.jsonl", name)) and int(m.group(1)) >= FIRST_NOT_LEARNT
)
# Review sentences weigh this many together, however many the half holds (17,561): every
# one of them is a negative, and none outweighs the chat lines the detector reads. With
# each at full weight (2026-12-06), the model learnt from every round fired on held-back
# everyday rows as self-harm it had not before; with 8,000 at full weight, on 33 reviews
# instead of 15. Raised from 12,000 on 2026-12-07, when the rows learnt doubled (41,037 ->
# 81,106): with 24,000 (in proportion) 34 reviews read self-harm, with 48,000 18 (above).
REVIEW_WEIGHT = 48_000.0
# Everyday chat lines (corpus/benign/everyday_train.txt and everyday2_train.txt: 600 of
# each 1,200 written blind on 2026-12-03, the vocabulary of crisis used innocently; the
# other halves measure false alarms), as negatives weighing this many review sentences
# each: they are nearer to the messages the detector reads than any review.
EVERYDAY = ("corpus/benign/everyday_train.txt", "corpus/benign/everyday2_train.txt")
EVERYDAY_WEIGHT = 4.0
# A category fires when the model's probability exceeds this: chosen so that on the
# rows it was trained on, in five-fold cross-validation, few negatives fire.
PROBABILITY = 0.9
# The categories with a critical head. Fraud only: the self-harm and dispute critical
# heads (trained until 2026-12-02) read the frame, not the act, and the detector never
# trusted them (src/model.rs, CRITICAL).
CRITICAL_HEADS = ["fraud_victim"]
# A critical head lifts a phrase that counts to critical, so it fires only above this:
# in five-fold cross-validation (docstring) 0.95 keeps about four in five of the critical
# rows 0.9 finds and fires on half as many rows labelled high (self_harm 10, fraud 2,
# dispute 7 of about 1,000 high rows). 0.97 since the model learnt every round to 261
# (above).
CRITICAL_PROBABILITY = 0.97
# The self-harm medium head fires above this instead. Five-fold cross-validation on the
# training rows after rounds 16-20 (2026-12-02, the same folds, reviews as negatives; the
# medium head alone, precision / recall): C = 16 at 0.9 / 0.85 / 0.8 reads 0.962 / 0.743,
# 0.945 / 0.801, 0.933 / 0.839; C = 32 reads 0.964 / 0.755, 0.954 / 0.817, 0.943 / 0.846.
# C = 32 is better at every threshold, and 0.85 the lowest that keeps the head's precision
# above 0.95; but with it (C = 32, 0.85) the held-back self-harm precision fell from 0.918
# to 0.872 (38 false positives against 23), under the floor of tests/devset.rs, for
# recall 0.890 -> 0.897: the cross-validated precision of the head alone does not carry
# to rows nobody trained on. Not adopted: every medium head fires above PROBABILITY.
MEDIUM_PROBABILITY = {}
# The self-harm high head fires above this instead: most critical self-harm rows under
# high are missed outright, and a high head that fires on them lifts them (issue 3 asks
# 95 % of them rated at least high). Judged on hard3.jsonl (2026-12-03, round 65, written
# to judge this batch), self_harm precision / recall, critical >= high: 0.9 reads 0.906 /
# 0.892, 25/31; 0.85 reads 0.909 / 0.923, 27/31; 0.8 reads 0.910 / 0.938, 27/31 but cost
# more precision on the other held-back files (blind 0.917 -> 0.901, replies 0.969 ->
# 0.940) and fired on 18 news paragraphs instead of 11 (0.85: 13).
HIGH_PROBABILITY = {"self_harm": 0.85}
# The inverse regularisation strength. Five-fold cross-validation on the training rows alone
# gives C = 16 more recall than 4 at a cross-validated precision still above 0.96 (self_harm
# 0.60 -> 0.69, fraud 0.78 -> 0.85, dispute 0.73 -> 0.79), but its high heads rate a lone
# hopelessness phrase (活着没意思) high where SPEC §1 says medium: 4 stays for them. With
# rounds 13-15 (2026-12-02, /tmp script not kept: the same folds for every C, reviews as
# negatives) the medium heads read, C = 4 / 16: self_harm 0.969 / 0.641 against 0.966 /
# 0.711, fraud 0.976 / 0.791 against 0.971 / 0.849, dispute 0.982 / 0.750 against 0.971 /
# 0.793. Self-harm recall is the figure furthest under its target and its precision has
# room, so its medium head takes 16; fraud and dispute precision on rows nobody tuned on
# has none, so theirs keep 4.
REGULARISATION = 4.0
MEDIUM_REGULARISATION = {"self_harm": 16.0}
# The heads that have a screen floor: the medium and high ones (the critical heads speak
# only where one of those fires).
SCREENED = 6
# How far a head's floor sits under the lowest screen score of the rows it keeps.
SCREEN_MARGIN = 0.1
# A head's floor sits under the lowest of its firing rows but for isolated outliers: the
# lowest rows, at most this share of them, that a gap wider than SCREEN_GAP separates from
# the rest. Each floor was once set by one outlier far under the next (self-harm -2.6 then
# -1.42, disputes 0.93 then 2.31) and let everyday messages through to the full model for
# nothing (benign_20 6,363 -> 10,216 instructions with the model of 2026-12-03). A quantile
# (0.001, then 0.0005) cut into dense floors as well: it screened out a held-back row of
# the fraud medium head (4.61, 4.65, 4.81, ... on the training rows) and left the
# self-harm high head's floor under two outliers (0.87, 0.88, then 1.73), under which the
# benign bench messages read 1.0 and 1.5. src/detector.rs tests that the screen changes no
# assessment of the tuned, held-back and blind rows. The gap was 0.6 until the model
# trained through round 81 (2026-12-04), whose fraud high head fires on training rows at
# 5.10, 5.20, then 5.81: 0.6 set the lower two apart, and the screen then dropped the
# wording signal of one of them (a pasted police-impersonation script, 我已经装好了); 0.65
# kept them. The model trained through round 89 (2026-12-04) has no such fraud rows, and
# its self-harm high head fires on five training rows at -0.53, 0.05, 0.62, 0.80 and 0.83
# before 1.43: at 0.65 they set the floor at -0.63, under which benign_50 (0.31) went
# through to the full model (12,979 -> 24,314 instructions, 2.45 µs against the 2 µs
# budget). At 0.55 they stand apart, the floor is 1.33, and the screen test still finds no
# dev row changed. The model trained through round 97 (2026-12-04) has its fraud high head
# fire on training rows at 4.71, 4.87, then 5.46: 0.55 set the lower two apart, and the
# screen dropped the wording signal of the pasted police-impersonation script again; at 0.6
# they stay (floor 4.61), the self-harm high head's five outliers (-0.71 ... 0.88, then
# 1.58) still stand apart, and the screen test finds no dev row changed. The gap is a speed
# parameter read off the training rows and the bench messages; the test is what keeps it
# honest.
# The self-harm and dispute heads of the model learnt from every round (2026-12-06) fire
# on training rows whose screen scores climb in small steps from far under the rest (the
# self-harm high head: -0.43, 0.90, 1.01, 1.09, ...), and a floor under all of them let
# the benign_50 bench message through (23,586 instructions against 12,816). For those
# heads the lowest 0.3 % may be left out, each set of them followed by a gap wider than
# 0.1: the rows they leave to the lexicons read the same on every held-back file (the 33
# files and the bench mix, 2026-12-06), and the screen test finds no dev row changed. The
# fraud heads keep the wide gap: a narrow one dropped the pasted police-impersonation
# script's wording signal again.
SCREEN_OUTLIERS = 0.001
SCREEN_GAP = 0.6
SCREEN_OUTLIERS_OF = {"self_harm": 0.003, "dispute": 0.003}
SCREEN_GAP_OF = {"self_harm": 0.1, "dispute": 0.1}


def is_face(c):
    """src/normalize.rs is_face: the emoji of a face."""
    cp = ord(c)
    return (
        0x1F600 <= cp <= 0x1F644
        or 0x1F910 <= cp <= 0x1F92F
        or 0x1F970 <= cp <= 0x1F97A
        or cp == 0x1F9D0
    )


def read(text):
    """What the model reads of a normalised text (src/model.rs readable): all but a face
    and the space after it, which normalisation keeps for the context rules."""
    out = []
    i = 0
    while i < len(text):
        if is_face(text[i]) and text[i + 1 : i + 2] == " ":
            i += 2
            continue
        out.append(text[i])
        i += 1
    return "".join(out)


def grams(text):
    """The character 1-, 2- and 3-grams of a normalised text, in order (src/model.rs
    computes the same); none that holds a control character."""
    text = read(text)
    out = []
    for n in (1, 2, 3):
        for i in range(len(text) - n + 1):
            gram = text[i : i + n]
            if not any(ord(c) < 0x20 or ord(c) == 0x7F for c in gram):
                out.append(gram)
    return out


def normalised(texts):
    binary = os.path.join(ROOT, "target/release/examples/normalize")
    flat = "\n".join(t.replace("\r", " ").replace("\n", " ") for t in texts) + "\n"
    out = subprocess.run([binary], input=flat, capture_output=True, text=True, check=True)
    lines = out.stdout.split("\n")[: len(texts)]
    assert len(lines) == len(texts), "normalize gave one line per line"
    return lines


def main():
    rows = []
    for name in DEV_FILES:
        if name in HELD_BACK or name in NOT_LEARNT:
            continue
        with open(os.path.join(ROOT, "corpus/dev", name), encoding="utf-8") as f:
            rows += [(name, json.loads(line)) for line in f if line.strip()]
    with open(os.path.join(ROOT, "target/bench/reviews.txt"), encoding="utf-8") as f:
        reviews = [line.strip() for line in f if line.strip()]
    random.Random(7).shuffle(reviews)
    reviews = reviews[: len(reviews) // 2]
    everyday = []
    for path in EVERYDAY:
        with open(os.path.join(ROOT, path), encoding="utf-8") as f:
            everyday += [line.strip() for line in f if line.strip()]

    texts = normalised([r["text"] for _, r in rows] + reviews + everyday)
    sample_weight = (
        [1.0] * len(rows)
        + [REVIEW_WEIGHT / len(reviews)] * len(reviews)
        + [EVERYDAY_WEIGHT] * len(everyday)
    )
    vectorizer = TfidfVectorizer(
        analyzer=grams, min_df=2, max_features=FEATURES, sublinear_tf=True
    )
    matrix = vectorizer.fit_transform(texts)
    vocabulary = sorted(vectorizer.vocabulary_.items(), key=lambda kv: kv[1])
    # Two heads per category, "medium or above" then "high or above", then "critical" for
    # the categories of CRITICAL_HEADS, in that order (src/model.rs reads them so).
    weights = []
    intercepts = []
    # Per head, the training rows labelled for it (the screen's floors are set on them).
    positives = []
    heads = [(m, c) for m in (2, 3) for c in CATEGORIES] + [(4, c) for c in CRITICAL_HEADS]
    for minimum, category in heads:
        keep = [
            i
            for i, (name, _) in enumerate(rows)
            if UNLABELLED.get(name) != category and not (
                name == "round8.jsonl" and category != "self_harm"
            )
        ] + list(range(len(rows), len(texts)))
        labels = [
            i < len(rows)
            and LEVELS.get(rows[i][1].get("labels", {}).get(category, "none"), 0)
            >= minimum
            for i in keep
        ]
        positives.append([i for i, label in zip(keep, labels) if label])
        strength = REGULARISATION
        if minimum == 2:
            strength = MEDIUM_REGULARISATION.get(category, REGULARISATION)
        model = LogisticRegression(C=strength, max_iter=3000, class_weight="balanced")
        model.fit(matrix[keep], labels, sample_weight=[sample_weight[i] for i in keep])
        weights.append(model.coef_[0])
        # A critical head fires above CRITICAL_PROBABILITY, the self-harm medium head
        # above its MEDIUM_PROBABILITY, not PROBABILITY: the intercept is moved so that
        # the one threshold of the file stands for each.
        probability = PROBABILITY
        if minimum == 4:
            probability = CRITICAL_PROBABILITY
        elif minimum == 2:
            probability = MEDIUM_PROBABILITY.get(category, PROBABILITY)
        elif minimum == 3:
            probability = HIGH_PROBABILITY.get(category, PROBABILITY)
        shift = math.log(probability / (1 - probability)) - math.log(
            PROBABILITY / (1 - PROBABILITY)
        )
        intercepts.append(model.intercept_[0] - shift)
        print(
            f"{category} >= {minimum}: {sum(labels)} positive of {len(labels)}",
            file=sys.stderr,
        )

    # The screen: a score of the one-character grams alone, for each head the sum over a
    # text's characters of idf times weight, over the square root of the sum of idf squared
    # (every occurrence counted: src/model.rs sums it without counting grams). A message
    # whose score is under a head's floor (that of the training rows labelled for the head
    # that the full model fires on, isolated outliers aside, less a margin) does not fire
    # there, and the detector skips everything else of the model: nearly every everyday
    # message. Rows the model fires on against their label do not set the floor.
    logit = math.log(PROBABILITY / (1 - PROBABILITY))
    unigrams = {gram: index for gram, index in vocabulary if len(gram) == 1}
    floors = []
    for c in range(SCREENED):
        scores = []
        for i in positives[c]:
            row = matrix.getrow(i)
            idx, vals = row.indices, row.data
            if intercepts[c] + sum(weights[c][j] * v for j, v in zip(idx, vals)) <= logit:
                continue
            dot = norm = 0.0
            for gram in grams(texts[i]):
                j = unigrams.get(gram)
                if j is not None:
                    idf = vectorizer.idf_[j]
                    dot += idf * weights[c][j]
                    norm += idf * idf
            score = dot / math.sqrt(norm) if norm else math.inf
            scores.append(score)
        scores.sort()
        # The lowest rows are left out while they stand apart: at most SCREEN_OUTLIERS of
        # them, each set of them followed by a gap wider than SCREEN_GAP (or those of the
        # head's category).
        category = heads[c][1]
        outliers = SCREEN_OUTLIERS_OF.get(category, SCREEN_OUTLIERS)
        gap = SCREEN_GAP_OF.get(category, SCREEN_GAP)
        first = 0
        for i in range(min(math.ceil(outliers * len(scores)), len(scores) - 1)):
            if scores[i + 1] - scores[i] > gap:
                first = i + 1
        lowest = scores[first] if scores else math.inf
        floors.append(lowest - SCREEN_MARGIN)

    out_path = os.path.join(ROOT, "corpus/model/model.tsv")
    with open(out_path, "w", encoding="utf-8") as out:
        out.write(
            "# The wording model: written by corpus/model/train.py, do not edit by hand.\n"
            "# threshold: the logit above which a head fires; seven heads, medium or above\n"
            "# for self_harm, fraud_victim, dispute, then high or above for the same three,\n"
            "# then critical for fraud_victim; intercept: per head; screen: per medium and\n"
            "# high head, the one-character-gram score under which it cannot fire; then one\n"
            "# line per gram:\n"
            "# gram, idf, weight per head.\n"
        )
        out.write(f"threshold\t{math.log(PROBABILITY / (1 - PROBABILITY)):.6f}\n")
        out.write("intercept\t" + "\t".join(f"{b:.6f}" for b in intercepts) + "\n")
        out.write("screen\t" + "\t".join(f"{f:.6f}" for f in floors) + "\n")
        for gram, index in vocabulary:
            idf = vectorizer.idf_[index]
            w = "\t".join(f"{weights[c][index]:.6g}" for c in range(len(weights)))
            out.write(f"{gram}\t{idf:.6f}\t{w}\n")
    print(f"{len(vocabulary)} grams written to {out_path}", file=sys.stderr)


if __name__ == "__main__":
    main()
