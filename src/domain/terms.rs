//! Product terms DummyJSON writes as English phrases (`returnPolicy`, `warrantyInformation`,
//! `shippingInformation`), read into data so the screens can say them in either language and later
//! features (returns) can compute with them.

/// A length of time as written in the terms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    Days(u32),
    Weeks(u32),
    Months(u32),
    Years(u32),
}

impl Period {
    /// Whole days (a month counted as 30, a year as 365): what a return window is measured in.
    pub fn days(self) -> u32 {
        match self {
            Period::Days(n) => n,
            Period::Weeks(n) => n.saturating_mul(7),
            Period::Months(n) => n.saturating_mul(30),
            Period::Years(n) => n.saturating_mul(365),
        }
    }
}

/// Whether and for how long a product can be returned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReturnPolicy {
    None,
    Within(Period),
}

/// The product's warranty.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Warranty {
    None,
    Lifetime,
    For(Period),
}

/// When the product leaves the warehouse.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shipping {
    Overnight,
    Within(Period),
    /// A range of business days, e.g. "Ships in 3-5 business days".
    BusinessDays(u32, u32),
}

fn words(s: &str) -> Vec<String> {
    s.to_ascii_lowercase()
        .split(|c: char| c.is_whitespace() || c == ',' || c == '.')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Finds "<n> <unit>" in the words (e.g. "30 days", "1 year").
fn period(words: &[String]) -> Option<Period> {
    words.windows(2).find_map(|pair| {
        let n: u32 = pair[0].parse().ok()?;
        let unit = pair[1].trim_end_matches('s');
        match unit {
            "day" => Some(Period::Days(n)),
            "week" => Some(Period::Weeks(n)),
            "month" => Some(Period::Months(n)),
            "year" => Some(Period::Years(n)),
            _ => None,
        }
    })
}

/// Reads DummyJSON's `returnPolicy` ("30 days return policy", "No return policy", …).
pub fn parse_return_policy(s: &str) -> Option<ReturnPolicy> {
    let w = words(s);
    if !w.iter().any(|x| x == "return" || x == "returns") {
        return None;
    }
    if w.first().is_some_and(|x| x == "no") {
        return Some(ReturnPolicy::None);
    }
    period(&w).map(ReturnPolicy::Within)
}

/// Reads DummyJSON's `warrantyInformation` ("1 year warranty", "Lifetime warranty", "No warranty").
pub fn parse_warranty(s: &str) -> Option<Warranty> {
    let w = words(s);
    if !w.iter().any(|x| x == "warranty") {
        return None;
    }
    match w.first().map(String::as_str) {
        Some("no") => Some(Warranty::None),
        Some("lifetime") => Some(Warranty::Lifetime),
        _ => period(&w).map(Warranty::For),
    }
}

/// Reads DummyJSON's `shippingInformation` ("Ships overnight", "Ships in 2 weeks",
/// "Ships in 3-5 business days").
pub fn parse_shipping(s: &str) -> Option<Shipping> {
    let w = words(s);
    if w.first().is_none_or(|x| x != "ships") {
        return None;
    }
    if w.iter().any(|x| x == "overnight") {
        return Some(Shipping::Overnight);
    }
    let range = w.iter().find_map(|x| {
        let (a, b) = x.split_once('-')?;
        Some((a.parse::<u32>().ok()?, b.parse::<u32>().ok()?))
    });
    if let Some((a, b)) = range {
        if w.iter().any(|x| x.starts_with("day")) && a <= b {
            return Some(Shipping::BusinessDays(a, b));
        }
        return None;
    }
    period(&w).map(Shipping::Within)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_dummyjson_return_policy() {
        let cases = [
            ("No return policy", Some(ReturnPolicy::None)),
            (
                "7 days return policy",
                Some(ReturnPolicy::Within(Period::Days(7))),
            ),
            (
                "30 days return policy",
                Some(ReturnPolicy::Within(Period::Days(30))),
            ),
            (
                "60 days return policy",
                Some(ReturnPolicy::Within(Period::Days(60))),
            ),
            (
                "90 days return policy",
                Some(ReturnPolicy::Within(Period::Days(90))),
            ),
            (
                "  30 Days Return Policy ",
                Some(ReturnPolicy::Within(Period::Days(30))),
            ),
            (
                "1 week return policy",
                Some(ReturnPolicy::Within(Period::Weeks(1))),
            ),
            ("return it whenever", None),
            ("", None),
        ];
        for (s, want) in cases {
            assert_eq!(parse_return_policy(s), want, "{s}");
        }
        assert_eq!(Period::Weeks(2).days(), 14);
        assert_eq!(Period::Months(1).days(), 30);
    }

    #[test]
    fn warranties() {
        assert_eq!(parse_warranty("No warranty"), Some(Warranty::None));
        assert_eq!(
            parse_warranty("Lifetime warranty"),
            Some(Warranty::Lifetime)
        );
        assert_eq!(
            parse_warranty("1 year warranty"),
            Some(Warranty::For(Period::Years(1)))
        );
        assert_eq!(
            parse_warranty("6 months warranty"),
            Some(Warranty::For(Period::Months(6)))
        );
        assert_eq!(
            parse_warranty("2 week warranty"),
            Some(Warranty::For(Period::Weeks(2)))
        );
        assert_eq!(parse_warranty("guaranteed forever"), None);
    }

    #[test]
    fn shipping() {
        assert_eq!(parse_shipping("Ships overnight"), Some(Shipping::Overnight));
        assert_eq!(
            parse_shipping("Ships in 2 weeks"),
            Some(Shipping::Within(Period::Weeks(2)))
        );
        assert_eq!(
            parse_shipping("Ships in 1 month"),
            Some(Shipping::Within(Period::Months(1)))
        );
        assert_eq!(
            parse_shipping("Ships in 3-5 business days"),
            Some(Shipping::BusinessDays(3, 5))
        );
        assert_eq!(
            parse_shipping("Ships in 1-2 business days"),
            Some(Shipping::BusinessDays(1, 2))
        );
        assert_eq!(parse_shipping("Ships in 5-3 business days"), None);
        assert_eq!(parse_shipping("Delivered by drone"), None);
    }
}
