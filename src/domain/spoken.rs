//! What a villager must remember, said the way she would say it: a pickup code digit by digit in
//! groups of three with a pause between them, and measures in titles ("5L", "1kg") as words.
//! Money words live in `money` (`say_zh`, `say_en`). Pure, host-tested.

use super::catalog::Lang;

/// Chinese digits as read one by one (a code, not a number: 0 is 零, 1 is 一).
const ZH_DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// A code's digits in groups of three, as shown on screen and in messages: "440 142".
pub fn code_groups(code: &str) -> String {
    let digits: Vec<char> = code.chars().filter(|c| !c.is_whitespace()).collect();
    digits
        .chunks(3)
        .map(|g| g.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A code said digit by digit, in groups of three with a pause between them:
/// "四四零，一四二" / "4 4 0, 1 4 2". Anything but ASCII digits is passed through.
pub fn say_code(lang: Lang, code: &str) -> String {
    let digits: Vec<char> = code.chars().filter(|c| !c.is_whitespace()).collect();
    let groups: Vec<String> = digits
        .chunks(3)
        .map(|group| match lang {
            Lang::Zh => group
                .iter()
                .map(|c| match c.to_digit(10) {
                    Some(d) => ZH_DIGITS[d as usize],
                    None => *c,
                })
                .collect(),
            Lang::En => group
                .iter()
                .map(|c| c.to_string())
                .collect::<Vec<_>>()
                .join(" "),
        })
        .collect();
    match lang {
        Lang::Zh => groups.join("，"),
        Lang::En => groups.join(", "),
    }
}

/// Measures written the short way in a title, as words: "大豆油 5L" → "大豆油 5升",
/// "Rice 10kg" → "Rice 10 kilograms". Only a number directly followed by a known unit (and then
/// not by another letter) is changed, so "XL" or "5Lb" stay as they are.
pub fn say_measures(lang: Lang, text: &str) -> String {
    // Longest first: "kg" before "g", "ml" before "l".
    const UNITS: [(&str, &str, &str, &str); 5] = [
        ("kg", "公斤", "kilogram", "kilograms"),
        ("ml", "毫升", "millilitre", "millilitres"),
        ("g", "克", "gram", "grams"),
        ("l", "升", "litre", "litres"),
        ("斤", "斤", "jin", "jin"),
    ];
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() || (i > 0 && chars[i - 1].is_ascii_alphanumeric()) {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        // A number (with a decimal point) ...
        let start = i;
        while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
            i += 1;
        }
        let number: String = chars[start..i].iter().collect();
        // ... optionally a space, then a unit.
        let after_space = if i < chars.len() && chars[i] == ' ' {
            i + 1
        } else {
            i
        };
        let unit = UNITS.iter().find(|(short, ..)| {
            let len = short.chars().count();
            let candidate: String = chars[after_space..chars.len().min(after_space + len)]
                .iter()
                .collect();
            let ends = chars
                .get(after_space + len)
                .is_none_or(|c| !c.is_ascii_alphabetic());
            candidate.to_ascii_lowercase() == *short && ends
        });
        out.push_str(&number);
        if let Some((short, zh, one, many)) = unit {
            match lang {
                Lang::Zh => out.push_str(zh),
                Lang::En => {
                    out.push(' ');
                    out.push_str(if number == "1" { one } else { many });
                }
            }
            i = after_space + short.chars().count();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_grouped_in_threes() {
        assert_eq!(code_groups("440142"), "440 142");
        assert_eq!(code_groups("440 142"), "440 142");
        assert_eq!(code_groups("1234"), "123 4");
        assert_eq!(code_groups(""), "");
    }

    #[test]
    fn codes_are_said_digit_by_digit_with_a_pause() {
        assert_eq!(say_code(Lang::Zh, "440142"), "四四零，一四二");
        assert_eq!(say_code(Lang::Zh, "246810"), "二四六，八一零");
        assert_eq!(say_code(Lang::En, "440142"), "4 4 0, 1 4 2");
        assert_eq!(say_code(Lang::En, "440 142"), "4 4 0, 1 4 2");
    }

    #[test]
    fn measures_become_words() {
        assert_eq!(
            say_measures(Lang::Zh, "金龙鱼大豆油 5L"),
            "金龙鱼大豆油 5升"
        );
        assert_eq!(say_measures(Lang::Zh, "尿素 40kg"), "尿素 40公斤");
        assert_eq!(say_measures(Lang::Zh, "挂面 500g"), "挂面 500克");
        assert_eq!(say_measures(Lang::Zh, "酱油 1.8 L"), "酱油 1.8升");
        assert_eq!(
            say_measures(Lang::En, "Soybean Oil 5L"),
            "Soybean Oil 5 litres"
        );
        assert_eq!(say_measures(Lang::En, "Rice 1kg"), "Rice 1 kilogram");
        assert_eq!(
            say_measures(Lang::En, "Milk 250 ml"),
            "Milk 250 millilitres"
        );
    }

    #[test]
    fn what_is_not_a_measure_is_left_alone() {
        assert_eq!(say_measures(Lang::En, "T-shirt XL"), "T-shirt XL");
        assert_eq!(say_measures(Lang::En, "iPhone 5Lb"), "iPhone 5Lb");
        assert_eq!(say_measures(Lang::En, "Model A4 glue"), "Model A4 glue");
        assert_eq!(say_measures(Lang::Zh, "3包装"), "3包装");
        assert_eq!(say_measures(Lang::En, "2 large eggs"), "2 large eggs");
        assert_eq!(say_measures(Lang::En, "12 good litres"), "12 good litres");
    }
}
