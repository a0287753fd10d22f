//! Guided lessons for new partners: each lesson is a list of steps; each step points at one thing
//! on screen (a `data-lesson` target), says what to do, and is done when the trainee has really
//! done it in the app — seen in a snapshot of the app's state, never by a "next" button.

use serde::{Deserialize, Serialize};

/// The things on screen a step can point at. Each appears in the components as
/// `data-lesson="<name>"` (a host test reads the sources to make sure).
pub const TARGETS: [&str; 19] = [
    "partner-villagers",
    "villager-serve",
    "nav-home",
    "category-tile",
    "product-tile",
    "add-to-cart",
    "serving-cart",
    "cart-confirm",
    "read-back",
    "confirm-yes",
    "demo-network",
    "net-status",
    "partner-orders",
    "order-row",
    "timeline-speak",
    "partner-station",
    "hand-over",
    "pickup-pad",
    "return-start",
];

/// What the app looks like to a lesson at one moment.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Snapshot {
    /// The path on screen (`/orders/CZ-…`).
    pub path: String,
    /// A villager is being served.
    pub serving: bool,
    /// Lines in the served villager's cart.
    pub cart_lines: usize,
    /// Orders on the tablet.
    pub orders: usize,
    /// Orders not yet sent.
    pub unsent: usize,
    /// Parcels handed over.
    pub handed_over: usize,
    /// Returns started.
    pub returns: usize,
    /// The demo's network switch is off.
    pub network_off: bool,
    /// Times the tablet has started to speak.
    pub spoken: u32,
    /// The target the current step waits for to appear, when it is on screen.
    pub shown: Vec<&'static str>,
}

/// When a step is done, comparing now with the moment the step began.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Done {
    /// The screen's path is exactly this.
    PathIs(&'static str),
    /// The screen's path starts with this.
    PathStarts(&'static str),
    Serving,
    /// The served cart has more lines than when the step began.
    CartGrew,
    /// The tablet spoke.
    Spoke,
    /// A new order was placed.
    OrderPlaced,
    /// The demo network is off / on again.
    NetworkOff,
    NetworkOn,
    /// Every order has been sent.
    AllSent,
    /// This target appeared (a screen or panel opened).
    Shown(&'static str),
    HandedOver,
    ReturnStarted,
}

impl Done {
    /// Whether the step is done: `now` against `start`, the snapshot when it began.
    pub fn met(self, start: &Snapshot, now: &Snapshot) -> bool {
        match self {
            Done::PathIs(p) => now.path == p,
            Done::PathStarts(p) => now.path.starts_with(p) && now.path.len() > p.len(),
            Done::Serving => now.serving,
            Done::CartGrew => now.cart_lines > start.cart_lines,
            Done::Spoke => now.spoken > start.spoken,
            Done::OrderPlaced => now.orders > start.orders,
            Done::NetworkOff => now.network_off,
            Done::NetworkOn => !now.network_off,
            Done::AllSent => now.unsent == 0,
            Done::Shown(t) => now.shown.contains(&t),
            Done::HandedOver => now.handed_over > start.handed_over,
            Done::ReturnStarted => now.returns > start.returns,
        }
    }
}

/// One step: what to touch (a [`TARGETS`] name) and when it is done. Its words are the locale key `lesson.<lesson>_<n>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    pub target: &'static str,
    pub done: Done,
}

const fn step(target: &'static str, done: Done) -> Step {
    Step { target, done }
}

/// The lessons, in the order a course teaches them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lesson {
    FindProduct,
    BuildOrder,
    OrderOffline,
    TrackParcel,
    HandOver,
    StartReturn,
}

impl Lesson {
    pub const ALL: [Lesson; 6] = [
        Lesson::FindProduct,
        Lesson::BuildOrder,
        Lesson::OrderOffline,
        Lesson::TrackParcel,
        Lesson::HandOver,
        Lesson::StartReturn,
    ];

    /// A stable name (storage, test ids).
    pub fn code(self) -> &'static str {
        match self {
            Lesson::FindProduct => "find_product",
            Lesson::BuildOrder => "build_order",
            Lesson::OrderOffline => "order_offline",
            Lesson::TrackParcel => "track_parcel",
            Lesson::HandOver => "hand_over",
            Lesson::StartReturn => "start_return",
        }
    }

    /// The lesson's steps.
    pub fn steps(self) -> &'static [Step] {
        const FIND: [Step; 5] = [
            step("partner-villagers", Done::PathIs("/villagers")),
            step("villager-serve", Done::Serving),
            step("nav-home", Done::PathIs("/")),
            step("category-tile", Done::PathStarts("/c/")),
            step("product-tile", Done::PathStarts("/p/")),
        ];
        const BUILD: [Step; 4] = [
            step("add-to-cart", Done::CartGrew),
            step("serving-cart", Done::PathIs("/cart")),
            step("cart-confirm", Done::PathIs("/confirm")),
            step("read-back", Done::Spoke),
        ];
        const OFFLINE: [Step; 7] = [
            step("demo-network", Done::NetworkOff),
            step("villager-serve", Done::Serving),
            step("serving-cart", Done::PathIs("/cart")),
            step("cart-confirm", Done::PathIs("/confirm")),
            step("confirm-yes", Done::OrderPlaced),
            step("demo-network", Done::NetworkOn),
            step("net-status", Done::AllSent),
        ];
        const TRACK: [Step; 3] = [
            step("partner-orders", Done::PathIs("/orders")),
            step("order-row", Done::PathStarts("/orders/")),
            step("timeline-speak", Done::Spoke),
        ];
        const HAND: [Step; 3] = [
            step("partner-station", Done::PathIs("/station")),
            step("hand-over", Done::Shown("pickup-pad")),
            step("pickup-pad", Done::HandedOver),
        ];
        const RETURN: [Step; 3] = [
            step("partner-orders", Done::PathIs("/orders")),
            step("order-row", Done::PathStarts("/orders/")),
            step("return-start", Done::ReturnStarted),
        ];
        match self {
            Lesson::FindProduct => &FIND,
            Lesson::BuildOrder => &BUILD,
            Lesson::OrderOffline => &OFFLINE,
            Lesson::TrackParcel => &TRACK,
            Lesson::HandOver => &HAND,
            Lesson::StartReturn => &RETURN,
        }
    }

    pub fn parse(code: &str) -> Option<Lesson> {
        Lesson::ALL.into_iter().find(|l| l.code() == code)
    }
}

/// A trainee's progress, kept on the demo station.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trainee {
    pub name: String,
    /// Lessons finished.
    #[serde(default)]
    pub done: Vec<Lesson>,
    /// The lesson under way and its step (0-based).
    #[serde(default)]
    pub current: Option<(Lesson, usize)>,
}

/// What a step's completion changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Advance {
    /// The next step (0-based) begins.
    Next(usize),
    /// That was the last step: the lesson is finished.
    Finished,
}

impl Trainee {
    /// Starts (or restarts from the first step) a lesson.
    pub fn start(&mut self, lesson: Lesson) {
        self.current = Some((lesson, 0));
    }

    /// Marks the current step done and moves on.
    pub fn advance(&mut self) -> Option<Advance> {
        let (lesson, n) = self.current?;
        if n + 1 < lesson.steps().len() {
            self.current = Some((lesson, n + 1));
            return Some(Advance::Next(n + 1));
        }
        self.current = None;
        if !self.done.contains(&lesson) {
            self.done.push(lesson);
        }
        Some(Advance::Finished)
    }

    /// Stops the lesson under way (its progress is forgotten; finished lessons stay).
    pub fn stop(&mut self) {
        self.current = None;
    }
}

/// A trainee's name as typed: trimmed, 1–20 characters.
pub fn trainee_name(raw: &str) -> Option<String> {
    let name = raw.trim();
    (1..=20)
        .contains(&name.chars().count())
        .then(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every lesson target the screens mark: `data-lesson="…"` on an element, or `lesson="…"`
    /// handed to a component that puts it there.
    fn targets_in_sources() -> Vec<String> {
        let mut found = Vec::new();
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/src/");
        let mut dirs = vec![
            std::path::PathBuf::from(format!("{root}components")),
            std::path::PathBuf::from(format!("{root}pages")),
        ];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    for marker in ["data-lesson=\"", " lesson=\""] {
                        for part in text.split(marker).skip(1) {
                            found.push(part.split('"').next().unwrap().to_string());
                        }
                    }
                }
            }
        }
        found
    }

    #[test]
    fn every_step_points_at_a_target_the_screens_have() {
        let in_sources = targets_in_sources();
        for t in TARGETS {
            assert!(
                in_sources.iter().any(|s| s == t),
                "no data-lesson=\"{t}\" in src/"
            );
        }
        for lesson in Lesson::ALL {
            assert!(!lesson.steps().is_empty());
            for (n, s) in lesson.steps().iter().enumerate() {
                assert!(
                    TARGETS.contains(&s.target),
                    "{lesson:?} step {n}: {}",
                    s.target
                );
                if let Done::Shown(t) = s.done {
                    assert!(
                        TARGETS.contains(&t),
                        "{lesson:?} step {n}: waits for unknown {t}"
                    );
                }
                if let Done::PathIs(p) | Done::PathStarts(p) = s.done {
                    assert!(p.starts_with('/'), "{lesson:?} step {n}: {p}");
                }
            }
        }
        // Nothing in the sources names a target the lessons do not know.
        for s in in_sources {
            assert!(TARGETS.contains(&s.as_str()), "unknown data-lesson=\"{s}\"");
        }
    }

    #[test]
    fn every_lesson_has_words_in_both_languages() {
        for (file, raw) in [
            ("zh", include_str!("../../locales/zh-CN.json")),
            ("en", include_str!("../../locales/en.json")),
        ] {
            let v: serde_json::Value = serde_json::from_str(raw).unwrap();
            for lesson in Lesson::ALL {
                let code = lesson.code();
                assert!(
                    v["lesson"][format!("{code}_title")].is_string(),
                    "{file} {code}"
                );
                for n in 1..=lesson.steps().len() {
                    assert!(
                        v["lesson"][format!("{code}_{n}")].is_string(),
                        "{file} {code}_{n}"
                    );
                }
            }
        }
    }

    #[test]
    fn lesson_codes_round_trip() {
        for l in Lesson::ALL {
            assert_eq!(Lesson::parse(l.code()), Some(l));
        }
        assert_eq!(Lesson::parse("nope"), None);
    }

    #[test]
    fn conditions_compare_with_the_start_of_the_step() {
        let start = Snapshot {
            path: "/p/1".into(),
            orders: 8,
            spoken: 3,
            ..Snapshot::default()
        };
        let mut now = start.clone();
        assert!(!Done::OrderPlaced.met(&start, &now));
        assert!(!Done::Spoke.met(&start, &now));
        assert!(!Done::CartGrew.met(&start, &now));
        now.orders = 9;
        now.spoken = 4;
        now.cart_lines = 1;
        assert!(Done::OrderPlaced.met(&start, &now));
        assert!(Done::Spoke.met(&start, &now));
        assert!(Done::CartGrew.met(&start, &now));
        assert!(Done::PathStarts("/p/").met(&start, &now));
        assert!(!Done::PathStarts("/orders/").met(
            &start,
            &Snapshot {
                path: "/orders/".into(),
                ..Snapshot::default()
            }
        ));
        assert!(!Done::PathIs("/").met(&start, &now));
        now.network_off = true;
        assert!(Done::NetworkOff.met(&start, &now) && !Done::NetworkOn.met(&start, &now));
        now.unsent = 1;
        assert!(!Done::AllSent.met(&start, &now));
    }

    #[test]
    fn progress_moves_step_by_step_and_keeps_finished_lessons() {
        let mut t = Trainee {
            name: "小周".into(),
            ..Trainee::default()
        };
        assert_eq!(t.advance(), None);
        t.start(Lesson::TrackParcel);
        assert_eq!(t.advance(), Some(Advance::Next(1)));
        assert_eq!(t.advance(), Some(Advance::Next(2)));
        assert_eq!(t.advance(), Some(Advance::Finished));
        assert_eq!(t.current, None);
        assert_eq!(t.done, vec![Lesson::TrackParcel]);
        t.start(Lesson::TrackParcel);
        t.advance();
        t.start(Lesson::TrackParcel);
        assert_eq!(t.current, Some((Lesson::TrackParcel, 0)));
        for _ in 0..3 {
            t.advance();
        }
        assert_eq!(t.done, vec![Lesson::TrackParcel], "finished once");
        t.start(Lesson::HandOver);
        t.stop();
        assert_eq!(t.current, None);
    }

    #[test]
    fn trainee_names_are_trimmed_and_bounded() {
        assert_eq!(trainee_name("  小周 "), Some("小周".into()));
        assert_eq!(trainee_name("   "), None);
        assert_eq!(trainee_name(&"长".repeat(21)), None);
    }
}
