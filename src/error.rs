//! The one error type: what was wrong and what is allowed.

use std::fmt;

/// An error from Kernsatz: an invalid option or an input it cannot take.
///
/// The message names the option or input, the value given and what is allowed.
#[derive(Clone, Debug, PartialEq)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Clone, Debug, PartialEq)]
enum ErrorKind {
    InvalidOption {
        option: &'static str,
        value: String,
        allowed: &'static str,
    },
    UnknownLanguage(String),
    InputTooLong {
        length: usize,
        limit: usize,
    },
}

impl Error {
    pub(crate) fn invalid_option(
        option: &'static str,
        value: impl fmt::Display,
        allowed: &'static str,
    ) -> Error {
        Error {
            kind: ErrorKind::InvalidOption {
                option,
                value: value.to_string(),
                allowed,
            },
        }
    }

    pub(crate) fn unknown_language(code: &str) -> Error {
        Error {
            kind: ErrorKind::UnknownLanguage(code.to_string()),
        }
    }

    pub(crate) fn input_too_long(length: usize, limit: usize) -> Error {
        Error {
            kind: ErrorKind::InputTooLong { length, limit },
        }
    }

    /// The option the error is about (`"sentences"`, `"ratio"`, `"lang"`, `"maxInputLength"`),
    /// if it is about one.
    pub fn option(&self) -> Option<&'static str> {
        match &self.kind {
            ErrorKind::InvalidOption { option, .. } => Some(option),
            ErrorKind::UnknownLanguage(_) => Some("lang"),
            ErrorKind::InputTooLong { .. } => None,
        }
    }

    /// Whether the error says the input is over the length limit.
    pub fn is_input_too_long(&self) -> bool {
        matches!(self.kind, ErrorKind::InputTooLong { .. })
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::InvalidOption {
                option,
                value,
                allowed,
            } => write!(f, "invalid option {option} = {value}: {allowed}"),
            ErrorKind::UnknownLanguage(code) => {
                let codes: Vec<&str> = crate::Lang::ALL.iter().map(|l| l.code()).collect();
                write!(
                    f,
                    "invalid option lang = {code:?}: expected one of {} (or no lang to detect it)",
                    codes.join(", ")
                )
            }
            ErrorKind::InputTooLong { length, limit } => write!(
                f,
                "the text is too long: {length} characters, the limit is {limit} (raise maxInputLength to allow more)"
            ),
        }
    }
}

impl std::error::Error for Error {}
