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
pub enum BadApiUrl {
    /// Not an `http(s)://host…` address.
    Malformed,
    /// A fine address, but the build's Content-Security-Policy (`connect-src`) does not let the
    /// page reach it: choosing it would only make every request fail.
    NotAllowed,
}

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
            .ok_or(BadApiUrl::Malformed)?;
        let host = rest.split('/').next().unwrap_or("");
        let bad_char = |c: char| c.is_whitespace() || c.is_control() || "?#@\\\"'<>`".contains(c);
        if host.is_empty() || s.len() > 200 || s.chars().any(bad_char) {
            return Err(BadApiUrl::Malformed);
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

impl BackendChoice {
    /// Parses `raw` and checks that `allowed` lets the page connect to it (the embedded catalog
    /// is always allowed).
    pub fn parse_allowed(
        raw: &str,
        allowed: impl Fn(&str) -> bool,
    ) -> Result<BackendChoice, BadApiUrl> {
        match BackendChoice::parse(raw)? {
            BackendChoice::Remote(url) if !allowed(&url) => Err(BadApiUrl::NotAllowed),
            choice => Ok(choice),
        }
    }
}

/// Picks the backend at start-up: a valid `?api=` wins (and is to be saved), then the saved setting,
/// then the build-time default, then the embedded catalog — each only if `allowed` lets the page
/// reach it. Returns the choice and, when `?api=` set it, that the choice should be persisted. An
/// invalid or unreachable `?api=` is reported, not silently used.
pub fn choose(
    url_param: Option<&str>,
    saved: Option<&str>,
    build_default: Option<&str>,
    allowed: impl Fn(&str) -> bool,
) -> (BackendChoice, bool, Option<BadApiUrl>) {
    let mut bad = None;
    if let Some(param) = url_param {
        match BackendChoice::parse_allowed(param, &allowed) {
            Ok(choice) => return (choice, true, None),
            Err(e) => bad = Some(e),
        }
    }
    let fallback = [saved, build_default]
        .into_iter()
        .flatten()
        .find_map(|s| BackendChoice::parse_allowed(s, &allowed).ok())
        .unwrap_or_default();
    (fallback, false, bad)
}

/// Whether a page at `page_origin` under the Content-Security-Policy `policy` may fetch `url`
/// (its `connect-src`, else its `default-src`; no policy or neither directive: yes). Follows
/// CSP Level 3 source matching for what a build's policy holds — `'self'`, `'none'`, `*`,
/// schemes (`https:`), hosts with `*.` and ports with `:*`, an http source also allowing https —
/// and ignores paths (the policies scripts/csp.mjs writes have none), so it never says no where
/// the browser would say yes for those policies.
pub fn connect_allowed(policy: Option<&str>, page_origin: &str, url: &str) -> bool {
    let Some(policy) = policy else {
        return true;
    };
    let sources = |name: &str| {
        policy.split(';').find_map(|d| {
            let mut words = d.split_whitespace();
            words
                .next()
                .filter(|w| w.eq_ignore_ascii_case(name))
                .map(|_| words.map(str::to_ascii_lowercase).collect::<Vec<_>>())
        })
    };
    let Some(sources) = sources("connect-src").or_else(|| sources("default-src")) else {
        return true;
    };
    let (Some(target), Some(page)) = (Origin::of(url), Origin::of(page_origin)) else {
        return false;
    };
    sources.iter().any(|s| source_matches(s, &page, &target))
}

/// Scheme, host and port of an http(s) address.
#[derive(Debug, PartialEq, Eq)]
struct Origin {
    scheme: String,
    host: String,
    port: u16,
}

fn default_port(scheme: &str) -> Option<u16> {
    match scheme {
        "http" => Some(80),
        "https" => Some(443),
        _ => None,
    }
}

impl Origin {
    fn of(url: &str) -> Option<Origin> {
        let (scheme, rest) = url.split_once("://")?;
        let scheme = scheme.to_ascii_lowercase();
        let authority = rest.split(['/', '?', '#']).next()?;
        let (host, port) = split_port(authority);
        let port = match port {
            Some(p) => p.parse().ok()?,
            None => default_port(&scheme)?,
        };
        (!host.is_empty()).then(|| Origin {
            scheme,
            host: host.to_ascii_lowercase(),
            port,
        })
    }
}

/// `host[:port]`, with IPv6 hosts in brackets.
fn split_port(authority: &str) -> (&str, Option<&str>) {
    let host_end = if authority.starts_with('[') {
        authority.find(']').map_or(authority.len(), |i| i + 1)
    } else {
        authority.find(':').unwrap_or(authority.len())
    };
    let (host, rest) = authority.split_at(host_end);
    (host, rest.strip_prefix(':'))
}

/// A source's scheme allows `scheme` (an http source also allows its secure upgrade).
fn scheme_allows(source: &str, scheme: &str) -> bool {
    source == scheme || (source == "http" && scheme == "https")
}

fn source_matches(source: &str, page: &Origin, target: &Origin) -> bool {
    match source {
        "'self'" => {
            page.host == target.host
                && page.port == target.port
                && scheme_allows(&page.scheme, &target.scheme)
        }
        s if s.starts_with('\'') => false,
        "*" => default_port(&target.scheme).is_some(),
        s if s.ends_with(':') && !s.contains('/') => {
            scheme_allows(&s[..s.len() - 1], &target.scheme)
        }
        s => {
            let (scheme, rest) = match s.split_once("://") {
                Some((scheme, rest)) => (Some(scheme), rest),
                None => (None, s),
            };
            let scheme_ok = match scheme {
                Some(scheme) => scheme_allows(scheme, &target.scheme),
                None => scheme_allows(&page.scheme, &target.scheme),
            };
            let authority = rest.split('/').next().unwrap_or("");
            let (host, port) = split_port(authority);
            let host_ok = match host.strip_prefix("*.") {
                Some(parent) => target.host.ends_with(&format!(".{parent}")),
                None => host == target.host,
            };
            let port_ok = match port {
                Some("*") => true,
                Some(p) => p.parse::<u16>().ok() == Some(target.port),
                // No port: the default one of the source's scheme (or of the target's, when an
                // http source is met by https).
                None => default_port(&target.scheme) == Some(target.port),
            };
            scheme_ok && host_ok && port_ok
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn any(_: &str) -> bool {
        true
    }

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
            assert_eq!(
                BackendChoice::parse(bad),
                Err(BadApiUrl::Malformed),
                "{bad}"
            );
        }
    }

    #[test]
    fn url_param_wins_and_is_persisted() {
        let (c, persist, bad) = choose(Some("http://127.0.0.1:9"), Some("embedded"), None, any);
        assert_eq!(c, BackendChoice::Remote("http://127.0.0.1:9".into()));
        assert!(persist);
        assert_eq!(bad, None);
        let (c, persist, _) = choose(Some("embedded"), Some("http://127.0.0.1:9"), None, any);
        assert_eq!(c, BackendChoice::Embedded);
        assert!(persist);
    }

    #[test]
    fn saved_then_build_default_then_embedded() {
        assert_eq!(
            choose(None, Some("http://a.test"), Some("http://b.test"), any).0,
            BackendChoice::Remote("http://a.test".into())
        );
        assert_eq!(
            choose(None, None, Some("http://b.test"), any).0,
            BackendChoice::Remote("http://b.test".into())
        );
        assert_eq!(
            choose(None, Some("garbage"), None, any).0,
            BackendChoice::Embedded
        );
        assert_eq!(
            choose(None, None, None, any),
            (BackendChoice::Embedded, false, None)
        );
    }

    #[test]
    fn a_bad_url_param_is_reported_and_ignored() {
        let (c, persist, bad) = choose(Some("javascript:x"), Some("http://a.test"), None, any);
        assert_eq!(c, BackendChoice::Remote("http://a.test".into()));
        assert!(!persist);
        assert_eq!(bad, Some(BadApiUrl::Malformed));
    }

    /// What scripts/csp.mjs writes by default (abridged to the directives that matter here).
    const BUILD: &str = "default-src 'self'; img-src 'self' https:; connect-src 'self' \
        https://dummyjson.com http://127.0.0.1:* http://localhost:*; object-src 'none'";
    const PAGE: &str = "https://station.example";

    #[test]
    fn the_build_policy_allows_its_own_api_and_nothing_else() {
        let ok = |url| connect_allowed(Some(BUILD), PAGE, url);
        assert!(ok("https://dummyjson.com"));
        assert!(ok("https://DummyJSON.com:443/products"));
        assert!(ok("http://127.0.0.1:8123/api"));
        assert!(ok("http://localhost:3000"));
        assert!(ok("https://station.example/data"), "'self'");
        assert!(!ok("https://evil.example"));
        assert!(!ok("http://dummyjson.com"), "no downgrade");
        assert!(!ok("https://dummyjson.com:8443"), "another port");
        assert!(!ok("https://dummyjson.com.evil.example"));
        assert!(!ok("http://192.0.2.1"));
        assert!(!ok("not a url"));
    }

    #[test]
    fn csp_source_forms() {
        let ok = |policy: &str, url| connect_allowed(Some(policy), "http://127.0.0.1:4173", url);
        assert!(ok("connect-src https:", "https://any.example"));
        assert!(!ok("connect-src https:", "http://any.example"));
        assert!(
            ok("connect-src http:", "https://any.example"),
            "http allows the upgrade"
        );
        assert!(ok("connect-src *.example.com", "http://api.example.com"));
        assert!(!ok("connect-src *.example.com", "http://example.com"));
        assert!(
            ok("connect-src example.com", "https://example.com"),
            "page scheme or upgrade"
        );
        assert!(ok("connect-src https://a.test:*", "https://a.test:9999"));
        assert!(
            ok("connect-src http://a.test", "https://a.test"),
            "http source, https target"
        );
        assert!(ok("connect-src *", "https://b.test"));
        assert!(!ok("connect-src 'none'", "https://b.test"));
        assert!(!ok("connect-src 'self'", "http://127.0.0.1:4174"));
        assert!(ok("connect-src 'self'", "http://127.0.0.1:4173/x"));
        assert!(ok("connect-src http://[::1]:*", "http://[::1]:8080"));
        // connect-src wins over default-src; default-src applies when it is missing.
        assert!(ok(
            "default-src 'none'; connect-src https://a.test",
            "https://a.test"
        ));
        assert!(!ok("default-src 'self'", "https://a.test"));
        assert!(
            ok("img-src 'self'", "https://a.test"),
            "nothing governs fetch"
        );
        assert!(connect_allowed(None, PAGE, "https://a.test"), "no policy");
    }

    #[test]
    fn a_url_the_policy_refuses_is_reported_and_not_used() {
        let allowed = |url: &str| connect_allowed(Some(BUILD), PAGE, url);
        let (c, persist, bad) = choose(Some("https://evil.example"), None, None, allowed);
        assert_eq!(
            (c, persist, bad),
            (BackendChoice::Embedded, false, Some(BadApiUrl::NotAllowed))
        );
        // A saved choice a looser build allowed falls back to the next one.
        let (c, _, bad) = choose(
            None,
            Some("https://old.example"),
            Some("https://dummyjson.com"),
            allowed,
        );
        assert_eq!(c, BackendChoice::Remote("https://dummyjson.com".into()));
        assert_eq!(bad, None);
        assert_eq!(
            BackendChoice::parse_allowed("embedded", |_| false),
            Ok(BackendChoice::Embedded)
        );
    }
}
