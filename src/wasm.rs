//! The WebAssembly boundary: the only file that knows about wasm-bindgen. It converts
//! JavaScript options in and results out (offsets in UTF-16 code units, the unit of
//! JavaScript string indices) and turns every error into a JavaScript `Error`.

use crate::{
    detect_language, summarize as summarize_text, Lang, OffsetConverter, OffsetUnit, Options,
    Order, Summary,
};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

/// Options as JavaScript passes them; `null`/`undefined` fields mean the default and an
/// unknown key is an error, never silence.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct JsOptions {
    sentences: Option<f64>,
    ratio: Option<f64>,
    words: Option<f64>,
    lang: Option<String>,
    order: Option<String>,
    max_input_length: Option<f64>,
}

/// The option keys JavaScript may pass.
const OPTION_NAMES: [&str; 6] = [
    "sentences",
    "ratio",
    "words",
    "lang",
    "order",
    "maxInputLength",
];

fn whole(name: &str, value: f64) -> Result<usize, JsError> {
    if value.fract() != 0.0 || !(1.0..=1e15).contains(&value) {
        return Err(JsError::new(&format!(
            "invalid option {name} = {value}: expected a whole number of at least 1"
        )));
    }
    Ok(value as usize)
}

fn options_from(value: JsValue) -> Result<Options, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(Options::new());
    }
    // serde-wasm-bindgen reads only the fields it knows, so deny_unknown_fields never sees an
    // unknown key, and its type errors do not name the field: check keys and types here.
    if let Some(object) = value.dyn_ref::<js_sys::Object>() {
        for key in js_sys::Object::keys(object).iter() {
            let field = js_sys::Reflect::get(object, &key).unwrap_or(JsValue::UNDEFINED);
            let key = key.as_string().unwrap_or_default();
            if !OPTION_NAMES.contains(&key.as_str()) {
                return Err(JsError::new(&format!(
                    "invalid options: unknown option {key:?}: expected one of {}",
                    OPTION_NAMES.join(", ")
                )));
            }
            let expected = match key.as_str() {
                "lang" | "order" if !field.is_string() => "a string",
                "lang" | "order" => continue,
                _ if field.as_f64().is_none() => "a number",
                _ => continue,
            };
            if !field.is_undefined() && !field.is_null() {
                return Err(JsError::new(&format!(
                    "invalid option {key}: expected {expected}, got {}",
                    field.js_typeof().as_string().unwrap_or_default()
                )));
            }
        }
    }
    let js: JsOptions = serde_wasm_bindgen::from_value(value)
        .map_err(|e| JsError::new(&format!("invalid options: {e}")))?;
    let lengths = [
        js.sentences.is_some(),
        js.ratio.is_some(),
        js.words.is_some(),
    ];
    if lengths.iter().filter(|&&set| set).count() > 1 {
        return Err(JsError::new(
            "invalid options: give at most one of sentences, ratio and words",
        ));
    }
    let mut options = Options::new();
    if let Some(n) = js.sentences {
        options = options.sentences(whole("sentences", n)?);
    }
    if let Some(r) = js.ratio {
        options = options.ratio(r);
    }
    if let Some(n) = js.words {
        options = options.words(whole("words", n)?);
    }
    if let Some(code) = js.lang {
        options = options.lang(
            code.parse::<Lang>()
                .map_err(|e| JsError::new(&e.to_string()))?,
        );
    }
    if let Some(order) = js.order {
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
    if let Some(n) = js.max_input_length {
        options = options.max_input_length(whole("maxInputLength", n)?);
    }
    options
        .validate()
        .map_err(|e| JsError::new(&e.to_string()))?;
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
    text: &'a str,
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

fn to_js(text: &str, summary: &Summary) -> Result<JsValue, JsError> {
    let mut utf16 = OffsetConverter::new(text, OffsetUnit::Utf16);
    let sentences = summary
        .sentences
        .iter()
        .map(|s| JsSentence {
            start_utf16: utf16.convert(s.span.start),
            end_utf16: utf16.convert(s.span.end),
            text: s.span.text(text),
            kind: s.kind,
            score: s.score,
            rank: s.rank,
            selected: s.selected,
            reasons: &s.reasons,
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

fn text_from(value: &JsValue) -> Result<String, JsValue> {
    // Lone surrogates become U+FFFD, one UTF-16 unit each, so offsets stay valid.
    value.as_string().ok_or_else(|| {
        js_sys::TypeError::new(&format!(
            "text must be a string, got {}",
            value.js_typeof().as_string().unwrap_or_default()
        ))
        .into()
    })
}

/// Summarizes `text`; see the package's TypeScript declarations for the options and result.
#[wasm_bindgen(js_name = summarize)]
pub fn summarize_js(text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let text = text_from(&text)?;
    let options = options_from(options)?;
    let summary = summarize_text(&text, &options).map_err(error_to_js)?;
    Ok(to_js(&text, &summary)?)
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
        let text = text_from(&text)?;
        let summary = summarize_text(&text, &self.options).map_err(error_to_js)?;
        Ok(to_js(&text, &summary)?)
    }
}

fn error_to_js(e: crate::Error) -> JsValue {
    if e.is_input_too_long() {
        js_sys::RangeError::new(&e.to_string()).into()
    } else {
        JsError::new(&e.to_string()).into()
    }
}
