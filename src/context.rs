//! Context: the modifiers found around each hit and who it is about.
//!
//! Every rule here is positional and general — a cue of some kind in some place relative
//! to the hit — so that a new phrasing of negation or of a news report works without a new
//! rule. Work is O((hits + cues) · log n): clauses and cues are indexed once per message.

use crate::assessment::{Category, Modifier, Subject};
use crate::lexicon::{CueKind, Entry, Lexicon};
use crate::matcher::{CueHit, Hit};
use crate::normalize::{Normalized, is_clause_break};
use crate::segment;

/// How many characters may stand between a negation and its term (我不会再想自杀: 再想).
const NEGATION_GAP_CHARS: usize = 4;

/// Characters that may stand between a negation and its term without ending its scope:
/// pronouns, auxiliaries, adverbs (不会*再*去, 没有*想过*). Anything else ends the scope, so
/// 不行了想死 is not a negated 想死.
const NEGATION_GAP: &str =
    "我你他她它俺会再想要去过曾敢能可是有愿意做自己真的一定就还也都从来那样这种打算准备又说得";

/// Characters that make a term itself first-person (打我, 让我转账): the writer is the
/// one it happens to, whoever else the sentence names.
const FIRST_PERSON_IN_TERM: &[char] = &['我', '俺', '咱'];

/// Context of one hit.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct HitContext {
    pub modifiers: Vec<Modifier>,
    pub subject: Subject,
}

/// Where clauses and sentences start in the normalised text.
struct Breaks {
    /// Byte positions where a clause starts (after a break character or a soft break).
    clause_starts: Vec<usize>,
    sentence_starts: Vec<usize>,
    /// Positions of the question marks that close clauses.
    questions: Vec<usize>,
    /// Positions of every hard clause break.
    hard: Vec<usize>,
}

impl Breaks {
    fn new(text: &str, soft_breaks: &[usize]) -> Breaks {
        let mut breaks = Breaks {
            clause_starts: Vec::new(),
            sentence_starts: Vec::new(),
            questions: Vec::new(),
            hard: Vec::new(),
        };
        let mut soft = soft_breaks.iter().peekable();
        for (at, ch) in text.char_indices() {
            if soft.next_if(|&&b| b == at).is_some() {
                breaks.clause_starts.push(at);
            }
            if is_clause_break(ch) {
                let next = at + ch.len_utf8();
                breaks.hard.push(at);
                breaks.clause_starts.push(next);
                if matches!(
                    ch,
                    '。' | '！' | '？' | '!' | '?' | '\n' | '\r' | '；' | ';'
                ) {
                    breaks.sentence_starts.push(next);
                }
                if matches!(ch, '？' | '?') {
                    breaks.questions.push(at);
                }
            }
        }
        breaks
    }

    /// Index of the clause a byte position is in.
    fn clause_of(&self, at: usize) -> usize {
        self.clause_starts.partition_point(|&b| b <= at)
    }

    /// Where the clause holding `at` starts.
    fn clause_start(&self, at: usize) -> usize {
        match self.clause_of(at) {
            0 => 0,
            n => self.clause_starts[n - 1],
        }
    }

    fn sentence_of(&self, at: usize) -> usize {
        self.sentence_starts.partition_point(|&b| b <= at)
    }

    fn same_clause(&self, a: usize, b: usize) -> bool {
        self.clause_of(a) == self.clause_of(b)
    }

    fn same_sentence(&self, a: usize, b: usize) -> bool {
        self.sentence_of(a) == self.sentence_of(b)
    }

    /// Whether the first hard break at or after `at` is a question mark.
    fn closed_by_question(&self, at: usize) -> bool {
        let next = self.hard.partition_point(|&b| b < at);
        self.hard
            .get(next)
            .is_some_and(|b| self.questions.binary_search(b).is_ok())
    }
}

/// Analyse the context of every hit. `cues` must be ordered by start (as the matcher
/// gives them); `original` is the message as written, for markers normalisation removes.
pub(crate) fn analyse(
    normalized: &Normalized,
    original: &str,
    hits: &[Hit],
    cues: &[CueHit],
    lexicon: &Lexicon,
) -> Vec<HitContext> {
    let text = normalized.text.as_str();
    let breaks = Breaks::new(text, &normalized.soft_breaks);
    // Short cues must begin a word: 别 in 特别, 他 in 其他, 得要 in 觉得要 are not cues.
    let word_initial: Vec<CueHit> = cues
        .iter()
        .filter(|c| {
            !matches!(
                lexicon.cues[c.cue].kind,
                CueKind::Negation
                    | CueKind::Hyperbole
                    | CueKind::FirstPerson
                    | CueKind::ThirdPerson
            ) || segment::starts_word(text, c.start)
        })
        .copied()
        .collect();
    let cues = word_initial.as_slice();
    let cue_kind = |c: &CueHit| lexicon.cues[c.cue].kind;
    let applies =
        |c: &CueHit, category: Category| lexicon.cues[c.cue].categories.contains(category);
    let awareness_header = has_bracket_header(original);

    // Cues ordered by end, to look backwards from a hit.
    let mut by_end: Vec<&CueHit> = cues.iter().collect();
    by_end.sort_by_key(|c| (c.end, std::cmp::Reverse(c.end - c.start)));

    hits.iter()
        .map(|hit| {
            let entry: &Entry = &lexicon.entries[hit.entry];
            let category = entry.category;
            let relevant =
                |c: &CueHit| applies(c, category) && !(c.start < hit.end && hit.start < c.end);
            let mut ctx = HitContext::default();

            if negation_count(text, hit, &by_end, lexicon, category, &breaks) % 2 == 1 {
                ctx.modifiers.push(Modifier::Negated);
            }

            let hyperbole = by_end.iter().filter(|c| relevant(c)).any(|c| {
                cue_kind(c) == CueKind::Hyperbole
                    && (c.end == hit.start
                        || (c.end < hit.start
                            && text[c.end..hit.start].chars().count() == 1
                            && text[c.end..hit.start].starts_with(['我', '人'])))
            });
            if hyperbole {
                ctx.modifiers.push(Modifier::Hyperbole);
            }

            // Who: the term itself, else the nearest person mentioned before it.
            let first_in_term = entry.term.contains(FIRST_PERSON_IN_TERM);
            let nearest_person = by_end
                .iter()
                .filter(|c| relevant(c))
                .filter(|c| c.end <= hit.start)
                .filter(|c| matches!(cue_kind(c), CueKind::FirstPerson | CueKind::ThirdPerson))
                .max_by_key(|c| (c.end, c.end - c.start))
                .map(|c| cue_kind(c));
            if !first_in_term && nearest_person == Some(CueKind::ThirdPerson) {
                ctx.subject = Subject::Other;
            }
            let explicit_first_person =
                first_in_term || nearest_person == Some(CueKind::FirstPerson);

            // Someone else's story: fiction, news, teaching — unless the writer speaks of
            // themself in the hit's own clause.
            let reported = cues
                .iter()
                .filter(|c| relevant(c))
                .any(|c| cue_kind(c) == CueKind::Reported);
            if reported {
                let clause = breaks.clause_of(hit.start);
                let self_in_clause = first_in_term
                    || cues.iter().filter(|c| relevant(c)).any(|c| {
                        cue_kind(c) == CueKind::FirstPerson && breaks.clause_of(c.start) == clause
                    });
                if !self_in_clause {
                    ctx.modifiers.push(Modifier::Reported);
                }
            }

            let past = cues.iter().filter(|c| relevant(c)).any(|c| {
                cue_kind(c) == CueKind::Past
                    && c.end <= hit.start
                    && breaks.same_sentence(c.start, hit.start)
            });
            let resolved_any = cues
                .iter()
                .filter(|c| relevant(c))
                .any(|c| cue_kind(c) == CueKind::Resolved);
            let resolved_after = cues
                .iter()
                .filter(|c| relevant(c))
                .any(|c| cue_kind(c) == CueKind::Resolved && c.start >= hit.end);
            if past {
                ctx.modifiers.push(Modifier::Past);
            }
            if (past && resolved_any) || resolved_after {
                ctx.modifiers.push(Modifier::Resolved);
            }

            let question = cues.iter().filter(|c| relevant(c)).any(|c| {
                cue_kind(c) == CueKind::Question && breaks.same_clause(c.start, hit.start)
            }) || breaks.closed_by_question(hit.end);
            if question {
                ctx.modifiers.push(Modifier::Question);
            }

            if cues
                .iter()
                .filter(|c| relevant(c))
                .any(|c| cue_kind(c) == CueKind::Urgency)
            {
                ctx.modifiers.push(Modifier::Urgency);
            }

            // A forwarded anti-fraud notice: fraud terms are the notice's own words, unless
            // the writer says they complied or lost money themself.
            if category == Category::FraudVictim {
                let notice = awareness_header
                    || cues
                        .iter()
                        .filter(|c| relevant(c))
                        .any(|c| cue_kind(c) == CueKind::Awareness);
                let victim_speaks = entry.flags.compliance && explicit_first_person;
                if notice && !victim_speaks {
                    ctx.modifiers.push(Modifier::Awareness);
                }
            }
            ctx
        })
        .collect()
}

/// How many negations stand in the hit's scope: walking back from the hit over negation
/// cues and [`NEGATION_GAP`] characters, within its clause.
fn negation_count(
    text: &str,
    hit: &Hit,
    by_end: &[&CueHit],
    lexicon: &Lexicon,
    category: Category,
    breaks: &Breaks,
) -> usize {
    let clause_start = breaks.clause_start(hit.start);
    let mut pos = hit.start;
    let mut count = 0;
    let mut gap = 0;
    while pos > clause_start {
        let first = by_end.partition_point(|c| c.end < pos);
        let negation = by_end[first..]
            .iter()
            .take_while(|c| c.end == pos)
            .filter(|c| {
                let cue = &lexicon.cues[c.cue];
                cue.kind == CueKind::Negation
                    && cue.categories.contains(category)
                    && c.start >= clause_start
            })
            .max_by_key(|c| c.end - c.start);
        if let Some(cue) = negation {
            count += 1;
            pos = cue.start;
            gap = 0;
            continue;
        }
        let Some(prev) = text[..pos].chars().next_back() else {
            break;
        };
        if gap < NEGATION_GAP_CHARS && NEGATION_GAP.contains(prev) {
            pos -= prev.len_utf8();
            gap += 1;
        } else {
            break;
        }
    }
    count
}

/// A bulletin header such as 【警方提醒】 or 【反诈提示】: a bracketed title of a notice.
fn has_bracket_header(original: &str) -> bool {
    let Some(open) = original.find('【') else {
        return false;
    };
    original[open..]
        .find('】')
        .is_some_and(|close| original[open..open + close].chars().count() <= 16)
        && [
            "提醒", "提示", "警示", "预警", "反诈", "防骗", "公告", "通知", "案例",
        ]
        .iter()
        .any(|word| original.contains(word))
}
