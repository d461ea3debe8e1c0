//! Supported languages as a typed enum, never a free string.

use std::fmt;

/// A language Kernsatz has data for (abbreviations, stopwords, stemmer, ...).
///
/// Text in any other language or script is still analysed with the generic rules; see
/// [`crate::detect_language`], which answers `None` for such text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// German.
    De,
    /// English.
    En,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Italian.
    It,
    /// Dutch.
    Nl,
    /// Portuguese.
    Pt,
}

impl Lang {
    /// Every supported language, in a fixed order.
    pub const ALL: [Lang; 7] = [
        Lang::De,
        Lang::En,
        Lang::Fr,
        Lang::Es,
        Lang::It,
        Lang::Nl,
        Lang::Pt,
    ];

    /// Every supported language, in a fixed order.
    pub fn all() -> &'static [Lang] {
        &Self::ALL
    }

    /// The ISO 639-1 code, e.g. `"de"`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::It => "it",
            Lang::Nl => "nl",
            Lang::Pt => "pt",
        }
    }

    /// Parses an ISO 639-1 code (case-insensitive, a region suffix like `de-AT` is ignored).
    ///
    /// ```
    /// use kernsatz::Lang;
    /// assert_eq!(Lang::from_code("de-AT"), Some(Lang::De));
    /// assert_eq!(Lang::from_code("EN"), Some(Lang::En));
    /// assert_eq!(Lang::from_code("ru"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next().unwrap_or("");
        Self::ALL
            .iter()
            .copied()
            .find(|lang| lang.code().eq_ignore_ascii_case(primary))
    }

    /// Index into per-language tables.
    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

impl serde::Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Lang {
    type Err = crate::Error;

    /// Parses a language code; the error lists the supported codes.
    ///
    /// ```
    /// use kernsatz::Lang;
    /// assert_eq!("fr".parse::<Lang>().unwrap(), Lang::Fr);
    /// assert!("xx".parse::<Lang>().unwrap_err().to_string().contains("de, en, fr"));
    /// ```
    fn from_str(code: &str) -> Result<Lang, Self::Err> {
        Lang::from_code(code).ok_or_else(|| crate::Error::unknown_language(code))
    }
}
