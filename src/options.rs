//! Summarization options: consuming setters, every default in one place, validated once.

use crate::error::Error;
use crate::lang::Lang;

/// How long the summary should be.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Length {
    /// Exactly this many sentences (fewer if the text has fewer).
    Sentences(usize),
    /// This share of the text's sentences, in (0, 1], rounded up.
    Ratio(f64),
    /// As many sentences as fit into this many words (at least one sentence).
    Words(usize),
}

/// The order of the chosen sentences.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Order {
    /// As they appear in the text.
    #[default]
    Document,
    /// Best first.
    Rank,
}

/// Options for [`crate::summarize`].
///
/// ```
/// use kernsatz::{Lang, Options, Order};
/// let options = Options::new().sentences(5).lang(Lang::De).order(Order::Rank);
/// assert_eq!(options.get_lang(), Some(Lang::De));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    length: Length,
    lang: Option<Lang>,
    order: Order,
    max_input_length: usize,
}

/// The default summary length.
pub const DEFAULT_SENTENCES: usize = 3;
/// The default input limit in characters (Unicode code points): about 4 books of 300 pages.
/// Cost is linear, so this guards memory more than time: `benches/scaling.rs` measures a peak
/// heap of 16 to 24 times the input natively (a 10 MB text takes about 1.5 s and 160 to 240
/// MB), so the former 50,000,000 would have let one call take over a gigabyte, more than a
/// browser tab's WebAssembly memory should grow to (it never shrinks).
pub const DEFAULT_MAX_INPUT_LENGTH: usize = 10_000_000;

impl Default for Options {
    fn default() -> Self {
        Options {
            length: Length::Sentences(DEFAULT_SENTENCES),
            lang: None,
            order: Order::Document,
            max_input_length: DEFAULT_MAX_INPUT_LENGTH,
        }
    }
}

impl Options {
    /// The defaults: 3 sentences, detected language, document order.
    pub fn new() -> Self {
        Self::default()
    }

    /// A summary of `n` sentences (at least 1).
    pub fn sentences(mut self, n: usize) -> Self {
        self.length = Length::Sentences(n);
        self
    }

    /// A summary of this share of the sentences, in (0, 1].
    pub fn ratio(mut self, ratio: f64) -> Self {
        self.length = Length::Ratio(ratio);
        self
    }

    /// A summary of at most `n` words (at least 1).
    pub fn words(mut self, n: usize) -> Self {
        self.length = Length::Words(n);
        self
    }

    /// The text's language, instead of detecting it.
    pub fn lang(mut self, lang: Lang) -> Self {
        self.lang = Some(lang);
        self
    }

    /// The order of the chosen sentences.
    pub fn order(mut self, order: Order) -> Self {
        self.order = order;
        self
    }

    /// The longest text accepted, in characters (Unicode code points).
    pub fn max_input_length(mut self, chars: usize) -> Self {
        self.max_input_length = chars;
        self
    }

    /// The requested length.
    pub fn get_length(&self) -> Length {
        self.length
    }

    /// The explicit language, if one was set.
    pub fn get_lang(&self) -> Option<Lang> {
        self.lang
    }

    /// The requested order.
    pub fn get_order(&self) -> Order {
        self.order
    }

    /// The input limit in characters.
    pub fn get_max_input_length(&self) -> usize {
        self.max_input_length
    }

    /// Checks every option; the error names the option, its value and what is allowed.
    ///
    /// ```
    /// use kernsatz::Options;
    /// let error = Options::new().ratio(1.5).validate().unwrap_err();
    /// assert_eq!(error.to_string(), "invalid option ratio = 1.5: expected a number in (0, 1]");
    /// ```
    pub fn validate(&self) -> Result<(), Error> {
        match self.length {
            Length::Sentences(0) => {
                return Err(Error::invalid_option(
                    "sentences",
                    0,
                    "expected a whole number of at least 1",
                ))
            }
            Length::Ratio(r) if !(r > 0.0 && r <= 1.0) => {
                return Err(Error::invalid_option(
                    "ratio",
                    r,
                    "expected a number in (0, 1]",
                ))
            }
            Length::Words(0) => {
                return Err(Error::invalid_option(
                    "words",
                    0,
                    "expected a whole number of at least 1",
                ))
            }
            _ => {}
        }
        if self.max_input_length == 0 {
            return Err(Error::invalid_option(
                "maxInputLength",
                0,
                "expected a whole number of at least 1",
            ));
        }
        Ok(())
    }
}
