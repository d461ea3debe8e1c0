//! What every answer of Kernsatz must satisfy, whatever the input: checked by the fuzz
//! targets and by `tests/adversarial.rs`. Each check returns a message naming the broken
//! invariant instead of panicking, so the tests can say which input broke it.

use kernsatz::{segment, tokenize, Error, Lang, Length, Options, Order, Summary, Unit};

/// Units are non-empty, trimmed, ordered, non-overlapping spans on char boundaries, and only
/// whitespace lies outside them: every non-whitespace character is in exactly one unit.
pub fn check_units(text: &str, lang: Option<Lang>) -> Result<Vec<Unit>, String> {
    let units = segment(text, lang);
    let mut covered = 0;
    for (i, unit) in units.iter().enumerate() {
        if unit.start >= unit.end {
            return Err(format!("{lang:?}: unit {i} is empty: {unit:?}"));
        }
        if unit.start < covered {
            return Err(format!(
                "{lang:?}: unit {i} overlaps or precedes the one before"
            ));
        }
        if unit.end > text.len()
            || !text.is_char_boundary(unit.start)
            || !text.is_char_boundary(unit.end)
        {
            return Err(format!(
                "{lang:?}: unit {i} is not on char boundaries: {unit:?}"
            ));
        }
        let body = unit.text(text);
        if body.trim() != body {
            return Err(format!("{lang:?}: unit {i} is not trimmed: {body:?}"));
        }
        if !text[covered..unit.start].trim().is_empty() {
            return Err(format!(
                "{lang:?}: text before unit {i} is in no unit: {:?}",
                &text[covered..unit.start]
            ));
        }
        covered = unit.end;
    }
    if !text[covered..].trim().is_empty() {
        return Err(format!("{lang:?}: text after the last unit is in no unit"));
    }
    Ok(units)
}

/// Tokens are non-empty, ordered, non-overlapping spans on char boundaries.
pub fn check_tokens(text: &str) -> Result<(), String> {
    let tokens = tokenize(text);
    let mut previous = 0;
    for (i, token) in tokens.as_slice().iter().enumerate() {
        if token.start() >= token.end() || token.start() < previous || token.end() > text.len() {
            return Err(format!(
                "token {i} is empty, out of order or out of the text"
            ));
        }
        if !text.is_char_boundary(token.start()) || !text.is_char_boundary(token.end()) {
            return Err(format!("token {i} is not on char boundaries"));
        }
        previous = token.end();
    }
    Ok(())
}

/// `summarize` either fails only where it must (invalid options, input over the limit) with a
/// message, or returns the units of the text with finite scores, a selection of choosable
/// units within the budget in the requested order, and valid entity and keyword references.
pub fn check_summary(
    text: &str,
    options: &Options,
    result: &Result<Summary, Error>,
) -> Result<(), String> {
    let too_long = text.len() > options.get_max_input_length()
        && text.chars().count() > options.get_max_input_length();
    let must_fail = options.validate().is_err() || too_long;
    let summary = match result {
        Err(error) if must_fail => {
            return if error.to_string().is_empty() {
                Err("an error without a message".to_string())
            } else {
                Ok(())
            };
        }
        Err(error) => return Err(format!("unexpected error for {options:?}: {error}")),
        Ok(_) if must_fail => return Err(format!("no error for {options:?}")),
        Ok(summary) => summary,
    };
    if let Some(lang) = options.get_lang() {
        if summary.lang != Some(lang) || summary.lang_detected {
            return Err(format!("the given language {lang:?} was not used"));
        }
    }
    // The sentences are exactly the units, so the chosen ones are units too.
    let units = check_units(text, summary.lang)?;
    if units.len() != summary.sentences.len() {
        return Err(format!(
            "{} sentences but {} units",
            summary.sentences.len(),
            units.len()
        ));
    }
    let mut candidates = 0;
    for (i, (sentence, unit)) in summary.sentences.iter().zip(&units).enumerate() {
        if (sentence.span.start, sentence.span.end, sentence.kind)
            != (unit.start, unit.end, unit.kind)
        {
            return Err(format!(
                "sentence {i} is not unit {i}: {sentence:?} {unit:?}"
            ));
        }
        // A score is a sum of weighted features and may be negative, but never NaN or
        // infinite; a unit that can never be chosen scores 0.
        if !sentence.score.is_finite()
            || (sentence.reasons.excluded.is_some() && sentence.score != 0.0)
        {
            return Err(format!("sentence {i} has score {}", sentence.score));
        }
        if sentence.rank.is_some() != sentence.reasons.excluded.is_none() {
            return Err(format!("sentence {i}: rank and exclusion disagree"));
        }
        if sentence.rank.is_some() {
            candidates += 1;
        }
        if sentence.selected && sentence.rank.is_none() {
            return Err(format!("sentence {i} is excluded but selected"));
        }
        if sentence
            .reasons
            .keyword_ids
            .iter()
            .any(|&k| k >= summary.keywords.len())
            || sentence
                .reasons
                .entity_ids
                .iter()
                .any(|&e| e >= summary.entities.len())
        {
            return Err(format!(
                "sentence {i} refers to a missing keyword or entity"
            ));
        }
    }
    let mut ranks: Vec<usize> = summary.sentences.iter().filter_map(|s| s.rank).collect();
    ranks.sort_unstable();
    if ranks.iter().enumerate().any(|(i, &r)| i != r) {
        return Err("the ranks are not 0..candidates".to_string());
    }
    let selected = &summary.selected;
    let flagged = summary.sentences.iter().filter(|s| s.selected).count();
    if selected.iter().any(|&i| i >= summary.sentences.len()) || flagged != selected.len() {
        return Err("selected indices and selected flags disagree".to_string());
    }
    if selected.iter().any(|&i| !summary.sentences[i].selected) {
        return Err("a selected index points at an unselected sentence".to_string());
    }
    if candidates > 0 && selected.is_empty() {
        return Err(format!("{candidates} choosable sentences but none chosen"));
    }
    let budget = match options.get_length() {
        Length::Sentences(n) => n,
        Length::Ratio(r) => ((candidates as f64 * r).ceil() as usize).max(1),
        Length::Words(_) => usize::MAX,
    };
    if selected.len() > budget {
        return Err(format!("{} chosen, budget {budget}", selected.len()));
    }
    let in_order = match options.get_order() {
        Order::Document => selected.windows(2).all(|w| w[0] < w[1]),
        Order::Rank => selected
            .windows(2)
            .all(|w| summary.sentences[w[0]].rank < summary.sentences[w[1]].rank),
    };
    if !in_order {
        return Err(format!(
            "not in {:?} order: {selected:?}",
            options.get_order()
        ));
    }
    for entity in &summary.entities {
        if entity.text.is_empty() || entity.mentions.is_empty() {
            return Err(format!("empty entity {entity:?}"));
        }
        for mention in &entity.mentions {
            if mention.start >= mention.end
                || mention.end > text.len()
                || !text.is_char_boundary(mention.start)
                || !text.is_char_boundary(mention.end)
            {
                return Err(format!("entity mention off the text: {mention:?}"));
            }
        }
    }
    for keyword in &summary.keywords {
        if keyword.text.is_empty() || keyword.count == 0 || !keyword.weight.is_finite() {
            return Err(format!("invalid keyword {keyword:?}"));
        }
    }
    Ok(())
}
