//! Which backend the app talks to: the embedded catalog (default) or a DummyJSON-compatible URL.

/// The backend choice, as set by `?api=`, the settings screen or the build.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum BackendChoice {
    /// The catalog bundled with the app: no server, no network.
    #[default]
    Embedded,
    /// A DummyJSON-compatible base URL, normalised (no trailing slash, no query).
    Remote(String),
}

/// Why an API address was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BadApiUrl;

/// The word that selects the embedded backend in `?api=` and in settings.
pub const EMBEDDED: &str = "embedded";

impl BackendChoice {
    /// Reads `embedded` or an `http(s)://host[:port][/path]` base URL.
    pub fn parse(raw: &str) -> Result<BackendChoice, BadApiUrl> {
        let s = raw.trim();
        if s.is_empty() || s.eq_ignore_ascii_case(EMBEDDED) {
            return Ok(BackendChoice::Embedded);
        }
        let rest = s
            .strip_prefix("https://")
            .or_else(|| s.strip_prefix("http://"))
            .ok_or(BadApiUrl)?;
        let host = rest.split('/').next().unwrap_or("");
        let bad_char = |c: char| c.is_whitespace() || c.is_control() || "?#@\\\"'<>`".contains(c);
        if host.is_empty() || s.len() > 200 || s.chars().any(bad_char) {
            return Err(BadApiUrl);
        }
        Ok(BackendChoice::Remote(s.trim_end_matches('/').to_string()))
    }

    /// How the choice is written to settings and shown to the partner.
    pub fn as_setting(&self) -> &str {
        match self {
            BackendChoice::Embedded => EMBEDDED,
            BackendChoice::Remote(url) => url,
        }
    }
}

/// Picks the backend at start-up: a valid `?api=` wins (and is to be saved), then the saved setting,
/// then the build-time default, then the embedded catalog. Returns the choice and, when `?api=` set
/// it, that the choice should be persisted. An invalid `?api=` is reported, not silently used.
pub fn choose(
    url_param: Option<&str>,
    saved: Option<&str>,
    build_default: Option<&str>,
) -> (BackendChoice, bool, Option<BadApiUrl>) {
    let mut bad = None;
    if let Some(param) = url_param {
        match BackendChoice::parse(param) {
            Ok(choice) => return (choice, true, None),
            Err(e) => bad = Some(e),
        }
    }
    let fallback = [saved, build_default]
        .into_iter()
        .flatten()
        .find_map(|s| BackendChoice::parse(s).ok())
        .unwrap_or_default();
    (fallback, false, bad)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_embedded_and_urls() {
        assert_eq!(
            BackendChoice::parse("embedded"),
            Ok(BackendChoice::Embedded)
        );
        assert_eq!(
            BackendChoice::parse(" EMBEDDED "),
            Ok(BackendChoice::Embedded)
        );
        assert_eq!(
            BackendChoice::parse("https://dummyjson.com/"),
            Ok(BackendChoice::Remote("https://dummyjson.com".into()))
        );
        assert_eq!(
            BackendChoice::parse("http://127.0.0.1:8123/api"),
            Ok(BackendChoice::Remote("http://127.0.0.1:8123/api".into()))
        );
        for bad in [
            "ftp://x",
            "javascript:alert(1)",
            "https://",
            "https://a b",
            "https://x?y=1",
            "dummyjson.com",
            "https://u@evil",
        ] {
            assert_eq!(BackendChoice::parse(bad), Err(BadApiUrl), "{bad}");
        }
    }

    #[test]
    fn url_param_wins_and_is_persisted() {
        let (c, persist, bad) = choose(Some("http://127.0.0.1:9"), Some("embedded"), None);
        assert_eq!(c, BackendChoice::Remote("http://127.0.0.1:9".into()));
        assert!(persist);
        assert_eq!(bad, None);
        let (c, persist, _) = choose(Some("embedded"), Some("http://127.0.0.1:9"), None);
        assert_eq!(c, BackendChoice::Embedded);
        assert!(persist);
    }

    #[test]
    fn saved_then_build_default_then_embedded() {
        assert_eq!(
            choose(None, Some("http://a.test"), Some("http://b.test")).0,
            BackendChoice::Remote("http://a.test".into())
        );
        assert_eq!(
            choose(None, None, Some("http://b.test")).0,
            BackendChoice::Remote("http://b.test".into())
        );
        assert_eq!(
            choose(None, Some("garbage"), None).0,
            BackendChoice::Embedded
        );
        assert_eq!(
            choose(None, None, None),
            (BackendChoice::Embedded, false, None)
        );
    }

    #[test]
    fn a_bad_url_param_is_reported_and_ignored() {
        let (c, persist, bad) = choose(Some("javascript:x"), Some("http://a.test"), None);
        assert_eq!(c, BackendChoice::Remote("http://a.test".into()));
        assert!(!persist);
        assert_eq!(bad, Some(BadApiUrl));
    }
}
