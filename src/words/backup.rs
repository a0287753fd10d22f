//! The backup screen's words: when the last backup was made, what a restore brought in, and why
//! saving or restoring was refused.

use crate::domain::backup::{BackupError, PasswordError, Refusal, Restored, days_since};
use crate::i18n::*;

/// Why saving or restoring did not happen, in words (a refused restore says nothing changed
/// where that is so).
pub fn refusal_text(locale: Locale, refusal: Refusal) -> &'static str {
    match refusal {
        Refusal::Backup(BackupError::Foreign) => td_string!(locale, backup.err_foreign),
        Refusal::Backup(BackupError::Damaged) => td_string!(locale, backup.err_damaged),
        Refusal::Backup(BackupError::Newer(_)) => td_string!(locale, backup.err_newer),
        Refusal::Backup(BackupError::WrongPassword) => {
            td_string!(locale, backup.err_wrong_password)
        }
        Refusal::Backup(BackupError::Unavailable) => td_string!(locale, backup.err_unavailable),
        Refusal::Backup(BackupError::StorageFull) => td_string!(locale, backup.err_full),
        Refusal::Password(PasswordError::TooShort) => td_string!(locale, backup.err_short),
        Refusal::Password(PasswordError::TooLong) => td_string!(locale, backup.err_long),
        Refusal::Password(PasswordError::Mismatch) => td_string!(locale, backup.err_mismatch),
        Refusal::NoFile => td_string!(locale, backup.err_no_file),
        Refusal::NoPassword => td_string!(locale, backup.err_no_password),
    }
}

/// "Last backup: 3 days ago" (or never).
pub fn last_backup_text(locale: Locale, last: Option<u64>, now: u64) -> String {
    match last {
        None => td_string!(locale, backup.never).to_string(),
        Some(at) => match days_since(at, now) {
            0 => td_string!(locale, backup.last_today).to_string(),
            1 => td_string!(locale, backup.last_yesterday).to_string(),
            days => td_string!(locale, backup.last, days = days).to_string(),
        },
    }
}

/// What a restore brought in, in words (said aloud by its speaker).
pub fn restored_text(locale: Locale, r: Restored) -> String {
    if r.nothing() {
        return td_string!(locale, backup.nothing).to_string();
    }
    td_string!(
        locale,
        backup.restored,
        villagers = r.villagers,
        orders = r.orders,
        updated = r.updated,
        waiting = r.waiting
    )
    .to_string()
}

/// "Saved as <file>".
pub fn saved_text(locale: Locale, file: &str) -> String {
    td_string!(locale, backup.saved, name = file).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: u64 = 86_400_000;

    #[test]
    fn every_refusal_has_its_own_words_in_both_languages() {
        let all = [
            Refusal::Backup(BackupError::Foreign),
            Refusal::Backup(BackupError::Damaged),
            Refusal::Backup(BackupError::Newer(2)),
            Refusal::Backup(BackupError::WrongPassword),
            Refusal::Backup(BackupError::Unavailable),
            Refusal::Backup(BackupError::StorageFull),
            Refusal::Password(PasswordError::TooShort),
            Refusal::Password(PasswordError::TooLong),
            Refusal::Password(PasswordError::Mismatch),
            Refusal::NoFile,
            Refusal::NoPassword,
        ];
        for locale in [Locale::zh_CN, Locale::en] {
            let texts: Vec<&str> = all.iter().map(|r| refusal_text(locale, *r)).collect();
            for (i, t) in texts.iter().enumerate() {
                assert!(!t.is_empty());
                assert!(!texts[..i].contains(t), "{t} is said for two refusals");
            }
        }
        assert_ne!(
            refusal_text(Locale::zh_CN, Refusal::NoFile),
            refusal_text(Locale::en, Refusal::NoFile)
        );
    }

    #[test]
    fn the_last_backup_is_told_in_days() {
        let now = 100 * DAY;
        assert_eq!(
            last_backup_text(Locale::en, None, now),
            td_string!(Locale::en, backup.never)
        );
        assert_eq!(
            last_backup_text(Locale::en, Some(now - DAY / 2), now),
            td_string!(Locale::en, backup.last_today)
        );
        assert_eq!(
            last_backup_text(Locale::en, Some(now - DAY), now),
            td_string!(Locale::en, backup.last_yesterday)
        );
        assert!(last_backup_text(Locale::zh_CN, Some(now - 9 * DAY), now).contains('9'));
    }

    #[test]
    fn the_saved_line_names_the_file_in_each_language() {
        let name = "cunzhan-backup-2026-12-04.json";
        assert!(saved_text(Locale::en, name).contains(name));
        assert!(saved_text(Locale::zh_CN, name).contains(name));
        assert_ne!(
            saved_text(Locale::en, name),
            saved_text(Locale::zh_CN, name)
        );
    }
}
