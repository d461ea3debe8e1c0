//! The WebAssembly boundary: the only file that knows about wasm-bindgen. It converts
//! JavaScript options in and results out (offsets in UTF-16 code units, the unit of
//! JavaScript string indices) and turns every error into a JavaScript `Error`.

use crate::error::Quoted;
use crate::{
    detect_language, summarize as summarize_text, Lang, OffsetConverter, OffsetUnit, Options,
    Order, Summary,
};
use wasm_bindgen::prelude::*;

/// The option keys JavaScript may pass.
const OPTION_NAMES: [&str; 6] = [
    "sentences",
    "ratio",
    "words",
    "lang",
    "order",
    "maxInputLength",
];

/// A number as JavaScript writes it (`String(x)`). Messages use it instead of Rust's float
/// formatting, which would add 7 KB to the gzipped bundle; it also reads the way the caller
/// wrote the value (`Infinity`, `1e+21`).
fn js_number(x: f64) -> String {
    js_sys::Number::from(x)
        .to_string_with_radix(10)
        .map(String::from)
        .unwrap_or_default()
}

fn whole(name: &str, value: f64) -> Result<usize, JsError> {
    if value.fract() != 0.0 || !(1.0..=1e15).contains(&value) {
        return Err(JsError::new(&format!(
            "invalid option {name} = {}: expected a whole number of at least 1",
            js_number(value)
        )));
    }
    Ok(value as usize)
}

fn type_error(key: &str, expected: &str, field: &JsValue) -> JsError {
    JsError::new(&format!(
        "invalid option {key}: expected {expected}, got {}",
        field.js_typeof().as_string().unwrap_or_default()
    ))
}

/// Reads option `key` of `object`: `null`/`undefined` mean unset. Like a property access in
/// JavaScript, this sees inherited properties too.
fn field(object: &js_sys::Object, key: &str) -> Option<JsValue> {
    let value = js_sys::Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED);
    (!value.is_undefined() && !value.is_null()).then_some(value)
}

/// Option `key` of `object` converted by `convert`, or an error naming the key and the
/// `expected` type.
fn typed_field<T>(
    object: &js_sys::Object,
    key: &str,
    expected: &str,
    convert: fn(&JsValue) -> Option<T>,
) -> Result<Option<T>, JsError> {
    field(object, key)
        .map(|value| convert(&value).ok_or_else(|| type_error(key, expected, &value)))
        .transpose()
}

fn number_field(object: &js_sys::Object, key: &str) -> Result<Option<f64>, JsError> {
    typed_field(object, key, "a number", JsValue::as_f64)
}

fn string_field(object: &js_sys::Object, key: &str) -> Result<Option<String>, JsError> {
    typed_field(object, key, "a string", JsValue::as_string)
}

/// Options as JavaScript passes them: `null`/`undefined` (the object or a field) mean the
/// default and an unknown key is an error, never silence. Read by hand rather than through
/// serde: the checks below are needed anyway (serde-wasm-bindgen sees only known fields and
/// its type errors do not name the field), and serde's messages format floats.
fn options_from(value: JsValue) -> Result<Options, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(Options::new());
    }
    if !value.is_object() {
        return Err(JsError::new(&format!(
            "invalid options: expected an object, got {}",
            value.js_typeof().as_string().unwrap_or_default()
        )));
    }
    let object: &js_sys::Object = value.unchecked_ref();
    for key in js_sys::Object::keys(object).iter() {
        let key = key.as_string().unwrap_or_default();
        if !OPTION_NAMES.contains(&key.as_str()) {
            return Err(JsError::new(&format!(
                "invalid options: unknown option {}: expected one of {}",
                Quoted(&key),
                OPTION_NAMES.join(", ")
            )));
        }
    }
    // Each known option is read (and its type checked) once, here.
    let sentences = number_field(object, "sentences")?;
    let ratio = number_field(object, "ratio")?;
    let words = number_field(object, "words")?;
    let lang = string_field(object, "lang")?;
    let order = string_field(object, "order")?;
    let max_input_length = number_field(object, "maxInputLength")?;
    let lengths = [sentences.is_some(), ratio.is_some(), words.is_some()];
    if lengths.iter().filter(|&&set| set).count() > 1 {
        return Err(JsError::new(
            "invalid options: give at most one of sentences, ratio and words",
        ));
    }
    let mut options = Options::new();
    if let Some(n) = sentences {
        options = options.sentences(whole("sentences", n)?);
    }
    if let Some(r) = ratio {
        options = options.ratio(r);
    }
    if let Some(n) = words {
        options = options.words(whole("words", n)?);
    }
    if let Some(code) = lang {
        options = options.lang(
            code.parse::<Lang>()
                .map_err(|e| JsError::new(&e.message(js_number)))?,
        );
    }
    if let Some(order) = order {
        options = options.order(match order.as_str() {
            "document" => Order::Document,
            "rank" => Order::Rank,
            other => {
                return Err(JsError::new(&format!(
                    "invalid option order = {}: expected \"document\" or \"rank\"",
                    Quoted(other)
                )))
            }
        });
    }
    if let Some(n) = max_input_length {
        options = options.max_input_length(whole("maxInputLength", n)?);
    }
    options
        .validate()
        .map_err(|e| JsError::new(&e.message(js_number)))?;
    Ok(options)
}

#[wasm_bindgen]
extern "C" {
    /// A plain JavaScript object, filled in key by key.
    #[wasm_bindgen(js_name = Object)]
    type Record;
    #[wasm_bindgen(constructor, js_class = "Object")]
    fn new() -> Record;
    #[wasm_bindgen(method, structural, indexing_setter)]
    fn set(this: &Record, key: &JsValue, value: &JsValue);
    /// `set` for a number (passed as such, not as a JavaScript value).
    #[wasm_bindgen(method, structural, indexing_setter)]
    fn set_number(this: &Record, key: &JsValue, value: f64);
}

/// The result's keys and enum names as JavaScript strings, made once: a result repeats them
/// for every sentence. (Built by hand rather than through serde: 3 KB less gzipped wasm.)
macro_rules! js_strings {
    ($($field:ident = $name:literal,)*) => {
        struct JsStrings {
            $($field: JsValue,)*
        }
        impl JsStrings {
            fn new() -> JsStrings {
                JsStrings {
                    $($field: JsValue::from_str($name),)*
                }
            }
        }
    };
}

js_strings! {
    start_utf16 = "startUtf16",
    end_utf16 = "endUtf16",
    text = "text",
    kind = "kind",
    score = "score",
    rank = "rank",
    selected = "selected",
    reasons = "reasons",
    keywords = "keywords",
    entities = "entities",
    headline = "headline",
    centrality = "centrality",
    position = "position",
    form = "form",
    excluded = "excluded",
    keyword_ids = "keywordIds",
    entity_ids = "entityIds",
    mentions = "mentions",
    lang = "lang",
    lang_detected = "langDetected",
    summary = "summary",
    sentences = "sentences",
    weight = "weight",
    count = "count",
    confidence = "confidence",
    sentence = "sentence",
    list_item = "listItem",
    metadata = "metadata",
    person = "person",
    organization = "organization",
    place = "place",
    other = "other",
}

impl JsStrings {
    fn unit_kind(&self, kind: crate::UnitKind) -> &JsValue {
        match kind {
            crate::UnitKind::Sentence => &self.sentence,
            crate::UnitKind::Headline => &self.headline,
            crate::UnitKind::ListItem => &self.list_item,
            crate::UnitKind::Metadata => &self.metadata,
        }
    }

    fn entity_kind(&self, kind: crate::EntityKind) -> &JsValue {
        match kind {
            crate::EntityKind::Person => &self.person,
            crate::EntityKind::Organization => &self.organization,
            crate::EntityKind::Place => &self.place,
            crate::EntityKind::Other => &self.other,
        }
    }
}

thread_local! {
    static JS_STRINGS: JsStrings = JsStrings::new();
}

/// A JavaScript array of `values` made JavaScript values by `convert`.
fn js_array<T>(values: &[T], mut convert: impl FnMut(&T) -> JsValue) -> JsValue {
    let array = js_sys::Array::new();
    for (i, value) in values.iter().enumerate() {
        array.set(i as u32, convert(value));
    }
    array.into()
}

fn js_index(&i: &usize) -> JsValue {
    JsValue::from_f64(i as f64)
}

/// `null` for `None`, as the TypeScript declarations say (not `undefined`).
fn js_lang(lang: Option<Lang>) -> JsValue {
    lang.map_or(JsValue::NULL, |lang| JsValue::from_str(lang.code()))
}

fn js_reasons(k: &JsStrings, reasons: &crate::Reasons) -> Record {
    let o = Record::new();
    o.set_number(&k.keywords, reasons.keywords);
    o.set_number(&k.entities, reasons.entities);
    o.set_number(&k.headline, reasons.headline);
    o.set_number(&k.centrality, reasons.centrality);
    o.set_number(&k.position, reasons.position);
    o.set_number(&k.form, reasons.form);
    let excluded = reasons.excluded.map_or(JsValue::NULL, JsValue::from_str);
    o.set(&k.excluded, &excluded);
    o.set(&k.keyword_ids, &js_array(&reasons.keyword_ids, js_index));
    o.set(&k.entity_ids, &js_array(&reasons.entity_ids, js_index));
    o
}

/// The JavaScript result for `summary` of `text`, which came from the JavaScript string
/// `original` (the same text up to lone surrogates, which `text` has as U+FFFD: one UTF-16
/// unit each, so offsets are the same in both).
fn to_js(text: &str, original: &JsValue, summary: &Summary) -> JsValue {
    JS_STRINGS.with(|k| {
        let original: &js_sys::JsString = original.unchecked_ref();
        let mut utf16 = OffsetConverter::new(text, OffsetUnit::Utf16);
        let sentences = js_array(&summary.sentences, |s| {
            let start_utf16 = utf16.convert(s.span.start);
            let end_utf16 = utf16.convert(s.span.end);
            let o = Record::new();
            o.set_number(&k.start_utf16, start_utf16 as f64);
            o.set_number(&k.end_utf16, end_utf16 as f64);
            // A slice of the caller's own string: cheaper than decoding a copy, and exactly
            // `text.slice(startUtf16, endUtf16)`, lone surrogates included.
            o.set(
                &k.text,
                &original.slice(start_utf16 as u32, end_utf16 as u32),
            );
            o.set(&k.kind, k.unit_kind(s.kind));
            o.set_number(&k.score, s.score);
            o.set(&k.rank, &s.rank.as_ref().map_or(JsValue::NULL, js_index));
            o.set(&k.selected, &JsValue::from_bool(s.selected));
            o.set(&k.reasons, &js_reasons(k, &s.reasons));
            o.into()
        });
        let entities = js_array(&summary.entities, |e| {
            // One converter for all entities: it steps back cheaply (checkpoints), while a
            // fresh one per entity reads the text from the start each time (quadratic).
            let o = Record::new();
            o.set(&k.text, &JsValue::from_str(&e.text));
            o.set(&k.kind, k.entity_kind(e.kind));
            let mentions = js_array(&e.mentions, |m| {
                let span = Record::new();
                span.set_number(&k.start_utf16, utf16.convert(m.start) as f64);
                span.set_number(&k.end_utf16, utf16.convert(m.end) as f64);
                span.into()
            });
            o.set(&k.mentions, &mentions);
            o.into()
        });
        let keywords = js_array(&summary.keywords, |keyword| {
            let o = Record::new();
            o.set(&k.text, &JsValue::from_str(&keyword.text));
            o.set_number(&k.weight, keyword.weight);
            o.set_number(&k.count, keyword.count as f64);
            o.into()
        });
        let o = Record::new();
        o.set(&k.lang, &js_lang(summary.lang));
        o.set(&k.lang_detected, &JsValue::from_bool(summary.lang_detected));
        o.set(&k.summary, &JsValue::from_str(&summary.text(text)));
        o.set(&k.selected, &js_array(&summary.selected, js_index));
        o.set(&k.sentences, &sentences);
        o.set(&k.entities, &entities);
        o.set(&k.keywords, &keywords);
        o.into()
    })
}

#[wasm_bindgen]
extern "C" {
    /// The platform's `TextEncoder` (browsers, workers, Node).
    type TextEncoder;
    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;
    #[wasm_bindgen(method)]
    fn encode(this: &TextEncoder, input: &JsValue) -> js_sys::Uint8Array;
}

/// The text of a JavaScript string, as UTF-8 in wasm memory.
///
/// Encoded by `TextEncoder` on the JavaScript side and copied in at its exact size: passing
/// the string itself makes wasm-bindgen reserve three bytes per UTF-16 unit for any
/// non-ASCII text, which was the peak of a 10 MB summary (wasm memory never shrinks back).
/// Lone surrogates become U+FFFD, one UTF-16 unit each, so offsets stay valid.
fn text_from(value: &JsValue) -> Result<String, JsValue> {
    if !value.is_string() {
        return Err(js_sys::TypeError::new(&format!(
            "text must be a string, got {}",
            value.js_typeof().as_string().unwrap_or_default()
        ))
        .into());
    }
    thread_local! {
        // One encoder for every call: creating one cost about 7 µs a call.
        static ENCODER: TextEncoder = TextEncoder::new();
    }
    let bytes = ENCODER.with(|encoder| encoder.encode(value).to_vec());
    // TextEncoder always yields valid UTF-8; the error only avoids a panic path (a lossy
    // fallback linked 0.7 KB of UTF-8 repair into the wasm bundle for a case that never occurs).
    String::from_utf8(bytes).map_err(|_| JsError::new("text is not valid UTF-8").into())
}

/// Summarizes `text`; see the package's TypeScript declarations for the options and result.
#[wasm_bindgen(js_name = summarize)]
pub fn summarize_js(text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let original = text;
    let text = text_from(&original)?;
    let options = options_from(options)?;
    let summary = summarize_text(&text, &options).map_err(error_to_js)?;
    Ok(to_js(&text, &original, &summary))
}

/// Detects the language of `text`: `{ lang: "de" | ... | null, confidence }`.
#[wasm_bindgen(js_name = detectLanguage)]
pub fn detect_language_js(text: JsValue) -> Result<JsValue, JsValue> {
    let text = text_from(&text)?;
    let detection = detect_language(&text);
    Ok(JS_STRINGS.with(|k| {
        let o = Record::new();
        o.set(&k.lang, &js_lang(detection.lang));
        o.set_number(&k.confidence, detection.confidence);
        o.into()
    }))
}

/// The crate version.
#[wasm_bindgen(js_name = version)]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// A summarizer with fixed options, validated once, for repeated calls.
#[wasm_bindgen(js_name = Summarizer)]
pub struct JsSummarizer {
    options: Options,
}

#[wasm_bindgen(js_class = Summarizer)]
impl JsSummarizer {
    /// Validates `options` and makes every language's data ready.
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue) -> Result<JsSummarizer, JsValue> {
        let options = options_from(options)?;
        crate::preload();
        Ok(JsSummarizer { options })
    }

    /// Summarizes `text` with this summarizer's options.
    pub fn summarize(&self, text: JsValue) -> Result<JsValue, JsValue> {
        let original = text;
        let text = text_from(&original)?;
        let summary = summarize_text(&text, &self.options).map_err(error_to_js)?;
        Ok(to_js(&text, &original, &summary))
    }
}

fn error_to_js(e: crate::Error) -> JsValue {
    let message = e.message(js_number);
    if e.is_input_too_long() {
        js_sys::RangeError::new(&message).into()
    } else {
        JsError::new(&message).into()
    }
}

/// The allocator that counts, for `probeStages` (feature `probe` only).
#[cfg(feature = "probe")]
#[global_allocator]
static ALLOCATOR: crate::probe::CountingAllocator = crate::probe::CountingAllocator;

/// Runs one summary of `text` (language `lang`, or detected) and reports each stage:
/// `[{ stage, ms, peakBytes }]`, where `ms` comes from the `now` callback (pass
/// `() => performance.now()`) and `peakBytes` is the most heap live during the stage beyond
/// what was live before the call. Then the JavaScript result is built, as `summarize` does.
/// For `benches/browser/scaling.mjs`; only in builds with the `probe` feature.
#[cfg(feature = "probe")]
#[wasm_bindgen(js_name = probeStages)]
pub fn probe_stages(
    text: JsValue,
    lang: Option<String>,
    now: &js_sys::Function,
) -> Result<JsValue, JsValue> {
    use crate::probe::{live_bytes, peak_bytes, reset_peak};
    let clock = || {
        now.call0(&JsValue::NULL)
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(0.0)
    };
    let started = clock();
    let base = live_bytes();
    reset_peak();
    let original = text;
    let text = text_from(&original)?;
    let mut options = Options::new();
    if let Some(code) = lang {
        options = options.lang(
            code.parse()
                .map_err(|e: crate::Error| JsError::new(&e.to_string()))?,
        );
    }
    #[derive(serde::Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Stage {
        stage: &'static str,
        ms: f64,
        peak_bytes: usize,
    }
    let mut stages = Vec::new();
    let mut last = clock();
    stages.push(Stage {
        stage: "text into wasm",
        ms: last - started,
        peak_bytes: peak_bytes().saturating_sub(base),
    });
    reset_peak();
    let summary = crate::summarize_probed(&text, &options, &mut |stage| {
        let t = clock();
        stages.push(Stage {
            stage,
            ms: t - last,
            peak_bytes: peak_bytes().saturating_sub(base),
        });
        reset_peak();
        last = clock();
    })
    .map_err(error_to_js)?;
    let result = to_js(&text, &original, &summary);
    let t = clock();
    stages.push(Stage {
        stage: "result to JavaScript",
        ms: t - last,
        peak_bytes: peak_bytes().saturating_sub(base),
    });
    drop(result);
    stages.push(Stage {
        stage: "whole call",
        ms: t - started,
        peak_bytes: stages.iter().map(|s| s.peak_bytes).max().unwrap_or(0),
    });
    Ok(serde_wasm_bindgen::to_value(&stages)?)
}
