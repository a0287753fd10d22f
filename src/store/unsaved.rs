//! The one record of what this tab could not save: which collections' last write failed, and
//! why. Station records, settings, the partner's and the trainer's records all write through it,
//! so every screen says a failed write the same way, and a collection that could not be saved
//! keeps this tab's copy as the truth until a write of it succeeds.

use leptos::prelude::*;

use super::db::StoreError;

/// Cheap to copy; one per app, in `AppContext`.
#[derive(Clone, Copy)]
pub struct Unsaved {
    /// Collections whose last write failed.
    names: RwSignal<Vec<&'static str>>,
    /// Why the last failed write failed; `None` once every collection is saved again.
    error: RwSignal<Option<StoreError>>,
}

impl Default for Unsaved {
    fn default() -> Self {
        Unsaved::new()
    }
}

impl Unsaved {
    pub fn new() -> Unsaved {
        Unsaved {
            names: RwSignal::new(Vec::new()),
            error: RwSignal::new(None),
        }
    }

    /// Notes how a write of `name` went, and passes its result on.
    pub fn note(
        &self,
        name: &'static str,
        result: Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let mut left = self.names.get_untracked();
        left.retain(|n| *n != name);
        if let Err(error) = result {
            left.push(name);
            self.error.set(Some(error));
        } else if left.is_empty() {
            self.error.set(None);
        }
        self.names.set(left);
        result
    }

    /// Whether `name`'s last write failed (not tracked: for the stores' read-modify-write).
    pub fn holds(&self, name: &'static str) -> bool {
        self.names.with_untracked(|n| n.contains(&name))
    }

    /// Whether `name`'s last write failed (tracked: for a screen).
    pub fn shows(&self, name: &'static str) -> bool {
        self.names.with(|n| n.contains(&name))
    }

    /// Whether what is unsaved is all among `names` (tracked; `false` when nothing is).
    pub fn only(&self, names: &[&str]) -> bool {
        self.names
            .with(|n| !n.is_empty() && n.iter().all(|name| names.contains(name)))
    }

    /// Why something is unsaved, if anything is (tracked).
    pub fn error(&self) -> Option<StoreError> {
        self.error.get()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failure_stays_until_that_collection_is_saved() {
        let unsaved = Unsaved::new();
        assert_eq!(
            unsaved.note("orders", Err(StoreError::Full)),
            Err(StoreError::Full)
        );
        assert!(unsaved.holds("orders"));
        assert_eq!(unsaved.error(), Some(StoreError::Full));
        // Another collection saved: the orders are still only in this tab.
        assert_eq!(unsaved.note("carts", Ok(())), Ok(()));
        assert_eq!(unsaved.error(), Some(StoreError::Full));
        assert!(!unsaved.holds("carts"));
        unsaved.note("orders", Ok(())).ok();
        assert!(!unsaved.holds("orders"));
        assert_eq!(unsaved.error(), None);
    }

    #[test]
    fn the_latest_reason_is_said() {
        let unsaved = Unsaved::new();
        unsaved.note("settings", Err(StoreError::Unavailable)).ok();
        unsaved.note("orders", Err(StoreError::NewerVersion)).ok();
        assert_eq!(unsaved.error(), Some(StoreError::NewerVersion));
        unsaved.note("orders", Ok(())).ok();
        assert!(unsaved.holds("settings"));
        assert!(unsaved.error().is_some(), "settings are still unsaved");
        assert!(unsaved.only(&["settings", "partner"]));
        unsaved.note("carts", Err(StoreError::Full)).ok();
        assert!(!unsaved.only(&["settings", "partner"]));
    }
}
