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
        value: Value,
        allowed: &'static str,
    },
    UnknownLanguage(String),
    InputTooLong {
        length: usize,
        limit: usize,
    },
}

/// An option's value as given, kept as a number until the message is written.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Value {
    Whole(usize),
    Number(f64),
}

impl From<usize> for Value {
    fn from(n: usize) -> Value {
        Value::Whole(n)
    }
}

impl From<f64> for Value {
    fn from(x: f64) -> Value {
        Value::Number(x)
    }
}

impl PartialEq for Value {
    /// Bitwise for numbers, so that an error equals its clone even when the value is NaN.
    fn eq(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Whole(a), Value::Whole(b)) => a == b,
            (Value::Number(a), Value::Number(b)) => a.to_bits() == b.to_bits(),
            _ => false,
        }
    }
}

impl Error {
    pub(crate) fn invalid_option(
        option: &'static str,
        value: impl Into<Value>,
        allowed: &'static str,
    ) -> Error {
        Error {
            kind: ErrorKind::InvalidOption {
                option,
                value: value.into(),
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

    /// The message, with a fractional option value written by `number`.
    ///
    /// `Display` writes it as Rust does. The wasm boundary passes JavaScript's number
    /// formatting instead: then nothing in the bundle formats floats, and Rust's float
    /// formatting (flt2dec) stays out of it.
    pub(crate) fn message(&self, number: impl Fn(f64) -> String) -> String {
        match &self.kind {
            ErrorKind::InvalidOption {
                option,
                value,
                allowed,
            } => {
                let value = match *value {
                    Value::Whole(n) => n.to_string(),
                    Value::Number(x) => number(x),
                };
                format!("invalid option {option} = {value}: {allowed}")
            }
            ErrorKind::UnknownLanguage(code) => {
                let codes: Vec<&str> = crate::Lang::ALL.iter().map(|l| l.code()).collect();
                format!(
                    "invalid option lang = {}: expected one of {} (or no lang to detect it)",
                    Quoted(code),
                    codes.join(", ")
                )
            }
            ErrorKind::InputTooLong { length, limit } => format!(
                "the text is too long: {length} characters, the limit is {limit} (raise maxInputLength to allow more)"
            ),
        }
    }
}

/// A user's string in double quotes, with quotes, backslashes and control characters
/// escaped: what `{:?}` writes for them, without Debug formatting (the small wasm build
/// leaves Debug out, see scripts/build-wasm.sh).
pub(crate) struct Quoted<'a>(pub(crate) &'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"")?;
        for c in self.0.chars() {
            match c {
                '"' => f.write_str("\\\"")?,
                '\\' => f.write_str("\\\\")?,
                '\n' => f.write_str("\\n")?,
                '\r' => f.write_str("\\r")?,
                '\t' => f.write_str("\\t")?,
                '\0' => f.write_str("\\0")?,
                c if c.is_control() => write!(f, "\\u{{{:x}}}", c as u32)?,
                c => write!(f, "{c}")?,
            }
        }
        f.write_str("\"")
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(|x| x.to_string()))
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::Quoted;

    #[test]
    fn quoted_writes_what_debug_writes_for_user_strings() {
        for s in [
            "foo",
            "",
            "sätze",
            "a \"b\" \\ c",
            "tab\there\nnew\r",
            "nul\u{0}\u{7f}",
            "😀 中文",
        ] {
            assert_eq!(Quoted(s).to_string(), format!("{s:?}"), "{s}");
        }
    }
}
