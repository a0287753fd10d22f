//! The one error type of the API layer.

use std::fmt;

/// Why a request gave no usable answer. Each kind maps to one translated message in `ErrorPanel`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ApiError {
    /// No connection (browser offline, DNS failure, connection refused).
    Offline,
    /// The server did not answer within the time limit.
    Timeout,
    /// The server answered with an error status (404 unknown product, 500…).
    Http { status: u16 },
    /// The server is overloaded (429, or 503 with a `Retry-After`) and may have said how long to
    /// wait before the next request; nothing is asked of it again before that.
    Busy { retry_after_ms: Option<u64> },
    /// The server answered, but not with what the dialect promises.
    Decode(String),
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiError::Offline => write!(f, "offline"),
            ApiError::Timeout => write!(f, "timeout"),
            ApiError::Http { status } => write!(f, "HTTP {status}"),
            ApiError::Busy {
                retry_after_ms: Some(ms),
            } => write!(f, "busy, retry after {ms} ms"),
            ApiError::Busy { .. } => write!(f, "busy"),
            ApiError::Decode(why) => write!(f, "undecodable response: {why}"),
        }
    }
}

impl std::error::Error for ApiError {}

impl ApiError {
    /// Whether trying again later can help (everything but "this does not exist").
    pub fn retryable(&self) -> bool {
        !matches!(self, ApiError::Http { status: 404 })
    }

    /// A short code kept with an order that could not be sent (`offline`, `timeout`, `http:500`,
    /// `busy`, `decode`): language-neutral, turned back into words on screen. (How long a busy
    /// server asked to wait is kept in the outbox entry's own time, not in the code.)
    pub fn code(&self) -> String {
        match self {
            ApiError::Offline => "offline".into(),
            ApiError::Timeout => "timeout".into(),
            ApiError::Http { status } => format!("http:{status}"),
            ApiError::Busy { .. } => "busy".into(),
            ApiError::Decode(_) => "decode".into(),
        }
    }

    /// Reads a [`ApiError::code`] back; unknown codes are `None`.
    pub fn from_code(code: &str) -> Option<ApiError> {
        match code {
            "offline" => Some(ApiError::Offline),
            "timeout" => Some(ApiError::Timeout),
            "decode" => Some(ApiError::Decode(String::new())),
            // Records written before `busy` existed said "http:429".
            "busy" | "http:429" => Some(ApiError::Busy {
                retry_after_ms: None,
            }),
            _ => code
                .strip_prefix("http:")?
                .parse()
                .ok()
                .map(|status| ApiError::Http { status }),
        }
    }

    /// The error for a non-success `status`, given the answer's `Retry-After` header (if the
    /// browser let the app read it: a cross-origin server must list it in
    /// `Access-Control-Expose-Headers`) and the time now.
    pub fn from_status(status: u16, retry_after: Option<&str>, now_ms: u64) -> ApiError {
        let wait = retry_after.and_then(|v| retry_after_ms(v, now_ms));
        match (status, wait) {
            (429, _) | (503, Some(_)) => ApiError::Busy {
                retry_after_ms: wait,
            },
            _ => ApiError::Http { status },
        }
    }

    /// How long the server asked to wait, if it did.
    pub fn retry_after(&self) -> Option<u64> {
        match self {
            ApiError::Busy { retry_after_ms } => *retry_after_ms,
            _ => None,
        }
    }
}

/// The longest wait a `Retry-After` is obeyed for: a server (or a proxy) that asks for hours is
/// taken as asking for an hour, so an order is never held for a day by one header.
pub const MAX_RETRY_AFTER_MS: u64 = 60 * 60_000;

/// Reads a `Retry-After` value (RFC 9110 §10.2.3): whole seconds, or an HTTP date, which is
/// turned into the wait from `now_ms`. A date already past is no wait (`Some(0)`); anything
/// unreadable is `None` (the caller's own backoff applies).
pub fn retry_after_ms(value: &str, now_ms: u64) -> Option<u64> {
    let value = value.trim();
    let ms = if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        // Seconds; absurdly long digit strings saturate instead of failing.
        value
            .parse::<u64>()
            .unwrap_or(u64::MAX)
            .saturating_mul(1_000)
    } else {
        http_date_ms(value)?.saturating_sub(now_ms)
    };
    Some(ms.min(MAX_RETRY_AFTER_MS))
}

/// An HTTP date in the one form senders must use (RFC 9110 §5.6.7, IMF-fixdate:
/// `Sun, 06 Nov 1994 08:49:37 GMT`) as Unix ms; the two obsolete forms, and anything else, are
/// `None`. (A crate for this weighed more in the first load than the 20 lines here.)
fn http_date_ms(value: &str) -> Option<u64> {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    let parts: Vec<&str> = value.split(' ').collect();
    let [weekday, day, month, year, time, "GMT"] = parts[..] else {
        return None;
    };
    let number = |s: &str, len: usize| {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<i64>().ok())
            .flatten()
    };
    let month = MONTHS.iter().position(|m| *m == month)? as i64 + 1;
    let (year, day) = (number(year, 4)?, number(day, 2)?);
    let mut hms = time.split(':').map(|p| number(p, 2));
    let (h, m, s) = (hms.next()??, hms.next()??, hms.next()??);
    let days = crate::domain::order::days_from_civil(year, month, day)?;
    let weekday_ok = weekday.strip_suffix(',').is_some_and(|w| {
        DAYS.iter().position(|d| *d == w) == Some((days + 3).rem_euclid(7) as usize)
    });
    if hms.next().is_some() || !weekday_ok || h > 23 || m > 59 || s > 60 {
        return None;
    }
    u64::try_from(((days * 24 + h) * 60 + m) * 60 + s)
        .ok()
        .map(|secs| secs * 1_000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for e in [
            ApiError::Offline,
            ApiError::Timeout,
            ApiError::Http { status: 500 },
            ApiError::Busy {
                retry_after_ms: None,
            },
            ApiError::Decode(String::new()),
        ] {
            assert_eq!(ApiError::from_code(&e.code()), Some(e));
        }
        assert_eq!(ApiError::from_code("http:x"), None);
        assert_eq!(ApiError::from_code("storage"), None);
        // An outbox written by an older version.
        assert_eq!(
            ApiError::from_code("http:429"),
            Some(ApiError::Busy {
                retry_after_ms: None
            })
        );
    }

    // 2026-11-23 06:00:00 UTC.
    const NOW: u64 = 1_795_413_600_000;

    #[test]
    fn retry_after_in_seconds_or_as_a_date() {
        assert_eq!(retry_after_ms("120", NOW), Some(120_000));
        assert_eq!(retry_after_ms(" 0 ", NOW), Some(0));
        assert_eq!(
            retry_after_ms("Mon, 23 Nov 2026 06:00:30 GMT", NOW),
            Some(30_000)
        );
        // RFC 9110's own example, to the second.
        assert_eq!(
            http_date_ms("Sun, 06 Nov 1994 08:49:37 GMT"),
            Some(784_111_777_000)
        );
        // A date in the past: no wait.
        assert_eq!(
            retry_after_ms("Mon, 23 Nov 2026 05:00:00 GMT", NOW),
            Some(0)
        );
        // Capped at an hour, however long the server asks for.
        assert_eq!(
            retry_after_ms("99999999999999999999999", NOW),
            Some(MAX_RETRY_AFTER_MS)
        );
        assert_eq!(
            retry_after_ms("Tue, 24 Nov 2026 06:00:00 GMT", NOW),
            Some(MAX_RETRY_AFTER_MS)
        );
        for junk in [
            "",
            "soon",
            "-5",
            "1.5",
            "12 s",
            "Mon, 99 Nov 2026 06:00:30 GMT",
            // The weekday must fit the date; only GMT; every field in its place.
            "Tue, 23 Nov 2026 06:00:30 GMT",
            "Mon, 23 Nov 2026 06:00:30 UTC",
            "Mon, 23 Nov 2026 06:00 GMT",
            "Mon, 23 Nov 2026 24:00:00 GMT",
            "Mon 23 Nov 2026 06:00:30 GMT",
            "Mon, 3 Nov 2026 06:00:30 GMT",
            "Mon, 31 Feb 2026 06:00:30 GMT",
            "Mon, 23 Nov 2026 06:00:30:00 GMT",
            // The obsolete forms (RFC 850, asctime): the caller's own backoff applies.
            "Monday, 23-Nov-26 06:00:30 GMT",
            "Mon Nov 23 06:00:30 2026",
        ] {
            assert_eq!(retry_after_ms(junk, NOW), None, "{junk:?}");
        }
    }

    #[test]
    fn busy_statuses() {
        assert_eq!(
            ApiError::from_status(429, Some("7"), NOW),
            ApiError::Busy {
                retry_after_ms: Some(7_000)
            }
        );
        assert_eq!(
            ApiError::from_status(429, None, NOW),
            ApiError::Busy {
                retry_after_ms: None
            }
        );
        assert_eq!(
            ApiError::from_status(429, Some("later"), NOW),
            ApiError::Busy {
                retry_after_ms: None
            }
        );
        // 503 is "busy" only when the server says when to come back.
        assert_eq!(
            ApiError::from_status(503, Some("3"), NOW),
            ApiError::Busy {
                retry_after_ms: Some(3_000)
            }
        );
        assert_eq!(
            ApiError::from_status(503, None, NOW),
            ApiError::Http { status: 503 }
        );
        assert_eq!(
            ApiError::from_status(500, Some("3"), NOW),
            ApiError::Http { status: 500 }
        );
        assert!(ApiError::from_status(429, None, NOW).retryable());
    }
}
