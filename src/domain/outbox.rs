//! The outbox: orders are written here before anything is sent, and leave it exactly once.
//! A pure state machine; the store persists it and the flusher drives it.

use serde::{Deserialize, Serialize};

/// Shortest wait before a retry (ms).
pub const BACKOFF_BASE_MS: u64 = 2_000;
/// Longest wait between retries (ms).
pub const BACKOFF_MAX_MS: u64 = 5 * 60_000;
/// Longer than any request may take (`api::client::TIMEOUT_MS`; the store checks the two when it
/// builds): a send still "in flight" after this long was cut off.
pub const IN_FLIGHT_MS: u64 = 30_000;

/// Where an entry is in its life.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SendState {
    /// Waiting to be sent (again) not before `next_at`.
    Waiting {
        attempts: u32,
        next_at: u64,
        last_error: Option<String>,
        /// The time a busy server asked not to be sent anything before (`Retry-After`): not even
        /// "send now" or the network coming back goes earlier. 0 = no such request.
        #[serde(default, skip_serializing_if = "is_zero")]
        hold_until: u64,
    },
    /// A request is out since `since`.
    Sending { attempts: u32, since: u64 },
    /// Accepted by the backend.
    Sent { at: u64 },
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// One order waiting to leave the tablet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutboxEntry {
    /// The order's own id (made on the tablet; never the API's cart id).
    pub order_id: String,
    /// Sent with every attempt so a server that supports it can drop duplicates.
    pub idempotency_key: String,
    pub state: SendState,
}

/// The delay before retry number `attempts` (1-based): doubling from the base, capped, with
/// ±20 % jitter from `jitter` in [0, 1) so many tablets do not retry in step.
pub fn backoff_ms(attempts: u32, jitter: f64) -> u64 {
    let exp = BACKOFF_BASE_MS.saturating_mul(1u64 << attempts.saturating_sub(1).min(20));
    let capped = exp.min(BACKOFF_MAX_MS) as f64;
    let factor = 0.8 + 0.4 * jitter.clamp(0.0, 1.0);
    ((capped * factor) as u64).min(BACKOFF_MAX_MS)
}

/// A record that leaves the tablet through the outbox (an order, a produce listing): its own
/// id, the key sent with every attempt, and where its sending is. The state lives in the record,
/// so the record and its outbox state are always written together.
pub trait Outgoing {
    fn outbox_id(&self) -> &str;
    fn outbox_key(&self) -> &str;
    fn send_state(&mut self) -> &mut SendState;
}

/// Runs an outbox step (take due, mark sent or failed, recover, retry now) over the records' send
/// states. The step must not add or remove entries: records are added by their own domain's
/// functions only.
pub fn with_outbox<T: Outgoing, R>(records: &mut [T], step: impl FnOnce(&mut Outbox) -> R) -> R {
    let mut outbox = Outbox {
        entries: records
            .iter_mut()
            .map(|r| OutboxEntry {
                order_id: r.outbox_id().to_string(),
                idempotency_key: r.outbox_key().to_string(),
                state: r.send_state().clone(),
            })
            .collect(),
    };
    let result = step(&mut outbox);
    debug_assert_eq!(outbox.entries.len(), records.len());
    for (record, entry) in records.iter_mut().zip(outbox.entries) {
        *record.send_state() = entry.state;
    }
    result
}

/// The outbox: entries in the order they were placed.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Outbox {
    pub entries: Vec<OutboxEntry>,
}

impl Outbox {
    /// Adds an order; the same idempotency key twice (a double tap, a replayed submit) is one
    /// entry. Returns whether it was new.
    pub fn enqueue(&mut self, order_id: &str, key: &str, now: u64) -> bool {
        if self
            .entries
            .iter()
            .any(|e| e.idempotency_key == key || e.order_id == order_id)
        {
            return false;
        }
        self.entries.push(OutboxEntry {
            order_id: order_id.to_string(),
            idempotency_key: key.to_string(),
            state: SendState::Waiting {
                attempts: 0,
                next_at: now,
                last_error: None,
                hold_until: 0,
            },
        });
        true
    }

    /// Entries due for sending now, marked as sending (so a second flush does not pick them too).
    pub fn take_due(&mut self, now: u64) -> Vec<OutboxEntry> {
        let mut due = Vec::new();
        for e in &mut self.entries {
            if let SendState::Waiting {
                attempts, next_at, ..
            } = e.state
                && next_at <= now
            {
                e.state = SendState::Sending {
                    attempts: attempts + 1,
                    since: now,
                };
                due.push(e.clone());
            }
        }
        due
    }

    /// Called holding the outbox lock, when no tab is sending: a send still "in flight" was cut
    /// off by a closed or reloaded page, and waits again (whether it arrived is unknown: the key
    /// lets a server that supports it drop the duplicate) — if it began before this page was
    /// loaded (`page_start`), or longer ago than any request lasts. One that another tab began
    /// since is left alone: it is most likely one whose result this tab cannot read yet (a
    /// browser hands one tab's storage writes to another a little later), and sending it again
    /// would send it twice.
    pub fn recover(&mut self, now: u64, page_start: u64) {
        for e in &mut self.entries {
            if let SendState::Sending { attempts, since } = e.state
                && (since < page_start || now.saturating_sub(since) >= IN_FLIGHT_MS)
            {
                e.state = SendState::Waiting {
                    attempts,
                    next_at: now,
                    last_error: None,
                    hold_until: 0,
                };
            }
        }
    }

    /// The backend accepted the order.
    pub fn mark_sent(&mut self, order_id: &str, now: u64) {
        if let Some(e) = self.entries.iter_mut().find(|e| e.order_id == order_id) {
            e.state = SendState::Sent { at: now };
        }
    }

    /// The attempt failed: wait with backoff (or as long as the server asked, `retry_after_ms`,
    /// if that is longer), keep the reason to show the partner.
    pub fn mark_failed(
        &mut self,
        order_id: &str,
        error: &str,
        now: u64,
        jitter: f64,
        retry_after_ms: Option<u64>,
    ) {
        if let Some(e) = self.entries.iter_mut().find(|e| e.order_id == order_id)
            && let SendState::Sending { attempts, .. } = e.state
        {
            let hold_until = retry_after_ms.map_or(0, |ms| now.saturating_add(ms));
            e.state = SendState::Waiting {
                attempts,
                next_at: now
                    .saturating_add(backoff_ms(attempts, jitter))
                    .max(hold_until),
                last_error: Some(error.to_string()),
                hold_until,
            };
        }
    }

    /// The network came back, or the partner asked: everything waiting may go now — except
    /// what a busy server asked to hold until later.
    pub fn retry_now(&mut self, now: u64) {
        for e in &mut self.entries {
            if let SendState::Waiting {
                next_at,
                hold_until,
                ..
            } = &mut e.state
            {
                *next_at = (*next_at).min(now.max(*hold_until));
            }
        }
    }

    /// How many orders have not been accepted yet.
    pub fn unsent(&self) -> usize {
        self.entries
            .iter()
            .filter(|e| !matches!(e.state, SendState::Sent { .. }))
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_is_capped_and_jittered() {
        assert_eq!(backoff_ms(1, 0.5), 2_000);
        assert_eq!(backoff_ms(2, 0.5), 4_000);
        assert_eq!(backoff_ms(3, 0.5), 8_000);
        assert_eq!(backoff_ms(30, 0.5), BACKOFF_MAX_MS);
        assert_eq!(backoff_ms(u32::MAX, 0.99), BACKOFF_MAX_MS);
        for attempts in 1..12 {
            let low = backoff_ms(attempts, 0.0);
            let high = backoff_ms(attempts, 0.999);
            assert!(low < high || high == BACKOFF_MAX_MS, "{attempts}");
            assert!(low >= BACKOFF_BASE_MS * 8 / 10);
            assert!(high <= BACKOFF_MAX_MS);
        }
    }

    #[test]
    fn the_same_order_is_enqueued_once() {
        let mut o = Outbox::default();
        assert!(o.enqueue("A", "k1", 0));
        assert!(!o.enqueue("A", "k1", 1), "double tap");
        assert!(!o.enqueue("B", "k1", 1), "replayed key");
        assert_eq!(o.entries.len(), 1);
    }

    #[test]
    fn a_due_entry_is_taken_once_until_it_fails() {
        let mut o = Outbox::default();
        o.enqueue("A", "k", 100);
        assert_eq!(o.take_due(50).len(), 0, "not due yet");
        assert_eq!(o.take_due(100).len(), 1);
        assert_eq!(o.take_due(100).len(), 0, "in flight: not taken twice");
        o.mark_failed("A", "HTTP 500", 1_000, 0.5, None);
        assert_eq!(o.take_due(2_000).len(), 0, "backing off");
        let again = o.take_due(3_000);
        assert_eq!(again.len(), 1);
        assert!(matches!(
            again[0].state,
            SendState::Sending { attempts: 2, .. }
        ));
        o.mark_sent("A", 3_100);
        assert_eq!(o.unsent(), 0);
        assert!(o.take_due(u64::MAX).is_empty(), "sent is never sent again");
    }

    #[test]
    fn reconnect_sends_waiting_entries_at_once() {
        let mut o = Outbox::default();
        o.enqueue("A", "k", 0);
        o.take_due(0);
        o.mark_failed("A", "offline", 0, 0.5, None);
        o.retry_now(10);
        assert_eq!(o.take_due(10).len(), 1);
    }

    #[test]
    fn a_busy_server_is_left_alone_as_long_as_it_asked() {
        let mut o = Outbox::default();
        o.enqueue("A", "k", 0);
        o.take_due(0);
        // Retry-After: 30 s, longer than the first backoff (2 s).
        o.mark_failed("A", "busy", 1_000, 0.5, Some(30_000));
        assert!(matches!(
            o.entries[0].state,
            SendState::Waiting {
                next_at: 31_000,
                hold_until: 31_000,
                ..
            }
        ));
        // Neither the network coming back nor "send now" goes earlier.
        o.retry_now(5_000);
        assert!(o.take_due(5_000).is_empty());
        assert!(o.take_due(30_999).is_empty());
        assert_eq!(o.take_due(31_000).len(), 1);
        // A short Retry-After does not shorten the backoff.
        o.mark_failed("A", "busy", 40_000, 0.5, Some(100));
        assert!(matches!(
            o.entries[0].state,
            SendState::Waiting {
                next_at: 44_000,
                hold_until: 40_100,
                ..
            }
        ));
        // Past the hold, "send now" works again.
        o.retry_now(41_000);
        assert_eq!(o.take_due(41_000).len(), 1);
    }

    #[test]
    fn a_record_without_a_hold_reads_as_none() {
        let old = r#"{"Waiting":{"attempts":1,"next_at":5,"last_error":"offline"}}"#;
        let state: SendState = serde_json::from_str(old).unwrap();
        assert!(matches!(state, SendState::Waiting { hold_until: 0, .. }));
        assert_eq!(serde_json::to_string(&state).unwrap(), old);
    }

    #[test]
    fn a_send_interrupted_by_a_reload_is_retried_on_start() {
        let mut o = Outbox::default();
        o.enqueue("A", "k", 0);
        o.take_due(0);
        // The page that began it was reloaded at 3.
        o.recover(5, 3);
        assert_eq!(o.take_due(5).len(), 1);
        assert_eq!(o.unsent(), 1);
    }

    #[test]
    fn a_send_another_tab_began_is_left_until_it_cannot_still_be_in_flight() {
        let mut o = Outbox::default();
        o.enqueue("A", "k", 0);
        // Another tab took it at 1,000; this page was loaded at 500 and, holding the lock,
        // still reads it as being sent (the other tab's "sent" has not reached it yet).
        o.take_due(1_000);
        o.recover(1_800, 500);
        assert!(o.take_due(1_800).is_empty());
        o.recover(1_000 + IN_FLIGHT_MS - 1, 500);
        assert!(o.take_due(1_000 + IN_FLIGHT_MS - 1).is_empty());
        // Once the "sent" arrives, nothing is left to send.
        o.mark_sent("A", 1_900);
        o.recover(1_000 + IN_FLIGHT_MS, 500);
        assert!(o.take_due(1_000 + IN_FLIGHT_MS).is_empty());
        assert_eq!(o.unsent(), 0);
        // A tab closed mid-send: after the longest a request lasts, it is sent again.
        let mut o = Outbox::default();
        o.enqueue("B", "k2", 0);
        o.take_due(1_000);
        o.recover(1_000 + IN_FLIGHT_MS, 500);
        assert_eq!(o.take_due(1_000 + IN_FLIGHT_MS).len(), 1);
    }
}
