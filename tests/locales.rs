//! Both locale files carry the same keys and the same interpolation variables, and no value is
//! empty or left untranslated (identical English text in the Chinese file).

use std::collections::BTreeMap;

use serde_json::Value;

fn flatten(prefix: &str, v: &Value, out: &mut BTreeMap<String, String>) {
    match v {
        Value::Object(map) => {
            for (k, v) in map {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(&key, v, out);
            }
        }
        Value::String(s) => {
            out.insert(prefix.to_string(), s.clone());
        }
        other => {
            panic!("{prefix}: only strings and objects belong in a locale file, found {other}")
        }
    }
}

fn load(name: &str) -> BTreeMap<String, String> {
    let path = format!("{}/locales/{name}", env!("CARGO_MANIFEST_DIR"));
    let raw = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut out = BTreeMap::new();
    flatten(
        "",
        &serde_json::from_str(&raw).expect("valid JSON"),
        &mut out,
    );
    out
}

/// The variables a text uses, each once (a language may say one twice, e.g. the unit).
fn variables(s: &str) -> Vec<String> {
    let mut vars: Vec<String> = s
        .split("{{")
        .skip(1)
        .filter_map(|rest| rest.split_once("}}").map(|(v, _)| v.trim().to_string()))
        .collect();
    vars.sort();
    vars.dedup();
    vars
}

#[test]
fn locales_have_the_same_keys_and_variables() {
    let zh = load("zh-CN.json");
    let en = load("en.json");
    let only_zh: Vec<_> = zh.keys().filter(|k| !en.contains_key(*k)).collect();
    let only_en: Vec<_> = en.keys().filter(|k| !zh.contains_key(*k)).collect();
    assert!(
        only_zh.is_empty() && only_en.is_empty(),
        "only in zh-CN: {only_zh:?}; only in en: {only_en:?}"
    );
    for (key, zh_text) in &zh {
        let en_text = &en[key];
        assert!(
            !zh_text.trim().is_empty() && !en_text.trim().is_empty(),
            "{key} is empty"
        );
        assert_eq!(
            variables(zh_text),
            variables(en_text),
            "{key} uses different variables"
        );
    }
}

#[test]
fn chinese_file_is_chinese() {
    let cjk = |s: &str| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    // The language switch deliberately names the other language in its own words.
    let exempt = ["lang.switch_to", "app.name"];
    for (key, text) in load("zh-CN.json") {
        let only_variables = variables(&text).iter().fold(text.clone(), |t, v| {
            t.replace(&format!("{{{{ {v} }}}}"), "")
        });
        if exempt.contains(&key.as_str())
            || only_variables.trim().chars().all(|c| !c.is_alphabetic())
        {
            continue;
        }
        assert!(cjk(&text), "zh-CN {key} has no Chinese: {text}");
    }
}

/// The code a villager says at pickup is 取货码 on every screen (order, station, message): the
/// lessons and every other text use the same word, never 取件码 (a courier locker's word).
#[test]
fn the_pickup_code_has_one_name_in_chinese() {
    let zh = load("zh-CN.json");
    assert!(zh["orders.code"].contains("取货码"), "the screens' word");
    let other: Vec<_> = zh
        .iter()
        .filter(|(_, text)| text.contains("取件码"))
        .map(|(key, text)| format!("{key}: {text}"))
        .collect();
    assert!(
        other.is_empty(),
        "取件码 where the screens say 取货码: {other:?}"
    );
    let en = load("en.json");
    assert_eq!(en["orders.code"], "Pickup code");
    assert!(en["lesson.hand_over_3"].contains("pickup code"));
}

/// What a lesson quotes (“…”) is what a screen shows: every quoted word of a zh lesson text is in
/// some other zh text (a button, a title, a status).
#[test]
fn lessons_quote_the_screens_words() {
    let zh = load("zh-CN.json");
    let screens: Vec<&String> = zh
        .iter()
        .filter(|(key, _)| !key.starts_with("lesson."))
        .map(|(_, text)| text)
        .collect();
    for (key, text) in zh.iter().filter(|(key, _)| key.starts_with("lesson.")) {
        for quoted in text.split('“').skip(1) {
            let word = quoted.split('”').next().unwrap();
            assert!(
                screens.iter().any(|s| s.contains(word)),
                "{key} quotes “{word}”, which no screen shows"
            );
        }
    }
}
