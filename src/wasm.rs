//! The WebAssembly boundary: the only file that knows about wasm-bindgen. It converts
//! JavaScript options in and results out (offsets in UTF-16 code units, the unit of
//! JavaScript string indices) and turns every error into a JavaScript `Error`.

use crate::{
    detect_language, summarize as summarize_text, Lang, OffsetConverter, OffsetUnit, Options,
    Order, Summary,
};
use serde::Serialize;
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
                "invalid options: unknown option {key:?}: expected one of {}",
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
                    "invalid option order = {other:?}: expected \"document\" or \"rank\""
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

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsSpan {
    start_utf16: usize,
    end_utf16: usize,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsSentence<'a> {
    start_utf16: usize,
    end_utf16: usize,
    /// A slice of the caller's own string: cheaper than decoding a copy, and exactly
    /// `text.slice(startUtf16, endUtf16)`, lone surrogates included.
    #[serde(with = "serde_wasm_bindgen::preserve")]
    text: JsValue,
    kind: crate::UnitKind,
    score: f64,
    rank: Option<usize>,
    selected: bool,
    reasons: &'a crate::Reasons,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsEntity<'a> {
    text: &'a str,
    kind: crate::EntityKind,
    mentions: Vec<JsSpan>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsSummary<'a> {
    lang: Option<Lang>,
    lang_detected: bool,
    summary: String,
    selected: &'a [usize],
    sentences: Vec<JsSentence<'a>>,
    entities: Vec<JsEntity<'a>>,
    keywords: &'a [crate::Keyword],
}

/// The JavaScript result for `summary` of `text`, which came from the JavaScript string
/// `original` (the same text up to lone surrogates, which `text` has as U+FFFD: one UTF-16
/// unit each, so offsets are the same in both).
fn to_js(text: &str, original: &JsValue, summary: &Summary) -> Result<JsValue, JsError> {
    let original: &js_sys::JsString = original.unchecked_ref();
    let mut utf16 = OffsetConverter::new(text, OffsetUnit::Utf16);
    let sentences = summary
        .sentences
        .iter()
        .map(|s| {
            let start_utf16 = utf16.convert(s.span.start);
            let end_utf16 = utf16.convert(s.span.end);
            JsSentence {
                start_utf16,
                end_utf16,
                text: original.slice(start_utf16 as u32, end_utf16 as u32).into(),
                kind: s.kind,
                score: s.score,
                rank: s.rank,
                selected: s.selected,
                reasons: &s.reasons,
            }
        })
        .collect();
    let entities = summary
        .entities
        .iter()
        .map(|e| {
            // One converter for all entities: it steps back cheaply (checkpoints), while a
            // fresh one per entity reads the text from the start each time (quadratic).
            JsEntity {
                text: &e.text,
                kind: e.kind,
                mentions: e
                    .mentions
                    .iter()
                    .map(|m| JsSpan {
                        start_utf16: utf16.convert(m.start),
                        end_utf16: utf16.convert(m.end),
                    })
                    .collect(),
            }
        })
        .collect();
    let js = JsSummary {
        lang: summary.lang,
        lang_detected: summary.lang_detected,
        summary: summary.text(text),
        selected: &summary.selected,
        sentences,
        entities,
        keywords: &summary.keywords,
    };
    // `None` must become `null`, as the TypeScript declarations say (not `undefined`).
    let serializer = serde_wasm_bindgen::Serializer::new()
        .serialize_maps_as_objects(true)
        .serialize_missing_as_null(true);
    js.serialize(&serializer)
        .map_err(|e| JsError::new(&format!("cannot build the result: {e}")))
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
    // TextEncoder always yields valid UTF-8; the fallback only avoids a panic path.
    Ok(String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

/// Summarizes `text`; see the package's TypeScript declarations for the options and result.
#[wasm_bindgen(js_name = summarize)]
pub fn summarize_js(text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let original = text;
    let text = text_from(&original)?;
    let options = options_from(options)?;
    let summary = summarize_text(&text, &options).map_err(error_to_js)?;
    Ok(to_js(&text, &original, &summary)?)
}

/// Detects the language of `text`: `{ lang: "de" | ... | null, confidence }`.
#[wasm_bindgen(js_name = detectLanguage)]
pub fn detect_language_js(text: JsValue) -> Result<JsValue, JsValue> {
    let text = text_from(&text)?;
    let detection = detect_language(&text);
    #[derive(Serialize)]
    struct JsDetection {
        lang: Option<Lang>,
        confidence: f64,
    }
    let serializer = serde_wasm_bindgen::Serializer::new()
        .serialize_maps_as_objects(true)
        .serialize_missing_as_null(true);
    Ok(JsDetection {
        lang: detection.lang,
        confidence: detection.confidence,
    }
    .serialize(&serializer)
    .map_err(|e| JsError::new(&e.to_string()))?)
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
        Ok(to_js(&text, &original, &summary)?)
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
    #[derive(Serialize)]
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
    let result = to_js(&text, &original, &summary)?;
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
