//! The villagers a station serves: only what the station needs, validated.

/// Longest name kept (characters).
pub const MAX_NAME: usize = 20;
/// Longest village/group text kept (characters).
pub const MAX_VILLAGE: usize = 30;

/// A mainland China mobile number, normalised to its 11 digits.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Phone(String);

impl Phone {
    /// The 11 digits.
    pub fn digits(&self) -> &str {
        &self.0
    }

    /// Shown as 138 1234 5678, the way people read numbers out.
    pub fn grouped(&self) -> String {
        format!("{} {} {}", &self.0[..3], &self.0[3..7], &self.0[7..])
    }
}

/// Why a phone number was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhoneError {
    /// Not 11 digits after removing spaces, dashes and a +86 / 0086 prefix.
    Length,
    /// Mainland mobile numbers start with 13–19.
    NotMobile,
    /// Letters or other characters.
    NotDigits,
}

/// Full-width forms (a Chinese keyboard in full-width mode types １３８ and ＋) as their ASCII
/// forms; everything else unchanged.
pub fn normalize_width(raw: &str) -> String {
    raw.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        })
        .collect()
}

/// Reads a mainland mobile number, accepting spaces, dashes, full-width digits and a +86 / 0086 /
/// 86 prefix.
pub fn parse_phone(raw: &str) -> Result<Phone, PhoneError> {
    let compact: String = normalize_width(raw)
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '(' | ')'))
        .collect();
    let rest = compact
        .strip_prefix("+86")
        .or_else(|| compact.strip_prefix("0086"))
        .unwrap_or(&compact);
    if !rest.chars().all(|c| c.is_ascii_digit()) {
        return Err(PhoneError::NotDigits);
    }
    let digits = if rest.len() == 13 && rest.starts_with("86") {
        &rest[2..]
    } else {
        rest
    };
    if digits.len() != 11 {
        return Err(PhoneError::Length);
    }
    let second = digits.as_bytes()[1];
    if !digits.starts_with('1') || !(b'3'..=b'9').contains(&second) {
        return Err(PhoneError::NotMobile);
    }
    Ok(Phone(digits.to_string()))
}

/// Why a villager could not be saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VillagerError {
    NameMissing,
    NameTooLong,
    VillageTooLong,
    Phone(PhoneError),
}

/// What the partner typed, checked and trimmed: name required, phone optional but valid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VillagerInput {
    pub name: String,
    pub village: String,
    pub phone: Option<Phone>,
}

/// Validates the villager form; every problem found is returned, so all can be shown at once.
pub fn validate_villager(
    name: &str,
    village: &str,
    phone: &str,
) -> Result<VillagerInput, Vec<VillagerError>> {
    let mut errors = Vec::new();
    let name = name.trim();
    if name.is_empty() {
        errors.push(VillagerError::NameMissing);
    } else if name.chars().count() > MAX_NAME {
        errors.push(VillagerError::NameTooLong);
    }
    let village = village.trim();
    if village.chars().count() > MAX_VILLAGE {
        errors.push(VillagerError::VillageTooLong);
    }
    let phone = if phone.trim().is_empty() {
        None
    } else {
        match parse_phone(phone) {
            Ok(p) => Some(p),
            Err(e) => {
                errors.push(VillagerError::Phone(e));
                None
            }
        }
    };
    if errors.is_empty() {
        Ok(VillagerInput {
            name: name.to_string(),
            village: village.to_string(),
            phone,
        })
    } else {
        Err(errors)
    }
}

/// Whether a villager matches the partner's search: part of the name, or digits of the phone.
pub fn villager_matches(query: &str, name: &str, phone: Option<&Phone>) -> bool {
    let q = query.trim();
    if q.is_empty() {
        return true;
    }
    let digits: String = q.chars().filter(char::is_ascii_digit).collect();
    let by_phone = !digits.is_empty()
        && digits.len() == q.chars().filter(|c| !c.is_whitespace()).count()
        && phone.is_some_and(|p| p.digits().contains(&digits));
    // ASCII lower-casing (names are Chinese or pinyin; see `catalog::normalize_query`).
    by_phone || name.to_ascii_lowercase().contains(&q.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mainland_mobile_numbers() {
        for ok in [
            "13812345678",
            "138 1234 5678",
            "138-1234-5678",
            "+86 138 1234 5678",
            "008613812345678",
            "8613812345678",
            "19912345678",
        ] {
            let digits = parse_phone(ok).unwrap_or_else(|e| panic!("{ok}: {e:?}"));
            assert!(
                digits.digits().len() == 11 && digits.digits().starts_with('1'),
                "{ok}"
            );
        }
        assert_eq!(
            parse_phone("138 1234 5678").unwrap().grouped(),
            "138 1234 5678"
        );
        assert_eq!(parse_phone("1381234567"), Err(PhoneError::Length));
        assert_eq!(parse_phone("138123456789"), Err(PhoneError::Length));
        assert_eq!(parse_phone("12812345678"), Err(PhoneError::NotMobile));
        assert_eq!(parse_phone("23812345678"), Err(PhoneError::NotMobile));
        assert_eq!(parse_phone("1381234567a"), Err(PhoneError::NotDigits));
        assert_eq!(
            parse_phone("０１３８"),
            Err(PhoneError::Length),
            "full-width digits are read as digits (and this is too short)"
        );
        assert_eq!(parse_phone(""), Err(PhoneError::Length));
    }

    #[test]
    fn villager_form_rules() {
        let v = validate_villager("  王阿姨 ", " 三组 ", "138 1234 5678").unwrap();
        assert_eq!(v.name, "王阿姨");
        assert_eq!(v.village, "三组");
        assert_eq!(v.phone.unwrap().digits(), "13812345678");
        assert!(validate_villager("李大爷", "", "").unwrap().phone.is_none());
        assert_eq!(
            validate_villager(" ", &"村".repeat(31), "123"),
            Err(vec![
                VillagerError::NameMissing,
                VillagerError::VillageTooLong,
                VillagerError::Phone(PhoneError::Length)
            ])
        );
        assert_eq!(
            validate_villager(&"名".repeat(21), "", ""),
            Err(vec![VillagerError::NameTooLong])
        );
    }

    #[test]
    fn search_by_name_or_phone_digits() {
        let phone = parse_phone("13812345678").ok();
        assert!(villager_matches("王", "王阿姨", phone.as_ref()));
        assert!(villager_matches("5678", "王阿姨", phone.as_ref()));
        assert!(!villager_matches("9999", "王阿姨", phone.as_ref()));
        assert!(!villager_matches("李", "王阿姨", None));
        assert!(villager_matches("", "王阿姨", None));
    }

    #[test]
    fn full_width_numbers_are_read_like_ascii_ones() {
        assert_eq!(
            parse_phone("１３８１２３４５６７８").map(|p| p.digits().to_string()),
            Ok("13812345678".to_string())
        );
        assert_eq!(
            parse_phone("＋８６　１３８－１２３４－５６７８").map(|p| p.digits().to_string()),
            Ok("13812345678".to_string())
        );
        assert_eq!(parse_phone("１３８ａ"), Err(PhoneError::NotDigits));
        assert_eq!(normalize_width("王　阿姨"), "王 阿姨");
    }
}
