//! Scoring: signal weights → per-category score in [0, 1] → level, then the level rules
//! of SPEC §1 and the recall rule of SPEC §2.

use crate::assessment::{Category, CategoryScore, Kind, Level, Modifier, Signal, Subject};
use crate::lexicon::Entry;

/// Score from which a category is at least medium.
pub(crate) const MEDIUM: f32 = 0.35;
/// Score from which a category is at least high.
pub(crate) const HIGH: f32 = 0.6;
/// Score from which a category is critical.
pub(crate) const CRITICAL: f32 = 0.85;
/// The weight of a wording-model signal: medium on its own, and with weak phrases of its
/// category (evidence it anchors, a low word) at most high.
pub(crate) const WORDING: f32 = 0.4;
/// The weight of a wording-model signal whose "high or above" head fired: high on its own.
pub(crate) const WORDING_HIGH: f32 = 0.6;
/// The weight of a wording-model signal whose "critical" head fired beside a phrase of its
/// category that counts on its own: critical.
pub(crate) const WORDING_CRITICAL: f32 = CRITICAL;

/// Highest weight a hyperbolic hit (累得想死) keeps: low at most.
const HYPERBOLE_CAP: f32 = 0.2;
/// Highest score a category keeps when every hit in it is hyperbole: low, however many.
const HYPERBOLE_TOTAL_CAP: f32 = MEDIUM - 0.01;
/// Share of its weight a hit told as past and resolved keeps.
const RESOLVED_FACTOR: f32 = 0.2;

/// The default recall factor (SPEC §2: configurable; no published calibration).
pub const DEFAULT_RECALL_FACTOR: f32 = 1.5;

/// The level a score alone gives.
pub(crate) fn level_of(score: f32) -> Level {
    if score >= CRITICAL {
        Level::Critical
    } else if score >= HIGH {
        Level::High
    } else if score >= MEDIUM {
        Level::Medium
    } else if score > 0.0 {
        Level::Low
    } else {
        Level::None
    }
}

/// The lowest score of a level, so that a level raised by a rule keeps score and level in
/// agreement.
pub(crate) fn floor_of(level: Level) -> f32 {
    match level {
        Level::None | Level::Low => 0.0,
        Level::Medium => MEDIUM,
        Level::High => HIGH,
        Level::Critical => CRITICAL,
    }
}

/// The modifiers that lower a hit to low ([`HYPERBOLE_CAP`]): hyperbole and banter, a
/// review's disappointment, an everyday scene, a message that reads unlike a crisis.
const CAPPED: [Modifier; 4] = [
    Modifier::Hyperbole,
    Modifier::Complaint,
    Modifier::Everyday,
    Modifier::Atypical,
];

/// A hit's weight after its context: cancelled, capped or lowered.
pub(crate) fn contextual_weight(weight: f32, modifiers: &[Modifier]) -> f32 {
    let mut w = weight;
    for modifier in modifiers {
        match modifier {
            Modifier::Negated
            | Modifier::Reported
            | Modifier::Awareness
            | Modifier::SelfDirected
            | Modifier::Unsupported => w = 0.0,
            m if CAPPED.contains(m) => w = w.min(HYPERBOLE_CAP),
            Modifier::Condition => w = w.min(HIGH),
            Modifier::Resolved => w *= RESOLVED_FACTOR,
            _ => {}
        }
    }
    w
}

/// Self-harm kinds that say the writer wants to die or has hurt themself (the wording
/// model's signal included: it fires on wishes the lexicons did not name).
fn is_wish(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::PassiveWish
            | Kind::Hopelessness
            | Kind::Burden
            | Kind::Ideation
            | Kind::SelfInjury
            | Kind::MethodQuestion
            | Kind::PastAttempt
            | Kind::InProgress
            | Kind::SelfHarmWording
    )
}

/// Self-harm kinds that turn a wish into a crisis: how, where or when. (A goodbye, an act
/// under way and the means made ready are a crisis on their own: [`rule_level`].)
fn is_escalator(kind: Kind) -> bool {
    matches!(kind, Kind::Method | Kind::Place | Kind::Plan)
}

/// Evidence kinds specific enough to carry another kind of evidence: a method or the means
/// made ready (刀片买好了, a preparation), money gone or an amount, a weapon. (A dizzy head
/// and a time word do not make a crisis together.)
fn carries(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Method | Kind::Preparation | Kind::Loss | Kind::Money | Kind::Weapon
    )
}

/// Whether hits of these entries could give any signal at all: a term that counts on its
/// own, or evidence of two kinds one of which can carry the other (`money` tells whether
/// the text holds an amount, which fraud evidence may pair with). Used to skip
/// segmentation and context for messages that hold only lone evidence words.
pub(crate) fn may_signal<'a>(
    entries: impl Iterator<Item = &'a Entry>,
    money: impl FnOnce() -> bool,
) -> bool {
    let mut evidence: [Vec<Kind>; 3] = Default::default();
    for entry in entries {
        if !entry.flags.support {
            return true;
        }
        evidence[entry.category.index()].push(entry.kind);
    }
    let fraud = &evidence[Category::FraudVictim.index()];
    if fraud.iter().any(|&k| carries(k)) && money() {
        return true;
    }
    evidence.iter().any(|kinds| stands_together(kinds))
}

/// Whether evidence-only signals of these kinds count together: two kinds, one of which
/// can carry the other (跳楼 + 明天, 转了 + 两万 + 客服, 菜刀 + 打起来). A payment and an
/// amount alone are ordinary life (给我妈转了两千): they need a sign of a scam too, or a
/// second sign of loss (转了两万 + 联系不上).
fn stands_together(kinds: &[Kind]) -> bool {
    let losses = kinds.iter().filter(|&&k| k == Kind::Loss).count();
    kinds.iter().any(|&k| carries(k))
        && kinds.iter().any(|&k| k != kinds[0])
        && (losses >= 2 || !kinds.iter().all(|&k| matches!(k, Kind::Loss | Kind::Money)))
}

/// Whether a signal counts on its own in its category: a phrase, not evidence only, at
/// least medium after its context. Such a signal anchors the evidence of its category.
pub(crate) fn counts_alone(signal: &Signal, support: bool) -> bool {
    !support && signal.weight >= MEDIUM
}

/// Dispute kinds of the high rung and above: harm done or threatened, a weapon, an
/// assault under way, hiding. Without one of them (or a phrase weighing as much as the
/// high rung), a dispute is at most medium.
fn is_step(kind: Kind) -> bool {
    is_harm(kind) || is_critical_step(kind)
}

/// Dispute kinds of the critical rung: a weapon, a threat to kill, an assault under way,
/// hiding from an attacker.
fn is_critical_step(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Weapon | Kind::ThreatKill | Kind::AssaultInProgress | Kind::Hiding
    )
}

/// Dispute kinds that are harm done or threatened.
fn is_harm(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Violence | Kind::ThreatHarm | Kind::DomesticViolence | Kind::Gathering
    )
}

/// The noisy-or of the signals' weights: how a category's score adds them up.
pub(crate) fn noisy_or<'a>(signals: impl Iterator<Item = &'a Signal>) -> f32 {
    1.0 - signals.map(|s| 1.0 - s.weight).product::<f32>()
}

/// Score all categories of one message. `support[i]` says whether `signals[i]` is evidence
/// only; such a signal counts when its category has another signal that is at least medium
/// on its own. Signals' weights are set to what they counted with, and the recall modifier
/// is added where it applied.
///
/// Fraud is ranked by stage (SPEC §1): a message is critical only when money is gone — a
/// loss phrase, a term of critical weight, or an amount paid — and high only with a step
/// taken (a phrase weighing HIGH); script phrases alone stay medium, however many. A
/// dispute is high only with harm done or threatened, and critical only with a weapon, a
/// threat to kill, an assault under way, hiding, a level rule, or phrases that add up to
/// it without the wording model.
pub(crate) fn score(
    signals: &mut [Signal],
    support: &[bool],
    recalled: bool,
    recall_factor: f32,
) -> [CategoryScore; 3] {
    score_with(signals, support, recalled, recall_factor, true)
}

/// Score the signals of several messages of one sender together (a conversation): as
/// [`score`], without recall, and without the fraud stage cap — a story told over several
/// messages (a call, the steps, an installed app) may add up to more than any one of them.
pub(crate) fn score_across_messages(
    signals: &mut [Signal],
    support: &[bool],
    recall_factor: f32,
) -> [CategoryScore; 3] {
    score_with(signals, support, false, recall_factor, false)
}

fn score_with(
    signals: &mut [Signal],
    support: &[bool],
    recalled: bool,
    recall_factor: f32,
    stages: bool,
) -> [CategoryScore; 3] {
    // A threat to kill or to harm, or a weapon, of a dispute that counts on its own (one the
    // writer turns on themself has no weight: context.rs, self_directed) claims the means
    // made ready beside it (非捅了他不可 + 刀买好了 + 别劝我, 汽油准备好了 + 把那帮人烧了,
    // 要削他 + 刀就在包里): self-harm evidence that no self-harm phrase anchors does not add
    // up to a wish there. The message stays critical, as a dispute. Threats to harm since
    // 2026-12-07 (eighteenth session): 2 dev rows toward their labels, none away, no benign
    // line moved.
    let threat_to_others = (0..signals.len()).any(|i| {
        signals[i].category == Category::Dispute
            && matches!(
                signals[i].kind,
                Kind::ThreatKill | Kind::Weapon | Kind::ThreatHarm
            )
            && counts_alone(&signals[i], support[i])
    });
    Category::ALL.map(|category| {
        let members: Vec<usize> = (0..signals.len())
            .filter(|&i| signals[i].category == category)
            .collect();
        let anchored = members
            .iter()
            .any(|&i| counts_alone(&signals[i], support[i]));
        let claimed = category == Category::SelfHarm && threat_to_others;
        let evidence: Vec<Kind> = members
            .iter()
            .filter(|&&i| support[i] && signals[i].weight > 0.0)
            .map(|&i| signals[i].kind)
            .collect();
        // A victim who pastes or forwards a warning and says they paid (已经转了 + 6800
        // under 【反诈提醒】): the notice is the sign of a scam that a payment and an amount
        // otherwise lack, and a first-person loss outranks the notice (SPEC §1).
        let notice = members
            .iter()
            .any(|&i| signals[i].modifiers.contains(&Modifier::Awareness));
        let paid_in_notice = notice
            && members.iter().any(|&i| {
                support[i]
                    && signals[i].kind == Kind::Loss
                    && signals[i].weight > 0.0
                    && signals[i].subject == Subject::Writer
            })
            && evidence.contains(&Kind::Money);
        let mutual = (stands_together(&evidence) && !claimed) || paid_in_notice;
        // Asking whether it is real (是真的吗, 靠谱吗) about an odd contact that is in the
        // message (自称是银行, 陌生电话) is asking whether something is a scam (SPEC §1,
        // medium): the question is anchored by any plain signal of its category.
        let contact = members
            .iter()
            .any(|&i| !support[i] && signals[i].weight > 0.0);
        for &i in &members {
            let asks_about_contact = signals[i].kind == Kind::Suspicion && contact;
            if support[i] && !anchored && !mutual && !asks_about_contact {
                signals[i].modifiers.push(Modifier::Unsupported);
                signals[i].weight = 0.0;
            }
        }
        let active: Vec<&Signal> = members
            .iter()
            .map(|&i| &signals[i])
            .filter(|s| s.is_active())
            .collect();
        let mut result = CategoryScore {
            score: noisy_or(active.iter().copied()),
            level: Level::None,
        };
        // Hyperbole and banter lower a hit to low (SPEC §3); several of them in one
        // message (我把他打死了，他气得要弄死我哈哈) are still only talk, not a medium; so
        // are the words of one everyday scene (江滨公园…准备下水了, beside 水温正好), and a
        // message the wording model reads as no crisis at all (detector.rs, atypical).
        if !active.is_empty()
            && active.iter().all(|s| {
                s.modifiers.iter().any(|m| {
                    matches!(
                        m,
                        Modifier::Hyperbole | Modifier::Everyday | Modifier::Atypical
                    )
                })
            })
        {
            result.score = result.score.min(HYPERBOLE_TOTAL_CAP);
        }
        // Level rules read only signals that kept their full weight: a resolved or
        // hyperbolic mention does not combine into a crisis, nor a payment told as a
        // condition (交了就能放款) into money gone.
        let full: Vec<&Signal> = active
            .iter()
            .copied()
            .filter(|s| {
                !s.modifiers
                    .iter()
                    .any(|m| *m == Modifier::Resolved || CAPPED.contains(m))
            })
            .collect();
        let deeds: Vec<&Signal> = full
            .iter()
            .copied()
            .filter(|s| !s.modifiers.contains(&Modifier::Condition))
            .collect();
        let rule = rule_level(category, &deeds);
        result.level = level_of(result.score).max(rule);
        // An amount the writer (or the relative they speak of) paid, beside a scam signal
        // that counts on its own: money gone, critical (SPEC §1), however the scam is told.
        let paid = active
            .iter()
            .any(|s| s.kind == Kind::Money && s.modifiers.contains(&Modifier::Past));
        // What a critical fraud or dispute must tell, read only where the sum reached
        // critical. Fraud: money gone (a loss phrase, a term of critical weight). A dispute:
        // a weapon, a threat to kill, an assault under way or hiding, what the level rules
        // make critical (SPEC §1), or phrases that add up to it on their own (打得满脸是血 +
        // 关家里不让出门); harm done that only the wording model's reading lifts to critical
        // (抓花了我的脸 + 不肯赔, with the wording) is high. Self-harm: a level rule (a wish
        // with a method, a place or a time; a farewell, an act under way, the means made
        // ready), a phrase of critical weight, or a question seeking a method (SPEC §1, the
        // C-SSRS ladder): wishes, cuts and past attempts that only add up, however many, are
        // high (我死了大家都轻松 真想自杀). Over every dev row this moved 175 rows labelled
        // high or below down to their label and 11 labelled critical to high (要去跳江, an
        // ideation phrase whose place is inside it; a murder-suicide threat whose dispute
        // stays critical).
        let critical_told = || match category {
            Category::SelfHarm => {
                rule == Level::Critical
                    || deeds
                        .iter()
                        .any(|s| s.weight >= CRITICAL || s.kind == Kind::MethodQuestion)
            }
            Category::FraudVictim => deeds
                .iter()
                .any(|s| s.kind == Kind::Loss || s.weight >= CRITICAL),
            Category::Dispute => {
                rule == Level::Critical
                    || deeds
                        .iter()
                        .any(|s| is_critical_step(s.kind) || s.weight >= CRITICAL)
                    || noisy_or(
                        active
                            .iter()
                            .copied()
                            .filter(|s| s.kind != Kind::DisputeWording),
                    ) >= CRITICAL
            }
        };
        if category == Category::FraudVictim && anchored && paid && !notice {
            result.level = Level::Critical;
        } else if stages && result.level == Level::Critical && !critical_told() {
            result.level = Level::High;
            result.score = result.score.min(CRITICAL - 0.001);
        }
        if stages
            && category != Category::SelfHarm
            && result.level == Level::High
            && !full
                .iter()
                .any(|s| s.weight >= HIGH || (category == Category::Dispute && is_step(s.kind)))
        {
            // Words of the middle rung that add up, with no step taken (刷单 + 做任务返佣, 吵架
            // + 欠工资): a script aimed at the writer, or a quarrel, is medium (SPEC §1);
            // high is a step: engaging or a fee asked for, told by a phrase of that weight
            // (a low-weight request, 叫我加他QQ, is still the script), or harm done or
            // threatened, told by its kind (把我脸抓破 weighs 0.55).
            result.level = Level::Medium;
            result.score = result.score.min(HIGH - 0.001);
        }
        result.score = result.score.max(floor_of(result.level)).min(1.0);
        // Recall raises a category that has a signal (SPEC §2); a mention that context
        // already read as hyperbole, someone else's story or a notice is no such signal.
        if recalled && result.level > Level::None && !full.is_empty() && !discounted(&full) {
            result.level = result.level.raised();
            result.score = (result.score * recall_factor).clamp(floor_of(result.level), 1.0);
            for &i in &members {
                if signals[i].is_active() {
                    signals[i].modifiers.push(Modifier::Recalled);
                }
            }
        }
        result
    })
}

/// Whether every signal is one that context discounted: someone else's story, a notice, a
/// complaint about a purchase.
fn discounted(signals: &[&Signal]) -> bool {
    signals.iter().all(|s| {
        s.modifiers.iter().any(|m| {
            matches!(
                m,
                Modifier::Reported | Modifier::Awareness | Modifier::Complaint
            )
        })
    })
}

/// The level rules of SPEC §1: combinations of kinds that set a floor.
fn rule_level(category: Category, active: &[&Signal]) -> Level {
    let has = |pred: &dyn Fn(Kind) -> bool| active.iter().any(|s| pred(s.kind));
    // Two signals, one of each description, at different places: linear, not pairwise.
    let pair = |a: &dyn Fn(Kind) -> bool, b: &dyn Fn(Kind) -> bool| {
        let span = |s: &Signal| (s.start, s.end);
        let Some(x) = active.iter().find(|s| a(s.kind)) else {
            return false;
        };
        match active.iter().find(|s| b(s.kind) && span(s) != span(x)) {
            Some(_) => true,
            None => active
                .iter()
                .find(|s| b(s.kind))
                .is_some_and(|y| active.iter().any(|s| a(s.kind) && span(s) != span(y))),
        }
    };
    let marked = |m: Modifier| active.iter().any(|s| s.modifiers.contains(&m));
    let urgent = marked(Modifier::Urgency);
    match category {
        Category::SelfHarm => {
            let how = |k| matches!(k, Kind::Method);
            let when_or_where = |k| matches!(k, Kind::Plan | Kind::Place);
            // A farewell, an act in progress and the means made ready are critical on their
            // own (SPEC §1; DOMAIN §1: any behaviour, preparation included, is severe): a
            // goodbye, pills swallowed or pills saved up, told at full weight (not someone's
            // story, not a notice, not resolved), is a message the officer must read first.
            // A wish, a cut, a means or a place, then the one at risk out of reach (说想死 …
            // 电话打不通, 她说她割了 门从里面锁着, 一股烧炭的味道 门敲不开): an act may be
            // under way.
            let out_of_reach = active.iter().any(|s| {
                (is_wish(s.kind) || is_escalator(s.kind))
                    && s.modifiers.contains(&Modifier::Unreachable)
            });
            if has(&|k| matches!(k, Kind::Farewell | Kind::InProgress | Kind::Preparation))
                || pair(&is_wish, &is_escalator)
                || pair(&how, &when_or_where)
                || out_of_reach
            {
                Level::Critical
            } else {
                Level::None
            }
        }
        Category::FraudVictim => Level::None,
        Category::Dispute => {
            if has(&|k| k == Kind::Weapon) && active.len() > 1
                || urgent && has(&is_harm)
                || marked(Modifier::Ongoing)
            {
                Level::Critical
            } else {
                Level::None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::Subject;

    fn signal(category: Category, kind: Kind, weight: f32, at: usize) -> Signal {
        Signal {
            category,
            kind,
            term: String::new(),
            start: at,
            end: at + 3,
            char_start: at,
            char_end: at + 1,
            weight,
            modifiers: vec![],
            subject: Subject::Writer,
        }
    }

    /// Signals of one category, one per (kind, weight), nine bytes apart from the start.
    fn signals_of(category: Category, kinds: &[(Kind, f32)]) -> Vec<Signal> {
        kinds
            .iter()
            .enumerate()
            .map(|(i, &(kind, weight))| signal(category, kind, weight, 9 * i))
            .collect()
    }

    #[test]
    fn thresholds_map_scores_to_levels() {
        assert_eq!(level_of(0.0), Level::None);
        assert_eq!(level_of(0.1), Level::Low);
        assert_eq!(level_of(MEDIUM), Level::Medium);
        assert_eq!(level_of(HIGH), Level::High);
        assert_eq!(level_of(CRITICAL), Level::Critical);
    }

    #[test]
    fn wording_that_says_self_harm_with_a_step_of_the_ladder_is_critical() {
        // The wording model's signal speaks for a wish the lexicons did not name; beside a
        // time, a method or a goodbye it is the ideation-with-a-plan of SPEC §1.
        for (weight, step) in [
            (WORDING, Kind::Plan),
            (WORDING, Kind::Method),
            (WORDING_HIGH, Kind::Farewell),
        ] {
            let mut s = vec![
                signal(Category::SelfHarm, Kind::SelfHarmWording, weight, 0),
                signal(Category::SelfHarm, step, 0.3, 9),
            ];
            let scores = score(&mut s, &[false, true], false, 1.5);
            assert_eq!(scores[0].level, Level::Critical, "{step:?}");
        }
        // Alone, it is what its head says; the step alone is evidence of nothing.
        let mut s = vec![signal(
            Category::SelfHarm,
            Kind::SelfHarmWording,
            WORDING,
            0,
        )];
        assert_eq!(score(&mut s, &[false], false, 1.5)[0].level, Level::Medium);
        let mut s = vec![
            signal(Category::SelfHarm, Kind::SelfHarmWording, WORDING, 0),
            signal(Category::SelfHarm, Kind::Distress, 0.15, 9),
        ];
        assert_eq!(
            score(&mut s, &[false, false], false, 1.5)[0].level,
            Level::Medium
        );
    }

    #[test]
    fn means_made_ready_and_a_time_stand_together_a_place_and_a_time_do_not() {
        // 刀片买好了 + 今晚: two pieces of evidence, one of which (the preparation) is
        // specific enough to carry the other: critical (SPEC §1, a plan with means).
        let level = |first: Kind, second: Kind| {
            let mut s = vec![
                signal(Category::SelfHarm, first, 0.35, 0),
                signal(Category::SelfHarm, second, 0.3, 9),
            ];
            score(&mut s, &[true, true], false, 1.5)[0].level
        };
        assert_eq!(level(Kind::Preparation, Kind::Plan), Level::Critical);
        assert_eq!(level(Kind::Method, Kind::Plan), Level::Critical);
        // 楼顶 + 今晚 (airing the quilts tonight): neither carries the other.
        assert_eq!(level(Kind::Place, Kind::Plan), Level::None);
        // A preparation alone is evidence of nothing yet.
        let mut s = vec![signal(Category::SelfHarm, Kind::Preparation, 0.35, 0)];
        assert_eq!(score(&mut s, &[true], false, 1.5)[0].level, Level::None);
    }

    #[test]
    fn wishes_that_add_up_stay_high_without_a_step_of_the_ladder() {
        let level = |kinds: &[(Kind, f32)]| {
            let mut s = signals_of(Category::SelfHarm, kinds);
            let support = vec![false; s.len()];
            score(&mut s, &support, false, 1.5)[0]
        };
        // Three passive wishes, an ideation and a burden, a cut and a past attempt: their
        // noisy-or passes the critical threshold, but no method, place, time, farewell or
        // act under way is told (C-SSRS: a wish, however often said, is not a plan).
        for kinds in [
            &[(Kind::PassiveWish, 0.5); 3][..],
            &[(Kind::Ideation, 0.7), (Kind::Burden, 0.45)],
            &[(Kind::SelfInjury, 0.7), (Kind::PastAttempt, 0.7)],
        ] {
            let scored = level(kinds);
            assert_eq!(scored.level, Level::High, "{kinds:?}");
            assert!(scored.score < CRITICAL);
        }
        // A phrase that weighs critical on its own, a question seeking a method, or a
        // wish with a method still is.
        for kinds in [
            &[(Kind::PassiveWish, 0.5), (Kind::Ideation, 0.9)][..],
            &[(Kind::PassiveWish, 0.5), (Kind::MethodQuestion, 0.7)],
            &[(Kind::Ideation, 0.7), (Kind::Method, 0.3)],
        ] {
            assert_eq!(level(kinds).level, Level::Critical, "{kinds:?}");
        }
    }

    #[test]
    fn wish_with_method_is_critical_method_alone_is_nothing() {
        let mut s = vec![
            signal(Category::SelfHarm, Kind::PassiveWish, 0.5, 0),
            signal(Category::SelfHarm, Kind::Method, 0.3, 9),
        ];
        let scores = score(&mut s, &[false, true], false, 1.5);
        assert_eq!(scores[0].level, Level::Critical);
        assert!(scores[0].score >= CRITICAL);

        let mut s = vec![signal(Category::SelfHarm, Kind::Method, 0.3, 0)];
        let scores = score(&mut s, &[true], false, 1.5);
        assert_eq!(scores[0].level, Level::None);
        assert_eq!(s[0].modifiers, vec![Modifier::Unsupported]);
    }

    #[test]
    fn a_farewell_an_act_under_way_or_the_means_made_ready_is_critical() {
        // The self-harm level of two signals (kind, weight), `support` marking evidence.
        let level = |first: (Kind, f32), second: (Kind, f32), support: [bool; 2]| {
            let mut s = vec![
                signal(Category::SelfHarm, first.0, first.1, 0),
                signal(Category::SelfHarm, second.0, second.1, 9),
            ];
            score(&mut s, &support, false, 1.5)[0].level
        };
        // preparation + a time word (evidence, anchored by the preparation)
        let preparation_and_time =
            level((Kind::Preparation, 0.75), (Kind::Plan, 0.3), [false, true]);
        assert_eq!(preparation_and_time, Level::Critical);
        // farewell + a method (evidence)
        let farewell_and_method = level((Kind::Farewell, 0.65), (Kind::Method, 0.3), [false, true]);
        assert_eq!(farewell_and_method, Level::Critical);
        // farewell + preparation
        let both = level(
            (Kind::Farewell, 0.6),
            (Kind::Preparation, 0.6),
            [false, false],
        );
        assert_eq!(both, Level::Critical);
        // a farewell, an act in progress or the means made ready, alone at full weight,
        // is critical; one whose weight context took is not
        let alone = |kind: Kind, modifiers: Vec<Modifier>| {
            let mut s = vec![signal(Category::SelfHarm, kind, 0.6, 0)];
            s[0].modifiers = modifiers;
            score(&mut s, &[false], false, 1.5)[0].level
        };
        for kind in [Kind::Farewell, Kind::InProgress, Kind::Preparation] {
            assert_eq!(alone(kind, vec![]), Level::Critical, "{kind:?}");
            assert_eq!(
                alone(kind, vec![Modifier::Resolved]),
                Level::High,
                "{kind:?}"
            );
        }
        // a wish alone is not
        assert_eq!(alone(Kind::Ideation, vec![]), Level::High);
        // a place and a time without a goodbye, a wish or a method: no rule
        let place_and_time = level((Kind::Place, 0.3), (Kind::Plan, 0.3), [false, false]);
        assert_eq!(place_and_time, Level::Medium);
    }

    #[test]
    fn recall_raises_one_level_only_where_there_is_a_signal() {
        let mut s = vec![signal(Category::SelfHarm, Kind::Ideation, 0.7, 0)];
        let plain = score(&mut s.clone(), &[false], false, 1.5);
        let recalled = score(&mut s, &[false], true, 1.5);
        assert_eq!(plain[0].level, Level::High);
        assert_eq!(recalled[0].level, Level::Critical);
        assert_eq!(recalled[1].level, Level::None);
        assert!(s[0].modifiers.contains(&Modifier::Recalled));
    }

    #[test]
    fn a_question_about_an_odd_contact_is_a_suspicion() {
        // 自称是银行 (odd contact, low) + 是真的吗 (suspicion, evidence): medium
        let mut s = vec![
            signal(Category::FraudVictim, Kind::OddContact, 0.2, 0),
            signal(Category::FraudVictim, Kind::Suspicion, 0.4, 9),
        ];
        let scores = score(&mut s, &[false, true], false, 1.5);
        assert_eq!(scores[1].level, Level::Medium);
        // the question alone stays nothing; other evidence kinds still need an anchor
        let mut s = vec![signal(Category::FraudVictim, Kind::Suspicion, 0.4, 0)];
        assert_eq!(score(&mut s, &[true], false, 1.5)[1].level, Level::None);
        let mut s = vec![
            signal(Category::FraudVictim, Kind::OddContact, 0.2, 0),
            signal(Category::FraudVictim, Kind::Engagement, 0.6, 9),
        ];
        let scores = score(&mut s, &[false, true], false, 1.5);
        assert_eq!(scores[1].level, Level::Low);
    }

    #[test]
    fn middle_rung_words_without_a_step_stay_medium() {
        // 刷单 (0.45) + 做任务返佣 (0.5): 1 - 0.55 × 0.5 = 0.725, over HIGH, but no step
        let scripts = || {
            signals_of(
                Category::FraudVictim,
                &[(Kind::OrderBrushing, 0.45), (Kind::OrderBrushing, 0.5)],
            )
        };
        let scores = score(&mut scripts(), &[false, false], false, 1.5);
        assert_eq!(scores[1].level, Level::Medium);
        assert!(scores[1].score < HIGH);
        // recalled, one level up from there
        let scores = score(&mut scripts(), &[false, false], true, 1.5);
        assert_eq!(scores[1].level, Level::High);
        // a step beside them is high, as it is alone
        let mut s = scripts();
        s.push(signal(Category::FraudVictim, Kind::Engagement, 0.65, 18));
        let scores = score(&mut s, &[false, false, false], false, 1.5);
        assert_eq!(scores[1].level, Level::High);
        // The level of two plain signals of one category.
        let pair = |category: Category, first: (Kind, f32), second: (Kind, f32)| {
            let mut s = signals_of(category, &[first, second]);
            score(&mut s, &[false, false], false, 1.5)[category.index()].level
        };
        // two quarrels (吵架 + 欠工资) stay medium too; harm done beside one is high,
        // whatever it weighs (把我脸抓破, 0.55)
        let quarrels = pair(
            Category::Dispute,
            (Kind::Conflict, 0.45),
            (Kind::Conflict, 0.5),
        );
        assert_eq!(quarrels, Level::Medium);
        let harm = pair(
            Category::Dispute,
            (Kind::Conflict, 0.45),
            (Kind::Violence, 0.55),
        );
        assert_eq!(harm, Level::High);
        // self-harm words still add up: a wish said twice over is high
        let wish = pair(
            Category::SelfHarm,
            (Kind::PassiveWish, 0.45),
            (Kind::Hopelessness, 0.5),
        );
        assert_eq!(wish, Level::High);
    }

    #[test]
    fn harm_lifted_to_critical_by_the_wording_alone_stays_high() {
        // 抓花了我的脸 (0.65) + 不肯赔 (0.45) + the wording (0.6): 0.92, but the phrases
        // alone make 0.81, and none of them is of the critical rung
        let harm = || {
            signals_of(
                Category::Dispute,
                &[
                    (Kind::Violence, 0.65),
                    (Kind::Conflict, 0.45),
                    (Kind::DisputeWording, 0.6),
                ],
            )
        };
        let scores = score(&mut harm(), &[false; 3], false, 1.5);
        assert_eq!(scores[2].level, Level::High);
        // phrases that add up to critical on their own stay critical
        let mut s = harm();
        s.push(signal(Category::Dispute, Kind::DomesticViolence, 0.65, 27));
        assert_eq!(
            score(&mut s, &[false; 4], false, 1.5)[2].level,
            Level::Critical
        );
        // and so does a phrase of the critical rung, whatever the sum
        let mut s = harm();
        s.push(signal(Category::Dispute, Kind::Hiding, 0.5, 27));
        assert_eq!(
            score(&mut s, &[false; 4], false, 1.5)[2].level,
            Level::Critical
        );
    }

    #[test]
    fn several_hyperbolic_hits_stay_low() {
        let hyperbolic = |at| {
            let mut s = signal(Category::Dispute, Kind::ThreatKill, HYPERBOLE_CAP, at);
            s.modifiers.push(Modifier::Hyperbole);
            s
        };
        let mut s = vec![hyperbolic(0), hyperbolic(9), hyperbolic(18)];
        let scores = score(&mut s, &[false, false, false], false, 1.5);
        assert_eq!(scores[2].level, Level::Low);
        // a plain hit beside one counts as before: 1 - 0.8 × 0.6 = 0.52, medium
        let mut s = vec![
            hyperbolic(0),
            signal(Category::Dispute, Kind::Conflict, 0.4, 9),
        ];
        let scores = score(&mut s, &[false, false], false, 1.5);
        assert_eq!(scores[2].level, Level::Medium);
        assert!(scores[2].score > 0.5);
    }

    #[test]
    fn context_weights() {
        assert_eq!(contextual_weight(0.7, &[Modifier::Negated]), 0.0);
        assert_eq!(
            contextual_weight(0.7, &[Modifier::Hyperbole]),
            HYPERBOLE_CAP
        );
        assert!((contextual_weight(0.7, &[Modifier::Resolved]) - 0.14).abs() < 1e-6);
        assert_eq!(
            contextual_weight(0.7, &[Modifier::Question, Modifier::Urgency]),
            0.7
        );
    }
}
