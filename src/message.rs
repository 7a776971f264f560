//! The input: one chat message, with what is known about it.

use std::borrow::Cow;

/// One chat message: its text, whether it was recalled (撤回), and an optional id that the
/// assessment echoes back.
///
/// ```
/// use jiuming::Message;
/// let m = Message::new("我不想活了").recalled(true).with_id("m-17");
/// assert!(m.is_recalled());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Message<'a> {
    text: Cow<'a, str>,
    recalled: bool,
    id: Option<String>,
}

impl<'a> Message<'a> {
    /// A message with this text, not recalled, without an id.
    pub fn new(text: impl Into<Cow<'a, str>>) -> Self {
        Message {
            text: text.into(),
            recalled: false,
            id: None,
        }
    }

    /// Mark the message as recalled (or not).
    pub fn recalled(mut self, recalled: bool) -> Self {
        self.recalled = recalled;
        self
    }

    /// Give the message an id to echo back in the assessment.
    pub fn with_id(mut self, id: impl Into<String>) -> Self {
        self.id = Some(id.into());
        self
    }

    /// The text as written.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Whether the message was recalled.
    pub fn is_recalled(&self) -> bool {
        self.recalled
    }

    /// The id, if any.
    pub fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }
}

impl<'a> From<&'a str> for Message<'a> {
    fn from(text: &'a str) -> Self {
        Message::new(text)
    }
}

impl From<String> for Message<'static> {
    fn from(text: String) -> Self {
        Message::new(text)
    }
}

impl<'a> From<&'a String> for Message<'a> {
    fn from(text: &'a String) -> Self {
        Message::new(text.as_str())
    }
}

impl<'a, 'b> From<&'b Message<'a>> for Message<'b> {
    fn from(message: &'b Message<'a>) -> Self {
        Message {
            text: Cow::Borrowed(message.text()),
            recalled: message.recalled,
            id: message.id.clone(),
        }
    }
}
