//! Sentence segmentation over the original text.
//!
//! Two passes. The first cuts the text into lines and runs the Unicode sentence rules
//! (UAX #29, via unicode-segmentation) inside each line, which yields candidate pieces; it
//! also cuts at weak candidates where UAX #29 never breaks but sentences often end (". i
//! think", ". 2005 is", ". - No, hombre", "; El", after an address, a separator or a header
//! stamp). The second walks the boundaries between pieces and decides each with language
//! data: abbreviations, initials, ordinals and dates ("der 907. Berichtigungsantrag"), Roman
//! numerals, lowercase continuations, soft-wrapped lines (only in hard-wrapped text). Line
//! structure (blank lines, headlines, list items, wiki headings, metadata tokens) only ever
//! adds boundaries.
//!
//! Every unit is a span of byte offsets into the original text, trimmed of whitespace, so the
//! units are in order, never overlap, and together cover every non-whitespace character.

use crate::lang::Lang;
use crate::langdata::{generic_data, lang_data, LangData};
use crate::lowercase::{lowercase, push_lowercase};
use crate::uax_sentences;

/// What a unit of text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub enum UnitKind {
    /// A sentence of running text.
    Sentence,
    /// A line of its own without final punctuation: a title, a subheading, a byline.
    Headline,
    /// A line that starts with a list marker ("- ", "• ", "1) ").
    ListItem,
    /// A leading metadata token or line ("date 2021-04", "Quelle: dpa").
    Metadata,
}

/// One sentence-like unit: a byte span of the original text and its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Unit {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// What the unit is.
    pub kind: UnitKind,
}

impl Unit {
    /// The unit's text, a slice of the text it was found in.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// Splits `text` into sentences, headlines, list items and metadata units.
///
/// `lang` selects the abbreviation and ordinal data; `None` applies only the rules that hold
/// in every language.
///
/// ```
/// use kernsatz::{segment, Lang};
/// let text = "Der 907. Berichtigungsantrag wurde ausgesetzt. Dr. Müller kam am 27. November.";
/// let units = segment(text, Some(Lang::De));
/// let sentences: Vec<&str> = units.iter().map(|u| u.text(text)).collect();
/// assert_eq!(
///     sentences,
///     ["Der 907. Berichtigungsantrag wurde ausgesetzt.", "Dr. Müller kam am 27. November."]
/// );
/// ```
pub fn segment(text: &str, lang: Option<Lang>) -> Vec<Unit> {
    let lines: Vec<Line> = Lines::new(text).collect();
    let rules = Rules {
        data: lang.map(lang_data),
        ordinal_dot: lang == Some(Lang::De),
        hard_wrapped: hard_wrapped(text, &lines),
    };
    let mut pieces = Vec::new();
    let mut gap = Gap::Paragraph;
    for line in lines {
        if line.blank {
            gap = Gap::Paragraph;
            continue;
        }
        split_line(text, line.start, line.end, gap, &rules, &mut pieces);
        gap = Gap::LineBreak;
    }
    merge(text, &pieces, &rules)
}

/// How a piece is separated from the one before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gap {
    /// A UAX #29 boundary inside a line: a candidate that may be false.
    Inline,
    /// A place inside a line where UAX #29 does not break but a sentence may end (". the",
    /// ". 2005", ". - Ya", after "***" or a timestamp): a candidate that may be true.
    Weak,
    /// One line break.
    LineBreak,
    /// A blank line, or the start of the text.
    Paragraph,
    /// A structural boundary inside a line (after metadata, around a wiki heading).
    Hard,
    /// A certain boundary inside a line that starts no line (around an inline credit).
    Cut,
}

#[derive(Clone, Copy, Debug)]
struct Piece {
    start: usize,
    end: usize,
    gap: Gap,
    /// A kind fixed by line structure, before merging.
    kind: Option<UnitKind>,
}

struct Rules {
    data: Option<&'static LangData>,
    /// Whether "<number>." can be an ordinal inside a sentence (German).
    ordinal_dot: bool,
    /// Whether the text looks hard-wrapped, so that a line break may fall inside a sentence.
    hard_wrapped: bool,
}

/// Lines this long (in characters) or longer are typical of hard-wrapped text.
const WRAP_MIN: usize = 40;
/// Hard-wrapped text has no lines longer than this (a few long URLs aside).
const WRAP_MAX: usize = 100;

/// Whether the text is hard-wrapped (e-mail, copied PDF): several lines of wrap width and
/// hardly any longer ones. Texts with one paragraph per line (web pages, forums, the
/// treebanks) are not, and there every line break ends a unit.
fn hard_wrapped(text: &str, lines: &[Line]) -> bool {
    let (mut wrapped, mut long) = (0usize, 0usize);
    for line in lines {
        // Counting stops past WRAP_MAX, so this stays linear in the text.
        let chars = text[line.start..line.end]
            .chars()
            .take(WRAP_MAX + 1)
            .count();
        if chars > WRAP_MAX {
            long += 1;
        } else if chars >= WRAP_MIN {
            wrapped += 1;
        }
    }
    wrapped >= 2 && long * 10 <= wrapped
}

/// A line of the text, without its line break.
struct Line {
    start: usize,
    end: usize,
    blank: bool,
}

/// Lines separated by LF, CR LF, CR, VT, FF, NEL, LS or PS.
struct Lines<'t> {
    text: &'t str,
    pos: usize,
}

impl<'t> Lines<'t> {
    fn new(text: &'t str) -> Self {
        Lines { text, pos: 0 }
    }
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

impl Iterator for Lines<'_> {
    type Item = Line;

    fn next(&mut self) -> Option<Line> {
        if self.pos >= self.text.len() {
            return None;
        }
        let rest = &self.text[self.pos..];
        let start = self.pos;
        let (end, next) = match rest.char_indices().find(|&(_, c)| is_line_break(c)) {
            Some((i, c)) => {
                let after = i + c.len_utf8();
                let after = if c == '\r' && rest[after..].starts_with('\n') {
                    after + 1
                } else {
                    after
                };
                (start + i, start + after)
            }
            None => (self.text.len(), self.text.len()),
        };
        self.pos = next;
        let blank = self.text[start..end].chars().all(char::is_whitespace);
        Some(Line { start, end, blank })
    }
}

/// Cuts one line into pieces: structure first (metadata, list marker, headings), then UAX #29.
fn split_line(
    text: &str,
    start: usize,
    end: usize,
    gap: Gap,
    rules: &Rules,
    pieces: &mut Vec<Piece>,
) {
    let (start, end) = trim(text, start, end);
    if start == end {
        return;
    }
    let line = &text[start..end];
    let first = pieces.len();
    let mut from = start;
    let mut next_gap = gap;
    if let Some(len) = metadata_prefix(line) {
        push_trimmed(
            text,
            start,
            start + len,
            gap,
            Some(UnitKind::Metadata),
            pieces,
        );
        from = start + len;
        next_gap = Gap::Hard;
    } else if is_markdown_heading(line) {
        pieces.push(Piece {
            start,
            end,
            gap,
            kind: Some(UnitKind::Headline),
        });
        return;
    }
    let list_item = pieces.len() == first && list_marker_len(line).is_some();
    for (h_start, h_end) in wiki_headings(text, from, end) {
        split_sentences(text, from, h_start, next_gap, rules, pieces);
        push_trimmed(
            text,
            h_start,
            h_end,
            Gap::Hard,
            Some(UnitKind::Headline),
            pieces,
        );
        from = h_end;
        next_gap = Gap::Hard;
    }
    split_sentences(text, from, end, next_gap, rules, pieces);
    if list_item {
        if let Some(piece) = pieces.get_mut(first) {
            piece.kind = Some(UnitKind::ListItem);
        }
    }
}

/// Runs the UAX #29 sentence rules over `text[start..end]`.
fn split_sentences(
    text: &str,
    start: usize,
    end: usize,
    gap: Gap,
    rules: &Rules,
    pieces: &mut Vec<Piece>,
) {
    let (start, end) = trim(text, start, end);
    if start == end {
        // Never hand an empty string to the sentence iterator (its size_hint underflows).
        return;
    }
    let first = pieces.len();
    let mut gap = gap;
    // Straight double quotes seen so far: after an odd number, a detached one closes.
    let mut quotes = 0usize;
    for (offset, sentence) in uax_sentences::sentences(&text[start..end]) {
        let before = pieces.len();
        let mut s = start + offset;
        let e = s + sentence.len();
        let closer = detached_closer(&text[s..e], quotes % 2 == 1);
        quotes += text[s..e].matches('"').count();
        if closer > 0 && pieces.len() > first {
            // "« pièce. » Les", "une bête ! \" Les": the quote closes the sentence before.
            if let Some(previous) = pieces.last_mut() {
                previous.end = s + closer;
            }
            s += closer;
        }
        // An inline photo credit is a unit of its own between the caption and the next
        // sentence, which UAX #29 runs together ("… erzählen. (Foto: dpa) Zu den …").
        let mut from = s;
        let mut piece_gap = gap;
        for (credit_start, credit_end) in inline_credits(text, s, e, rules) {
            push_with_candidates(text, from, credit_start, piece_gap, pieces);
            let credit_gap = if credit_start == from {
                piece_gap
            } else {
                Gap::Cut
            };
            let metadata = Some(UnitKind::Metadata);
            push_trimmed(text, credit_start, credit_end, credit_gap, metadata, pieces);
            from = credit_end;
            piece_gap = Gap::Cut;
        }
        push_with_candidates(text, from, e, piece_gap, pieces);
        if pieces.len() > before {
            gap = Gap::Inline;
        }
    }
}

/// Longest label of an inline credit, in bytes ("Bildquelle").
const CREDIT_LABEL_MAX: usize = 24;
/// Longest inline credit, in bytes.
const CREDIT_MAX: usize = 160;

/// Inline credits in `text[start..end]`, as byte ranges: a parenthesis that opens with a
/// label from the language's boilerplate list ("(Foto: dpa)", "(Photo: Getty Images)") and
/// is followed by a capitalised word or nothing, so that what comes after starts anew.
fn inline_credits(text: &str, start: usize, end: usize, rules: &Rules) -> Vec<(usize, usize)> {
    let mut credits = Vec::new();
    let Some(data) = rules.data else {
        return credits;
    };
    let slice = &text[start..end];
    let mut label = String::new();
    for (open, _) in slice.match_indices('(') {
        let inside = &slice[open + 1..];
        let Some(colon) = inside
            .bytes()
            .take(CREDIT_LABEL_MAX)
            .position(|b| b == b':')
        else {
            continue;
        };
        let name = &inside[..colon];
        if name.is_empty() || !name.chars().all(char::is_alphabetic) {
            continue;
        }
        label.clear();
        for c in name.chars() {
            push_lowercase(&mut label, c);
        }
        label.push(':');
        if data.boilerplate.find_in(&label) != Some(label.as_str()) {
            continue;
        }
        let Some(close) = inside
            .find([')', '('])
            .filter(|&c| inside[c..].starts_with(')'))
        else {
            continue;
        };
        if close > CREDIT_MAX {
            continue;
        }
        let after = open + 1 + close + 1;
        let next = slice[after..].trim_start().chars().next();
        if next.is_none_or(char::is_uppercase) {
            credits.push((start + open, start + after));
        }
    }
    credits
}

/// Length of a closing quote that starts `piece` and stands apart from the next word.
fn detached_closer(piece: &str, odd_quotes: bool) -> usize {
    let mut chars = piece.chars();
    let Some(c) = chars.next() else {
        return 0;
    };
    let closing = matches!(c, '»' | '”') || (c == '"' && odd_quotes);
    let detached = chars.next().is_none_or(char::is_whitespace);
    if closing && detached {
        c.len_utf8()
    } else {
        0
    }
}

/// Pushes the UAX #29 piece `text[start..end]`, cut at the weak candidates inside it.
fn push_with_candidates(text: &str, start: usize, end: usize, gap: Gap, pieces: &mut Vec<Piece>) {
    let (start, end) = trim(text, start, end);
    if start == end {
        return;
    }
    let mut from = start;
    let mut gap = gap;
    // The last two tokens before the current whitespace run, as byte ranges.
    let mut previous: Option<(usize, usize)> = None;
    let mut token_start = start;
    let mut in_space = false;
    for (i, c) in text[start..end].char_indices() {
        let at = start + i;
        if c.is_whitespace() {
            if !in_space {
                previous = Some((token_start, at));
                in_space = true;
            }
        } else if in_space {
            in_space = false;
            token_start = at;
            if let Some((ts, te)) = previous {
                if weak_candidate(&text[ts..te], &text[at..end]) {
                    push_trimmed(text, from, at, gap, None, pieces);
                    from = at;
                    gap = Gap::Weak;
                }
            }
        }
    }
    push_trimmed(text, from, end, gap, None, pieces);
}

/// Whether a sentence may end between the token `last` and the text `after` although
/// UAX #29 does not break there. The decision is [`missed_boundary`]'s.
fn weak_candidate(last: &str, after: &str) -> bool {
    // This runs at every space: let plain words followed by a word out cheaply. Every test
    // below needs a punctuation mark or digit in `last`, a digit or separator starting
    // `after`, or `last` to be "am"/"pm".
    let after_plain = after.chars().next().is_some_and(char::is_alphabetic);
    if after_plain && last.len() > 2 && last.chars().all(char::is_alphabetic) {
        return false;
    }
    let core = strip_closers(last);
    core.ends_with(['.', '!', '?', '…', ';'])
        || is_address(last)
        || is_separator(last)
        || starts_with_separator(after)
        || is_time(last)
        || is_meridiem(last)
        || starts_with_timestamp(after)
}

fn push_trimmed(
    text: &str,
    start: usize,
    end: usize,
    gap: Gap,
    kind: Option<UnitKind>,
    pieces: &mut Vec<Piece>,
) {
    let (start, end) = trim(text, start, end);
    if start < end {
        pieces.push(Piece {
            start,
            end,
            gap,
            kind,
        });
    }
}

/// Narrows `start..end` to exclude leading and trailing whitespace.
fn trim(text: &str, start: usize, end: usize) -> (usize, usize) {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    (start + lead, start + lead + trimmed.len())
}

/// Length of a leading "key value" metadata token such as "date 2021-04" or "Quelle: dpa".
fn metadata_prefix(line: &str) -> Option<usize> {
    let key_len = line
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(line.len());
    if key_len == 0 || !generic_data().is_metadata_key(&lowercase(&line[..key_len])) {
        return None;
    }
    let mut rest = &line[key_len..];
    let colon = rest.starts_with(':');
    if colon {
        rest = &rest[1..];
    }
    let value_start = line.len() - rest.trim_start().len();
    if value_start == line.len() || value_start == key_len && !colon {
        // "date" alone, or "dates are..." (no separator after the key).
        return None;
    }
    let value = &line[value_start..];
    let value_len = value.find(char::is_whitespace).unwrap_or(value.len());
    if value[..value_len].contains(|c: char| c.is_ascii_digit()) {
        Some(value_start + value_len)
    } else if colon && line.chars().count() <= 80 {
        Some(line.len())
    } else {
        None
    }
}

fn is_markdown_heading(line: &str) -> bool {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    (1..=6).contains(&hashes) && line[hashes..].starts_with(' ')
}

/// Length of a leading list marker ("- ", "• ", "1) ", "a) ", "1. ") including its space.
fn list_marker_len(line: &str) -> Option<usize> {
    let mut chars = line.char_indices();
    let (_, first) = chars.next()?;
    if matches!(
        first,
        '-' | '*'
            | '•'
            | '·'
            | '–'
            | '—'
            | '▪'
            | '■'
            | '►'
            | '▸'
            | '➢'
            | '✓'
            | '✔'
            | '○'
            | '◦'
    ) {
        let next = line[first.len_utf8()..].chars().next()?;
        return next
            .is_whitespace()
            .then(|| first.len_utf8() + next.len_utf8());
    }
    let label_len = line
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(line.len());
    let label = &line[..label_len];
    let numbered =
        !label.is_empty() && label.len() <= 3 && label.bytes().all(|b| b.is_ascii_digit());
    let lettered = label.len() == 1 && label.bytes().all(|b| b.is_ascii_lowercase());
    let rest = &line[label_len..];
    let closer = rest.chars().next()?;
    let marked = (numbered && (closer == ')' || closer == '.')) || (lettered && closer == ')');
    if !marked {
        return None;
    }
    let after = rest[1..].chars().next()?;
    after
        .is_whitespace()
        .then_some(label_len + 1 + after.len_utf8())
}

/// The first position in `bytes` where `len` (at least 1) '=' signs follow each other: what
/// `str::find("==…")` gives, in linear time without the two-way substring searcher (2.4 KB
/// of the wasm bundle with the other substring searches).
fn find_equals_run(bytes: &[u8], len: usize) -> Option<usize> {
    let mut from = 0;
    // Skip to each '=' in a tight loop: most lines hold none at all.
    while let Some(offset) = bytes.get(from..)?.iter().position(|&b| b == b'=') {
        let at = from + offset;
        let run = bytes[at..].iter().take_while(|&&b| b == b'=').count();
        if run >= len {
            return Some(at);
        }
        from = at + run;
    }
    None
}

/// Inline wiki headings ("== Geschichte ==") inside `text[start..end]`, as byte spans.
fn wiki_headings(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let line = &text[start..end];
    let bytes = line.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while let Some(offset) = find_equals_run(&bytes[i..], 2) {
        let open = i + offset;
        let level = bytes[open..].iter().take_while(|&&b| b == b'=').count();
        let content_start = open + level;
        let Some(close_offset) = find_equals_run(&bytes[content_start..], level) else {
            break;
        };
        let close = content_start + close_offset;
        let content = line[content_start..close].trim();
        let close_end = close + level;
        let bounded = line[close_end..].bytes().next() != Some(b'=');
        if !content.is_empty() && content.len() <= 200 && !content.contains('=') && bounded {
            found.push((start + open, start + close_end));
            i = close_end;
        } else {
            i = content_start;
        }
    }
    found
}

/// Joins pieces across false boundaries and gives every unit its kind.
fn merge(text: &str, pieces: &[Piece], rules: &Rules) -> Vec<Unit> {
    let mut units: Vec<Unit> = Vec::with_capacity(pieces.len());
    // Whether the current unit started at a line start (for headline detection).
    let mut line_start = true;
    for (i, piece) in pieces.iter().enumerate() {
        let join = match (units.last(), piece.gap) {
            (Some(unit), Gap::Inline) => {
                unit.kind != UnitKind::Metadata
                    && false_boundary(text, unit.start, unit.end, piece, rules)
            }
            (Some(unit), Gap::Weak) => {
                unit.kind != UnitKind::Metadata
                    && !missed_boundary(unit.text(text), piece_text(text, piece), rules)
            }
            (Some(unit), Gap::LineBreak) => {
                rules.hard_wrapped
                    && unit.kind != UnitKind::Metadata
                    && piece.kind.is_none()
                    && last_line(text, unit.end).chars().take(WRAP_MIN).count() == WRAP_MIN
                    && soft_wrap(unit.text(text), piece_text(text, piece))
            }
            _ => false,
        };
        if join {
            if let Some(unit) = units.last_mut() {
                unit.end = piece.end;
            }
        } else {
            if let Some(unit) = units.last_mut() {
                finish_kind(
                    text,
                    unit,
                    line_start,
                    !matches!(piece.gap, Gap::Inline | Gap::Weak | Gap::Cut),
                );
            }
            line_start = !matches!(piece.gap, Gap::Inline | Gap::Weak | Gap::Cut);
            units.push(Unit {
                start: piece.start,
                end: piece.end,
                kind: piece.kind.unwrap_or(UnitKind::Sentence),
            });
        }
        if i + 1 == pieces.len() {
            if let Some(unit) = units.last_mut() {
                finish_kind(text, unit, line_start, true);
            }
        }
    }
    units
}

/// The line that ends at byte `end` (its text from the last line break before `end`).
fn last_line(text: &str, end: usize) -> &str {
    let before = &text[..end];
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| is_line_break(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    &before[start..]
}

fn piece_text<'t>(text: &'t str, piece: &Piece) -> &'t str {
    &text[piece.start..piece.end]
}

/// A whole line of a few words without final punctuation is a headline.
fn finish_kind(text: &str, unit: &mut Unit, line_start: bool, line_end: bool) {
    if unit.kind != UnitKind::Sentence || !line_start || !line_end {
        return;
    }
    let body = unit.text(text);
    let last = strip_closers(body).chars().next_back();
    let punctuated = last.is_some_and(|c| is_terminal(c) || matches!(c, ',' | ';' | ':'));
    if !punctuated && body.split_whitespace().take(16).count() <= 15 {
        unit.kind = UnitKind::Headline;
    }
}

fn is_terminal(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '…' | '։' | '؟' | '۔' | '।' | '。' | '！' | '？' | '｡'
    )
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '“' | '’' | '‘' | '»' | '«' | '›' | '‹' | ')' | ']' | '}'
    )
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '„'
            | '“'
            | '‚'
            | '‘'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '('
            | '['
            | '{'
            | '¿'
            | '¡'
    )
}

fn strip_closers(s: &str) -> &str {
    s.trim_end_matches(is_closer)
}

/// The first word of `s` after opening quotes and brackets.
fn first_word(s: &str) -> &str {
    let s = s.trim_start_matches(is_opener);
    let end = s
        .find(|c: char| !(c.is_alphanumeric() || c == '-'))
        .unwrap_or(s.len());
    &s[..end]
}

fn starts_lowercase(s: &str) -> bool {
    s.trim_start_matches(is_opener)
        .chars()
        .next()
        .is_some_and(char::is_lowercase)
}

fn starts_uppercase(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a line break between `before` and `after` only wraps a running sentence.
fn soft_wrap(before: &str, after: &str) -> bool {
    if list_marker_len(after).is_some() || !wiki_headings(after, 0, after.len()).is_empty() {
        return false;
    }
    let Some(last) = before.chars().next_back() else {
        return false;
    };
    if matches!(last, ',' | '-' | '‐' | '(' | '&') {
        return true;
    }
    !is_terminal(strip_closers(before).chars().next_back().unwrap_or('.'))
        && !matches!(last, ':' | ';')
        && starts_lowercase(after)
}

/// Whether the UAX #29 boundary between the unit `text[start..end]` and `piece` is false.
fn false_boundary(text: &str, start: usize, end: usize, piece: &Piece, rules: &Rules) -> bool {
    let before = &text[start..end];
    let after = piece_text(text, piece);
    let Some(last) = strip_closers(before).chars().next_back() else {
        return false;
    };
    if is_terminal(last) && starts_lowercase(after) {
        // "„Wirklich?“ fragte er." / "e.g. the" / "... und dann" / "search?q=x"; but a bare
        // "?" or "!" before a lowercase word ends a sentence in informal text ("grow up?
        // india?").
        let quoted = strip_closers(before).len() < before.len();
        let attached = piece.start == end;
        return quoted || attached || !matches!(last, '?' | '!' | '？' | '！');
    }
    if !before.ends_with('.') || before.ends_with("..") {
        return false;
    }
    let body = &before[..before.len() - 1];
    let word_start = body.rfind(char::is_whitespace).map_or(0, |i| {
        i + body[i..].chars().next().map_or(1, char::len_utf8)
    });
    let word = body[word_start..].trim_start_matches(is_opener);
    if word.is_empty() {
        return false;
    }
    let next = first_word(after);
    let next_lower = lowercase(next);
    // A capitalised function word ("The", "Die", "Er") starts a sentence after an ambiguous
    // period; a name or a noun continues one.
    let next_starts_sentence = starts_uppercase(next)
        && next.chars().nth(1).is_some()
        && rules.data.is_some_and(|data| data.is_stopword(&next_lower));
    if let Some(data) = rules.data {
        if data.is_abbreviation(word) {
            // "etc. Die Mitarbeiter", "U.S. The": a capitalised function word starts a
            // sentence even after an abbreviation.
            return !next_starts_sentence;
        }
    }
    if is_initials(word) {
        return !next_starts_sentence;
    }
    if word.bytes().all(|b| b.is_ascii_digit() || b == b'.') && word.as_bytes()[0].is_ascii_digit()
    {
        return ordinal(before, word_start, word, next, rules, next_starts_sentence);
    }
    if is_roman_numeral(word) && previous_word(before, word_start).is_some_and(starts_uppercase) {
        return !next_starts_sentence;
    }
    false
}

/// "J", "A.", "J.R.R": one-letter parts only.
fn is_initials(word: &str) -> bool {
    word.split('.').all(|part| {
        let mut chars = part.chars();
        matches!((chars.next(), chars.next()), (Some(c), None) if c.is_alphabetic())
    })
}

fn is_roman_numeral(word: &str) -> bool {
    word.len() >= 2 && word.bytes().all(|b| b"IVXLCDM".contains(&b))
}

/// The word before the one starting at `word_start` in `before`.
fn previous_word(before: &str, word_start: usize) -> Option<&str> {
    before[..word_start]
        .split_whitespace()
        .next_back()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
}

/// Whether "<number>." before `next` is an ordinal or a date rather than a sentence end.
fn ordinal(
    before: &str,
    word_start: usize,
    number: &str,
    next: &str,
    rules: &Rules,
    next_starts_sentence: bool,
) -> bool {
    if word_start == 0 {
        // The unit is just "3.": a numbered list entry or "3. Liga" at a sentence start.
        return true;
    }
    if !rules.ordinal_dot {
        return false;
    }
    let Some(data) = rules.data else {
        return false;
    };
    if data.is_month(next) {
        // "am 27. November"
        return true;
    }
    if let Some((_, last_part)) = number.rsplit_once('.') {
        // "am 27.11. wurde" is a day and a month; "ab dem 1.1.2022." ends with a year.
        return last_part.len() <= 2;
    }
    let cue =
        previous_word(before, word_start).is_some_and(|word| data.is_ordinal_cue(&lowercase(word)));
    cue && !next_starts_sentence
}

/// Whether a weak candidate between the unit `before` and the piece `after` is a true
/// sentence boundary.
fn missed_boundary(before: &str, after: &str, rules: &Rules) -> bool {
    let (word_start, last) = last_token(before);
    let mut tokens = after.split_whitespace();
    let next = tokens.next().unwrap_or("");
    if is_separator(last)
        || is_separator(next)
        || (is_meridiem(last) && is_time(last_token(&before[..word_start]).1))
    {
        // A separator line ("*** Bush", "regards. ? ______") is a unit of its own; so is a
        // header stamp ("08:02 PM All").
        return true;
    }
    if is_time(last) && !next.eq_ignore_ascii_case("am") && !next.eq_ignore_ascii_case("pm") {
        return is_date(last_token(&before[..word_start]).1);
    }
    if starts_with_timestamp(after) {
        // "Kay Mann 04/26/2001 07:17 AM": a header stamp, unless a sentence leads into it
        // ("annotations on 04/25/01").
        return !starts_lowercase(last);
    }
    let next_word = first_word(next);
    if is_address(last) {
        // An address ends its sentence unless the sentence goes on in lowercase: "mail
        // franz@gmail.com Site made!", "…/pages.html http://…".
        return starts_uppercase(next_word) || is_address(next);
    }
    let core = strip_closers(last);
    let Some(mark) = core.chars().next_back() else {
        return false;
    };
    if mark == ';' {
        // A capitalised function word after a semicolon starts a sentence ("; Le poème",
        // "; El nombre"); names and lowercase words continue one.
        return starts_uppercase(next_word)
            && next_word.chars().nth(1).is_some()
            && rules
                .data
                .is_some_and(|data| data.is_stopword(&lowercase(next_word)));
    }
    let after_dashes = after.trim_start_matches(|c: char| is_dash(c) || c.is_whitespace());
    let dialogue = after_dashes.len() < after.len()
        && next.chars().all(is_dash)
        && after_dashes
            .trim_start_matches(is_opener)
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || matches!(c, '¿' | '¡'));
    if mark != '.' {
        // "¿no estabais en contra del PER? - No, hombre"
        return dialogue && matches!(mark, '?' | '!');
    }
    if core.ends_with("..") {
        return false;
    }
    let word = core[..core.len() - 1].trim_start_matches(is_opener);
    let Some(data) = rules.data else {
        return false;
    };
    if word.is_empty() || data.is_abbreviation(word) || is_initials(word) {
        return false;
    }
    if dialogue {
        // A dash after a period opens a new speaker's line, except in a dateline
        // ("6 de julio. - Barak presenta").
        return !data.is_month(word);
    }
    if !word.chars().all(char::is_alphabetic) {
        return false;
    }
    let letters = word.chars().count();
    let next_first = next.trim_start_matches(is_opener).chars().next();
    if next_first.is_some_and(|c| c.is_ascii_digit()) {
        // "in der Logistik. 17 Fahrzeuge", "el año. 2000 fue"
        return letters >= 3;
    }
    if next_first.is_some_and(char::is_lowercase) {
        if core.len() < last.len() {
            // "'This is great.' she said", "(es war knapp.) überraschte alle"
            return false;
        }
        // "i think they are all bark and no bite. i think": a known word ends a sentence
        // whose successor starts in lowercase.
        let lower = lowercase(word);
        return letters >= 4
            || data.is_stopword(&lower)
            || (letters >= 2 && data.zipf(&lower).is_some());
    }
    false
}

/// A web or e-mail address, possibly in angle brackets or quotes.
fn is_address(token: &str) -> bool {
    let token = token.trim_matches(|c: char| is_opener(c) || is_closer(c) || c == '<' || c == '>');
    // Bytewise: `str::contains` would link the two-way substring searcher.
    if token.as_bytes().windows(3).any(|w| w == b"://") || token.starts_with("www.") {
        return true;
    }
    token
        .split_once('@')
        .is_some_and(|(user, host)| !user.is_empty() && host.contains('.') && !host.ends_with('.'))
}

/// The byte offset and text of the last whitespace-separated token of `s`.
fn last_token(s: &str) -> (usize, &str) {
    let s = s.trim_end();
    let start = s
        .rfind(char::is_whitespace)
        .map_or(0, |i| i + s[i..].chars().next().map_or(1, char::len_utf8));
    (start, &s[start..])
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '―')
}

/// A token of one repeated symbol ("***", "=====", "______"), used as a separator line.
fn is_separator(token: &str) -> bool {
    let mut chars = token.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    matches!(first, '*' | '=' | '_' | '~' | '#' | '-')
        && token.len() >= 3
        && chars.all(|c| c == first)
}

/// Whether `s` starts with a separator token ("*** Bush").
fn starts_with_separator(s: &str) -> bool {
    is_separator(s.split_whitespace().next().unwrap_or(""))
}

/// "08:02", "03:14:14".
fn is_time(token: &str) -> bool {
    let mut parts = token.split(':');
    let Some(hours) = parts.next() else {
        return false;
    };
    let digits =
        |p: &str, min: usize| (min..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
    let mut rest = 0;
    for part in parts {
        if !digits(part, 2) {
            return false;
        }
        rest += 1;
    }
    digits(hours, 1) && (1..=2).contains(&rest)
}

fn is_meridiem(token: &str) -> bool {
    token.eq_ignore_ascii_case("am") || token.eq_ignore_ascii_case("pm")
}

/// A numeric date "08/16/2000", "04/25/01".
fn is_date(token: &str) -> bool {
    token.split('/').count() == 3
        && token
            .split('/')
            .all(|p| (1..=4).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether `s` starts with a date and a time ("08/16/2000 12:05 PM").
fn starts_with_timestamp(s: &str) -> bool {
    if !s.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let mut tokens = s.split_whitespace();
    tokens.next().is_some_and(is_date) && tokens.next().is_some_and(is_time)
}

#[cfg(test)]
mod tests {
    use super::find_equals_run;

    #[test]
    fn equals_runs_are_found_where_str_find_finds_them() {
        for text in [
            "",
            "=",
            "a==b",
            "x=y===z==",
            "== A ===",
            "=====",
            "a = = ==",
        ] {
            for len in 1..=4 {
                assert_eq!(
                    find_equals_run(text.as_bytes(), len),
                    text.find(&"=".repeat(len)),
                    "{text:?} {len}"
                );
            }
        }
    }
}
