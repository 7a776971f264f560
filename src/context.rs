//! Context: the modifiers found around each hit and who it is about.
//!
//! Every rule here is positional and general — a cue of some kind in some place relative
//! to the hit — so that a new phrasing of negation or of a news report works without a new
//! rule. Work is O((hits + cues) · log n): clauses and cues are indexed once per message.

use std::cell::OnceCell;
use std::sync::LazyLock;

use crate::assessment::{Category, Kind, Modifier, Subject};
use crate::lexicon::{CueKind, Entry, Lexicon};
use crate::matcher::{CueHit, Hit};
use crate::normalize::{Normalized, clause_tail, floor_char_boundary, is_clause_break};
use crate::segment::Words;

/// How many characters may stand between a negation and its term (我不会再想自杀: 再想).
const NEGATION_GAP_CHARS: usize = 4;

/// Most negations counted in one scope (不是不是不是…): parity beyond this is noise.
const MAX_NEGATIONS: usize = 8;

/// Characters that may stand between a negation and its term without ending its scope:
/// pronouns, auxiliaries, adverbs (不会*再*去, 没有*想过*, 别*瞎*担心). Anything else ends
/// the scope, so 不行了想死 is not a negated 想死. Not 还: after a negation it is a debt not
/// repaid, the condition of a threat (不还灭你全家), or the rhetorical 不还是 (isn't it
/// still).
const NEGATION_GAP: &str =
    "我你他她它俺会再想要去过曾敢能可是有愿意做自己真的一定就也都从来那样这种打算准备又说得瞎";

/// [`NEGATION_GAP`]'s characters, sorted: the scope walk asks about every character it
/// passes, and a binary search answers in a few comparisons where searching the text for
/// the character takes a scan of it.
static NEGATION_GAP_SORTED: LazyLock<Vec<char>> = LazyLock::new(|| {
    let mut chars: Vec<char> = NEGATION_GAP.chars().collect();
    chars.sort_unstable();
    chars
});

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

    /// Where the clause after the one holding `at` starts (`None` in the last clause).
    fn next_clause_start(&self, at: usize) -> Option<usize> {
        self.clause_starts.get(self.clause_of(at)).copied()
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

/// Analyse the context of every hit; `terms[i]` is the text `hits[i]` stands for. `cues`
/// must be ordered by start (as the matcher gives them); `original` is the message as
/// written, for markers normalisation removes.
///
/// `scene` tells whether a hit is no more than a place or being there (a proximity term
/// none of whose parts is a wish or an act on its own): those a `leisure` cue may read as an
/// everyday scene. It is asked only in a message with such a cue.
#[allow(clippy::too_many_arguments)]
pub(crate) fn analyse(
    normalized: &Normalized,
    original: &str,
    hits: &[Hit],
    terms: &[String],
    scene: &dyn Fn(&Hit) -> bool,
    cues: &[CueHit],
    lexicon: &Lexicon,
    words: &Words,
) -> Vec<HitContext> {
    let text = normalized.text.as_str();
    let breaks = Breaks::new(text, &normalized.soft_breaks);
    let word_initial = word_initial(cues, lexicon, words);
    let awareness_header = awareness_header(original);
    let titled_work = has_title_marks(original);
    // The resident asks about what they pasted: the message's last fraud hit is a question
    // whether it is real (这是真的吗, 要不要配合) in its last sentence. A forwarded bulletin
    // does not end by asking that; a scam text under a 【…】 header that the resident asks
    // about is a suspicion, not a notice (SPEC §3). Without such a header the notice
    // markers still hold (谁打电话她都问一句你是不是骗子 is talk about notices).
    let resident_asks = hits
        .iter()
        .filter(|h| lexicon.entries[h.entry].category == Category::FraudVictim)
        .max_by_key(|h| h.start)
        .is_some_and(|h| {
            lexicon.entries[h.entry].kind == Kind::Suspicion
                && breaks.same_sentence(h.start, text.len().saturating_sub(1))
        });
    // A review or complaint about a purchase says 上当了 of the goods: only where no fraud
    // hit is a scam script, an odd contact or a step taken with a scammer.
    let plain_deception = hits.iter().all(|h| {
        let entry = &lexicon.entries[h.entry];
        entry.category != Category::FraudVictim
            || matches!(entry.kind, Kind::Loss | Kind::Suspicion | Kind::Money)
    });
    let mut indexes: [Option<CueIndex>; 3] = [None, None, None];
    // Where the last 了 stands, for [`under_way`]: found once, not once per hit.
    let last_done = text.rfind('了');
    // Where requests and words of a payment made stand, for [`asked_for`]: found once, on
    // the first loss hit, not once per hit.
    let requests: OnceCell<Requests> = OnceCell::new();

    let mut contexts: Vec<HitContext> = hits
        .iter()
        .zip(terms)
        .map(|(hit, term)| {
            let entry: &Entry = &lexicon.entries[hit.entry];
            let category = entry.category;
            let index = indexes[category.index()].get_or_insert_with(|| {
                CueIndex::new(text, &word_initial, lexicon, category, &breaks)
            });
            let mut ctx = HitContext::default();

            if negation_count(text, hit.start, hit.end, &index.by_end, lexicon, &breaks).0 % 2 == 1
            {
                ctx.modifiers.push(Modifier::Negated);
            }
            // A degree complement right before the term, or banter around a threat.
            // Banter lowers words (我要打死你哈哈), not deeds: a knife at the door or a
            // beating going on stays what it is, laughter or not. Before a deed a
            // complement tells what anger drove the writer to (被他气得吃了一瓶安眠药), and
            // is no hyperbole either.
            let banter = index.playful && matches!(entry.kind, Kind::ThreatKill | Kind::ThreatHarm);
            let complement =
                !is_deed(entry.kind) && index.hyperbole_before(text, hit.start, lexicon);
            if complement || banter {
                ctx.modifiers.push(Modifier::Hyperbole);
            }

            // Who: the term itself, else the nearest person mentioned before it.
            let first_in_term = term.contains(FIRST_PERSON_IN_TERM);
            let nearest_person = index.nearest_person(hit.start);
            if !first_in_term && nearest_person == Some(CueKind::ThirdPerson) {
                ctx.subject = Subject::Other;
            }
            let explicit_first_person =
                first_in_term || nearest_person == Some(CueKind::FirstPerson);

            // Someone else's story: fiction, news, teaching — unless the writer speaks of
            // themself in the hit's own clause. A frame that opens the clause (梦见, 游戏里,
            // 电视剧里) holds the writer's own part in it too, even a blow the term names
            // (梦见我二叔拿刀追我, 游戏里他开车撞死我): for disputes only, since a first-person
            // wish or payment inside a frame is told of the writer's life (视频里…他说最后看看
            // 我, 直播间认识的…我刷了快三万).
            let clause = breaks.clause_of(hit.start);
            let framed = index.frames_clause(clause, hit.start);
            // A title in 《》 names a book, film or song: as much a marker as 小说 or 电影.
            if someone_elses_story(index, titled_work, category)
                && (framed && category == Category::Dispute
                    || !first_in_term
                        && (framed || !index.first_person_in_clause(clause, hit.start, hit.end)))
            {
                ctx.modifiers.push(Modifier::Reported);
            }

            let past = index.past_before(hit.start, &breaks);
            // The resolutions that speak for this hit: 别担心 after 已经吃了三十粒 is the
            // calm of a goodbye, not a wish gone by.
            let resolution = if resolves(entry.kind) {
                index.last_resolved_start.max(index.last_reassured_start)
            } else {
                index.last_resolved_start
            };
            // 现在好多了 … 这几天又开始想了: the wish came back after it was resolved.
            let resolution = resolution.filter(|&s| index.last_relapse_start < Some(s));
            let resolved_after = resolution.is_some_and(|s| s >= hit.end);
            if past {
                ctx.modifiers.push(Modifier::Past);
            } else if category == Category::Dispute
                && entry.kind == Kind::Violence
                && under_way(
                    text,
                    hit.start,
                    breaks.clause_start(hit.start),
                    term,
                    last_done,
                )
            {
                ctx.modifiers.push(Modifier::Ongoing);
            }
            // A wish told as past, then a clause that starts with now and says nothing of
            // it still or again (以前也想过死 那是十年前 现在俩娃 天天忙得没空想): the
            // then-and-now of SPEC §3's resolved past, in words no resolution cue holds.
            let now_after = past
                && category == Category::SelfHarm
                && matches!(
                    entry.kind,
                    Kind::PassiveWish | Kind::Hopelessness | Kind::Burden | Kind::Ideation
                )
                && told_as_over_now(text, &breaks, hit.end);
            if (past && resolution.is_some()) || resolved_after || now_after {
                ctx.modifiers.push(Modifier::Resolved);
            }

            if index.question_clauses.binary_search(&clause).is_ok()
                || breaks.closed_by_question(hit.end)
            {
                ctx.modifiers.push(Modifier::Question);
            }
            if index.urgency {
                ctx.modifiers.push(Modifier::Urgency);
            }
            // Said first, then the phone off or the door locked (她说想死 … 电话打不通): the
            // cue tells of the one the wish or the cut is about. One before the hit (交警队
            // 电话打不通。活着真没意思) is about someone else.
            if category == Category::SelfHarm
                && index
                    .last_unreachable_start
                    .is_some_and(|at| hit.start <= at)
            {
                ctx.modifiers.push(Modifier::Unreachable);
            }

            if category == Category::FraudVictim {
                // A payment told as the condition of a promise (交了就能放款), or as not
                // made yet (套出来了 还没转过去, 我准备付了).
                if entry.kind == Kind::Loss
                    && (promised_after(&text[hit.end..])
                        || not_taken_yet(text, hit, term)
                        || asked_for(
                            requests.get_or_init(|| Requests::new(text)),
                            hit,
                            breaks.clause_start(hit.start),
                        ))
                {
                    ctx.modifiers.push(Modifier::Condition);
                }
                // A forwarded anti-fraud notice: fraud terms are the notice's own words,
                // unless the writer says they complied or lost money themself.
                let notice = if awareness_header && resident_asks {
                    false
                } else {
                    awareness_header || index.awareness
                };
                // The writer's own people (我妈, 我爸, 我朋友) losing money or complying are
                // a victim the writer speaks for, as a first person is: a notice's cases are
                // strangers (一女子, 某老人, 他).
                let writers_own = index.nearest_person_is_writers(text, hit.start);
                let victim_speaks =
                    entry.flags.compliance && (explicit_first_person || writers_own);
                if notice && !victim_speaks {
                    ctx.modifiers.push(Modifier::Awareness);
                } else if index.complaint && plain_deception {
                    ctx.modifiers.push(Modifier::Complaint);
                }
            }
            ctx
        })
        .collect();
    if let Some(index) = &indexes[Category::Dispute.index()] {
        self_directed(text, hits, terms, &mut contexts, lexicon, index, &breaks);
    }
    if let Some(index) = &indexes[Category::SelfHarm.index()] {
        everyday(hits, scene, &mut contexts, lexicon, index);
    }
    contexts
}

/// Mark the self-harm places and the being up there (楼顶, 江边, 站在天台上) of a message
/// that names an everyday activity (晒被子, 散步, 钓鱼, 看烟花: a `leisure` cue) and holds
/// no other self-harm phrase that context left standing but evidence (准备下水了 by the
/// river, beside 游泳): no wish, method, plan or farewell says the place is more than where
/// the writer is. With any of those, the place keeps its weight (站在楼顶上 风景真好 可惜
/// 不想活了).
fn everyday(
    hits: &[Hit],
    scene: &dyn Fn(&Hit) -> bool,
    contexts: &mut [HitContext],
    lexicon: &Lexicon,
    index: &CueIndex,
) {
    if !index.leisure {
        return;
    }
    let standing = |i: usize| {
        lexicon.entries[hits[i].entry].category == Category::SelfHarm
            && !lowered(&contexts[i].modifiers)
    };
    let is_place = |i: usize| {
        matches!(
            lexicon.entries[hits[i].entry].kind,
            Kind::Place | Kind::InProgress
        ) && scene(&hits[i])
    };
    let phrases: Vec<usize> = (0..hits.len()).filter(|&i| standing(i)).collect();
    let only_places = phrases
        .iter()
        .all(|&i| is_place(i) || lexicon.entries[hits[i].entry].flags.support);
    if only_places && phrases.iter().any(|&i| is_place(i)) {
        for i in phrases {
            contexts[i].modifiers.push(Modifier::Everyday);
        }
    }
}

/// What context does to a phrase that leaves it no weight of its own as a signal: no
/// other rule builds on it, and the wording model does not read its words again.
const LOWERING: [Modifier; 8] = [
    Modifier::Negated,
    Modifier::Hyperbole,
    Modifier::Resolved,
    Modifier::Reported,
    Modifier::Awareness,
    Modifier::Complaint,
    Modifier::SelfDirected,
    Modifier::Everyday,
];

/// Whether context left a phrase with these modifiers no weight of its own ([`LOWERING`]).
pub(crate) fn lowered(modifiers: &[Modifier]) -> bool {
    modifiers.iter().any(|m| LOWERING.contains(m))
}

/// Mark the dispute weapons and blows that the writer turns on themself: one in the clause
/// of a self-harm hit that context left standing, or beside 自己, with no third person in
/// its clause and no first person inside it (打我 is done to the writer by someone); and
/// a weapon or an assault under way whose words a self-injury or an act under way also
/// reads (拿刀划胳膊, 血流了一地). Only in
/// a message where a self-harm phrase counts on its own: evidence alone (谁先死, 汽油, 刀在
/// 包里) is no reason to read a weapon as the writer's own (明天带刀过去 看谁先死).
fn self_directed(
    text: &str,
    hits: &[Hit],
    terms: &[String],
    contexts: &mut [HitContext],
    lexicon: &Lexicon,
    index: &CueIndex,
    breaks: &Breaks,
) {
    let standing: Vec<bool> = contexts.iter().map(|c| !lowered(&c.modifiers)).collect();
    let self_harm: Vec<usize> = (0..hits.len())
        .filter(|&i| lexicon.entries[hits[i].entry].category == Category::SelfHarm && standing[i])
        .collect();
    if self_harm
        .iter()
        .all(|&i| lexicon.entries[hits[i].entry].flags.support)
    {
        return;
    }
    // A blade the message turns on someone else (一个拿美工刀把另一个手臂划开): the blood
    // and the cut it tells are theirs, not the writer's. So is one held by someone who
    // would take the writer with them (拿着菜刀说要跟我同归于尽): a threat to the writer.
    if hits.iter().any(|h| {
        let span = &text[h.start..h.end];
        lexicon.entries[h.entry].category == Category::Dispute
            && (turned_on_another(span) || turned_on_the_writer(span))
    }) {
        return;
    }
    let self_harm_clauses: Vec<usize> = self_harm
        .iter()
        .map(|&i| breaks.clause_of(hits[i].start))
        .collect();
    for (i, hit) in hits.iter().enumerate() {
        let entry = &lexicon.entries[hit.entry];
        if entry.category != Category::Dispute
            || !matches!(
                entry.kind,
                Kind::Weapon | Kind::Violence | Kind::ThreatHarm | Kind::AssaultInProgress
            )
            || terms[i].contains(FIRST_PERSON_IN_TERM)
            || !standing[i]
        {
            continue;
        }
        // The same words read as self-harm too: the blade of a cut told as one (拿刀划胳膊,
        // 刀…割手腕) is its instrument, whoever the clause says holds it (我儿子拿刀划胳膊),
        // unless they turn it on someone ([`turned_on_another`]); blood on the floor read as
        // an act under way is the self-harm's, unless someone else is named in its clause.
        let read_as = |kinds: &[Kind]| {
            self_harm.iter().any(|&j| {
                kinds.contains(&lexicon.entries[hits[j].entry].kind)
                    && hits[j].start < hit.end
                    && hit.start < hits[j].end
                    && !turned_on_another(
                        &text[breaks.clause_start(hit.start.min(hits[j].start))..hits[j].end],
                    )
            })
        };
        let clause = breaks.clause_of(hit.start);
        let own = match entry.kind {
            Kind::Weapon => read_as(&[Kind::SelfInjury]),
            Kind::AssaultInProgress => {
                read_as(&[Kind::SelfInjury, Kind::InProgress])
                    && !index.third_person_in_clause(clause, breaks)
            }
            _ => false,
        };
        if own {
            contexts[i].modifiers.push(Modifier::SelfDirected);
            continue;
        }
        if entry.kind == Kind::AssaultInProgress {
            continue;
        }
        let from = breaks.clause_start(hit.start);
        let to = breaks
            .clause_starts
            .get(clause)
            .copied()
            .unwrap_or(text.len());
        let reflexive = text.get(from..to).is_some_and(|c| c.contains("自己"));
        if (self_harm_clauses.contains(&clause) || reflexive)
            && !index.third_person_in_clause(clause, breaks)
        {
            contexts[i].modifiers.push(Modifier::SelfDirected);
        }
    }
}

/// Whether the words of a blow or a cut name someone else as its object: 把, 对, 朝 or 往
/// and a person (一个拿美工刀把另一个手臂划开, 拿刀朝他). Not 把 as a measure word (揸住把
/// 刀) or 对着手腕.
fn turned_on_another(span: &str) -> bool {
    const OTHERS: [&str; 12] = [
        "另一个",
        "另外一个",
        "他",
        "她",
        "别人",
        "对方",
        "人家",
        "老婆",
        "老公",
        "孩子",
        "儿子",
        "女儿",
    ];
    person_after(span, &['把', '对', '朝', '往'], &OTHERS)
}

/// Whether a dispute phrase's words turn it on the writer by a word of company or of
/// direction before 我 (跟我同归于尽, 要和我拼命, 冲我砍过来), not on the one who holds it.
fn turned_on_the_writer(span: &str) -> bool {
    person_after(span, &['跟', '和', '与', '同', '冲', '朝'], &["我"])
}

/// Whether one of `persons` follows one of `words` somewhere in `span`: whom a blow, a
/// cut or a threat is turned on ([`turned_on_another`], [`turned_on_the_writer`]).
fn person_after(span: &str, words: &[char], persons: &[&str]) -> bool {
    span.char_indices().any(|(at, c)| {
        words.contains(&c)
            && persons
                .iter()
                .any(|p| span[at + c.len_utf8()..].starts_with(p))
    })
}

/// The cues that count: short ones must begin a word (别 in 特别, 他 in 其他, 得要 in
/// 觉得要 are not cues), and so must banter (下把我 in 楼下把我电动车轮胎捅破了 is no next
/// round of a game).
fn word_initial(cues: &[CueHit], lexicon: &Lexicon, words: &Words) -> Vec<CueHit> {
    // Room for them all at once: most cues count, and growing the list on the way would
    // reallocate it twice or three times.
    let mut initial = Vec::with_capacity(cues.len());
    initial.extend(cues.iter().copied().filter(|c| {
        !matches!(
            lexicon.cues[c.cue].kind,
            CueKind::Negation
                | CueKind::Hyperbole
                | CueKind::FirstPerson
                | CueKind::ThirdPerson
                | CueKind::Playful
        ) || words.starts_word(c.start)
    }));
    initial
}

/// Who a signal of `category` at normalised byte `at` that no lexicon term names (the
/// wording model's) is about: someone else when the nearest person mentioned before it is
/// a third person (我儿子说他…), else the writer. None when the whole message is someone
/// else's story or an anti-fraud notice for `category`, as [`analyse`] reads them for
/// terms: the model reads wording, not who speaks, and stays silent there.
pub(crate) fn wording_subject(
    normalized: &Normalized,
    original: &str,
    cues: &[CueHit],
    lexicon: &Lexicon,
    words: &Words,
    category: Category,
    (at, end): (usize, usize),
) -> Option<Subject> {
    let text = normalized.text.as_str();
    let breaks = Breaks::new(text, &normalized.soft_breaks);
    let cues = word_initial(cues, lexicon, words);
    let index = CueIndex::new(text, &cues, lexicon, category, &breaks);
    let notice =
        category == Category::FraudVictim && (awareness_header(original) || index.awareness);
    // The words the model weighs most are denied by a modal negation across a cause, as a
    // term of the lexicons would be (我不会为了他去死的, 犯不着为这点事想死). Only so: a
    // gram is a piece of a phrase, and a negation right before it is often the phrase
    // itself (不想下去了, 没必要活了, 联系不上).
    let negated = matches!(
        negation_count(text, at, end, &index.by_end, lexicon, &breaks),
        (count, true) if count % 2 == 1
    );
    if someone_elses_story(&index, has_title_marks(original), category) || notice || negated {
        None
    } else if index.nearest_person(at) == Some(CueKind::ThirdPerson) {
        Some(Subject::Other)
    } else {
        Some(Subject::Writer)
    }
}

/// Whether a reassurance (别担心, 不用担心) resolves a phrase of this kind: a wish, a
/// thought or a quarrel, yes (有时候真想死了算了 别担心 我就是发发牢骚); an act under way,
/// the means made ready or a goodbye, no: reassurance after them is how a final message
/// sounds (已经吃了三十粒 别担心 很快就不痛了, 遗书写好了 不用担心我).
fn resolves(kind: Kind) -> bool {
    !matches!(kind, Kind::InProgress | Kind::Preparation | Kind::Farewell)
}

/// Whether the message is someone else's story (fiction, news, teaching) for `category`:
/// a reported-speech cue, or a title in 《》 (a book, film or song) but for fraud.
fn someone_elses_story(index: &CueIndex, titled_work: bool, category: Category) -> bool {
    index.reported || titled_work && category != Category::FraudVictim
}

/// What a scammer promises once paid, after the 就 of a payment told as a condition (交了
/// 就能放款, 转了就给你解冻, 存进去就帮你处理). Not 就发现, 就说, 就没了, 就拉黑: what
/// happened once the money was gone.
const PROMISES: [&str; 16] = [
    "能", "可以", "会", "给", "放款", "放贷", "帮", "退", "解冻", "解绑", "改绑", "提现", "到账",
    "下款", "返", "发货",
];

/// Whether `rest`, the text right after a payment, makes the payment a condition: 就 and
/// a promise ([`PROMISES`]).
fn promised_after(rest: &str) -> bool {
    rest.strip_prefix('就')
        .is_some_and(|rest| PROMISES.iter().any(|p| rest.starts_with(p)))
}

/// Words that ask someone to do what follows (要我把钱转到安全账户): a payment after them in
/// their clause is the step the scammer asks for. Each is one of these verbs and then one of
/// [`REQUEST_PERSONS`] (让我, 要他, 叫她 …), which [`Requests::new`] finds in one pass. (要求
/// is left out: 按其要求将存款转入 tells it done.)
const REQUEST_VERBS: [char; 3] = ['让', '要', '叫'];

/// The persons a request of [`REQUEST_VERBS`] is made to.
const REQUEST_PERSONS: [char; 3] = ['我', '他', '她'];

/// Words after an asked-for payment that tell it was made after all (让我把钱转到安全账户
/// 我全照做了, 转完会议就退了, 一万二学费没了).
const DONE_AFTER: [&str; 14] = [
    "照做了",
    "照办了",
    "转了",
    "转完",
    "没了",
    "转走",
    "已转",
    "都转",
    "全转",
    "给了",
    "交了",
    "付了",
    "汇了",
    "借满了",
];

/// Where the requests ([`REQUEST_VERBS`]) and the words of [`DONE_AFTER`] stand in a
/// message, found once for all its loss hits: each hit searching its clause and the rest of
/// the text afresh made a long text of many asked-for payments quadratic (SPEC §7 asks for
/// linear time). The words of [`DONE_AFTER`] are looked for only once a hit has a request
/// before it, which nearly no message has.
struct Requests<'t> {
    text: &'t str,
    /// (end, the latest start of a request ending at or before it), ordered by end.
    by_end: Vec<(usize, usize)>,
    /// The start of the last word of [`DONE_AFTER`] in the text, once asked.
    last_done: OnceCell<Option<usize>>,
}

impl<'t> Requests<'t> {
    fn new(text: &'t str) -> Requests<'t> {
        // Two characters each, so no two requests overlap: found in order, each one's
        // start is the latest so far.
        let mut by_end = Vec::new();
        let mut verb_at = None;
        for (at, c) in text.char_indices() {
            if let Some(start) = verb_at.take() {
                if REQUEST_PERSONS.contains(&c) {
                    by_end.push((at + c.len_utf8(), start));
                    continue;
                }
            }
            if REQUEST_VERBS.contains(&c) {
                verb_at = Some(at);
            }
        }
        Requests {
            text,
            by_end,
            last_done: OnceCell::new(),
        }
    }

    /// Whether a request stands wholly within `from..to`.
    fn within(&self, from: usize, to: usize) -> bool {
        let ended = self.by_end.partition_point(|&(end, _)| end <= to);
        ended > 0 && self.by_end[ended - 1].1 >= from
    }

    /// Whether a word of [`DONE_AFTER`] starts at or after `at`.
    fn done_from(&self, at: usize) -> bool {
        self.last_done
            .get_or_init(|| DONE_AFTER.iter().filter_map(|d| self.text.rfind(d)).max())
            .is_some_and(|last| last >= at)
    }
}

/// Whether a loss hit is a payment asked for, not made: a request ([`REQUEST_VERBS`])
/// before it in its clause (which starts at `clause_start`), no 了 or 被 in what it matched
/// (not 让我转的钱都转过去了, 让我操作 被转走), and no word of [`DONE_AFTER`] after it.
fn asked_for(requests: &Requests, hit: &Hit, clause_start: usize) -> bool {
    let matched = &requests.text[hit.start..hit.end];
    requests.within(clause_start.min(hit.start), hit.start)
        && !matched.contains('了')
        && !matched.contains('被')
        && !requests.done_from(hit.end)
}

/// Whether the message carries the header of a forwarded notice (【…】, a Q&A layout).
fn awareness_header(original: &str) -> bool {
    has_bracket_header(original) || has_question_and_answer(original)
}

/// The cues that act on one category, indexed so that each hit's context costs a few
/// binary searches: a message with many hits and many cues stays linear.
struct CueIndex {
    /// Cues ordered by end (longest first at one end), to look backwards from a hit.
    by_end: Vec<CueHit>,
    /// (end, length, is third person) of person mentions, ordered.
    persons: Vec<(usize, usize, bool)>,
    /// (end, start) of past cues, ordered by end.
    past: Vec<(usize, usize)>,
    last_resolved_start: Option<usize>,
    /// The start of the last `reassurance` cue (别担心, 不用担心): a resolution of a wish,
    /// not of an act under way, made ready or said goodbye to ([`resolves`]).
    last_reassured_start: Option<usize>,
    /// The start of the last `relapse` cue (又开始想了): a resolution before it no longer
    /// speaks for a hit.
    last_relapse_start: Option<usize>,
    /// (clause, start, end) of first-person mentions, ordered.
    first_persons: Vec<(usize, usize, usize)>,
    question_clauses: Vec<usize>,
    reported: bool,
    /// (clause, end) of each reported-speech cue that opens its clause, no person named
    /// before it there: a frame opened in a hit's own clause before it (游戏里我拿平底锅追着
    /// 人打) holds the writer too.
    reported_clauses: Vec<(usize, usize)>,
    playful: bool,
    urgency: bool,
    awareness: bool,
    complaint: bool,
    /// A `leisure` cue, not negated: an everyday activity is named.
    leisure: bool,
    /// The start of the last `unreachable` cue (电话打不通, 门从里面锁着): a self-harm hit
    /// before it is told of someone who cannot be reached now.
    last_unreachable_start: Option<usize>,
}

impl CueIndex {
    fn new(
        text: &str,
        cues: &[CueHit],
        lexicon: &Lexicon,
        category: Category,
        breaks: &Breaks,
    ) -> CueIndex {
        let kind = |c: &CueHit| lexicon.cues[c.cue].kind;
        // The category's cues, by start until they are sorted by end below.
        let mut by_end = Vec::with_capacity(cues.len());
        by_end.extend(
            cues.iter()
                .filter(|c| lexicon.cues[c.cue].categories.contains(category)),
        );
        // Each list allocated once, at its size, rather than grown as it fills.
        let (mut persons, mut firsts, mut pasts, mut questions) = (0, 0, 0, 0);
        for c in &by_end {
            match kind(c) {
                CueKind::FirstPerson => (persons, firsts) = (persons + 1, firsts + 1),
                CueKind::ThirdPerson => persons += 1,
                CueKind::Past => pasts += 1,
                CueKind::Question => questions += 1,
                _ => {}
            }
        }
        let mut index = CueIndex {
            by_end: Vec::new(),
            persons: Vec::with_capacity(persons),
            past: Vec::with_capacity(pasts),
            last_resolved_start: None,
            first_persons: Vec::with_capacity(firsts),
            question_clauses: Vec::with_capacity(questions),
            reported: false,
            reported_clauses: Vec::new(),
            playful: false,
            urgency: false,
            awareness: false,
            complaint: false,
            leisure: false,
            last_reassured_start: None,
            last_relapse_start: None,
            last_unreachable_start: None,
        };
        // End of the last negation cue seen: cues come ordered by start.
        let mut negation_end = None;
        for c in &by_end {
            match kind(c) {
                CueKind::FirstPerson | CueKind::ThirdPerson => {
                    let third = kind(c) == CueKind::ThirdPerson;
                    index.persons.push((c.end, c.end - c.start, third));
                    if !third {
                        index
                            .first_persons
                            .push((breaks.clause_of(c.start), c.start, c.end));
                    }
                }
                CueKind::Past => index.past.push((c.end, c.start)),
                // 我退群了 resolves a scam; 他收钱就退群了 is the scammer gone, not the writer
                // safe: in fraud, a resolution whose nearest person before it in its clause is
                // someone else is not the writer's. (In a dispute the other side's apology
                // or payment does resolve it.)
                CueKind::Resolved => {
                    let someone_else = index.persons.last().is_some_and(|&(end, len, third)| {
                        category == Category::FraudVictim
                            && third
                            && end <= c.start
                            && breaks.clause_of(end - len) == breaks.clause_of(c.start)
                    });
                    if !someone_else {
                        index.last_resolved_start = index.last_resolved_start.max(Some(c.start))
                    }
                }
                CueKind::Reassurance => {
                    index.last_reassured_start = index.last_reassured_start.max(Some(c.start))
                }
                CueKind::Unreachable => {
                    index.last_unreachable_start = index.last_unreachable_start.max(Some(c.start))
                }
                CueKind::Relapse => {
                    index.last_relapse_start = index.last_relapse_start.max(Some(c.start))
                }
                CueKind::Question => index.question_clauses.push(breaks.clause_of(c.start)),
                // A frame that names where a real quarrel or acquaintance began (游戏里结的仇,
                // 游戏里对骂的人, 网上认识的) tells no story: what follows happens offline.
                CueKind::Reported if opens_with(&text[c.end..], &MET_IN_A_FRAME) => {}
                CueKind::Reported => {
                    index.reported = true;
                    // A frame that opens its clause: no one is named before it there
                    // (我男朋友刚才视频里割手腕 is a video call of someone real).
                    let clause = breaks.clause_of(c.start);
                    // The persons seen so far start at or before the cue, in order: those
                    // of its clause are the last ones (a walk of its clause, not of the
                    // whole message, which a long text full of cues made quadratic).
                    // A dream is the dreamer's however they are named (我梦见有人拿刀追我).
                    let dream = text[c.start..c.end].contains('梦');
                    let opens = dream
                        || !index
                            .persons
                            .iter()
                            .rev()
                            .take_while(|&&(end, len, _)| breaks.clause_of(end - len) == clause)
                            .any(|&(end, ..)| end <= c.start);
                    if opens {
                        index.reported_clauses.push((clause, c.end));
                        // A frame that is its clause's whole (做了个梦，有人拿刀站在我床边;
                        // 昨晚开黑 对面一直追着我砍) frames the clause after it too, unless
                        // that clause says it tells what is real (做了个梦，醒来发现…).
                        let alone = breaks.clause_starts.get(clause).is_some_and(|&next| {
                            text[c.end..next]
                                .chars()
                                .all(|ch| is_clause_break(ch) || ch.is_whitespace())
                                && !opens_with(&text[next..], &REAL_AFTER_A_FRAME)
                        });
                        if alone {
                            index.reported_clauses.push((clause + 1, c.end));
                        }
                    }
                }
                CueKind::Urgency => index.urgency = true,
                // 不是开玩笑, 没开玩笑: the writer says it is no joke.
                CueKind::Playful => {
                    index.playful |= !negates_cue(text, negation_end, c.start);
                }
                CueKind::Awareness => index.awareness |= !claimed_by_a_caller(text, c.start),
                CueKind::Complaint => index.complaint = true,
                CueKind::Leisure => {
                    index.leisure |= !negates_cue(text, negation_end, c.start);
                }
                CueKind::Negation => negation_end = Some(c.end),
                CueKind::Hyperbole | CueKind::Allow | CueKind::AllowWhole => {}
            }
        }
        by_end.sort_by_key(|c| (c.end, std::cmp::Reverse(c.end - c.start)));
        index.by_end = by_end;
        index.persons.sort_unstable();
        index.past.sort_unstable();
        index.first_persons.sort_unstable();
        index.question_clauses.sort_unstable();
        index.question_clauses.dedup();
        index
    }

    /// Whether the writer mentions themself in `clause`, outside the hit `start..end`
    /// (自己 inside 伤害自己 is the term, not the writer speaking).
    fn first_person_in_clause(&self, clause: usize, start: usize, end: usize) -> bool {
        let from = self.first_persons.partition_point(|p| p.0 < clause);
        self.first_persons[from..]
            .iter()
            .take_while(|p| p.0 == clause)
            .any(|p| p.2 <= start || p.1 >= end)
    }

    /// Whether a reported-speech cue opens `clause` before `at` (游戏里, 梦里, 电视剧里 with
    /// no one named before it in the clause): what the clause tells is inside that frame,
    /// the writer's own part in it too.
    fn frames_clause(&self, clause: usize, at: usize) -> bool {
        self.reported_clauses
            .iter()
            .any(|&(c, end)| c == clause && end <= at)
    }

    /// Whether someone else is mentioned in `clause`.
    fn third_person_in_clause(&self, clause: usize, breaks: &Breaks) -> bool {
        self.persons
            .iter()
            .any(|&(end, len, third)| third && breaks.clause_of(end - len) == clause)
    }

    /// The kind of the person mentioned last before `at` (the longer mention at a tie:
    /// 我朋友 over 我).
    fn nearest_person(&self, at: usize) -> Option<CueKind> {
        self.last_person_before(at).map(|&(_, _, third)| {
            if third {
                CueKind::ThirdPerson
            } else {
                CueKind::FirstPerson
            }
        })
    }

    /// The (end, length, is third person) of the person mentioned last before `at`.
    fn last_person_before(&self, at: usize) -> Option<&(usize, usize, bool)> {
        let n = self.persons.partition_point(|p| p.0 <= at);
        n.checked_sub(1).map(|i| &self.persons[i])
    }

    /// Whether the person mentioned last before `at` is someone of the writer's, named with
    /// 我 (我妈, 我爸, 我朋友; 俺 is normalised to 我), not the official 我市, 我区 of a
    /// notice's residents, nor an office speaking of itself (我行不会要求您…, 我司, 我校).
    fn nearest_person_is_writers(&self, text: &str, at: usize) -> bool {
        const PLACES_AND_OFFICES: &str = "市区县省镇乡村行司校院局社";
        self.last_person_before(at)
            .is_some_and(|&(end, len, third)| {
                let mut chars = text[end - len..end].chars();
                third
                    && chars.next() == Some('我')
                    && chars
                        .next()
                        .is_some_and(|c| !PLACES_AND_OFFICES.contains(c))
            })
    }

    /// Whether a past cue stands before `at` in the same sentence.
    fn past_before(&self, at: usize, breaks: &Breaks) -> bool {
        let n = self.past.partition_point(|p| p.0 <= at);
        n.checked_sub(1)
            .is_some_and(|i| breaks.same_sentence(self.past[i].1, at))
    }

    /// A degree complement right before the hit (累得想死, 累得我想死, 累得我都想死).
    fn hyperbole_before(&self, text: &str, at: usize, lexicon: &Lexicon) -> bool {
        let ends_at = |pos: usize| {
            let first = self.by_end.partition_point(|c| c.end < pos);
            self.by_end[first..]
                .iter()
                .take_while(|c| c.end == pos)
                .any(|c| lexicon.cues[c.cue].kind == CueKind::Hyperbole)
        };
        // 累得想死, 累得我想死, and with 都 before the term: 累得都想死, 累得我都想死.
        let before = &text[..at];
        std::iter::once(before)
            .chain(before.strip_suffix('都'))
            .any(|before| {
                ends_at(before.len())
                    || before
                        .strip_suffix(['我', '人'])
                        .is_some_and(|before| ends_at(before.len()))
            })
    }
}

/// Whether a blow (its term, at `start` in `text`, whose clause starts at `clause`; the
/// text's last 了 at `last_done`) is told as under way:
/// - the progressive 在 right before it, opening the clause (在被打) or after a subject or an
///   adverb ([`BEFORE_PROGRESSIVE`]: 他在踹我, 正在, 还在, 现在), not the 在 of where a blow
///   landed (打在脸上);
/// - or the durative 着 of a hold while it lands (掐着我脖子, 按着…打, 被几个人围着打), with
///   nothing told as done after it (no 了: 扯着我头发往地上拖 现在他出门了 is over).
fn under_way(
    text: &str,
    start: usize,
    clause: usize,
    term: &str,
    last_done: Option<usize>,
) -> bool {
    let progressive = text[..start].strip_suffix('在').is_some_and(|before| {
        clause <= before.len() && (clause == before.len() || before.ends_with(BEFORE_PROGRESSIVE))
    });
    let held = term.contains('着') && last_done.is_none_or(|at| at < start);
    progressive || held
}

/// Words that open a clause told of the present after a past one (以前…现在…, 后来…).
const NOW: [&str; 7] = ["现在", "如今", "这两年", "这几年", "这些年", "后来", "目前"];

/// Words after the present that say the past goes on or comes back (现在还是很痛苦, 现在好一
/// 点 但偶尔还会冒出那个念头, 这几天又不吃饭, 病复发了): no resolution.
const STILL: [&str; 19] = [
    "还是",
    "还在",
    "还会",
    "还想",
    "还有",
    "依然",
    "仍然",
    "又",
    "也还",
    "更",
    "照样",
    "一样",
    "差不多",
    "但",
    "可是",
    "不过",
    "复发",
    "连",
    "怎么办",
];

/// How many clauses after a past wish may hold the present that resolves it (以前也想过死 |
/// 那是十年前 | 现在俩娃).
const NOW_CLAUSES: usize = 4;

/// How many bytes from the start of that present are read for [`STILL`]: a few clauses,
/// so that a long text full of past wishes stays linear.
const NOW_READ_BYTES: usize = 240;

/// Whether a clause (the text from its start on) opens with one of `words`, spaces before
/// it left aside.
fn opens_with(clause: &str, words: &[&str]) -> bool {
    let clause = clause.trim_start();
    words.iter().any(|w| clause.starts_with(w))
}

/// Whether one of the [`NOW_CLAUSES`] clauses after `end` opens with a word of [`NOW`] and
/// nothing in the [`NOW_READ_BYTES`] from there holds a word of [`STILL`].
fn told_as_over_now(text: &str, breaks: &Breaks, end: usize) -> bool {
    let first = breaks.clause_starts.partition_point(|&b| b < end);
    breaks.clause_starts[first..]
        .iter()
        .take(NOW_CLAUSES)
        .map(|&start| &text[start..floor_char_boundary(text, start + NOW_READ_BYTES)])
        .find(|present| opens_with(present, &NOW))
        .is_some_and(|present| !STILL.iter().any(|w| present.contains(w)))
}

/// What comes before the progressive 在 (他在打, 正在, 还在, 又在, 一直在, 现在, 们在, 也在,
/// 都在), where 在 is no verb's complement of place.
const BEFORE_PROGRESSIVE: [char; 11] = [
    '他', '她', '们', '人', '正', '还', '又', '直', '现', '也', '都',
];

/// Self-harm kinds that are deeds done or under way, not words: an act under way, an
/// attempt, an injury. (The dispute complements, 气得我想, end in a wish: what follows them
/// is one too.)
fn is_deed(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::InProgress | Kind::PastAttempt | Kind::SelfInjury
    )
}

/// Characters that may stand between a negation and a cue it negates (不*是*开玩笑,
/// 没*在*开玩笑, 不*跟你*开玩笑, 不是*来*拍照的, 没*去*钓鱼).
const CUE_NEGATION_GAP: &str = "是在跟和你我说有来去";

/// How many characters may stand between a claim of identity (自称, 说他是) and the notice
/// word it claims (说他是市公安局反诈中心的: 市公安局).
const CLAIMED_GAP_CHARS: usize = 4;

/// The claims of identity of [`claimed_by_a_caller`]. Not 冒充, 假冒 or 谎称: a notice
/// names the scams with them (警惕冒充客服诈骗).
const CLAIMS: [&str; 5] = ["自称", "说他是", "说她是", "说是", "号称"];

/// The longest claim of [`CLAIMS`], in characters (说他是).
const LONGEST_CLAIM_CHARS: usize = 3;

/// Whether the notice word starting at byte `start` of `text` is an identity a caller
/// claimed (对方说他是市局反诈中心的, 有个号码自称国家反诈中心): the scam's words, not a
/// notice's. A claim of [`CLAIMS`] stands before it in its clause, at most
/// [`CLAIMED_GAP_CHARS`] characters away.
fn claimed_by_a_caller(text: &str, start: usize) -> bool {
    let before = &text[..start];
    let from = clause_tail(before, CLAIMED_GAP_CHARS + LONGEST_CLAIM_CHARS, |c| {
        !is_clause_break(c)
    });
    let window = &before[from..];
    CLAIMS.iter().any(|claim| {
        window
            .rfind(claim)
            .is_some_and(|at| window[at + claim.len()..].chars().count() <= CLAIMED_GAP_CHARS)
    })
}

/// Whether a negation ending at `negation_end` stands right before a cue starting at
/// `start`, with at most two [`CUE_NEGATION_GAP`] characters between them.
fn negates_cue(text: &str, negation_end: Option<usize>, start: usize) -> bool {
    negation_end.is_some_and(|end| {
        end <= start
            && text.get(end..start).is_some_and(|gap| {
                gap.chars().count() <= 2 && gap.chars().all(|c| CUE_NEGATION_GAP.contains(c))
            })
    })
}

/// Whether a negation cue is the middle of an A-not-A question (能不能, 要不要, 是不是, 有没有,
/// 可不可以): the same character on both sides of its 不 or 没 asks, it does not deny
/// (能不能帮我跟我妈说声对不起, 在想要不要就这样死了算了).
fn asks_either_way(text: &str, cue: &CueHit) -> bool {
    let mut after = text[cue.start..].chars();
    let (Some(negator), Some(next)) = (after.next(), after.next()) else {
        return false;
    };
    matches!(negator, '不' | '没') && text[..cue.start].ends_with(next)
}

/// Whether a negation cue is the 别 of 别的, "other" (百草枯买不到了 别的农药哪种最快):
/// nothing is forbidden.
fn is_other(text: &str, cue: &CueHit) -> bool {
    text[cue.start..].starts_with("别的")
}

/// Whether a negation cue is the 不 of 看我不…, "see if I don't" (看我不砍死他, 看老子不
/// 弄死你), or of 不…我不姓…, "or my name is not…" (今天不削他一顿我不姓陈): what follows
/// is sworn, not denied.
fn is_dare(text: &str, cue: &CueHit, breaks: &Breaks) -> bool {
    if !text[cue.start..].starts_with('不') {
        return false;
    }
    let clause = &text[cue.end..breaks.next_clause_start(cue.end).unwrap_or(text.len())];
    ["看我", "看老子", "看俺", "瞧我"]
        .iter()
        .any(|dare| text[..cue.start].ends_with(dare))
        || clause.contains("不姓")
}

/// Whether a negation cue is the 不 of 不过, "but" or "merely" (开玩笑的 不过绳子是真的买了,
/// 不过我真的想死): 过 may stand between a negation and its term (没想过), and 不 before it
/// would otherwise deny what follows.
fn is_but(text: &str, cue: &CueHit) -> bool {
    &text[cue.start..cue.end] == "不" && text[cue.end..].starts_with('过')
}

/// Whether a negation cue is the 不 of 非…不可, "must" (我非弄死他不可🔪已经揣身上了: what
/// follows 不可 is done, not denied): 不可 with a 非 before it in its clause (`clause_start`)
/// that is no part of 非常, 并非, 除非 or 是非. 不可以 and 不可能 deny, and 不可 alone forbids
/// (千万不可轻生).
fn is_must(text: &str, cue: &CueHit, clause_start: usize) -> bool {
    let after = &text[cue.end..];
    let before = &text[clause_start..cue.start];
    &text[cue.start..cue.end] == "不"
        && after.starts_with('可')
        && !after.starts_with("可以")
        && !after.starts_with("可能")
        && before.char_indices().any(|(at, c)| {
            c == '非'
                && !before[at + c.len_utf8()..].starts_with('常')
                && !before[..at].ends_with(['并', '除', '是'])
        })
}

/// Words that say a step is not taken yet (还没转过去): not a negation cue of their own,
/// since 还没 before most terms says little (还没退, 还没回 are the loss itself).
const NOT_YET: [&str; 3] = ["还没", "还未", "没敢"];

/// Words that say a step is only about to be taken (我准备付了, 马上要转了).
const ABOUT_TO: [&str; 4] = ["准备", "打算", "就要", "马上要"];

/// Whether the step a loss hit ends on is not taken yet: a proximity term's last part
/// after [`NOT_YET`] or [`ABOUT_TO`] words (花呗…套出来了 还没转过去, 往一个账户…我准备打了),
/// a term after [`ABOUT_TO`] words (我准备付了; after 还没 a term may be the loss itself,
/// 还没退钱). The loss it tells is then the step the scammer asks for, not money gone.
/// `term` is the hit's text, a proximity term's parts joined with `…`.
fn not_taken_yet(text: &str, hit: &Hit, term: &str) -> bool {
    let after = |start: usize, words: &[&str]| {
        text.get(..start).is_some_and(|before| {
            let before = before.trim_end_matches(' ');
            words.iter().any(|w| before.ends_with(w))
        })
    };
    match term.rsplit_once('…') {
        Some((_, last)) => hit
            .end
            .checked_sub(last.len())
            .is_some_and(|start| after(start, &NOT_YET) || after(start, &ABOUT_TO)),
        None => after(hit.start, &ABOUT_TO),
    }
}

/// How many negations stand in the scope of the term at `start..end`: walking back from it
/// over negation cues and [`NEGATION_GAP`] characters, within its clause; and whether the
/// walk passed over a cause (only a modal negation reaches across one).
fn negation_count(
    text: &str,
    start: usize,
    end: usize,
    by_end: &[CueHit],
    lexicon: &Lexicon,
    breaks: &Breaks,
) -> (usize, bool) {
    let clause_start = breaks.clause_start(start);
    let is_negation = |c: &&CueHit| {
        lexicon.cues[c.cue].kind == CueKind::Negation
            && c.start >= clause_start
            && !asks_either_way(text, c)
            && !is_but(text, c)
            && !is_must(text, c, clause_start)
            && !is_dare(text, c, breaks)
            && !is_other(text, c)
    };
    // A negation that shares its last characters with the term's first (不要 before
    // 要跳河) stands before it all the same.
    let overlapping = by_end[by_end.partition_point(|c| c.end <= start)..]
        .iter()
        .take_while(|c| c.end < end)
        .filter(|c| c.start < start)
        .filter(is_negation)
        .min_by_key(|c| c.start);
    let mut pos = overlapping.map_or(start, |c| c.start);
    let mut count = usize::from(overlapping.is_some());
    let mut gap = 0;
    // Where the walk passed over a cause (为这个, 为了那点钱, 因为这点事): only a modal
    // negation reaches across it ([`MODAL_NEGATIONS`]), not 不是 (不是因为你 我想死 denies the
    // cause, not the wish).
    let mut across_cause = false;
    while pos > clause_start {
        let first = by_end.partition_point(|c| c.end < pos);
        let negation = by_end[first..]
            .iter()
            .take_while(|c| c.end == pos)
            .filter(is_negation)
            .max_by_key(|c| c.end - c.start);
        if let Some(cue) = negation {
            if count == MAX_NEGATIONS
                || across_cause && !MODAL_NEGATIONS.iter().any(|m| text[..cue.end].ends_with(m))
            {
                break;
            }
            count += 1;
            pos = cue.start;
            gap = 0;
            continue;
        }
        let Some(prev) = text[..pos].chars().next_back() else {
            break;
        };
        if prev == '就' && begins_consequence(&text[..pos - prev.len_utf8()]) {
            break;
        }
        if gap < NEGATION_GAP_CHARS && NEGATION_GAP_SORTED.binary_search(&prev).is_ok() {
            pos -= prev.len_utf8();
            gap += 1;
        } else if let Some(at) = (!across_cause && count == 0)
            .then(|| cause_before(&text[clause_start..pos]))
            .flatten()
        {
            pos = clause_start + at;
            gap = 0;
            across_cause = true;
        } else {
            break;
        }
    }
    (count, across_cause)
}

/// Words right after a reported-speech frame (游戏里, 网上) that make it the origin of a
/// real quarrel or acquaintance rather than a story ([`CueIndex::new`]).
const MET_IN_A_FRAME: [&str; 10] = [
    "结的仇",
    "结下的仇",
    "结了仇",
    "结仇",
    "认识的",
    "对骂的",
    "骂过的",
    "吵起来的",
    "吵过架的",
    "约出来",
];

/// Words that open a clause after a frame standing alone and tell what is real, not the
/// dream or the game (做了个梦，醒来发现他真的拿刀站在床边).
const REAL_AFTER_A_FRAME: [&str; 9] = [
    "醒来",
    "醒了",
    "醒过来",
    "一睁眼",
    "睁开眼",
    "结果",
    "没想到",
    "现实",
    "真的",
];

/// Negations of what one would do, which reach across a cause told between them and the
/// term (不会为这个去寻死, 才不会为了那点钱寻短见, 犯不着因为这点事想不开, 还没傻到为这个寻短见).
const MODAL_NEGATIONS: [&str; 9] = [
    "不会",
    "不可能",
    "犯不着",
    "犯不上",
    "没必要",
    "不至于",
    "不值得",
    "不能",
    "没傻到",
];

/// Most characters of a cause (为了那点钱) between a modal negation and its term.
const CAUSE_CHARS: usize = 6;

/// Where a cause that ends `before` begins: the 为, 为了 or 因为 that opens it, at most
/// [`CAUSE_CHARS`] characters back; none if there is none, or if what follows it is told
/// as done (不会再为他哭了 我想死: a clause of its own, not a cause).
fn cause_before(before: &str) -> Option<usize> {
    let from = clause_tail(before, CAUSE_CHARS, |_| true);
    let at = from + before[from..].rfind('为')?;
    let cause = &before[at + '为'.len_utf8()..];
    let cause = cause.strip_prefix('了').unwrap_or(cause);
    (!cause.contains('了')).then(|| before[..at].strip_suffix('因').map_or(at, str::len))
}

/// Characters that may stand right before a 就 that a negation still reaches across: the
/// negation itself (不就是) and the modals of 不会就这样, 不能就这么.
const BEFORE_NEGATED_JIU: &str = "不没别会能想要敢是";

/// Whether a 就 after `before` begins the consequence of a condition (不还*就*剁他手指,
/// 不去*就*砍死我): the negation before it denies the condition, not what 就 leads to. It
/// does where 就 follows the negation or a modal (不就是, 不会就这样).
fn begins_consequence(before: &str) -> bool {
    before
        .chars()
        .next_back()
        .is_some_and(|c| !BEFORE_NEGATED_JIU.contains(c))
}

/// Whether an `unreachable` cue of `category` (电话打不通, 门从里面锁着) starts at or after
/// `from` (normalised bytes): the one that a signal at `from` is about cannot be reached now.
/// For the wording model's signals, which no cue is read around ([`analyse`] reads the
/// phrases').
pub(crate) fn unreachable_from(
    lexicon: &Lexicon,
    cues: &[CueHit],
    category: Category,
    from: usize,
) -> bool {
    cues.iter().any(|c| {
        let cue = &lexicon.cues[c.cue];
        cue.kind == CueKind::Unreachable && cue.categories.contains(category) && c.start >= from
    })
}

/// A work's title in 《》 (《挪威的森林》): a book, film, song or show the message is about.
fn has_title_marks(original: &str) -> bool {
    original.find('《').is_some_and(|open| {
        original[open..]
            .find('》')
            .is_some_and(|close| (2..=40).contains(&original[open..open + close].chars().count()))
    })
}

/// A notice in question-and-answer form: 问：…答：… or Q：…A：….
fn has_question_and_answer(original: &str) -> bool {
    let marked = |labels: [&str; 4]| labels.iter().any(|label| original.contains(label));
    marked(["问:", "问：", "Q:", "Q："]) && marked(["答:", "答：", "A:", "A："])
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Category, Detector, Level, Message};

    #[test]
    fn question_and_answer_layout_needs_both_labels_with_either_colon() {
        assert!(has_question_and_answer(
            "问：对方说是客服怎么办？答：挂断电话，拨打96110"
        ));
        assert!(has_question_and_answer(
            "Q: 要我下载会议软件? A: 一律是诈骗"
        ));
        assert!(has_question_and_answer("问:刷单返利 答：全是诈骗"));
        assert!(!has_question_and_answer("问：这个客服让我下载软件是真的吗"));
        assert!(!has_question_and_answer("我问他答应了没有"));
    }

    /// Every text's level passes `ok`; the failures are listed all at once.
    fn each(level: &impl Fn(&str) -> Level, texts: &[&str], ok: impl Fn(Level) -> bool) {
        let wrong: Vec<String> = texts
            .iter()
            .map(|t| (t, level(t)))
            .filter(|&(_, l)| !ok(l))
            .map(|(t, l)| format!("{t}: {l:?}"))
            .collect();
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    #[test]
    fn a_modal_negation_reaches_across_a_cause_but_not_is_not_because() {
        apart(
            Category::SelfHarm,
            Level::Medium,
            &[
                "不是因为你我想死",
                "我不会再为他哭了我想死",
                "因为太累了 我想死",
            ],
            &[
                "我才不会为那点钱寻短见 大不了从头再来",
                "我又不会为这个去寻死",
                "我不会为了他去死的",
                "犯不着为了这点事想死",
                "我还没傻到为这个寻短见",
                "才没傻到为了一次考试想不开",
            ],
        );
    }

    #[test]
    fn a_wish_told_as_past_then_a_present_that_says_nothing_of_it_is_resolved() {
        apart(
            Category::SelfHarm,
            Level::Medium,
            &[
                "以前想过自杀 现在每天都在想怎么死",
                "以前觉得活着没意思 现在还是这样",
                "以前想过不活了 现在又开始想了",
                "前年吃过一次药 洗了胃 现在好一点 但有时候还会想",
            ],
            &[
                "前几年真想过不活了 现在孩子都上大学了 日子挺好",
                "那阵子天天想死 后来搬去女儿家住 现在每天跳广场舞",
                "以前觉得活着没意思 如今开了个小店 忙得很",
            ],
        );
    }

    #[test]
    fn a_dream_or_a_game_frames_the_writers_own_blows_but_a_video_call_frames_nothing() {
        // The frame opens the clause: what happens to the writer in it is not real.
        apart(
            Category::Dispute,
            Level::Critical,
            &["他拿刀追我 我躲在厕所里", "他刚才拿刀砍我 我跑出来了"],
            &[
                "昨晚梦到有个人拿刀砍我 醒来一身冷汗",
                "做噩梦了 梦里他一直在打我",
                "游戏里那个人一直开车撞死我 烦死了",
            ],
        );
        // A video call shows someone real; a clip scrolled past does not.
        apart(
            Category::SelfHarm,
            Level::Critical,
            &["视频里我妹站在天台边上 说最后看我一眼"],
            &[
                "刷到一个视频里有人站在天台边上 好吓人",
                "视频里那个女的说不想活了 评论区都在骂",
            ],
        );
        // The writer's own payment inside a frame is still the writer's loss.
        let fraud = level_in(Category::FraudVictim);
        assert_eq!(
            fraud("直播间认识的主播让我刷礼物 我刷了两万 现在联系不上了"),
            Level::Critical
        );
    }

    /// The level a default detector gives a text in `category`.
    fn level_in(category: Category) -> impl Fn(&str) -> Level {
        let detector = Detector::builder().build().expect("default detector");
        move |text| {
            detector
                .assess(&Message::new(text))
                .category(category)
                .level
        }
    }

    /// In `category`, a default detector rates every text of `risky` `floor` or above and
    /// every text of `harmless` low or under.
    fn apart(category: Category, floor: Level, risky: &[&str], harmless: &[&str]) {
        let level = level_in(category);
        each(&level, risky, |l| l >= floor);
        each(&level, harmless, |l| l <= Level::Low);
    }

    #[test]
    fn an_overdose_told_in_the_words_of_a_meal_is_not_silenced_by_them() {
        // 我已经吃了 你们先吃 is a meal, and no allow phrase: beside the pills it is the act.
        let level = level_in(Category::SelfHarm);
        each(
            &level,
            &[
                "一瓶安眠药我已经吃了 你们先吃吧 别等我了",
                "半瓶药我都吃了 你们先吃饭 不用等我",
            ],
            |l| l >= Level::High,
        );
    }

    #[test]
    fn money_not_taken_is_no_loss() {
        apart(
            Category::FraudVictim,
            Level::Critical,
            &["我卡里的钱被转走了三万", "钱刚被转走 客服电话打不通了"],
            &["还好钱都在 没被转走", "钱没有被转走 银行拦下来了"],
        );
    }

    #[test]
    fn a_rope_for_a_move_is_no_preparation_a_rope_tied_up_is() {
        apart(
            Category::SelfHarm,
            Level::High,
            &[
                "绳子买好了 绑在阳台那根管子上 今晚",
                "绳子买好了 明天绑好就走",
            ],
            &["家里的绳子放哪了 明天搬家要捆箱子", "绳子买好了 周六打包"],
        );
    }

    #[test]
    fn a_threat_whose_author_is_at_the_door_is_imminent_violence() {
        apart(
            Category::Dispute,
            Level::Critical,
            &[
                "他说要划烂我的脸 人已经在路上了",
                "他放话要打断我两条腿 现在堵在楼下了",
            ],
            &["快递小哥已经在楼下了", "人已经在路上了 马上就到了"],
        );
        // The threat alone is a threat to harm: high.
        let level = level_in(Category::Dispute);
        each(
            &level,
            &["他说要划烂我的脸", "他放话要打断我两条腿"],
            |l| l == Level::High,
        );
    }

    #[test]
    fn a_blow_told_as_under_way_is_an_assault_in_progress_one_told_as_done_is_not() {
        let level = level_in(Category::Dispute);
        // The progressive 在 after a subject, an adverb or opening the clause, and a hold
        // with nothing told as done after it.
        each(
            &level,
            &["她老公还在扇她耳光", "在被他们踹", "他揪着我头发往墙上撞"],
            |l| l == Level::Critical,
        );
        // The same holds told as over, and the 在 of where a blow landed: violence that
        // happened.
        each(
            &level,
            &[
                "他揪着我头发往地上拖 拖完就走了",
                "上周他掐着我脖子 我报过警了",
                "一巴掌打在脸上 眼睛都肿了",
            ],
            |l| l == Level::High,
        );
    }

    #[test]
    fn a_loss_of_the_writers_own_people_outweighs_a_notice_a_strangers_does_not() {
        apart(
            Category::FraudVictim,
            Level::Critical,
            &[
                "#反诈# 我爸刚刚被骗了八万 怎么办",
                "【反诈提醒】我妈被冒充客服的骗走了两万 大家注意",
            ],
            &[
                "【以案说法】近日，我市市民王女士接到自称快递客服的电话，最终被骗12.8万元",
                "警方提醒：近日一女子被骗30万",
                "国家反诈中心提醒：他被骗了三万 一定要警惕",
                // An office speaking of itself is no one of the writer's.
                "【XX银行】温馨提示：警惕冒充公检法诈骗，我行不会要求您将资金转入安全账户",
                "我司提醒：我司不会要求您把钱转到安全账户，谨防诈骗",
            ],
        );
    }

    #[test]
    fn a_notice_word_a_caller_claimed_as_who_they_are_is_no_notice() {
        let longest = CLAIMS.iter().map(|c| c.chars().count()).max();
        assert_eq!(longest, Some(LONGEST_CLAIM_CHARS));
        apart(
            Category::FraudVictim,
            Level::Critical,
            &[
                "刚才转了九万 对方说他是市局反诈中心的 说我账户涉案要核查 现在打不通",
                "一个自称国家反诈中心的让我把钱转过去核查 我转了三万",
            ],
            &[
                "国家反诈中心提醒：凡是自称公检法要求转账的都是诈骗",
                "【XX银行】警惕冒充客服诈骗 本行不会要求您提供验证码或进行屏幕共享",
            ],
        );
    }

    #[test]
    fn a_degree_complement_lowers_a_wish_but_not_a_deed_it_drove_the_writer_to() {
        apart(
            Category::SelfHarm,
            Level::High,
            &["被他气得吃了一瓶安眠药 现在头好晕", "被老公气得割了手腕"],
            &["气得我想死", "被他气得要死", "累得想死", "今天累得我想死"],
        );
    }

    #[test]
    fn a_frame_that_is_its_clause_frames_the_next_one_and_no_further() {
        apart(
            Category::Dispute,
            Level::Medium,
            &[
                "做了个梦，醒来发现他真的拿刀站在我床边",
                "做了个梦，吓醒了，他真的拿着刀站在我床边",
                "刚打完一局游戏，他拿刀冲进来了",
            ],
            &[
                "做了个梦，有人拿刀站在我床边",
                "昨晚开黑 对面一直追着我砍",
                "梦里 有人拿刀追我",
                "电视剧里，男主拿刀砍人",
            ],
        );
    }

    #[test]
    fn a_degree_complement_reaches_over_dou_and_a_queue_or_a_wait_is_one() {
        apart(
            Category::SelfHarm,
            Level::Medium,
            &["我都想死了", "活着太累了 我都想死了", "等了他三年 我想死"],
            &[
                "累得我都想死了",
                "气得都想死",
                "忙得人都想死",
                "排队排得我想死",
                "等车等得我都想死了",
                "早高峰挤得人都想死",
                "堵得我想死 一个小时没动",
            ],
        );
    }

    #[test]
    fn a_sellers_bargaining_joke_is_no_wish_however_the_seller_goes() {
        apart(
            Category::SelfHarm,
            Level::Medium,
            &["他再逼我 我就要去跳河了", "你们再来要债 我就去跳楼"],
            &[
                "再便宜她就要去跳江了",
                "这价再低我就要去跳河了",
                "老板说再降价他就要去跳楼了",
                "再砍我就跳楼",
                "老板说再便宜就要上吊了 我还是砍到八十拿下了",
            ],
        );
    }

    #[test]
    fn a_past_wish_followed_by_a_good_life_now_is_resolved_a_present_one_is_not() {
        // A resolution after a wish lowers it (SPEC §3: resolved past); a good life told
        // without 现在 right before it (日子挺好, 状态很好, 每天挺充实) is one. What a
        // goodbye wishes the others (你们一切都好就行) is not.
        apart(
            Category::SelfHarm,
            Level::Medium,
            &["我不想活了 你们一切都好就行", "活着没意思 看别人都挺开心的"],
            &[
                "我前些年也想过不活了 现在有了孙子 日子挺好的",
                "以前割过手腕 那是好久以前的事了 现在状态很好",
                "那年真想过一了百了 现在在菜场卖菜 每天挺充实的",
            ],
        );
    }

    #[test]
    fn a_quarrel_or_a_beating_long_over_between_people_close_now_is_resolved() {
        apart(
            Category::Dispute,
            Level::Medium,
            &[
                "我爸昨天又打我了 我们关系很差",
                "婆婆天天跟我吵 今天还动手推我",
            ],
            &[
                "小时候我爸经常打我 现在我们关系挺好",
                "以前跟婆婆天天吵 现在我们处得很好",
                "我哥揍我那都是小时候的事了",
            ],
        );
    }

    #[test]
    fn reassurance_resolves_a_wish_but_not_an_act_under_way_the_means_made_ready_or_a_goodbye() {
        apart(
            Category::SelfHarm,
            Level::High,
            &[
                "已经吃了三十粒 别担心 很快就不痛了",
                "不用担心 吃了二十颗 睡着了就过去了",
                "遗书放在抽屉里了 不用担心我",
                "以后爸妈就拜托你了 别担心我",
            ],
            &[
                "有时候真想死了算了 别担心 我就是发发牢骚",
                "我以前也想过死 别担心 现在好多了",
                "别担心 我不会做傻事的",
                "上次吃药被送去洗胃 不用担心 已经没事了",
            ],
        );
    }

    #[test]
    fn handing_over_the_means_for_fear_of_using_them_is_an_urge_and_a_snack_is_not() {
        apart(
            Category::SelfHarm,
            Level::High,
            &[
                "帮我保管一下我的刀片 我怕我忍不住",
                "安眠药你帮我收着吧 我怕我控制不住自己",
            ],
            &[
                "零食放你那 我怕我忍不住全吃了",
                "钥匙帮我保管一下 我怕我忍不住又去找他",
            ],
        );
    }

    #[test]
    fn an_a_not_a_question_asks_and_does_not_deny() {
        // Risky: the same character on both sides of 不 or 没 asks, and the term stands.
        // Harmless: a plain negation still denies; so does one after a question.
        apart(
            Category::SelfHarm,
            Level::Medium,
            &[
                "警官你能不能帮我跟我妈说声对不起",
                "在想要不要就这样死掉算了",
                "我是不是不想活了",
            ],
            &["我没有想过自杀", "我不会自杀的", "能不能别问了 我不想死"],
        );
    }

    #[test]
    fn playing_games_is_the_writers_life_and_a_game_s_plot_a_story() {
        apart(
            Category::SelfHarm,
            Level::Medium,
            &[
                "天天玩游戏 成绩一塌糊涂 活着真没意思",
                "玩游戏充值被骗了两千 不敢跟爸妈说 没脸活下去了",
            ],
            &["我在玩游戏 游戏里我跳楼了哈哈", "游戏中角色自杀那段好感人"],
        );
    }

    #[test]
    fn a_frame_that_opens_the_clause_holds_the_writers_own_part_in_the_story() {
        // A game, a dream, a drama or a murder-mystery game at the head of the clause: what
        // the writer does or suffers there is inside it.
        apart(
            Category::Dispute,
            Level::Critical,
            &[
                "他刚才视频里拿着刀说要来砍死我",
                "我老公视频里拿着刀 说今晚回来弄死我",
            ],
            &[
                "游戏里我被他一刀砍死了 气死",
                "梦见我拿刀砍人 吓醒了",
                "游戏里他拿着砍刀追我 笑死",
                "电视剧里我最喜欢男主拿刀冲进去救人那段",
            ],
        );
        // Someone named before the frame is someone real seen through it.
        apart(
            Category::SelfHarm,
            Level::High,
            &["我男朋友刚才视频里割腕了 电话也打不通"],
            &[
                "剧本杀今晚我抽到的角色是跳楼死的",
                "游戏里我跳楼了 复活了再打",
            ],
        );
    }

    #[test]
    fn a_payment_told_as_the_condition_of_a_promise_is_a_step_asked_for_not_money_gone() {
        let level = level_in(Category::FraudVictim);
        each(
            &level,
            &[
                "对方说转了就给你解冻 我还没转",
                "客服说把钱存进去就帮我处理",
                "网贷平台说交了就能放款 这是真的吗",
                "卖号的买家说我交了就能提现",
            ],
            |l| l == Level::High,
        );
        // What happened once the money was gone, after the same 就: money gone.
        each(
            &level,
            &[
                "刚转完就发现不对 一万二没了",
                "交了钱他就拉黑了 三千块",
                "转了就联系不上了 五千多",
            ],
            |l| l == Level::Critical,
        );
    }

    #[test]
    fn a_payment_asked_for_is_a_step_not_money_gone() {
        let level = level_in(Category::FraudVictim);
        each(
            &level,
            &[
                "自称检察院的 要我把钱转到安全账户 我现在在银行",
                "客服让我把额度借出来转到监管账户",
                "那个警官叫我把存款转到清查账户 说查完就退",
            ],
            |l| l == Level::High,
        );
        // Asked for, then made: money gone.
        each(
            &level,
            &[
                "自称检察院的 要我把钱转到安全账户 我全照做了",
                "客服让我把额度借出来转到监管账户 两万都转了",
                "警察按其要求将存款转入安全账户 共计五万",
                "让我在支付宝里操作 被转走七千",
            ],
            |l| l == Level::Critical,
        );
    }

    #[test]
    fn other_is_no_negation() {
        // 别的 is "other", and the question after it stands (别 alone forbids: 别想不开).
        let level = level_in(Category::SelfHarm);
        each(
            &level,
            &["别的农药哪种最快", "百草枯买不到了 别的农药哪种最快"],
            |l| l >= Level::High,
        );
        assert!(level("别想不开") <= Level::Low);
    }

    #[test]
    fn see_if_i_dont_is_no_negation() {
        // Risky: 看我不… swears what follows. Harmless: 不 after anyone else denies it.
        apart(
            Category::Dispute,
            Level::High,
            &[
                "我现在就去厂里 看我不砍死他",
                "你等着 看老子不弄死你",
                "今天不削他一顿我不姓陈",
            ],
            &["我不会砍死他的 放心", "看他不顺眼 但我不会弄死他"],
        );
    }

    #[test]
    fn but_is_no_negation() {
        // Risky: 不过 is "but" or "merely", and what follows it stands. Harmless: 没…过 and
        // 不会 still deny.
        apart(
            Category::SelfHarm,
            Level::Medium,
            &[
                "开玩笑的 不过绳子是真的买了 今晚就用",
                "不过我真的想死",
                "我只不过是想死而已",
                "说是说没事 不过安眠药我已经攒够了",
            ],
            &["我从来没想过自杀", "我不会自杀的 不过最近压力很大"],
        );
    }

    #[test]
    fn must_is_no_negation() {
        // Risky: 非…不可 is "must", and what follows 不可 is done (the knife already on
        // him). Harmless: 不可 alone forbids, and 不可以 denies.
        apart(
            Category::SelfHarm,
            Level::Medium,
            &["非逼我不可想死", "他们非逼死我不可想自杀"],
            &["千万不可想不开", "你不可以自杀"],
        );
        // The 不 of 不可 after a 非 of its own clause, and not after the 非 of 非常, 并非,
        // 除非 or 是非.
        let must = |text: &str| {
            let start = text.find("不可").expect("不可");
            let cue = CueHit {
                cue: 0,
                start,
                end: start + "不".len(),
            };
            is_must(text, &cue, 0)
        };
        assert!(must("我非弄死他不可"));
        assert!(must("非去不可"));
        for text in [
            "这事非常不可思议",
            "并非不可",
            "除非你来不可",
            "是非不可不分",
            "不可轻生",
        ] {
            assert!(!must(text), "{text}");
        }
    }

    #[test]
    fn a_negation_right_before_a_cue_negates_it() {
        let text = "不是开玩笑";
        assert!(negates_cue(text, Some("不".len()), "不是".len()));
        assert!(negates_cue("没开玩笑", Some("没".len()), "没".len()));
        // Coming or going to do it, denied: 不是来拍照的 on a rooftop.
        assert!(negates_cue(
            "不是来拍照的",
            Some("不".len()),
            "不是来".len()
        ));
        assert!(negates_cue("没去钓鱼", Some("没".len()), "没去".len()));
        assert!(!negates_cue(
            "不管了开玩笑",
            Some("不".len()),
            "不管了".len()
        ));
        assert!(!negates_cue(text, None, "不是".len()));
    }

    #[test]
    fn a_pasted_scam_text_the_resident_asks_about_is_no_notice() {
        let level = level_in(Category::FraudVictim);
        assert!(
            level("收到这个短信：【京东金融】温馨提示：您的学生账户未注销，将影响征信。这是真的吗")
                >= Level::Medium
        );
        // a notice that does not end by asking stays a notice
        assert!(
            level("【反诈提醒】凡是自称京东金融说学生账户未注销、影响征信的，都是诈骗！")
                < Level::Medium
        );
    }

    #[test]
    fn no_joke_keeps_a_threat_to_kill() {
        let level = level_in(Category::Dispute);
        assert_eq!(level("不是开玩笑，他真的说要杀了我"), Level::Critical);
        assert_eq!(level("我没开玩笑，他说要弄死我"), Level::Critical);
        // banter still lowers it
        assert!(level("你再迟到我就弄死你，开玩笑的哈哈") < Level::Medium);
    }

    #[test]
    fn a_laughing_face_before_a_space_is_banter_but_lowers_no_deed() {
        let level = level_in(Category::Dispute);
        // The face ends its phrase and is read, though words follow it.
        assert!(level("老公又把我的零食吃光了 我要砍死他😂 今晚罚他洗碗") < Level::Medium);
        assert!(level("你再熬夜打游戏我就弄死你🤣 说到做到") < Level::Medium);
        // A blade in a hand or a beating under way stays what it is.
        assert_eq!(
            level("他拿着菜刀说要砍死我😂 我躲在厕所里"),
            Level::Critical
        );
    }

    #[test]
    fn banter_begins_a_word_or_it_is_none() {
        let level = level_in(Category::Dispute);
        // 下把我 (next round, I …) is banter where it begins a word, not inside 楼下把我.
        assert_eq!(
            level("前男友在我单位楼下把我电动车轮胎捅破了 还说下一个就是你"),
            Level::Critical
        );
        assert!(level("下把我一定弄死你 这局先让你") < Level::Medium);
    }

    #[test]
    fn the_scammer_gone_is_no_resolution_of_a_scam_but_the_writer_leaving_is() {
        let detector = Detector::builder().build().expect("default detector");
        let resolved = |text: &str| {
            detector
                .assess(&Message::new(text))
                .signals()
                .iter()
                .filter(|s| s.category == Category::FraudVictim)
                .any(|s| s.modifiers.contains(&crate::Modifier::Resolved))
        };
        // Someone else leaves, or hangs up: the money is gone.
        assert!(!resolved("在游戏交易群买装备，转了他580块，他收钱就退群了"));
        assert!(!resolved("在交易群里买了个号 付了钱以后对方直接退群了"));
        // The writer leaves: resolved.
        assert!(resolved("被拉进一个投资群 看了两天我就退群了"));
        assert!(resolved("有个刷单群叫我做任务 我没理他 直接退群了"));
    }

    #[test]
    fn a_victim_who_paid_under_a_notice_outranks_it() {
        let level = level_in(Category::FraudVictim);
        // The writer paid: critical, notice or not.
        assert_eq!(
            level("【反诈提醒】凡是让你垫付的都是诈骗 可是我已经转了6800了 怎么办"),
            Level::Critical
        );
        assert_eq!(
            level("警方提醒：刷单就是诈骗。我已经转了两万给他们了"),
            Level::Critical
        );
        // Someone in a case report paid, or the notice only warns: still a notice.
        assert!(level("反诈宣传：有位大爷已经转了两万块给骗子，大家千万注意") < Level::Medium);
        assert!(level("【反诈提醒】凡是让你垫付的都是诈骗，转账前多想想") < Level::Medium);
    }

    #[test]
    fn a_complaint_about_a_purchase_is_no_fraud_but_a_scam_told_in_one_is() {
        let level = level_in(Category::FraudVictim);
        // Disappointment with goods or a stay: "cheated" is a figure of speech.
        each(
            &level,
            &[
                "这本书内容很一般，感觉上当了",
                "入住后才知道上当了，房间很旧，早餐也少",
                "质量太差了 掉色还起球 被骗了的感觉",
                "买的书封面和印刷都不行 真是上当受骗",
            ],
            |l| l < Level::Medium,
        );
        // The same words beside a scam script or a step taken with a scammer: a victim.
        each(
            &level,
            &[
                "网上买的衣服质量太差，客服说退款要先交保证金，我转了800",
                "看了好评就去做刷单任务 结果被骗了三千",
                "这本书是他推荐的理财平台送的 我在平台投了五万 现在提不了现",
            ],
            |l| l >= Level::Medium,
        );
        // The same loss without the register of a review stays what it was.
        assert_eq!(level("我被骗了三万 怎么办"), Level::Critical);
        // The 屏幕 of a device reviewed is the register of a review; the 屏幕共享 a fake
        // customer service asks for is not.
        apart(
            Category::FraudVictim,
            Level::Critical,
            &[
                "对方让我开屏幕共享 我卡里的钱一下子没了",
                "说是快递理赔 让我开了屏幕共享 然后钱就没了 八千多",
            ],
            &[
                "新买的笔记本屏幕太暗 电池也不行 感觉被骗了",
                "这手机屏幕有坏点 上当了 再也不买这家",
            ],
        );
    }

    #[test]
    fn a_weapon_or_a_blow_turned_on_oneself_is_self_harm_not_a_dispute() {
        let dispute = level_in(Category::Dispute);
        let self_harm = level_in(Category::SelfHarm);
        let turned_on_oneself = [
            "最近老控制不住想拿刀划自己 划完才睡得着",
            "拿皮带抽自己抽到青一块紫一块",
            "我拿棍子打自己的头 打到出血才停",
            "要是出个意外就好了 就不用自己动手了",
        ];
        each(&dispute, &turned_on_oneself, |l| l < Level::Medium);
        each(&self_harm, &turned_on_oneself, |l| l >= Level::Medium);
        // Someone else in the clause, or done to the writer: still a dispute.
        each(
            &dispute,
            &[
                "他拿刀要砍我 我真的不想活了",
                "被他打得青一块紫一块 不想活了",
                "我拿刀去找他 大不了一起死",
            ],
            |l| l >= Level::High,
        );
        // A blade held by someone who would take the writer with them: a threat to the
        // writer (跟我, 和我, 冲我), critical as a dispute, whatever 同归于尽 says of them.
        each(
            &dispute,
            &[
                "老公喝了酒 拿着菜刀说要跟我同归于尽 我躲在厕所",
                "他拿着刀在门口喊 要和我同归于尽",
            ],
            |l| l == Level::Critical,
        );
        // The blade of a cut told as one, and blood on the floor read as the act under way:
        // the self-harm's, whoever holds the blade; turned on someone else, a dispute.
        let cut = [
            "我女儿躲在房间拿刀片划胳膊 我刚发现",
            "表弟喝多了 拿刀割手腕 血流了一地",
        ];
        each(&self_harm, &cut, |l| l >= Level::High);
        apart(
            Category::Dispute,
            Level::Critical,
            &[
                "两个人吵起来 一个拿刀把另一个胳膊划开了 血流了一地",
                "他拿刀朝他老婆砍过去 血流了一地",
            ],
            &cut,
        );
    }

    #[test]
    fn only_a_self_harm_phrase_turns_a_weapon_on_the_writer_not_evidence_alone() {
        let dispute = level_in(Category::Dispute);
        let self_harm = level_in(Category::SelfHarm);
        // Self-harm evidence alone (谁先死, 汽油, 刀在包里) is no reason to read the
        // weapon as the writer's own.
        each(
            &dispute,
            &[
                "你们派出所又不管 那我自己解决 明天带刀过去 看谁先死",
                "拆迁拆了我的房子 明天背着汽油去拆迁办 谁也别想好过",
                "我现在就在他家楼下 刀在包里 你们别管",
            ],
            |l| l == Level::Critical,
        );
        // Beside a self-harm phrase, a blade made ready is the writer's own means.
        let own_means = ["今晚就自杀 刀我磨好了", "想割脉，刀片已经买好了"];
        each(&dispute, &own_means, |l| l < Level::Medium);
        each(&self_harm, &own_means, |l| l == Level::Critical);
        // A blade made ready is no dispute alone, and a weapon beside a threat is one.
        apart(
            Category::Dispute,
            Level::Critical,
            &[
                "我讲真的 匕首都买好了 他再碰我妹一下试试",
                "刀磨好了 明天去找他算账",
            ],
            &["刀磨好了 晚上杀鸡", "菜刀都买好了 新房就差锅碗了"],
        );
    }

    #[test]
    fn means_made_ready_beside_a_threat_to_someone_else_are_the_threats_not_a_wish() {
        let dispute = level_in(Category::Dispute);
        let self_harm = level_in(Category::SelfHarm);
        let threats = [
            "那个骗子我非砍了他不可 刀都买好了 谁也别劝",
            "他再来闹就捅死他 刀已经备好了 你们别拦",
            "今晚去把他家烧了 汽油都准备好了",
        ];
        // (Not the wording model: on 他再来闹我就捅死他 it reads 我就 as despair, high.)
        each(&dispute, &threats, |l| l == Level::Critical);
        each(&self_harm, &threats, |l| l < Level::Medium);
        // Told alone, or beside a wish of the writer's own, the same means are self-harm.
        each(&self_harm, &["刀片都买好了 别劝我了"], |l| {
            l >= Level::High
        });
        each(
            &self_harm,
            &["我先砍死他 然后我也不活了 刀买好了"],
            |l| l == Level::Critical,
        );
    }

    #[test]
    fn a_chore_as_degree_a_farewell_to_a_weekend_and_all_ones_might_are_no_wish() {
        // Despair worn in by an illness, a farewell to people, and a life staked stay.
        apart(
            Category::SelfHarm,
            Level::High,
            &[
                "病了三年 熬到不想活了",
                "永别了 我的家人",
                "我拼了这条命也要讨个说法",
            ],
            &[
                "下周要考三门 复习到不想活了",
                "作业多到不想活了",
                "开会开到想死",
                "永别了 我的周末 明天又要上班了",
                "永别了我的年终奖",
                "拼了老命赶货 终于装柜了",
            ],
        );
    }

    #[test]
    fn a_resident_who_saw_through_a_scam_at_once_is_no_victim_but_a_loss_told_after_stays() {
        apart(
            Category::FraudVictim,
            Level::Critical,
            &["客服让我开屏幕共享 我一看就知道是骗子 可是钱已经被转走了两万"],
            &[
                "刚才有个电话说我淘宝买的东西有质量问题 要给我退款 让我加他QQ 我一听就知道是骗子 挂了",
                "说我快递丢了要理赔 让我下载个app 一看就是骗子",
            ],
        );
    }

    #[test]
    fn asking_to_recover_or_stop_a_payment_is_money_gone_a_notice_of_one_is_not() {
        // Money can be stopped in the first hours (DOMAIN §2): a resident asking whether it
        // still can has paid, however the payment is told. A police note on a payment
        // stopped, a lawyer's column on recovering money, or a parcel to intercept is no
        // victim.
        apart(
            Category::FraudVictim,
            Level::Critical,
            &[
                "半小时前刚转的 还能追回来吗",
                "钱已经打过去了 能不能止付",
                "那个客服让我转的 你们能帮我追回吗",
                "五分钟前转的 求你们叫银行拦一下",
            ],
            &[
                "【止付成功】民警及时紧急止付 为群众挽回经济损失3万元",
                "律师在线解答：被骗的钱还能追回吗？记得第一时间报警",
                "快递寄错地址了 能不能拦下来",
                "借给同事的钱还能要回来吗",
            ],
        );
    }

    #[test]
    fn paying_as_told_or_a_balance_at_zero_is_a_loss_only_beside_a_sign_of_the_scam() {
        apart(
            Category::FraudVictim,
            Level::Critical,
            &[
                "按他说的转了三万 现在联系不上了",
                "照客服说的操作 转了两万 钱没了",
            ],
            &[
                "按照房东的要求交了押金 合同也签了",
                "余额清零了 月底了 下个月再说",
            ],
        );
    }

    #[test]
    fn one_ordinary_dose_is_no_overdose_but_a_bottle_or_pill_after_pill_is() {
        apart(
            Category::SelfHarm,
            Level::Critical,
            &[
                "安眠药已经吃了一瓶 睡个好觉",
                "药吃了一片又一片 停不下来 三十片了",
            ],
            &["安眠药已经吃了一片 睡个好觉", "头疼 布洛芬吃了一片 好多了"],
        );
    }

    #[test]
    fn a_scene_filmed_a_game_of_hide_and_seek_a_horror_film_and_kitchen_work_are_no_dispute() {
        apart(
            Category::Dispute,
            Level::Critical,
            &[
                "快来人 这里在打人 不是拍戏",
                "他拍戏回来就拿刀砍我",
                "我躲在衣柜里 他拿着刀在找我 不是捉迷藏",
                "他拿着菜刀剁我家的门",
            ],
            &[
                "快来人 这里在打人 拍戏呢",
                "楼下在拍短剧 一群人追着砍 吓我一跳",
                "玩捉迷藏 我躲在衣柜里 他找不到",
                "躲在被子里不敢出声 在看恐怖片",
                "猫在打架 拉不开",
                "去钓鱼 带上家伙",
                "拿着菜刀剁我家的饺子馅",
            ],
        );
    }

    #[test]
    fn prices_that_kill_a_knife_at_the_neck_conceded_and_animals_chased_are_no_dispute() {
        // Told of people the same words stay what they are (first); prices, a knife conceded
        // and animals chased are no dispute (second).
        apart(
            Category::Dispute,
            Level::Critical,
            &[
                "他拿刀架在我脖子上 我现在在厕所",
                "我爸拿着菜刀满院子追我妈",
                "他拿着棍子满院子追我 我躲在柴房里",
                "杀人了 快来人",
            ],
            &[
                "这菜价简直是杀人了",
                "房价杀人啊 年轻人怎么活",
                "就算拿刀架在脖子上也不会说的",
                "即使拿刀架在脖子上我也不卖这房子",
                "我儿子拿着棍子满院子追鸡",
                "奶奶拿着扫帚满院子撵鸡",
                "爷爷拿着竹竿赶鸭子下河",
                "我妈拿扫把满屋子追猫 猫躲床底下了",
                "家里两条狗又打起来了 毛掉一地",
            ],
        );
    }

    #[test]
    fn paying_again_is_a_loss_only_beside_a_sign_of_the_scam() {
        apart(
            Category::FraudVictim,
            Level::Critical,
            &[
                "刷单返利 前面返了 后面又充了两万 提不出来",
                "客服说操作失误 我又转了八千",
            ],
            &[
                "话费又充了一百 流量用太快",
                "这个月房租又转了两千 房东又涨价",
                "风扇不转 用力一吹又转了",
            ],
        );
    }

    #[test]
    fn swept_away_by_wind_or_water_is_no_money_taken() {
        apart(
            Category::FraudVictim,
            Level::Critical,
            &["钱被那个理财老师卷走了 二十万", "养老钱被他们卷走了"],
            &["衣服被风卷走了", "村里的桥被洪水卷走了"],
        );
    }

    #[test]
    fn a_negation_denies_a_condition_not_the_threat_that_follows_its_jiu() {
        let dispute = level_in(Category::Dispute);
        each(
            &dispute,
            &[
                "那边说不还就剁他手指",
                "他说我不去就砍死我",
                "放贷的说三天不还就弄死我",
            ],
            |l| l == Level::Critical,
        );
        // 就 after the negation itself or after a modal is still in its scope.
        let self_harm = level_in(Category::SelfHarm);
        each(
            &self_harm,
            &["我不会就自杀的 放心", "我不就是想死吗 又没真去"],
            |l| l < Level::Medium,
        );
    }

    #[test]
    fn a_wish_then_the_one_at_risk_out_of_reach_is_critical() {
        let self_harm = level_in(Category::SelfHarm);
        each(
            &self_harm,
            &[
                // a wish, then the phone; a means smelt, then a door; a cut, then a door
                "我表姐昨晚说活着太累了不想活了 今天一早电话就打不通了",
                "楼上一股煤气味 那家的老太太前几天说想死 门怎么敲都不开",
                "我同学刚说她在割手腕 现在宿舍门反锁了",
                // the wording model's signal, no phrase of the lexicons
                "他发消息说对不起大家 然后手机就关机了",
            ],
            |l| l == Level::Critical,
        );
        // Someone else out of reach before the wish; the call got through.
        each(
            &self_harm,
            &[
                "快递员电话一直打不通 烦死了 活着真没意思",
                "他说不想活了 后来打通了 人没事 在他妈家",
            ],
            |l| (Level::Medium..Level::Critical).contains(&l),
        );
        let detector = Detector::builder().build().expect("default detector");
        let a = detector.assess(&Message::new("她说不想活了 现在电话打不通"));
        assert!(
            a.signals()
                .iter()
                .any(|s| s.modifiers.contains(&crate::Modifier::Unreachable))
        );
    }

    #[test]
    fn a_negation_does_not_reach_across_the_huan_after_it() {
        // 不还 is a debt not repaid, the condition of a threat (不还打断你的腿), or the
        // rhetorical 不还是 (isn't it still): neither negates what follows.
        let dispute = level_in(Category::Dispute);
        each(
            &dispute,
            &["说好的月底不还打断你的腿", "欠的钱再不还废了你"],
            |l| l == Level::Critical,
        );
        let self_harm = level_in(Category::SelfHarm);
        assert!(self_harm("吃了药睡了一觉 醒来不还是想死") >= Level::Medium);
        // 还 before the negation leaves its scope as it was.
        assert!(self_harm("我还不想死 放心吧") < Level::Medium);
    }

    #[test]
    fn calling_someone_is_no_blow() {
        let level = level_in(Category::Dispute);
        each(
            &level,
            &[
                "打他原来的电话也打不通",
                "打对方的号码一直没人接",
                "昨天打她新的手机 关机了",
            ],
            |l| l < Level::Medium,
        );
        assert!(level("他冲上来就打他 打得头破血流") >= Level::High);
    }

    #[test]
    fn an_amount_paid_beside_a_scam_is_money_gone() {
        let level = level_in(Category::FraudVictim);
        each(
            &level,
            &[
                "花了八千八 卖家把我拉黑了",
                "带单老师跑了 我投的65万全没了",
                "网上认识的男朋友让我在他的平台投资 我陆陆续续投了二十多万 现在人不见了",
            ],
            |l| l == Level::Critical,
        );
        // An amount paid with no scam in sight, or asked for and not yet paid.
        assert_eq!(level("今天花了3000买了个新手机 挺好用"), Level::None);
        assert!(level("他让我交5000保证金 我还没交") < Level::Critical);
        // A notice's case report: the notice stands.
        assert!(level("【反诈提醒】市民王某在刷单平台投了二十多万 血本无归") < Level::Medium);
    }

    #[test]
    fn money_being_transferred_now_beside_a_scam_is_critical() {
        let level = level_in(Category::FraudVictim);
        // SPEC §1: being transferred now is critical, as money already gone.
        each(
            &level,
            &[
                "他说是公安局的 让我把钱转到安全账户 我正在转",
                "卖家说要先交2000订金才能看车 我正在转",
                "领奖要先交个税费 我正在付",
            ],
            |l| l == Level::Critical,
        );
        // Paying now with no scam in sight is nothing.
        each(
            &level,
            &[
                "我正在转账给房东 这个月房租",
                "物业费我正在交",
                "我正在付 你等一下",
            ],
            |l| l < Level::Medium,
        );
    }

    #[test]
    fn steps_taken_with_a_scammer_are_high_until_money_is_gone() {
        let level = level_in(Category::FraudVictim);
        // Several steps and script phrases add up to engaging, not to money gone.
        each(
            &level,
            &[
                "客服让我下了个会议软件 开了屏幕共享 现在他在指导我操作",
                "做了两单都返了 第三单说是三连单 要一次充5000 我现在在银行门口",
            ],
            |l| l == Level::High,
        );
        assert_eq!(level("客服让我开了屏幕共享 我被骗了三万"), Level::Critical);
    }

    #[test]
    fn money_sent_is_critical_however_it_is_told() {
        let level = level_in(Category::FraudVictim);
        each(
            &level,
            &[
                "刚把十二万转到他给的账户 说是认购原始股",
                "他让我把验证码告诉他 然后我的支付宝就少了9800",
                "兼职刷单 我垫了第一单三百块 他说还要做三单才能返",
                "网上认识的女朋友说她妈住院 我把钱全打给她了 十几万 现在联系不上",
            ],
            |l| l == Level::Critical,
        );
        // An amount asked for, not sent.
        assert!(level("他让我把十二万准备好 说明天转到他给的账户") < Level::Critical);
        assert!(level("网上认识的女朋友说她妈住院 让我转给她五万 我还没转") < Level::Critical);
    }
}
