//! The one error type of the API layer.

use std::fmt;

/// Why a request gave no usable answer. Each kind maps to one translated message in `ErrorPanel`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ApiError {
    /// No connection (browser offline, DNS failure, connection refused).
    Offline,
    /// The server did not answer within the time limit.
    Timeout,
    /// The server answered with an error status (404 unknown product, 429 busy, 500…).
    Http { status: u16 },
    /// The server answered, but not with what the dialect promises.
    Decode(String),
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiError::Offline => write!(f, "offline"),
            ApiError::Timeout => write!(f, "timeout"),
            ApiError::Http { status } => write!(f, "HTTP {status}"),
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
    /// `decode`): language-neutral, turned back into words on screen.
    pub fn code(&self) -> String {
        match self {
            ApiError::Offline => "offline".into(),
            ApiError::Timeout => "timeout".into(),
            ApiError::Http { status } => format!("http:{status}"),
            ApiError::Decode(_) => "decode".into(),
        }
    }

    /// Reads a [`ApiError::code`] back; unknown codes are `None`.
    pub fn from_code(code: &str) -> Option<ApiError> {
        match code {
            "offline" => Some(ApiError::Offline),
            "timeout" => Some(ApiError::Timeout),
            "decode" => Some(ApiError::Decode(String::new())),
            _ => code
                .strip_prefix("http:")?
                .parse()
                .ok()
                .map(|status| ApiError::Http { status }),
        }
    }
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
            ApiError::Decode(String::new()),
        ] {
            assert_eq!(ApiError::from_code(&e.code()), Some(e));
        }
        assert_eq!(ApiError::from_code("http:x"), None);
        assert_eq!(ApiError::from_code("storage"), None);
    }
}
