//! The one error type of the crate: configuration only (`assess` is infallible).

use std::fmt;

/// A configuration error: a lexicon that cannot be read or parsed, or a bad setting.
///
/// `Display` names the file, the line and what is wrong, e.g.
/// `my_terms.tsv:12: unknown kind "plan" for category fraud_victim`.
#[derive(Debug, Clone, PartialEq)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Debug, Clone, PartialEq)]
enum ErrorKind {
    /// A lexicon line (1-based) that is wrong.
    Lexicon {
        source: String,
        line: usize,
        reason: String,
    },
    /// A file that cannot be read at all.
    Io { source: String, reason: String },
    /// A setting out of range.
    Config { reason: String },
}

impl Error {
    pub(crate) fn lexicon(source: &str, line: usize, reason: impl Into<String>) -> Self {
        Error {
            kind: ErrorKind::Lexicon {
                source: source.to_string(),
                line,
                reason: reason.into(),
            },
        }
    }

    pub(crate) fn io(source: &str, reason: impl Into<String>) -> Self {
        Error {
            kind: ErrorKind::Io {
                source: source.to_string(),
                reason: reason.into(),
            },
        }
    }

    pub(crate) fn config(reason: impl Into<String>) -> Self {
        Error {
            kind: ErrorKind::Config {
                reason: reason.into(),
            },
        }
    }

    /// The file (or named source) the error is about, if any.
    pub fn source_name(&self) -> Option<&str> {
        match &self.kind {
            ErrorKind::Lexicon { source, .. } | ErrorKind::Io { source, .. } => Some(source),
            ErrorKind::Config { .. } => None,
        }
    }

    /// The 1-based line the error is about, if any.
    pub fn line(&self) -> Option<usize> {
        match &self.kind {
            ErrorKind::Lexicon { line, .. } => Some(*line),
            _ => None,
        }
    }

    /// What is wrong, without the location.
    pub fn reason(&self) -> &str {
        match &self.kind {
            ErrorKind::Lexicon { reason, .. }
            | ErrorKind::Io { reason, .. }
            | ErrorKind::Config { reason } => reason,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::Lexicon {
                source,
                line,
                reason,
            } => write!(f, "{source}:{line}: {reason}"),
            ErrorKind::Io { source, reason } => write!(f, "{source}: {reason}"),
            ErrorKind::Config { reason } => write!(f, "invalid configuration: {reason}"),
        }
    }
}

impl std::error::Error for Error {}
