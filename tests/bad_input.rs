//! Hostile and degenerate input: empty text, no punctuation, one huge sentence, control
//! characters, mixed scripts. Every case must give valid spans in every language setting.

use kernsatz::{segment, Lang, Unit, UnitKind};

fn languages() -> impl Iterator<Item = Option<Lang>> {
    std::iter::once(None).chain(Lang::all().iter().copied().map(Some))
}

/// Asserts the span invariants and returns the units' texts.
fn valid_units(text: &str, lang: Option<Lang>) -> Vec<Unit> {
    let units = segment(text, lang);
    let mut covered = 0;
    for unit in &units {
        assert!(unit.start < unit.end && unit.start >= covered, "{unit:?}");
        assert!(text.is_char_boundary(unit.start) && text.is_char_boundary(unit.end));
        assert_eq!(unit.text(text).trim(), unit.text(text));
        assert!(text[covered..unit.start].trim().is_empty());
        covered = unit.end;
    }
    assert!(text[covered..].trim().is_empty());
    units
}

#[test]
fn empty_and_whitespace_only_text_has_no_units() {
    let blanks = [
        "",
        " ",
        "\n",
        "\r\n\r\n",
        "\t \u{A0}\u{3000}",
        "\u{2028}\u{2029}\u{85}",
        "\u{0B}\u{0C}\r",
    ];
    for text in blanks {
        for lang in languages() {
            assert!(segment(text, lang).is_empty(), "{text:?} {lang:?}");
        }
    }
}

#[test]
fn text_without_punctuation_is_one_unit() {
    let text = "ein Satz ohne jedes Satzzeichen der einfach immer weiter geht und nie endet \
                und auch keine Zeilenumbrüche hat sondern nur Wörter";
    for lang in languages() {
        let units = valid_units(text, lang);
        assert_eq!(units.len(), 1, "{lang:?}");
        assert_eq!(units[0].text(text), text);
    }
}

#[test]
fn one_megabyte_sentence() {
    let word = "wort ";
    let mut text = word.repeat((1 << 20) / word.len());
    text.push('.');
    for lang in [None, Some(Lang::De), Some(Lang::En)] {
        let units = valid_units(&text, lang);
        assert_eq!(units.len(), 1);
        assert_eq!(units[0].kind, UnitKind::Sentence);
        assert_eq!(units[0].end, text.len());
    }
    // One line of a megabyte without any space or punctuation.
    let blob = "x".repeat(1 << 20);
    assert_eq!(valid_units(&blob, Some(Lang::Fr)).len(), 1);
}

#[test]
fn control_characters_and_nul() {
    let texts = [
        "Erster Satz.\0Zweiter Satz.",
        "\0\0\0",
        "A\u{1}B.\u{7}C? \u{1B}[31mD!\u{7F}",
        "Satz eins.\u{0B}Satz zwei.\u{0C}Satz drei.",
        "Zeile\rmit\rWagenrücklauf. Und\u{85}NEL.",
        "\u{FEFF}Mit BOM. Und\u{200B}ohne\u{200D}Breite.",
    ];
    for text in texts {
        for lang in languages() {
            valid_units(text, lang);
        }
    }
    let units = valid_units("Erster Satz.\u{2028}Zweiter Satz.", Some(Lang::De));
    assert_eq!(units.len(), 2, "U+2028 separates lines");
}

#[test]
fn mixed_scripts_give_valid_spans() {
    let text = "Москва — столица России. Она большая! \
                القاهرة هي عاصمة مصر. هل زرتها؟ \
                北京是中国的首都。它很大！你去过吗？ \
                กรุงเทพฯ เป็นเมืองหลวง \
                Emoji 😀👍🏽 and flags 🇩🇪🇫🇷. Done. e\u{301}te\u{301}. Ünïcödé.";
    for lang in languages() {
        let units = valid_units(text, lang);
        assert!(units.len() >= 6, "{lang:?}: {}", units.len());
        assert_eq!(units[0].text(text), "Москва — столица России.");
    }
}

/// Linear time without a timing test: twice the input gives exactly twice the units, and the
/// units of the second half are the first half's shifted by its length. A quadratic fallback
/// would not show here, but any state leaking between sentences would.
#[test]
fn doubling_the_input_doubles_the_units() {
    let paragraph = "Der 907. Berichtigungsantrag wurde am 27. November ausgesetzt. \
                     Dr. Müller kam z. B. mit Prof. Schmidt. Die Lage ist ernst!\n\
                     Überschrift ohne Punkt\n- ein Listenpunkt\n\n";
    let one = paragraph.repeat((1 << 20) / paragraph.len());
    let two = one.repeat(2);
    let units_one = valid_units(&one, Some(Lang::De));
    let units_two = valid_units(&two, Some(Lang::De));
    assert_eq!(units_one.len(), 5 * ((1 << 20) / paragraph.len()));
    assert_eq!(units_two.len(), 2 * units_one.len());
    for (a, b) in units_one.iter().zip(&units_two[units_one.len()..]) {
        assert_eq!(
            (a.start + one.len(), a.end + one.len(), a.kind),
            (b.start, b.end, b.kind)
        );
    }
}

/// Degenerate repetitions that could make a repair rule look far back or far ahead: the unit
/// count of 2 MB is exactly twice that of 1 MB (or stays 1 when everything joins), and the
/// test finishes at all (a quadratic rule would not, at this size).
#[test]
fn degenerate_repetitions_scale_linearly() {
    let patterns = [
        "z. B. ",
        "a. ",
        "3. ",
        "907. ",
        "XIV. ",
        "U.S. ",
        "... ",
        "?! ",
        "\" ",
        "» ",
        "== x ",
        "x\n",
        "- ",
        "*** ",
        "; Die ",
        "etc. ",
        "08/16/2000 12:05 PM ",
        "a@b.c ",
        ". - ",
    ];
    for pattern in patterns {
        let one = pattern.repeat((1 << 20) / pattern.len());
        let two = one.repeat(2);
        for lang in [None, Some(Lang::De), Some(Lang::Es)] {
            let n1 = valid_units(&one, lang).len();
            let n2 = valid_units(&two, lang).len();
            // Units may pair up differently where the two copies meet ("== x " headings).
            assert!(
                (n1 == 1 && n2 == 1) || n2.abs_diff(2 * n1) <= 2,
                "{pattern:?} {lang:?}: {n1} units for 1 MB, {n2} for 2 MB"
            );
        }
    }
}
