//! The checks shared by tests/wasm.rs (in the page) and tests/wasm_worker.rs (in a
//! dedicated worker): the JavaScript boundary of src/wasm.rs called as JavaScript would.

use js_sys::{Array, Object, Reflect};
use kernsatz::wasm::{detect_language_js, summarize_js, version, JsSummarizer};
use wasm_bindgen::{JsCast, JsValue};

pub const BLINKEN: &str = "Der US-Außenminister Antony J. Blinken telefonierte am 27. April mit \
    Präsident Ilham Aliyev. Dabei ging es um den 907. Berichtigungsantrag. Er wurde ausgesetzt.";

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).expect("property access")
}

fn num(value: &JsValue, key: &str) -> usize {
    get(value, key).as_f64().expect(key) as usize
}

fn options(pairs: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (key, value) in pairs {
        Reflect::set(&object, &JsValue::from_str(key), value).unwrap();
    }
    object.into()
}

fn sentences(summary: &JsValue) -> Vec<JsValue> {
    Array::from(&get(summary, "sentences")).iter().collect()
}

/// `text.slice(startUtf16, endUtf16)` in JavaScript terms.
fn slice_utf16(text: &str, start: usize, end: usize) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16(&units[start..end]).expect("offsets on code point boundaries")
}

/// Every unit's UTF-16 offsets give back its text.
fn assert_offsets(text: &str, summary: &JsValue) {
    let units = sentences(summary);
    assert!(!units.is_empty());
    for s in units {
        let (start, end) = (num(&s, "startUtf16"), num(&s, "endUtf16"));
        assert!(start < end && end <= text.encode_utf16().count());
        assert_eq!(
            slice_utf16(text, start, end),
            get(&s, "text").as_string().unwrap()
        );
    }
}

fn error_message(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .expect("a JavaScript Error")
        .message()
        .into()
}

pub fn results() {
    let summary = summarize_js(BLINKEN.into(), options(&[("sentences", 1.into())])).unwrap();
    assert_eq!(get(&summary, "lang").as_string().as_deref(), Some("de"));
    assert_eq!(get(&summary, "langDetected").as_bool(), Some(true));
    assert_eq!(
        sentences(&summary).len(),
        3,
        "no split after J., 27. or 907."
    );
    assert_eq!(Array::from(&get(&summary, "selected")).length(), 1);
    assert_offsets(BLINKEN, &summary);
    // Absent values are null, as the TypeScript declarations say, never undefined.
    for s in sentences(&summary) {
        let rank = get(&s, "rank");
        let excluded = get(&get(&s, "reasons"), "excluded");
        assert!(rank.is_null() || rank.as_f64().is_some(), "{rank:?}");
        assert!(excluded.is_null() || excluded.is_string(), "{excluded:?}");
    }
    let cjk = summarize_js(
        "東京は日本の首都です。人口は約千四百万人です。".into(),
        JsValue::NULL,
    )
    .unwrap();
    assert!(get(&cjk, "lang").is_null());
    let entities: Vec<String> = Array::from(&get(&summary, "entities"))
        .iter()
        .map(|e| get(&e, "text").as_string().unwrap())
        .collect();
    assert!(entities.iter().any(|e| e == "Ilham Aliyev"), "{entities:?}");

    // null and undefined options mean the defaults (3 sentences).
    for none in [JsValue::NULL, JsValue::UNDEFINED] {
        let summary = summarize_js(BLINKEN.into(), none).unwrap();
        assert_eq!(Array::from(&get(&summary, "selected")).length(), 3);
    }

    let detection = detect_language_js("The quick brown fox jumps over the lazy dog. It was the best of times, it was the worst of times.".into()).unwrap();
    assert_eq!(get(&detection, "lang").as_string().as_deref(), Some("en"));
    assert!(get(&detection, "confidence").as_f64().unwrap() > 0.0);

    let summarizer = JsSummarizer::new(options(&[("ratio", 0.5.into())])).unwrap();
    let again = summarizer.summarize(BLINKEN.into()).unwrap();
    assert_eq!(Array::from(&get(&again, "selected")).length(), 2);
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
}

pub fn errors() {
    let cases: [(&str, JsValue, &str); 7] = [
        ("sentences", 0.into(), "sentences"),
        ("sentences", 1.5.into(), "sentences"),
        ("ratio", 1.5.into(), "ratio"),
        ("words", 0.into(), "words"),
        ("lang", "xx".into(), "xx"),
        ("order", "x".into(), "order"),
        ("maxInputLength", 0.into(), "maxInputLength"),
    ];
    for (key, value, named) in cases {
        let error = summarize_js(BLINKEN.into(), options(&[(key, value)])).unwrap_err();
        let message = error_message(&error);
        assert!(message.contains(named), "{key}: {message}");
        assert!(JsSummarizer::new(options(&[(key, JsValue::UNDEFINED)])).is_ok());
    }
    let error = summarize_js(BLINKEN.into(), options(&[("sentenses", 2.into())])).unwrap_err();
    assert!(error_message(&error).contains("sentenses"));
    let error = summarize_js(BLINKEN.into(), options(&[("sentences", "3".into())])).unwrap_err();
    assert!(error_message(&error).contains("sentences"), "wrong type");

    let error = summarize_js(42.into(), JsValue::UNDEFINED).unwrap_err();
    assert!(error.is_instance_of::<js_sys::TypeError>());
    let error = detect_language_js(JsValue::NULL).unwrap_err();
    assert!(error.is_instance_of::<js_sys::TypeError>());

    let error =
        summarize_js(BLINKEN.into(), options(&[("maxInputLength", 10.into())])).unwrap_err();
    assert!(error.is_instance_of::<js_sys::RangeError>());
    assert!(
        error_message(&error).contains("10"),
        "{}",
        error_message(&error)
    );
}

pub fn utf16_offsets() {
    let texts = [
        "Die Familie 👨‍👩‍👧‍👦 fuhr nach Köln 🇩🇪. Dort regnete es den ganzen Tag. Am Abend aßen alle 🍕 zusammen.",
        "Café Zoë liegt am Fluß. Ångström maß die Wellenlänge. Das Wort Straße hat kein Ä.",
        "東京は日本の首都です。人口は約千四百万人です。多くの観光客が訪れます。",
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 is fun. 😀😃😄 Smiles everywhere. The end 🎉.",
    ];
    for text in texts {
        let summary = summarize_js(text.into(), JsValue::UNDEFINED).unwrap();
        assert_offsets(text, &summary);
        assert!(sentences(&summary).len() >= 2, "{text}");
    }
}
