//! The output: what a triager sees, serialised exactly as SPEC §4 gives it.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// How urgently a human must look: `none < low < medium < high < critical`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Nothing found.
    #[default]
    None,
    /// Worth a glance: low mood, an odd call, a noise complaint.
    Low,
    /// A triager must see it.
    Medium,
    /// Act today.
    High,
    /// Act now.
    Critical,
}

impl Level {
    /// All levels, lowest first.
    pub const ALL: [Level; 5] = [
        Level::None,
        Level::Low,
        Level::Medium,
        Level::High,
        Level::Critical,
    ];

    /// The level one step up, capped at critical.
    pub fn raised(self) -> Level {
        match self {
            Level::None => Level::Low,
            Level::Low => Level::Medium,
            Level::Medium => Level::High,
            Level::High | Level::Critical => Level::Critical,
        }
    }

    /// The name used in JSON: `none`, `low`, `medium`, `high`, `critical`.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::None => "none",
            Level::Low => "low",
            Level::Medium => "medium",
            Level::High => "high",
            Level::Critical => "critical",
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Level {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Level::ALL
            .into_iter()
            .find(|level| level.as_str() == s)
            .ok_or_else(|| {
                format!("unknown level {s:?} (expected none, low, medium, high or critical)")
            })
    }
}

/// What kind of crisis a signal is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Category {
    /// Suicide and self-injury, graded on the C-SSRS ladder.
    SelfHarm,
    /// The writer (or someone they report on) is being defrauded.
    FraudVictim,
    /// A conflict, graded by how close it is to violence.
    Dispute,
}

impl Category {
    /// All categories, in output order.
    pub const ALL: [Category; 3] = [Category::SelfHarm, Category::FraudVictim, Category::Dispute];

    /// The key used in JSON and in lexicon files.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::SelfHarm => "self_harm",
            Category::FraudVictim => "fraud_victim",
            Category::Dispute => "dispute",
        }
    }

    pub(crate) fn index(self) -> usize {
        match self {
            Category::SelfHarm => 0,
            Category::FraudVictim => 1,
            Category::Dispute => 2,
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Category {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Category::ALL
            .into_iter()
            .find(|c| c.as_str() == s)
            .ok_or_else(|| {
                format!("unknown category {s:?} (expected self_harm, fraud_victim or dispute)")
            })
    }
}

macro_rules! kinds {
    ($( $category:ident => { $( $(#[$doc:meta])* $variant:ident = $name:literal ),* $(,)? } )*) => {
        /// What a signal says, within its category (the C-SSRS rung, the fraud case class
        /// or stage, the mediation category or escalation step).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        #[non_exhaustive]
        pub enum Kind {
            $( $( $(#[$doc])* $variant, )* )*
        }

        impl Kind {
            /// Every kind with its category.
            pub(crate) const ALL: &'static [(Kind, Category)] = &[
                $( $( (Kind::$variant, Category::$category), )* )*
            ];

            /// The name used in JSON and lexicon files.
            pub fn as_str(self) -> &'static str {
                match self { $( $( Kind::$variant => $name, )* )* }
            }
        }
    };
}

kinds! {
    SelfHarm => {
        /// Low mood, stress, insomnia; no death wish.
        Distress = "distress",
        /// Wish to be dead without a plan (C-SSRS 1).
        PassiveWish = "passive_wish",
        /// Life has no meaning, no way forward.
        Hopelessness = "hopelessness",
        /// Being a burden to others.
        Burden = "burden",
        /// Active thoughts of suicide (C-SSRS 2).
        Ideation = "ideation",
        /// Cutting or otherwise hurting oneself.
        SelfInjury = "self_injury",
        /// Means of suicide (pills, pesticide, charcoal, heights).
        Method = "method",
        /// A place: rooftop, bridge, river bank.
        Place = "place",
        /// A plan or a time.
        Plan = "plan",
        /// Preparation: saving pills, a note, giving things away.
        Preparation = "preparation",
        /// A farewell or entrusting people and pets to someone.
        Farewell = "farewell",
        /// A past attempt.
        PastAttempt = "past_attempt",
        /// An act in progress.
        InProgress = "in_progress",
        /// A question that seeks a method.
        MethodQuestion = "method_question",
        /// A question about suicide in the abstract.
        AbstractQuestion = "abstract_question",
        /// No phrase of the lexicons, but the wording as a whole reads like the
        /// category's crisis messages (the wording model, `corpus/model/`): medium or high.
        SelfHarmWording = "self_harm_wording",
    }
    FraudVictim => {
        /// 刷单返利: task and click farming.
        OrderBrushing = "order_brushing",
        /// 虚假投资理财.
        Investment = "investment",
        /// 贷款/代办信用卡.
        Loan = "loan",
        /// 虚假征信.
        CreditRepair = "credit_repair",
        /// 冒充电商物流客服.
        FakeCustomerService = "fake_customer_service",
        /// 冒充公检法及政府机关.
        ImpersonationAuthority = "impersonation_authority",
        /// 冒充领导/熟人.
        ImpersonationAcquaintance = "impersonation_acquaintance",
        /// 网络婚恋交友 (杀猪盘).
        Romance = "romance",
        /// 虚假购物/服务.
        Shopping = "shopping",
        /// 网络游戏虚假交易.
        GameTrading = "game_trading",
        /// Any other scam script.
        OtherScam = "other_scam",
        /// An odd call or message, no engagement.
        OddContact = "odd_contact",
        /// Asking whether something is a scam.
        Suspicion = "suspicion",
        /// Engaging with the scammer.
        Engagement = "engagement",
        /// Money gone.
        Loss = "loss",
        /// A money amount (evidence only).
        Money = "money",
        /// No phrase of the lexicons, but the wording as a whole reads like a victim's
        /// (the wording model): medium or high.
        FraudVictimWording = "fraud_victim_wording",
    }
    Dispute => {
        /// 邻里纠纷.
        Neighbour = "neighbour",
        /// 婚姻家庭纠纷.
        Family = "family",
        /// 家庭暴力.
        DomesticViolence = "domestic_violence",
        /// 劳动争议, unpaid wages.
        Labour = "labour",
        /// 债务纠纷.
        Debt = "debt",
        /// 房屋、物业.
        Property = "property",
        /// 合同、消费.
        Commercial = "commercial",
        /// A quarrel, active conflict.
        Conflict = "conflict",
        /// Violence that happened.
        Violence = "violence",
        /// A threat to harm.
        ThreatHarm = "threat_harm",
        /// A group gathering to fight.
        Gathering = "gathering",
        /// A weapon.
        Weapon = "weapon",
        /// A threat to kill.
        ThreatKill = "threat_kill",
        /// An assault happening now.
        AssaultInProgress = "assault_in_progress",
        /// Hiding from an attacker.
        Hiding = "hiding",
        /// No phrase of the lexicons, but the wording as a whole reads like a dispute's
        /// (the wording model): medium or high.
        DisputeWording = "dispute_wording",
    }
}

impl Kind {
    /// The category this kind belongs to.
    pub fn category(self) -> Category {
        Kind::ALL
            .iter()
            .find(|(kind, _)| *kind == self)
            .map(|(_, category)| *category)
            .unwrap_or(Category::SelfHarm)
    }

    /// Parse a kind name within a category.
    pub(crate) fn parse(name: &str, category: Category) -> Option<Kind> {
        Kind::ALL
            .iter()
            .find(|(kind, c)| *c == category && kind.as_str() == name)
            .map(|(kind, _)| *kind)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Context found around a hit, recorded on its signal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Modifier {
    /// Negated (不会/没有/别 … before the term); weight dropped to zero.
    Negated,
    /// Degree complement (累得想死): lowered to low.
    Hyperbole,
    /// Fiction, film, game, news, teaching: someone else's story; weight zero.
    Reported,
    /// Inside a forwarded anti-fraud notice; weight zero.
    Awareness,
    /// Told in the past.
    Past,
    /// Told as resolved (现在好多了, 已经调解了); lowered.
    Resolved,
    /// Asked as a question.
    Question,
    /// Urgency cue (快来, 救命) in the message.
    Urgency,
    /// Evidence-only term with no other signal of its category (used while scoring; such
    /// signals are dropped from the assessment).
    Unsupported,
    /// The message was recalled: its category was raised one level.
    Recalled,
    /// In a review or complaint about goods or a service (书的内容很一般, 房间很旧), with no
    /// scam script, contact or payment step in the message: "cheated" there is
    /// disappointment with a purchase, not fraud; lowered to low.
    Complaint,
    /// A weapon or a blow the writer turns on themself (拿刀划自己, 拿皮带抽自己抽到青一块紫一块,
    /// 不用自己动手了), beside a self-harm signal: self-harm, not a dispute; weight zero.
    SelfDirected,
    /// A height or the water where the writer is doing something of every day (在楼顶晒被子,
    /// 在江边散步, 站在天台上看烟花), with no wish, method or farewell of self-harm in the
    /// message: where they are, not a crisis; lowered to low.
    Everyday,
    /// A payment told as the condition of a promise (交了就能放款, 转了就给你解冻), or as
    /// not made yet (套出来了 还没转过去, 我准备付了): the step the scammer asks for, not
    /// money gone; high at most (SPEC §1: told to pay).
    Condition,
    /// A blow told as under way (他在踹我, 掐着我脖子, 被几个人围着打): the assault in
    /// progress of SPEC §1, critical.
    Ongoing,
    /// The message as a whole reads far unlike the crisis messages of the category (the
    /// wording model's "medium or above" head of a fraud or dispute category far under its
    /// threshold: a drama, a news item, a notice or a joke no cue named); lowered to low.
    Atypical,
    /// After this self-harm signal, the message says the one at risk cannot be reached now
    /// (电话打不通, 关机了, 门从里面锁着): on a wish, a cut, a means, a place or a time, the
    /// category is critical (SPEC §1: an act that may be under way).
    Unreachable,
}

impl Modifier {
    /// The name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Modifier::Negated => "negated",
            Modifier::Hyperbole => "hyperbole",
            Modifier::Reported => "reported",
            Modifier::Awareness => "awareness",
            Modifier::Past => "past",
            Modifier::Resolved => "resolved",
            Modifier::Question => "question",
            Modifier::Urgency => "urgency",
            Modifier::Unsupported => "unsupported",
            Modifier::Recalled => "recalled",
            Modifier::Complaint => "complaint",
            Modifier::SelfDirected => "self_directed",
            Modifier::Everyday => "everyday",
            Modifier::Atypical => "atypical",
            Modifier::Condition => "condition",
            Modifier::Ongoing => "ongoing",
            Modifier::Unreachable => "unreachable",
        }
    }
}

/// Who the signal is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Subject {
    /// The writer.
    #[default]
    #[serde(rename = "self")]
    Writer,
    /// Someone else the writer reports on: still someone at risk.
    Other,
}

/// One lexicon hit with its context: what fired, where, and how much it counted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Signal {
    /// The category of the lexicon entry.
    pub category: Category,
    /// The kind of the entry.
    pub kind: Kind,
    /// The lexicon term (in normalised form) that matched.
    pub term: String,
    /// Byte offset of the first original byte of the match.
    pub start: usize,
    /// Byte offset one past the last original byte of the match.
    pub end: usize,
    /// Character offset of the first original character of the match.
    pub char_start: usize,
    /// Character offset one past the last original character of the match.
    pub char_end: usize,
    /// The weight it counted with, after modifiers (0 when context cancelled it).
    pub weight: f32,
    /// Context that applied.
    pub modifiers: Vec<Modifier>,
    /// Who it is about.
    pub subject: Subject,
}

impl Signal {
    /// Whether the signal counted towards its category's score.
    pub fn is_active(&self) -> bool {
        self.weight > 0.0
    }
}

/// Score and level of one category.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct CategoryScore {
    /// Combined weight of the category's signals, in [0, 1].
    pub score: f32,
    /// The level the score and the level rules give.
    pub level: Level,
}

/// The three categories, always all present.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct Categories {
    /// `self_harm`.
    pub self_harm: CategoryScore,
    /// `fraud_victim`.
    pub fraud_victim: CategoryScore,
    /// `dispute`.
    pub dispute: CategoryScore,
}

impl Categories {
    pub(crate) fn from_array(scores: [CategoryScore; 3]) -> Self {
        let [self_harm, fraud_victim, dispute] = scores;
        Categories {
            self_harm,
            fraud_victim,
            dispute,
        }
    }

    /// The score of one category.
    pub fn get(&self, category: Category) -> CategoryScore {
        match category {
            Category::SelfHarm => self.self_harm,
            Category::FraudVictim => self.fraud_victim,
            Category::Dispute => self.dispute,
        }
    }
}

/// What jiuming says about one message.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Assessment {
    /// The message id, echoed back when the message had one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The highest category level.
    pub level: Level,
    /// Whether the message was recalled (撤回).
    pub recalled: bool,
    /// Score and level per category.
    pub categories: Categories,
    /// Every hit with its context, in order of position.
    pub signals: Vec<Signal>,
}

impl Assessment {
    /// The overall level: the highest category level.
    pub fn level(&self) -> Level {
        self.level
    }

    /// Score and level of one category.
    pub fn category(&self, category: Category) -> CategoryScore {
        self.categories.get(category)
    }

    /// All signals, in order of position.
    pub fn signals(&self) -> &[Signal] {
        &self.signals
    }

    /// Signals that counted (weight above zero).
    pub fn active_signals(&self) -> impl Iterator<Item = &Signal> {
        self.signals.iter().filter(|s| s.is_active())
    }

    /// Whether the message was recalled.
    pub fn is_recalled(&self) -> bool {
        self.recalled
    }

    /// The message id, if it had one.
    pub fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }

    /// Whether a triager must see it (medium or above).
    pub fn needs_attention(&self) -> bool {
        self.level >= Level::Medium
    }

    /// The assessment as one line of JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| String::from("{}"))
    }
}
