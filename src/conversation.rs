//! Conversations: a sender's recent messages, recall events, and escalation across messages.
//! The rules and the memory bounds are documented on [`Tracker`].

use std::collections::HashMap;
use std::hash::{BuildHasher, BuildHasherDefault, Hasher, RandomState};
use std::mem::size_of;
use std::sync::LazyLock;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::assessment::{Assessment, Category, CategoryScore, Kind, Level, Modifier, Signal};
use crate::detector::Detector;
use crate::message::Message;
use crate::score::{self, DEFAULT_RECALL_FACTOR, floor_of};

/// Messages kept per sender by default: a day of an active resident.
const DEFAULT_WINDOW_MESSAGES: usize = 30;
/// How far back the window reaches by default.
const DEFAULT_WINDOW: Duration = Duration::from_secs(24 * 60 * 60);
/// The default memory budget of a tracker.
const DEFAULT_MEMORY_LIMIT: usize = 256 << 20;
/// The smallest memory budget a tracker accepts.
const MIN_MEMORY_LIMIT: usize = 1 << 20;
/// Messages at medium or above that together raise a category one level.
const DEFAULT_PERSISTENCE: usize = 3;
/// A recall within this time of sending is a quick recall (WeChat's own recall limit).
const DEFAULT_QUICK_RECALL: Duration = Duration::from_secs(120);
/// The lowest level a message must reach to count towards persistence.
const PERSISTENT: Level = Level::Medium;
/// Senders sampled to choose whom to forget first.
const EVICTION_SAMPLE: usize = 1024;
/// Control bytes after a hash table's buckets (the SSE2 group width).
const TABLE_GROUP: usize = 16;

/// Who a conversation is with: a sender (WeCom `from`), in a room (`roomid`) or in private.
///
/// ```
/// use jiuming::Sender;
/// let private = Sender::new("wm-resident");
/// let group = Sender::new("wm-resident").in_room("wr-building-3");
/// assert_ne!(private, group);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Sender<'a> {
    from: &'a str,
    room: &'a str,
}

impl<'a> Sender<'a> {
    /// A sender in private chat.
    pub fn new(from: &'a str) -> Self {
        Sender { from, room: "" }
    }

    /// The same sender in a group room; an empty room is private chat (as WeCom writes it).
    pub fn in_room(mut self, room: &'a str) -> Self {
        self.room = room;
        self
    }
}

/// What happened to a recall event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Recall {
    /// The original was in the window and is re-scored as recalled.
    InWindow {
        /// Milliseconds from sending to recalling (0 if the clocks disagree).
        after_ms: u64,
        /// Recalled within the quick-recall time (default two minutes): the strongest form.
        quick: bool,
    },
    /// The original is not in the window: never seen, aged out, or forgotten for memory.
    NotInWindow,
}

/// What one event gives: the message's assessment, what the recall did, and the
/// conversation after the event.
#[derive(Debug, Clone, PartialEq)]
pub struct Update {
    /// The sent message's assessment, or the recalled original re-scored as recalled;
    /// `None` when a recall names a message that is not in the window.
    pub message: Option<Assessment>,
    /// For a recall event, what it found.
    pub recall: Option<Recall>,
    /// The sender's conversation after the event.
    pub conversation: Conversation,
}

/// One category of a conversation.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ConversationCategory {
    /// Combined score in [0, 1].
    pub score: f32,
    /// The conversation level of the category.
    pub level: Level,
    /// Whether the conversation is above every single message in this category.
    pub escalated: bool,
    /// Ids of the messages with a signal that counted, oldest first.
    pub messages: Vec<String>,
}

/// The three categories of a conversation, always all present.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ConversationCategories {
    /// `self_harm`.
    pub self_harm: ConversationCategory,
    /// `fraud_victim`.
    pub fraud_victim: ConversationCategory,
    /// `dispute`.
    pub dispute: ConversationCategory,
}

/// What a sender's recent messages say together (see the module docs for the rule).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Conversation {
    /// The highest category level.
    pub level: Level,
    /// Whether the conversation is above every single message in the window.
    pub escalated: bool,
    /// Score, level and contributing messages per category.
    pub categories: ConversationCategories,
}

impl Conversation {
    /// The overall level.
    pub fn level(&self) -> Level {
        self.level
    }

    /// One category.
    pub fn category(&self, category: Category) -> &ConversationCategory {
        match category {
            Category::SelfHarm => &self.categories.self_harm,
            Category::FraudVictim => &self.categories.fraud_victim,
            Category::Dispute => &self.categories.dispute,
        }
    }

    /// Whether a triager must see it (medium or above).
    pub fn needs_attention(&self) -> bool {
        self.level >= Level::Medium
    }
}

/// Configures a [`Tracker`]: the window, the memory budget, persistence, the detector.
///
/// ```
/// use std::time::Duration;
/// use jiuming::Tracker;
/// let tracker = Tracker::builder()
///     .window_messages(50)
///     .window(Duration::from_secs(6 * 3600))
///     .memory_limit(64 << 20)
///     .build()?;
/// assert!(tracker.is_empty());
/// # Ok::<(), jiuming::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct TrackerBuilder<'d> {
    /// `None`: the default detector, built only if used.
    detector: Option<&'d Detector>,
    messages: usize,
    window: Duration,
    memory: usize,
    persistence: usize,
    quick: Duration,
}

impl Default for TrackerBuilder<'static> {
    fn default() -> Self {
        TrackerBuilder {
            detector: None,
            messages: DEFAULT_WINDOW_MESSAGES,
            window: DEFAULT_WINDOW,
            memory: DEFAULT_MEMORY_LIMIT,
            persistence: DEFAULT_PERSISTENCE,
            quick: DEFAULT_QUICK_RECALL,
        }
    }
}

impl<'d> TrackerBuilder<'d> {
    /// Assess with this detector instead of the default one.
    pub fn detector<'e>(self, detector: &'e Detector) -> TrackerBuilder<'e> {
        TrackerBuilder {
            detector: Some(detector),
            messages: self.messages,
            window: self.window,
            memory: self.memory,
            persistence: self.persistence,
            quick: self.quick,
        }
    }

    /// Most messages kept per sender (default 30); older ones leave the window.
    pub fn window_messages(mut self, messages: usize) -> Self {
        self.messages = messages;
        self
    }

    /// How far back the window reaches in message time (default 24 hours).
    pub fn window(mut self, window: Duration) -> Self {
        self.window = window;
        self
    }

    /// The tracker's memory budget in bytes (default 256 MiB, at least 1 MiB); the least
    /// recently active senders are forgotten to stay within it.
    pub fn memory_limit(mut self, bytes: usize) -> Self {
        self.memory = bytes;
        self
    }

    /// How many messages at medium or above raise a category one level (default 3).
    pub fn persistence(mut self, messages: usize) -> Self {
        self.persistence = messages;
        self
    }

    /// A recall within this time of sending is reported as quick (default two minutes).
    pub fn quick_recall(mut self, within: Duration) -> Self {
        self.quick = within;
        self
    }

    /// Build the tracker.
    pub fn build(self) -> Result<Tracker<'d>, crate::Error> {
        use crate::Error;
        if self.messages == 0 {
            return Err(Error::config("the window must keep at least one message"));
        }
        if self.window.is_zero() {
            return Err(Error::config("the window must reach back more than 0 s"));
        }
        if self.memory < MIN_MEMORY_LIMIT {
            return Err(Error::config(format!(
                "memory limit must be at least {MIN_MEMORY_LIMIT} bytes, got {}",
                self.memory
            )));
        }
        if self.persistence < 2 {
            return Err(Error::config(format!(
                "persistence must be at least 2 messages, got {}",
                self.persistence
            )));
        }
        Ok(Tracker {
            detector: self
                .detector
                .unwrap_or_else(|| LazyLock::force(&crate::DEFAULT)),
            limits: Limits {
                messages: self.messages,
                age_ms: millis(self.window),
                memory: self.memory,
                persistence: self.persistence,
                quick_ms: millis(self.quick),
            },
            keys: RandomState::new(),
            senders: HashMap::default(),
            buckets: 0,
            full: 0,
            heap: 0,
            now: 0,
            swept: 0,
        })
    }
}

/// Follows senders' conversations: assesses what they send, re-scores what they recall, and
/// says what their recent messages add up to.
///
/// Chat archives (WeCom's 会话内容存档, for one) do not flag a message as recalled: a recall
/// is a later event that names the message it withdraws. A tracker follows each sender,
/// in each room, through a bounded window of recent messages and their assessments, so that
///
/// - a sent message is assessed as [`Detector::assess`] would;
/// - a recall of a message still in the window gives that message re-scored as recalled
///   (SPEC §2), with how long after sending it was withdrawn; a recall of a message that is
///   not in the window says so ([`Recall::NotInWindow`]);
/// - messages that add up give a [`Conversation`] level that can be higher than any single
///   message, with the ids of the messages that contributed.
///
/// ```
/// use jiuming::{Message, Recall, Sender, Tracker};
///
/// let mut tracker = Tracker::new();
/// let resident = Sender::new("wm-resident");
/// let sent = tracker.send(resident, 1_000, &Message::new("我不想活了").with_id("m1"));
/// let recalled = tracker.recall(resident, 11_000, "m1");
/// assert!(recalled.message.unwrap().level() > sent.message.unwrap().level());
/// assert!(matches!(recalled.recall, Some(Recall::InWindow { after_ms: 10_000, quick: true })));
/// assert_eq!(tracker.recall(resident, 12_000, "m0").recall, Some(Recall::NotInWindow));
/// ```
///
/// # How messages add up
///
/// For each category, the conversation level is the highest of three readings of the
/// window:
///
/// 1. **Each message on its own**, as the detector assessed it (a recalled message counts
///    with its recalled level). The conversation is never lower than its worst message.
/// 2. **The window read as one message.** Each kind's signals are taken from the message
///    where that kind is strongest, and all of them are scored by the detector's own rules:
///    the noisy-or of the weights, the score thresholds, and the level rules that combine
///    kinds (a wish to die with a method or a place, a weapon with a quarrel). So a fraud
///    story told over three messages (an odd call, then a customer-service refund script,
///    then the app installed) adds up as it would in one message, and kinds from different
///    messages complete a level rule. Each kind counts once, from one message: saying the
///    same thing again does not add up — that is what the next reading is for.
/// 3. **Persistence.** When at least `persistence` messages (default 3) are medium or
///    above in a category, the conversation is one level above the level they all reach:
///    three medium self-harm messages make high, three high ones critical. Low messages
///    never persist into a finding (three complaints about noise stay low).
///
/// A category is `escalated` when the conversation level is above every single message's
/// level in it; [`ConversationCategory::messages`] lists the ids of the messages with a
/// signal that counted.
///
/// # Memory and privacy
///
/// The tracker never keeps message text. For each message it keeps a 64-bit hash of its id
/// and its time (24 bytes in all); for a message with a signal, also its assessment (id,
/// lexicon terms and amounts, offsets, weights) and the assessment the detector gives it as
/// recalled, computed when it is sent, so that a recall is re-scored exactly without the
/// text. A sender in a room is kept as one 64-bit keyed hash, never by name (two of a
/// million senders share a key with a chance of about 3 in 10⁸).
///
/// Memory is bounded three ways: a window per sender (`window_messages`, default 30, and
/// `window`, default 24 hours of message time, the clock being the latest `msgtime` seen);
/// senders whose window has emptied are swept out; and a byte budget (`memory_limit`,
/// default 256 MiB) over the whole tracker, counted in allocator chunks, which forgets
/// the least recently active senders when it would be exceeded (including before the
/// sender table would grow past it). Measured: a million senders with two messages each
/// (one in a hundred also a risk message) hold about 100 MiB, 121 MiB at the peak while
/// the sender table grows ([`Tracker::memory`] gives the running figure).
///
/// Events are given in the order they arrive; times are milliseconds since the Unix epoch
/// (WeCom's `msgtime`) and may be out of order. The tracker's clock is the latest time seen.
pub struct Tracker<'d> {
    detector: &'d Detector,
    limits: Limits,
    /// Keys of the sender and message hashes (random per tracker).
    keys: RandomState,
    senders: HashMap<u64, Box<[Entry]>, BuildHasherDefault<Prehashed>>,
    /// Buckets of the sender table, and the capacity it had when allocated.
    buckets: usize,
    full: usize,
    /// Bytes allocated for windows and stored assessments.
    heap: usize,
    now: u64,
    swept: u64,
}

impl std::fmt::Debug for Tracker<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tracker")
            .field("senders", &self.senders.len())
            .field("memory", &self.memory())
            .field("limits", &self.limits)
            .finish()
    }
}

#[derive(Debug, Clone, Copy)]
struct Limits {
    messages: usize,
    age_ms: u64,
    memory: usize,
    persistence: usize,
    quick_ms: u64,
}

/// One message in a window: its id hash, its time, and what was found in it.
struct Entry {
    id: u64,
    time: u64,
    stored: Option<Box<Stored>>,
}

/// The assessment of a message with signals, and the one it gets if recalled.
struct Stored {
    current: Assessment,
    recalled: Option<Box<Assessment>>,
    bytes: usize,
}

impl Stored {
    fn new(mut current: Assessment, recalled: Option<Assessment>) -> Self {
        compact(&mut current);
        let recalled = recalled.map(|mut r| {
            compact(&mut r);
            Box::new(r)
        });
        let mut stored = Stored {
            current,
            recalled,
            bytes: 0,
        };
        stored.bytes = stored.measure();
        stored
    }

    /// Mark the message recalled: the detector's recalled assessment, if it differs.
    fn recall(&mut self) {
        match self.recalled.take() {
            Some(recalled) => self.current = *recalled,
            None => self.current.recalled = true,
        }
        self.bytes = self.measure();
    }

    fn measure(&self) -> usize {
        alloc_size(size_of::<Stored>())
            + assessment_heap(&self.current)
            + self.recalled.as_ref().map_or(0, |r| {
                alloc_size(size_of::<Assessment>()) + assessment_heap(r)
            })
    }
}

impl Tracker<'static> {
    /// A tracker with the default detector and limits.
    pub fn new() -> Self {
        TrackerBuilder::default()
            .build()
            .expect("the default limits are valid")
    }

    /// A builder starting from the default detector and limits.
    pub fn builder() -> TrackerBuilder<'static> {
        TrackerBuilder::default()
    }
}

impl Default for Tracker<'static> {
    fn default() -> Self {
        Tracker::new()
    }
}

impl<'d> Tracker<'d> {
    /// A sender sent a message at `time_ms`: assess it and keep it in the sender's window.
    ///
    /// Give the message its id ([`Message::with_id`]) so that it can be recalled and listed
    /// in the conversation. A message of another type (an image, a file) is sent as an empty
    /// text: it is `none`, and a recall of it is found. A message older than the window is
    /// assessed but not kept; a message id already in the window is not counted twice.
    pub fn send(&mut self, sender: Sender<'_>, time_ms: u64, message: &Message<'_>) -> Update {
        let assessment = self.detector.assess(message);
        let stored = if assessment.signals.is_empty() {
            None
        } else {
            let recalled = (!assessment.recalled && assessment.level > Level::None)
                .then(|| self.detector.assess(&Message::from(message).recalled(true)));
            Some(Box::new(Stored::new(assessment.clone(), recalled)))
        };
        let id = message.id().map_or(0, |id| self.message_key(id));
        let entry = Entry {
            id,
            time: time_ms,
            stored,
        };
        self.advance(time_ms);
        let key = self.sender_key(sender);
        let oldest = self.oldest();
        let ((), conversation) = self
            .edit(key, true, |entries| {
                let duplicate = id != 0 && entries.iter().any(|e| e.id == id);
                if entry.time >= oldest && !duplicate {
                    let at = entries.partition_point(|e| e.time <= entry.time);
                    entries.insert(at, entry);
                }
            })
            .unwrap_or_default();
        self.enforce();
        Update {
            message: Some(assessment),
            recall: None,
            conversation,
        }
    }

    /// A sender recalled (撤回) the message `msgid` at `time_ms`: re-score it as recalled if
    /// it is in the sender's window, or say that it is not.
    pub fn recall(&mut self, sender: Sender<'_>, time_ms: u64, msgid: &str) -> Update {
        self.advance(time_ms);
        let key = self.sender_key(sender);
        let id = self.message_key(msgid);
        let quick_ms = self.limits.quick_ms;
        let edited = self.edit(key, false, |entries| {
            let entry = entries.iter_mut().rev().find(|e| e.id == id)?;
            let after_ms = time_ms.saturating_sub(entry.time);
            let assessment = match entry.stored.as_deref_mut() {
                Some(stored) => {
                    stored.recall();
                    stored.current.clone()
                }
                None => Assessment {
                    id: Some(msgid.to_string()),
                    recalled: true,
                    ..Assessment::default()
                },
            };
            let quick = after_ms <= quick_ms;
            Some((assessment, Recall::InWindow { after_ms, quick }))
        });
        let (found, conversation) = edited.unwrap_or_default();
        self.enforce();
        match found {
            Some((assessment, recall)) => Update {
                message: Some(assessment),
                recall: Some(recall),
                conversation,
            },
            None => Update {
                message: None,
                recall: Some(Recall::NotInWindow),
                conversation,
            },
        }
    }

    /// The sender's conversation now, without an event.
    pub fn conversation(&self, sender: Sender<'_>) -> Conversation {
        let oldest = self.oldest();
        self.senders
            .get(&self.sender_key(sender))
            .map(|entries| {
                let live = entries.partition_point(|e| e.time < oldest);
                converse(&entries[live..], self.limits.persistence)
            })
            .unwrap_or_default()
    }

    /// Number of senders (per room) with a window.
    pub fn len(&self) -> usize {
        self.senders.len()
    }

    /// Whether no sender has a window.
    pub fn is_empty(&self) -> bool {
        self.senders.is_empty()
    }

    /// Bytes the tracker holds on the heap, as the allocator is asked for them (rounded up
    /// to its chunks): the sender table, the windows and the stored assessments. Stays at or
    /// below the memory limit after every event.
    pub fn memory(&self) -> usize {
        self.heap + table_bytes(self.buckets)
    }

    fn sender_key(&self, sender: Sender<'_>) -> u64 {
        self.keys.hash_one((sender.from, sender.room))
    }

    fn message_key(&self, id: &str) -> u64 {
        // 0 stands for "no id"; an id hashing to 0 is moved off it.
        self.keys.hash_one(id).max(1)
    }

    /// The oldest time still in the window.
    fn oldest(&self) -> u64 {
        self.now.saturating_sub(self.limits.age_ms)
    }

    /// Move the clock to `time_ms` if later, and sweep out aged windows every quarter window.
    /// A time beyond the machine's clock by more than a window (a corrupt record) does not
    /// move it: one bad `msgtime` must not empty every window.
    fn advance(&mut self, time_ms: u64) {
        let wall = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, millis);
        if time_ms <= wall.saturating_add(self.limits.age_ms) {
            self.now = self.now.max(time_ms);
        }
        if self.now >= self.swept.saturating_add(self.limits.age_ms / 4) {
            self.sweep();
        }
    }

    /// Change one sender's window (pruned to the limits before and after), then read its
    /// conversation. With `insert`, the sender may be new and `change` may add one entry;
    /// without, `None` if the sender has no window.
    fn edit<R>(
        &mut self,
        key: u64,
        insert: bool,
        change: impl FnOnce(&mut Vec<Entry>) -> R,
    ) -> Option<(R, Conversation)> {
        if insert && !self.senders.contains_key(&key) {
            self.make_room();
        }
        let (oldest, limits) = (self.oldest(), self.limits);
        let slot = if insert {
            self.senders.entry(key).or_default()
        } else {
            self.senders.get_mut(&key)?
        };
        let before = window_bytes(slot);
        let mut entries = std::mem::take(slot).into_vec();
        prune(&mut entries, oldest, limits.messages);
        if insert {
            // One allocation of the size the window will have: growing a window in place and
            // shrinking it back leaves holes between live windows (measured: twice the RSS).
            let mut exact = Vec::with_capacity(entries.len() + 1);
            exact.append(&mut entries);
            entries = exact;
        }
        let result = change(&mut entries);
        prune(&mut entries, oldest, limits.messages);
        let conversation = converse(&entries, limits.persistence);
        *slot = entries.into_boxed_slice();
        let after = window_bytes(slot);
        let empty = slot.is_empty();
        self.heap = self.heap - before + after;
        if empty {
            self.senders.remove(&key);
        }
        self.note_capacity();
        Some((result, conversation))
    }

    /// Drop what has aged out of every window, and the senders left with nothing.
    fn sweep(&mut self) {
        let (oldest, max) = (self.oldest(), self.limits.messages);
        let heap = &mut self.heap;
        self.senders.retain(|_, slot| {
            if slot.first().is_some_and(|e| e.time >= oldest) && slot.len() <= max {
                return true;
            }
            let before = window_bytes(slot);
            let mut entries = std::mem::take(slot).into_vec();
            prune(&mut entries, oldest, max);
            *slot = entries.into_boxed_slice();
            *heap = *heap - before + window_bytes(slot);
            !slot.is_empty()
        });
        self.swept = self.now;
    }

    /// After an event: if over the budget, sweep, then forget the least recently active
    /// senders until 7/8 of the budget is in use.
    fn enforce(&mut self) {
        if self.memory() <= self.limits.memory {
            return;
        }
        self.sweep();
        let target = self.limits.memory / 8 * 7;
        while self.memory() > target && self.heap > 0 {
            let over = self.memory() - target;
            let len = self.senders.len();
            // Forget in proportion to the bytes over, at least 1/32 of the senders.
            let count = (len as u128 * over as u128 / self.heap as u128) as usize;
            self.forget_least_recent(count.max(len / 32).max(1));
        }
    }

    /// Before a new sender is added: if the sender table would reallocate past the budget
    /// (old and new table both live while it moves), forget the least recently active
    /// senders until it can be rehashed in place instead.
    fn make_room(&mut self) {
        let len = self.senders.len();
        if len < self.senders.capacity() || len < self.full / 2 {
            return; // a free slot, or a rehash in place without allocating
        }
        let next = capacity_to_buckets(self.full.max(len) + 1);
        if self.heap + table_bytes(self.buckets) + table_bytes(next) <= self.limits.memory {
            return;
        }
        while self.senders.len() >= self.full / 2 && !self.senders.is_empty() {
            let len = self.senders.len();
            self.forget_least_recent(len - self.full / 2 + 1);
        }
    }

    /// Forget about `count` senders, the least recently active first (chosen from a random
    /// sample of the table: its order is that of keyed hashes).
    fn forget_least_recent(&mut self, count: usize) {
        let len = self.senders.len();
        if len == 0 {
            return;
        }
        let mut sample: Vec<(u64, u64)> = self
            .senders
            .iter()
            .take(EVICTION_SAMPLE)
            .map(|(key, slot)| (last_time(slot), *key))
            .collect();
        sample.sort_unstable();
        let at = (sample.len() * count.min(len) / len).min(sample.len() - 1);
        let cut = sample[at];
        let heap = &mut self.heap;
        self.senders.retain(|key, slot| {
            let keep = (last_time(slot), *key) > cut;
            if !keep {
                *heap -= window_bytes(slot);
            }
            keep
        });
    }

    /// Record the sender table's size when it has grown.
    fn note_capacity(&mut self) {
        let capacity = self.senders.capacity();
        if capacity > self.full {
            self.full = capacity;
            self.buckets = if capacity < 7 {
                capacity + 1
            } else {
                capacity / 7 * 8
            };
        }
    }
}

/// Drop entries older than `oldest`, then the oldest beyond `max`.
fn prune(entries: &mut Vec<Entry>, oldest: u64, max: usize) {
    let expired = entries.partition_point(|e| e.time < oldest);
    let excess = (entries.len() - expired).saturating_sub(max);
    entries.drain(..expired + excess);
}

fn last_time(entries: &[Entry]) -> u64 {
    entries.last().map_or(0, |e| e.time)
}

/// The conversation a window says (see the module docs).
fn converse(entries: &[Entry], persistence: usize) -> Conversation {
    let messages: Vec<&Assessment> = entries
        .iter()
        .filter_map(|e| e.stored.as_deref().map(|s| &s.current))
        .collect();
    if messages.is_empty() {
        return Conversation::default();
    }
    let together = as_one_message(&messages);
    let [self_harm, fraud_victim, dispute] = Category::ALL.map(|category| {
        let own: Vec<CategoryScore> = messages.iter().map(|a| a.category(category)).collect();
        let best = own.iter().map(|s| s.level).max().unwrap_or_default();
        let combined = together[category.index()];
        let level = best
            .max(combined.level)
            .max(persistent_level(&own, persistence));
        let score = own
            .iter()
            .map(|s| s.score)
            .fold(combined.score, f32::max)
            .max(floor_of(level))
            .min(1.0);
        ConversationCategory {
            score,
            level,
            escalated: level > best,
            messages: messages
                .iter()
                .filter(|a| a.category(category).level > Level::None)
                .filter_map(|a| a.id.clone())
                .collect(),
        }
    });
    let level = [&self_harm, &fraud_victim, &dispute]
        .iter()
        .map(|c| c.level)
        .max()
        .unwrap_or_default();
    let best = messages.iter().map(|a| a.level).max().unwrap_or_default();
    Conversation {
        level,
        escalated: level > best,
        categories: ConversationCategories {
            self_harm,
            fraud_victim,
            dispute,
        },
    }
}

/// Score the window as one message: for each kind, its signals from the message where it
/// is strongest (their noisy-or), moved so that signals of different messages never share a
/// span, through the detector's scoring. Recall is not applied again: a recalled message
/// counts through its own level.
fn as_one_message(messages: &[&Assessment]) -> [CategoryScore; 3] {
    // (kind, index of the message where it is strongest, its noisy-or there)
    let mut strongest: Vec<(Kind, usize, f32)> = Vec::new();
    for (i, message) in messages.iter().enumerate() {
        let mut kinds: Vec<Kind> = Vec::new();
        for signal in message.active_signals() {
            if !kinds.contains(&signal.kind) {
                kinds.push(signal.kind);
            }
        }
        for kind in kinds {
            let weight = score::noisy_or(message.active_signals().filter(|s| s.kind == kind));
            match strongest.iter_mut().find(|(k, _, _)| *k == kind) {
                Some(best) if best.2 >= weight => {}
                Some(best) => *best = (kind, i, weight),
                None => strongest.push((kind, i, weight)),
            }
        }
    }
    let mut signals: Vec<Signal> = Vec::new();
    let mut base = 0;
    for (i, message) in messages.iter().enumerate() {
        let chosen = message.active_signals().filter(|s| {
            strongest
                .iter()
                .any(|&(kind, at, _)| kind == s.kind && at == i)
        });
        for signal in chosen {
            let mut moved = signal.clone();
            moved.start += base;
            moved.end += base;
            moved.modifiers.retain(|m| *m != Modifier::Recalled);
            signals.push(moved);
        }
        base += message.signals.iter().map(|s| s.end).max().unwrap_or(0) + 1;
    }
    let evidence_only = vec![false; signals.len()];
    score::score_across_messages(&mut signals, &evidence_only, DEFAULT_RECALL_FACTOR)
}

/// One level above the level reached by at least `persistence` messages, if that is medium
/// or above.
fn persistent_level(own: &[CategoryScore], persistence: usize) -> Level {
    let mut levels: Vec<Level> = own
        .iter()
        .map(|s| s.level)
        .filter(|l| *l >= PERSISTENT)
        .collect();
    if levels.len() < persistence {
        return Level::None;
    }
    levels.sort_unstable_by(|a, b| b.cmp(a));
    levels[persistence - 1].raised()
}

fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}

/// Release the spare capacity of an assessment before it is kept.
fn compact(assessment: &mut Assessment) {
    assessment.signals.shrink_to_fit();
    for signal in &mut assessment.signals {
        signal.term.shrink_to_fit();
        signal.modifiers.shrink_to_fit();
    }
}

/// What an allocation of `bytes` takes: a glibc-style chunk (8-byte header, 16-byte steps,
/// 32 at least).
fn alloc_size(bytes: usize) -> usize {
    if bytes == 0 {
        0
    } else {
        (bytes + 8).next_multiple_of(16).max(32)
    }
}

fn assessment_heap(a: &Assessment) -> usize {
    a.id.as_ref().map_or(0, |id| alloc_size(id.capacity()))
        + alloc_size(a.signals.capacity() * size_of::<Signal>())
        + a.signals
            .iter()
            .map(|s| {
                alloc_size(s.term.capacity())
                    + alloc_size(s.modifiers.capacity() * size_of::<Modifier>())
            })
            .sum::<usize>()
}

/// Heap bytes of one window: its entries and what they keep.
fn window_bytes(entries: &[Entry]) -> usize {
    alloc_size(std::mem::size_of_val(entries))
        + entries
            .iter()
            .filter_map(|e| e.stored.as_ref())
            .map(|s| s.bytes)
            .sum::<usize>()
}

/// Bytes of a sender table with this many buckets: slots, control bytes, one group more.
fn table_bytes(buckets: usize) -> usize {
    if buckets == 0 {
        0
    } else {
        alloc_size(buckets * (size_of::<(u64, Box<[Entry]>)>() + 1) + TABLE_GROUP)
    }
}

/// Buckets of a table allocated for `capacity` items (7/8 load, a power of two).
fn capacity_to_buckets(capacity: usize) -> usize {
    if capacity < 4 {
        4
    } else if capacity < 8 {
        8
    } else {
        (capacity * 8 / 7).next_power_of_two()
    }
}

/// Keys are already keyed hashes: the table uses them as they are.
#[derive(Default, Clone, Copy)]
struct Prehashed(u64);

impl Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tracker() -> Tracker<'static> {
        Tracker::new()
    }

    #[test]
    fn a_recall_is_rescored_exactly_as_the_detector_would() {
        let detector = crate::default_detector();
        for (i, text) in [
            "我不想活了",
            "活着没意思",
            "药都准备好了",
            "我不会做傻事的",
            "他让我下载了一个会议软件",
            "跟楼上吵了一架",
            "早上好",
            "笑死我了",
        ]
        .into_iter()
        .enumerate()
        {
            let mut t = tracker();
            let id = format!("m{i}");
            let message = Message::new(text).with_id(id.as_str());
            t.send(Sender::new("a"), 1_000, &message);
            let update = t.recall(Sender::new("a"), 5_000, &id);
            let expected = detector.assess(&message.clone().recalled(true));
            assert_eq!(update.message.as_ref(), Some(&expected), "{text}");
            // A second recall event gives the same.
            let again = t.recall(Sender::new("a"), 6_000, &id);
            assert_eq!(again.message.as_ref(), Some(&expected), "{text}");
        }
    }

    #[test]
    fn each_kind_counts_once_and_persistence_raises_one_level() {
        let mut t = tracker();
        let s = Sender::new("a");
        let mut last = None;
        for i in 0..3 {
            let m = Message::new("活着没意思").with_id(format!("m{i}"));
            last = Some(t.send(s, 1_000 + i, &m).conversation);
            if i < 2 {
                let c = last.as_ref().unwrap();
                assert_eq!(c.category(Category::SelfHarm).level, Level::Medium);
                assert!(!c.escalated);
            }
        }
        let c = last.unwrap();
        assert_eq!(c.category(Category::SelfHarm).level, Level::High);
        assert!(c.escalated);
        assert_eq!(c.category(Category::SelfHarm).messages, ["m0", "m1", "m2"]);
    }

    #[test]
    fn low_messages_do_not_persist_into_a_finding() {
        let mut t = tracker();
        for i in 0..6 {
            let m = Message::new("好累啊").with_id(format!("m{i}"));
            t.send(Sender::new("a"), i, &m);
        }
        assert_eq!(t.conversation(Sender::new("a")).level(), Level::Low);
    }

    #[test]
    fn the_window_is_bounded_by_count_and_time() {
        let mut t = Tracker::builder()
            .window_messages(2)
            .window(Duration::from_secs(60))
            .build()
            .unwrap();
        let s = Sender::new("a");
        for i in 0..3u64 {
            t.send(s, i, &Message::new("活着没意思").with_id(format!("m{i}")));
        }
        assert_eq!(t.recall(s, 10, "m0").recall, Some(Recall::NotInWindow));
        assert!(matches!(
            t.recall(s, 10, "m1").recall,
            Some(Recall::InWindow { .. })
        ));
        // A minute later the window is empty and the sender is gone.
        t.send(Sender::new("b"), 70_000, &Message::new("早"));
        assert_eq!(t.recall(s, 70_000, "m2").recall, Some(Recall::NotInWindow));
        assert_eq!(t.len(), 1);
    }

    #[test]
    fn memory_accounting_returns_to_the_table_alone() {
        let mut t = Tracker::builder()
            .window(Duration::from_secs(1))
            .build()
            .unwrap();
        for i in 0..100u64 {
            let from = format!("s{i}");
            t.send(
                Sender::new(&from),
                i,
                &Message::new("我不想活了").with_id("x"),
            );
        }
        assert!(t.memory() > table_bytes(t.buckets));
        t.send(Sender::new("late"), 10_000, &Message::new("早"));
        assert_eq!(t.len(), 1);
        assert_eq!(
            t.memory(),
            table_bytes(t.buckets) + alloc_size(size_of::<Entry>())
        );
    }

    #[test]
    fn a_corrupt_time_far_ahead_does_not_empty_the_windows() {
        let mut t = tracker();
        let now = millis(SystemTime::now().duration_since(UNIX_EPOCH).unwrap());
        t.send(
            Sender::new("a"),
            now,
            &Message::new("活着没意思").with_id("1"),
        );
        let year_2100 = 4_102_444_800_000;
        t.send(
            Sender::new("b"),
            year_2100,
            &Message::new("早").with_id("2"),
        );
        let u = t.recall(Sender::new("a"), now + 1_000, "1");
        assert!(matches!(u.recall, Some(Recall::InWindow { .. })));
    }

    #[test]
    fn tracker_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Tracker<'static>>();
    }

    #[test]
    fn bad_settings_are_rejected() {
        assert!(Tracker::builder().window_messages(0).build().is_err());
        assert!(Tracker::builder().window(Duration::ZERO).build().is_err());
        assert!(Tracker::builder().memory_limit(1000).build().is_err());
        let e = Tracker::builder().persistence(1).build().unwrap_err();
        assert!(e.to_string().contains("persistence"), "{e}");
    }
}
