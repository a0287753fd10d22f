//! Money as integer fen (1 yuan = 100 fen). No float arithmetic on prices after decoding.

use std::fmt;

use serde::{Deserialize, Serialize};

/// An amount of money in fen. Negative amounts are not prices and never built from API data.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Fen(pub i64);

/// Largest price the app accepts from an API (100 million yuan): anything above is hostile or broken.
pub const MAX_PRICE: Fen = Fen(100_000_000 * 100);

impl Fen {
    /// Converts a decoded yuan amount (JSON number) to fen, rounding to the nearest fen.
    /// Rejects NaN, infinities, negatives and absurd amounts.
    pub fn from_yuan(yuan: f64) -> Option<Fen> {
        if !yuan.is_finite() || yuan < 0.0 {
            return None;
        }
        let fen = (yuan * 100.0).round();
        if fen > MAX_PRICE.0 as f64 {
            return None;
        }
        Some(Fen(fen as i64))
    }

    /// Whole yuan part.
    pub fn yuan(self) -> i64 {
        self.0 / 100
    }

    /// Fen part (0..=99).
    pub fn cents(self) -> i64 {
        self.0 % 100
    }

    /// Price after a percentage discount given in hundredths of a percent (1050 = 10.50 %),
    /// rounded to the nearest fen, half up.
    pub fn discounted(self, discount_bp: u32) -> Fen {
        let bp = i64::from(discount_bp.min(10_000));
        let kept = self.0 * (10_000 - bp);
        Fen((kept + 5_000) / 10_000)
    }

    /// Multiplies by a quantity, saturating instead of overflowing.
    pub fn times(self, qty: u32) -> Fen {
        Fen(self.0.saturating_mul(i64::from(qty)))
    }
}

/// `¥39.90`: the way prices are printed on tiles and price tags in both languages.
impl fmt::Display for Fen {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "¥{}.{:02}", self.yuan(), self.cents())
    }
}

const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/// Reads a section of up to four digits (0..=9999) the Chinese way, e.g. 1005 → 一千零五.
fn section_zh(n: u64, out: &mut String) {
    const UNITS: [&str; 4] = ["千", "百", "十", ""];
    let digits = [n / 1000, n / 100 % 10, n / 10 % 10, n % 10];
    let mut pending_zero = false;
    let mut started = false;
    for (d, unit) in digits.iter().zip(UNITS) {
        if *d == 0 {
            pending_zero = started;
            continue;
        }
        if pending_zero {
            out.push_str(DIGITS[0]);
            pending_zero = false;
        }
        out.push_str(DIGITS[*d as usize]);
        out.push_str(unit);
        started = true;
    }
}

/// A non-negative integer read in Chinese: 0 → 零, 15 → 十五, 10_005 → 一万零五, 120_000_000 → 一亿二千万.
pub fn integer_zh(n: u64) -> String {
    if n == 0 {
        return DIGITS[0].to_string();
    }
    const BIG: [&str; 4] = ["", "万", "亿", "万亿"];
    let mut sections = Vec::new();
    let mut rest = n;
    while rest > 0 {
        sections.push(rest % 10_000);
        rest /= 10_000;
    }
    let mut out = String::new();
    let mut need_zero = false;
    for (i, sec) in sections.iter().enumerate().rev() {
        if *sec == 0 {
            need_zero = !out.is_empty();
            continue;
        }
        // A section below 1000 after a higher one is read with a leading 零 (一万零五百).
        if need_zero || (!out.is_empty() && *sec < 1000) {
            out.push_str(DIGITS[0]);
        }
        need_zero = false;
        section_zh(*sec, &mut out);
        out.push_str(BIG[i.min(3)]);
    }
    // 一十五 is said 十五 when it opens the number.
    if let Some(stripped) = out.strip_prefix("一十") {
        out = format!("十{stripped}");
    }
    out
}

/// A single count before a measure word: 2 is said 两 (两元, 两角), everything else as usual.
fn count_zh(n: u64) -> String {
    if n == 2 {
        "两".to_string()
    } else {
        integer_zh(n)
    }
}

/// Money the way a Chinese speaker says it: ¥58.50 → 五十八元五角, ¥10.05 → 十元零五分, ¥0.30 → 三角,
/// ¥75.72 → 七十五元七角二分.
pub fn say_zh(amount: Fen) -> String {
    let yuan = amount.yuan().unsigned_abs();
    let jiao = (amount.cents() / 10).unsigned_abs();
    let fen = (amount.cents() % 10).unsigned_abs();
    let mut out = String::new();
    if yuan > 0 {
        out.push_str(&count_zh(yuan));
        out.push('元');
    }
    if jiao > 0 {
        out.push_str(&count_zh(jiao));
        out.push('角');
    }
    if fen > 0 {
        if yuan > 0 && jiao == 0 {
            out.push('零');
        }
        // The last place is read as a digit: 七角二分, not 七角两分.
        out.push_str(&integer_zh(fen));
        out.push('分');
    }
    if out.is_empty() {
        out.push_str("零元");
    }
    out
}

/// Money read aloud in English: ¥58.50 → "58 yuan 50 fen", ¥12.00 → "12 yuan", ¥1.00 → "1 yuan".
pub fn say_en(amount: Fen) -> String {
    match (amount.yuan(), amount.cents()) {
        (y, 0) => format!("{y} yuan"),
        (0, c) => format!("{c} fen"),
        (y, c) => format!("{y} yuan {c} fen"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_yuan_rounds_to_fen_and_rejects_bad_numbers() {
        assert_eq!(Fen::from_yuan(39.9), Some(Fen(3990)));
        assert_eq!(Fen::from_yuan(0.1 + 0.2), Some(Fen(30)));
        assert_eq!(Fen::from_yuan(59.940000000000005), Some(Fen(5994)));
        assert_eq!(Fen::from_yuan(1899.99), Some(Fen(189_999)));
        assert_eq!(Fen::from_yuan(0.0), Some(Fen(0)));
        assert_eq!(Fen::from_yuan(-1.0), None);
        assert_eq!(Fen::from_yuan(f64::NAN), None);
        assert_eq!(Fen::from_yuan(f64::INFINITY), None);
        assert_eq!(Fen::from_yuan(1e12), None);
    }

    #[test]
    fn display_has_two_decimals() {
        assert_eq!(Fen(3990).to_string(), "¥39.90");
        assert_eq!(Fen(5).to_string(), "¥0.05");
        assert_eq!(Fen(100_000).to_string(), "¥1000.00");
    }

    #[test]
    fn discount_rounds_half_up_in_fen() {
        // 12.5 % off ¥9.99 = 8.74125 → ¥8.74
        assert_eq!(Fen(999).discounted(1250), Fen(874));
        // 10 % off ¥0.05 = 0.045 → 0.05 (half up)
        assert_eq!(Fen(5).discounted(1000), Fen(5));
        assert_eq!(Fen(3990).discounted(0), Fen(3990));
        assert_eq!(Fen(3990).discounted(20_000), Fen(0));
    }

    #[test]
    fn times_saturates() {
        assert_eq!(Fen(250).times(3), Fen(750));
        assert_eq!(Fen(i64::MAX).times(2), Fen(i64::MAX));
    }

    #[test]
    fn integers_in_chinese() {
        let cases = [
            (0, "零"),
            (2, "二"),
            (10, "十"),
            (15, "十五"),
            (20, "二十"),
            (105, "一百零五"),
            (110, "一百一十"),
            (1005, "一千零五"),
            (1050, "一千零五十"),
            (10_000, "一万"),
            (10_005, "一万零五"),
            (10_500, "一万零五百"),
            (12_345, "一万二千三百四十五"),
            (100_000_000, "一亿"),
            (120_000_000, "一亿二千万"),
            (100_000_001, "一亿零一"),
        ];
        for (n, want) in cases {
            assert_eq!(integer_zh(n), want, "{n}");
        }
    }

    #[test]
    fn money_said_in_chinese() {
        let cases = [
            (5850, "五十八元五角"),
            (1005, "十元零五分"),
            (30, "三角"),
            (200, "两元"),
            (220, "两元两角"),
            (3990, "三十九元九角"),
            (16_800, "一百六十八元"),
            (19_900, "一百九十九元"),
            (1, "一分"),
            (0, "零元"),
            (1234, "十二元三角四分"),
            (7572, "七十五元七角二分"),
            (202, "两元零二分"),
        ];
        for (fen, want) in cases {
            assert_eq!(say_zh(Fen(fen)), want, "{fen}");
        }
    }

    #[test]
    fn money_said_in_english() {
        assert_eq!(say_en(Fen(5850)), "58 yuan 50 fen");
        assert_eq!(say_en(Fen(1200)), "12 yuan");
        assert_eq!(say_en(Fen(30)), "30 fen");
    }
}
