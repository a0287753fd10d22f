//! Guided lessons for new partners: each lesson is a list of steps; each step points at things on
//! screen (`data-lesson` targets), says what to do, and is done when the trainee has really done
//! it in the app — seen in a snapshot of the app's state, never by a "next" button.
//!
//! A step is lit where the trainee is: when its target is on another screen, or needs a villager
//! being served first, the lesson lights the way there instead (a nav button, a tile) and says so
//! ([`Step::guide`]). A step is never done by what happened before it began ([`Watch`]).

use serde::{Deserialize, Serialize};

use super::logistics::Stage;
use super::parcel::{return_windows, tracking};
use super::station::Order;

/// The things on screen a step can point at. Each appears in the components as
/// `data-lesson="<name>"` (a host test reads the sources to make sure).
pub const TARGETS: [&str; 20] = [
    "partner-villagers",
    "villager-serve",
    "nav-home",
    "nav-partner",
    "page-speak",
    "category-tile",
    "product-tile",
    "add-to-cart",
    "serving-cart",
    "cart-confirm",
    "read-back",
    "confirm-yes",
    "demo-network",
    "partner-orders",
    "order-row",
    "timeline-speak",
    "partner-station",
    "hand-over",
    "pickup-pad",
    "return-start",
];

/// Marks some of a target's elements carry (`data-lesson-tag`), when only those count for a step.
pub const TAGS: [&str; 3] = [TAG_HAS_CART, TAG_ON_WAY, TAG_RETURNABLE];
/// A villager whose open cart has something in it.
pub const TAG_HAS_CART: &str = "has-cart";
/// An order whose parcel is on its way to the station.
pub const TAG_ON_WAY: &str = "on-way";
/// A picked-up order with an item still in its return window.
pub const TAG_RETURNABLE: &str = "returnable";

/// The tag an order's row and screen carry for the lessons, if any.
pub fn order_tag(order: &Order, now: u64) -> Option<&'static str> {
    if order.picked_up_at.is_some() {
        let open = order.returned.is_none()
            && return_windows(order, now)
                .iter()
                .any(|(_, w)| matches!(w, super::commission::ReturnWindow::Open { .. }));
        return open.then_some(TAG_RETURNABLE);
    }
    let stage = tracking(order, now)?.stage;
    (order.sent_back_at.is_none()
        && matches!(
            stage,
            Stage::Accepted | Stage::LeftWarehouse | Stage::CountyCentre | Stage::OnTheWay
        ))
    .then_some(TAG_ON_WAY)
}

/// What a step lights: every element of a target, or only those carrying a tag. All of them
/// count: the trainee may touch any one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spot {
    pub target: &'static str,
    pub tag: Option<&'static str>,
}

impl Spot {
    pub const fn any(target: &'static str) -> Spot {
        Spot { target, tag: None }
    }

    pub const fn tagged(target: &'static str, tag: &'static str) -> Spot {
        Spot {
            target,
            tag: Some(tag),
        }
    }

    /// The CSS selector of its elements: the tag on the element itself (a row) or on what holds
    /// it (an order's screen, for its speaker and its return form).
    pub fn selector(self) -> String {
        let target = format!("[data-lesson=\"{}\"]", self.target);
        match self.tag {
            None => target,
            Some(tag) => {
                let tag = format!("[data-lesson-tag~=\"{tag}\"]");
                format!("{target}{tag}, {tag} {target}")
            }
        }
    }
}

/// The screens a lesson leads through (from the path).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Home,
    /// One category's products (`/c/…`).
    Category,
    /// One product (`/p/…`).
    Product,
    Partner,
    Villagers,
    Cart,
    Confirm,
    Orders,
    /// One order (`/orders/…`).
    Order,
    Station,
    /// Any other screen (the trainer's desk, search, settings…).
    Other,
}

impl Screen {
    pub fn of(path: &str) -> Screen {
        let path = path
            .strip_suffix('/')
            .filter(|p| !p.is_empty())
            .unwrap_or(path);
        let item = |prefix: &str| {
            path.strip_prefix(prefix)
                .is_some_and(|rest| !rest.is_empty() && !rest.contains('/'))
        };
        match path {
            "/" => Screen::Home,
            "/partner" => Screen::Partner,
            "/villagers" => Screen::Villagers,
            "/cart" => Screen::Cart,
            "/confirm" => Screen::Confirm,
            "/orders" => Screen::Orders,
            "/station" => Screen::Station,
            _ if item("/c/") => Screen::Category,
            _ if item("/p/") => Screen::Product,
            _ if item("/orders/") => Screen::Order,
            _ => Screen::Other,
        }
    }
}

/// What must be true before a step's target can be there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Need {
    Nothing,
    /// A villager is being served (the serving bar, the add-to-cart button).
    Serving,
    /// A villager is being served and has something in the cart (confirm, read-back).
    ServingWithCart,
}

impl Need {
    pub fn met(self, now: &Snapshot) -> bool {
        match self {
            Need::Nothing => true,
            Need::Serving => now.serving.is_some(),
            Need::ServingWithCart => now.serving.is_some() && now.cart_lines > 0,
        }
    }
}

/// What the app looks like to a lesson at one moment.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Snapshot {
    /// The path on screen (`/orders/CZ-…`).
    pub path: String,
    /// The villager being served (their id).
    pub serving: Option<String>,
    /// Lines in the served villager's cart.
    pub cart_lines: usize,
    /// Pieces in all open carts (grows on every add, whoever is served).
    pub cart_pieces: u32,
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
    /// Which of the step's [`Step::probes`] are on screen.
    pub shown: Vec<Spot>,
}

impl Snapshot {
    pub fn screen(&self) -> Screen {
        Screen::of(&self.path)
    }

    pub fn has(&self, spot: Spot) -> bool {
        self.shown.contains(&spot)
    }
}

/// What a step waits for. Each is a state of the app, compared with the moment the step began;
/// a step is done when it becomes true after the step began ([`Watch`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Done {
    /// The screen's path is exactly this.
    PathIs(&'static str),
    /// The screen's path starts with this (and goes on).
    PathStarts(&'static str),
    /// A villager other than the one at the start is being served (`cart`: one with a cart).
    Served {
        cart: bool,
    },
    /// More pieces in the carts than when the step began.
    CartGrew,
    /// The tablet spoke.
    Spoke,
    /// A new order was placed.
    OrderPlaced,
    /// The demo network is off.
    NetworkOff,
    /// The network is on and every order has been sent (the outbox empties by itself once the
    /// network is back: within the same moment, so it is one step with turning it on).
    SentOnline,
    /// This appeared (a screen or panel opened).
    Shown(Spot),
    HandedOver,
    ReturnStarted,
}

impl Done {
    /// Whether it holds `now`, against `start`, the snapshot when the step began.
    pub fn holds(self, start: &Snapshot, now: &Snapshot) -> bool {
        match self {
            Done::PathIs(p) => now.path == p,
            Done::PathStarts(p) => now.path.starts_with(p) && now.path.len() > p.len(),
            Done::Served { cart } => {
                now.serving.is_some()
                    && now.serving != start.serving
                    && (!cart || now.cart_lines > 0)
            }
            Done::CartGrew => now.cart_pieces > start.cart_pieces,
            Done::Spoke => now.spoken > start.spoken,
            Done::OrderPlaced => now.orders > start.orders,
            Done::NetworkOff => now.network_off,
            Done::SentOnline => !now.network_off && now.unsent == 0,
            Done::Shown(s) => now.has(s),
            Done::HandedOver => now.handed_over > start.handed_over,
            Done::ReturnStarted => now.returns > start.returns,
        }
    }
}

/// One step: what it lights (the [`Spot`]), on which screen (`None`: the bars on every screen),
/// what must be true first, what opens it on its own screen, and when it is done. Its words are
/// the locale key `lesson.<lesson>_<n>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    pub spot: Spot,
    pub on: Option<Screen>,
    pub need: Need,
    /// On its own screen, what to touch when the spot is hidden (a closed panel).
    pub via: Option<Spot>,
    pub done: Done,
}

const fn step(spot: Spot, on: Option<Screen>, done: Done) -> Step {
    Step {
        spot,
        on,
        need: Need::Nothing,
        via: None,
        done,
    }
}

impl Step {
    const fn needs(self, need: Need) -> Step {
        Step { need, ..self }
    }

    const fn via(self, via: Spot) -> Step {
        Step {
            via: Some(via),
            ..self
        }
    }

    /// What the lesson looks up on screen for this step (its spot, what opens it, what it waits for).
    pub fn probes(&self) -> Vec<Spot> {
        let mut out = vec![self.spot];
        out.extend(self.via);
        if let Done::Shown(s) = self.done
            && !out.contains(&s)
        {
            out.push(s);
        }
        out
    }

    /// What to light now, and why when it is not the step's own target.
    pub fn guide(&self, now: &Snapshot) -> Guide {
        if !self.need.met(now) {
            let cart = self.need == Need::ServingWithCart;
            let spot = if now.screen() == Screen::Villagers {
                serve_spot(cart)
            } else {
                hop(Screen::Villagers, None, now.screen())
            };
            return Guide {
                spot,
                lead: Some(Lead::Serve { cart }),
            };
        }
        let Some(screen) = self.on else {
            // The bars are on every screen.
            return Guide {
                spot: self.spot,
                lead: None,
            };
        };
        if now.screen() != screen {
            return Guide {
                spot: hop(screen, self.spot.tag, now.screen()),
                lead: Some(Lead::Go(screen)),
            };
        }
        if now.has(self.spot) {
            return Guide {
                spot: self.spot,
                lead: None,
            };
        }
        if let Some(via) = self.via {
            return Guide {
                spot: via,
                lead: Some(Lead::Open),
            };
        }
        if screen == Screen::Order {
            // Another order than the one the step is about: back to the list.
            return Guide {
                spot: hop(Screen::Orders, None, Screen::Order),
                lead: Some(Lead::Go(Screen::Order)),
            };
        }
        // Its own screen, not drawn yet (a product still loading): light it once it is.
        Guide {
            spot: self.spot,
            lead: None,
        }
    }
}

fn serve_spot(cart: bool) -> Spot {
    if cart {
        Spot::tagged("villager-serve", TAG_HAS_CART)
    } else {
        Spot::any("villager-serve")
    }
}

/// The next thing to touch on the way from screen `at` to `to` (`tag`: which order, for an order).
fn hop(to: Screen, tag: Option<&'static str>, at: Screen) -> Spot {
    let from_partner = |tile: &'static str| {
        if at == Screen::Partner {
            Spot::any(tile)
        } else {
            Spot::any("nav-partner")
        }
    };
    match to {
        Screen::Home | Screen::Other => Spot::any("nav-home"),
        Screen::Category if at == Screen::Home => Spot::any("category-tile"),
        Screen::Category => Spot::any("nav-home"),
        Screen::Product if at == Screen::Category => Spot::any("product-tile"),
        Screen::Product => hop(Screen::Category, None, at),
        Screen::Partner => Spot::any("nav-partner"),
        Screen::Villagers => from_partner("partner-villagers"),
        Screen::Orders => from_partner("partner-orders"),
        Screen::Station => from_partner("partner-station"),
        Screen::Order if at == Screen::Orders => match tag {
            Some(tag) => Spot::tagged("order-row", tag),
            None => Spot::any("order-row"),
        },
        Screen::Order => hop(Screen::Orders, None, at),
        // A step on these needs a villager served: the serving bar is on every screen.
        Screen::Confirm if at == Screen::Cart => Spot::any("cart-confirm"),
        Screen::Cart | Screen::Confirm => Spot::any("serving-cart"),
    }
}

/// Why the lesson lights something other than the step's own target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lead {
    /// The step is on this screen: the light shows the way there.
    Go(Screen),
    /// The step needs a villager served first (`cart`: one with something in the cart).
    Serve { cart: bool },
    /// The step's target is behind what is lit (a panel to open).
    Open,
}

/// What the lesson lights now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Guide {
    pub spot: Spot,
    pub lead: Option<Lead>,
}

/// One step under way: the app as it was when the step began, and whether the step's condition
/// has been false since (a step is done by what the trainee does during it, never by what was
/// already true when it began).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Watch {
    pub at: (Lesson, usize),
    pub start: Snapshot,
    armed: bool,
}

impl Watch {
    /// Step `at` begins with the app as `start` shows it: the snapshot in which the step before
    /// was done, so what that step's tap caused (a jump to another screen) is the starting point.
    pub fn begin(at: (Lesson, usize), start: Snapshot) -> Watch {
        let armed =
            at.0.steps()
                .get(at.1)
                .is_some_and(|s| !s.done.holds(&start, &start));
        Watch { at, start, armed }
    }

    /// Whether the step is done now.
    pub fn check(&mut self, now: &Snapshot) -> bool {
        let Some(step) = self.at.0.steps().get(self.at.1) else {
            return false;
        };
        if step.done.holds(&self.start, now) {
            self.armed
        } else {
            self.armed = true;
            false
        }
    }
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
        use Screen::*;
        const FIND: [Step; 5] = [
            step(
                Spot::any("partner-villagers"),
                Some(Partner),
                Done::PathIs("/villagers"),
            ),
            step(
                Spot::any("villager-serve"),
                Some(Villagers),
                Done::Served { cart: false },
            ),
            // Serving jumps to the home screen: the step there is one the trainee does on it.
            step(Spot::any("page-speak"), Some(Home), Done::Spoke),
            step(
                Spot::any("category-tile"),
                Some(Home),
                Done::PathStarts("/c/"),
            ),
            step(
                Spot::any("product-tile"),
                Some(Category),
                Done::PathStarts("/p/"),
            ),
        ];
        const BUILD: [Step; 4] = [
            step(Spot::any("add-to-cart"), Some(Product), Done::CartGrew).needs(Need::Serving),
            step(Spot::any("serving-cart"), None, Done::PathIs("/cart"))
                .needs(Need::ServingWithCart),
            step(
                Spot::any("cart-confirm"),
                Some(Cart),
                Done::PathIs("/confirm"),
            )
            .needs(Need::ServingWithCart),
            step(Spot::any("read-back"), Some(Confirm), Done::Spoke).needs(Need::ServingWithCart),
        ];
        const OFFLINE: [Step; 6] = [
            step(Spot::any("demo-network"), None, Done::NetworkOff),
            step(
                Spot::tagged("villager-serve", TAG_HAS_CART),
                Some(Villagers),
                Done::Served { cart: true },
            ),
            step(Spot::any("serving-cart"), None, Done::PathIs("/cart"))
                .needs(Need::ServingWithCart),
            step(
                Spot::any("cart-confirm"),
                Some(Cart),
                Done::PathIs("/confirm"),
            )
            .needs(Need::ServingWithCart),
            step(Spot::any("confirm-yes"), Some(Confirm), Done::OrderPlaced)
                .needs(Need::ServingWithCart),
            step(Spot::any("demo-network"), None, Done::SentOnline),
        ];
        const TRACK: [Step; 3] = [
            step(
                Spot::any("partner-orders"),
                Some(Partner),
                Done::PathIs("/orders"),
            ),
            step(
                Spot::tagged("order-row", TAG_ON_WAY),
                Some(Orders),
                Done::Shown(Spot::tagged("timeline-speak", TAG_ON_WAY)),
            ),
            step(
                Spot::tagged("timeline-speak", TAG_ON_WAY),
                Some(Order),
                Done::Spoke,
            ),
        ];
        const HAND: [Step; 3] = [
            step(
                Spot::any("partner-station"),
                Some(Partner),
                Done::PathIs("/station"),
            ),
            step(
                Spot::any("hand-over"),
                Some(Station),
                Done::Shown(Spot::any("pickup-pad")),
            ),
            step(Spot::any("pickup-pad"), Some(Station), Done::HandedOver)
                .via(Spot::any("hand-over")),
        ];
        const RETURN: [Step; 3] = [
            step(
                Spot::any("partner-orders"),
                Some(Partner),
                Done::PathIs("/orders"),
            ),
            step(
                Spot::tagged("order-row", TAG_RETURNABLE),
                Some(Orders),
                Done::Shown(Spot::tagged("return-start", TAG_RETURNABLE)),
            ),
            step(
                Spot::tagged("return-start", TAG_RETURNABLE),
                Some(Order),
                Done::ReturnStarted,
            ),
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

/// A rectangle on screen: left, top, width, height (CSS px).
pub type Rect = [f64; 4];

/// How far the light's ring stands off what it lights.
pub const RING_PAD: f64 = 6.0;

/// The part of `r` inside the band `top..bottom` of a `width`-wide window, if any.
pub fn clip(r: Rect, width: f64, top: f64, bottom: f64) -> Option<Rect> {
    let [x, y, w, h] = r;
    let (l, t) = (x.max(0.0), y.max(top));
    let (right, b) = ((x + w).min(width), (y + h).min(bottom));
    (right - l >= 1.0 && b - t >= 1.0).then_some([l, t, right - l, b - t])
}

/// The ring drawn around a lit rectangle, kept inside the window, on whole pixels (each edge
/// rounded, so a ring clipped at the window's edge ends on it).
pub fn ring(r: Rect, width: f64, height: f64) -> Rect {
    let [x, y, w, h] = r;
    let (l, t) = (
        (x - RING_PAD).max(0.0).round(),
        (y - RING_PAD).max(0.0).round(),
    );
    let (right, b) = (
        (x + w + RING_PAD).min(width).round(),
        (y + h + RING_PAD).min(height).round(),
    );
    [l, t, (right - l).max(0.0), (b - t).max(0.0)]
}

/// The dimmed veil over the window with a hole at each ring: a CSS `clip-path` polygon (even-odd,
/// each hole traced from the corner and back, so the seams have no width).
pub fn veil(rings: &[Rect], width: f64, height: f64) -> String {
    let px = |v: f64| format!("{}px", v.round() as i64);
    let mut points = vec![
        "0px 0px".to_string(),
        format!("{} 0px", px(width)),
        format!("{} {}", px(width), px(height)),
        format!("0px {}", px(height)),
        "0px 0px".to_string(),
    ];
    for [x, y, w, h] in rings {
        for (a, b) in [(*x, *y), (x + w, *y), (x + w, y + h), (*x, y + h), (*x, *y)] {
            points.push(format!("{} {}", px(a), px(b)));
        }
        points.push("0px 0px".to_string());
    }
    format!("polygon(evenodd, {})", points.join(", "))
}

/// How far to scroll so that `r` shows in the free band `top..bottom` (under the sticky bars,
/// above the lesson's card): centred when it fits, its top just under the bars when it is
/// taller. 0 when it already shows whole.
pub fn scroll_by(r: Rect, top: f64, bottom: f64) -> f64 {
    let [_, y, _, h] = r;
    if y >= top && y + h <= bottom {
        return 0.0;
    }
    let room = bottom - top;
    if h <= room {
        y + h / 2.0 - (top + room / 2.0)
    } else {
        y - top - 8.0
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
    /// handed to a component that puts it there; and every source's text, for other checks.
    fn sources() -> Vec<(String, String)> {
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
                    found.push((path.display().to_string(), text));
                }
            }
        }
        found
    }

    fn targets_in_sources() -> Vec<String> {
        let mut found = Vec::new();
        for (_, text) in sources() {
            for marker in ["data-lesson=\"", " lesson=\""] {
                for part in text.split(marker).skip(1) {
                    found.push(part.split('"').next().unwrap().to_string());
                }
            }
        }
        found
    }

    fn every_spot() -> Vec<(Lesson, usize, Spot)> {
        let mut out = Vec::new();
        for lesson in Lesson::ALL {
            for (n, s) in lesson.steps().iter().enumerate() {
                for spot in s.probes() {
                    out.push((lesson, n, spot));
                }
            }
        }
        out
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
                if let Done::PathIs(p) | Done::PathStarts(p) = s.done {
                    assert!(p.starts_with('/'), "{lesson:?} step {n}: {p}");
                }
            }
        }
        for (lesson, n, spot) in every_spot() {
            assert!(
                TARGETS.contains(&spot.target),
                "{lesson:?} step {n}: {}",
                spot.target
            );
            assert!(
                spot.tag.is_none_or(|t| TAGS.contains(&t)),
                "{lesson:?} step {n}: {spot:?}"
            );
        }
        // Nothing in the sources names a target the lessons do not know.
        for s in in_sources {
            assert!(TARGETS.contains(&s.as_str()), "unknown data-lesson=\"{s}\"");
        }
        // The tags are put on the screens: villagers with a cart, orders by what they are.
        let all: String = sources().into_iter().map(|(_, t)| t).collect();
        assert!(all.matches("data-lesson-tag").count() >= 3);
        assert!(all.contains("TAG_HAS_CART") && all.contains("order_tag("));
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
                // No words for a step that is not there.
                let extra = format!("{code}_{}", lesson.steps().len() + 1);
                assert!(v["lesson"][&extra].is_null(), "{file} {extra}");
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
    fn screens_are_read_from_the_path() {
        for (path, screen) in [
            ("/", Screen::Home),
            ("/c/grain-oil", Screen::Category),
            ("/p/12", Screen::Product),
            ("/partner", Screen::Partner),
            ("/villagers", Screen::Villagers),
            ("/villagers/new", Screen::Other),
            ("/cart", Screen::Cart),
            ("/confirm", Screen::Confirm),
            ("/orders", Screen::Orders),
            ("/orders/", Screen::Orders),
            ("/orders/CZ-20261203-1000", Screen::Order),
            ("/station", Screen::Station),
            ("/trainer", Screen::Other),
            ("/c/", Screen::Other),
        ] {
            assert_eq!(Screen::of(path), screen, "{path}");
        }
    }

    #[test]
    fn spots_select_all_their_elements_or_the_tagged_ones() {
        assert_eq!(
            Spot::any("category-tile").selector(),
            r#"[data-lesson="category-tile"]"#
        );
        assert_eq!(
            Spot::tagged("order-row", TAG_ON_WAY).selector(),
            r#"[data-lesson="order-row"][data-lesson-tag~="on-way"], [data-lesson-tag~="on-way"] [data-lesson="order-row"]"#
        );
    }

    #[test]
    fn conditions_compare_with_the_start_of_the_step() {
        let start = Snapshot {
            path: "/p/1".into(),
            orders: 8,
            spoken: 3,
            cart_pieces: 2,
            ..Snapshot::default()
        };
        let mut now = start.clone();
        assert!(!Done::OrderPlaced.holds(&start, &now));
        assert!(!Done::Spoke.holds(&start, &now));
        assert!(!Done::CartGrew.holds(&start, &now));
        now.orders = 9;
        now.spoken = 4;
        now.cart_pieces = 3;
        assert!(Done::OrderPlaced.holds(&start, &now));
        assert!(Done::Spoke.holds(&start, &now));
        assert!(Done::CartGrew.holds(&start, &now));
        assert!(Done::PathStarts("/p/").holds(&start, &now));
        assert!(!Done::PathStarts("/orders/").holds(
            &start,
            &Snapshot {
                path: "/orders/".into(),
                ..Snapshot::default()
            }
        ));
        assert!(!Done::PathIs("/").holds(&start, &now));
        now.network_off = true;
        assert!(Done::NetworkOff.holds(&start, &now) && !Done::SentOnline.holds(&start, &now));
        now.network_off = false;
        now.unsent = 1;
        assert!(!Done::SentOnline.holds(&start, &now));
        now.unsent = 0;
        assert!(Done::SentOnline.holds(&start, &now));
    }

    #[test]
    fn serving_counts_only_a_new_villager_and_with_a_cart_when_asked() {
        let start = Snapshot {
            serving: Some("a".into()),
            cart_lines: 2,
            ..Snapshot::default()
        };
        let served = |who: &str, lines| Snapshot {
            serving: Some(who.into()),
            cart_lines: lines,
            ..Snapshot::default()
        };
        assert!(
            !Done::Served { cart: false }.holds(&start, &start),
            "already served"
        );
        assert!(Done::Served { cart: false }.holds(&start, &served("b", 0)));
        assert!(!Done::Served { cart: true }.holds(&start, &served("b", 0)));
        assert!(Done::Served { cart: true }.holds(&start, &served("b", 1)));
        assert!(!Done::Served { cart: false }.holds(&start, &Snapshot::default()));
        // Serving a villager whose cart is already full does not count as adding to it.
        let start = Snapshot {
            cart_pieces: 4,
            ..Snapshot::default()
        };
        let mut now = served("b", 3);
        now.cart_pieces = 4;
        assert!(!Done::CartGrew.holds(&start, &now));
    }

    #[test]
    fn a_step_already_true_when_it_begins_waits_for_it_to_happen_again() {
        // The network was already off when "cut the network" began: turning it on then off
        // again finishes it, not the state it began in.
        let off = Snapshot {
            network_off: true,
            ..Snapshot::default()
        };
        let on = Snapshot::default();
        let mut w = Watch::begin((Lesson::OrderOffline, 0), off.clone());
        assert!(!w.check(&off));
        assert!(!w.check(&on));
        assert!(w.check(&off));
        // Begun from a state where it is false, it is done as soon as it becomes true.
        let mut w = Watch::begin((Lesson::OrderOffline, 0), on.clone());
        assert!(!w.check(&on));
        assert!(w.check(&off));
        // Serving jumps to the home screen: the step after it begins there and is not done by it.
        let home = Snapshot {
            path: "/".into(),
            serving: Some("v1".into()),
            ..Snapshot::default()
        };
        let mut w = Watch::begin((Lesson::FindProduct, 2), home.clone());
        assert!(!w.check(&home));
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

    #[test]
    fn demo_orders_are_tagged_for_the_lessons_that_need_them() {
        use crate::api::dto::decode_product;
        use crate::domain::demo::seed;
        let raw = include_str!("../../public/data/products.json");
        let v: serde_json::Value = serde_json::from_str(raw).unwrap();
        let products: Vec<_> = v["products"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|p| decode_product(p).ok())
            .collect();
        let now = 1_795_000_000_000;
        let demo = seed(&products, now, 480);
        let tags: Vec<(&str, Option<&str>)> = demo
            .orders
            .iter()
            .map(|o| (o.villager_name.as_str(), order_tag(o, now)))
            .collect();
        assert_eq!(
            tags,
            [
                ("王秀英", None),                 // waiting to be sent
                ("张建国", Some(TAG_ON_WAY)),     // just sent
                ("刘玉珍", Some(TAG_ON_WAY)),     // arriving soon
                ("王秀英", None),                 // at the station
                ("陈志强", None),                 // at the station for days
                ("杨淑芬", Some(TAG_RETURNABLE)), // collected yesterday
                ("赵德明", None),                 // collected weeks ago: windows closed
                ("黄春梅", None),                 // sent back
            ]
        );
        let mut returned = demo.orders[5].clone();
        returned.returned = Some(crate::domain::station::ReturnRecord {
            at: now,
            reason: crate::domain::station::ReturnReason::Damaged,
            product_ids: vec![returned.lines[0].product_id],
        });
        assert_eq!(order_tag(&returned, now), None, "a return already started");
    }

    // -- The trainee, walked through every lesson on a model of the app ------------------------

    /// Where an open order page stands.
    #[derive(Clone, Copy, Debug, PartialEq)]
    enum Kind {
        OnWay,
        Returnable,
        Other,
    }

    /// A small model of the demo station: what each tap does and what each screen shows.
    #[derive(Clone, Debug)]
    struct World {
        path: String,
        serving: Option<usize>,
        /// Lines in each villager's cart.
        carts: Vec<usize>,
        orders: usize,
        unsent: usize,
        at_station: usize,
        handed_over: usize,
        returnable: bool,
        returns: usize,
        network_off: bool,
        spoken: u32,
        pad_open: bool,
        open_order: Option<Kind>,
    }

    impl World {
        /// The demo as it starts, the trainee at the trainer's desk.
        fn demo() -> World {
            World {
                path: "/trainer".into(),
                serving: None,
                carts: vec![0, 3, 0, 0, 0, 0, 0, 1],
                orders: 8,
                unsent: 1,
                at_station: 2,
                handed_over: 2,
                returnable: true,
                returns: 0,
                network_off: false,
                spoken: 0,
                pad_open: false,
                open_order: None,
            }
        }

        fn screen(&self) -> Screen {
            Screen::of(&self.path)
        }

        fn served_lines(&self) -> usize {
            self.serving.map_or(0, |v| self.carts[v])
        }

        /// The villager a serve button of this spot serves (the first one shown).
        fn serve_target(&self, spot: Spot) -> Option<usize> {
            (0..self.carts.len())
                .find(|v| Some(*v) != self.serving && (spot.tag.is_none() || self.carts[*v] > 0))
        }

        fn present(&self, spot: Spot) -> bool {
            let on = |s: Screen| self.screen() == s;
            let serving_cart = self.serving.is_some() && self.served_lines() > 0;
            match (spot.target, spot.tag) {
                ("nav-home" | "nav-partner" | "demo-network" | "page-speak", _) => true,
                ("serving-cart", _) => self.serving.is_some(),
                ("partner-villagers" | "partner-orders" | "partner-station", _) => {
                    on(Screen::Partner)
                }
                ("villager-serve", _) => on(Screen::Villagers) && self.serve_target(spot).is_some(),
                ("category-tile", None) => on(Screen::Home),
                ("product-tile", None) => on(Screen::Category),
                ("add-to-cart", None) => on(Screen::Product) && self.serving.is_some(),
                ("cart-confirm", None) => on(Screen::Cart) && serving_cart,
                ("read-back" | "confirm-yes", None) => on(Screen::Confirm) && serving_cart,
                ("order-row", None) => on(Screen::Orders),
                ("order-row", Some(TAG_ON_WAY)) => on(Screen::Orders),
                ("order-row", Some(TAG_RETURNABLE)) => on(Screen::Orders) && self.returnable,
                ("timeline-speak", Some(TAG_ON_WAY)) => {
                    on(Screen::Order) && self.open_order == Some(Kind::OnWay)
                }
                ("return-start", Some(TAG_RETURNABLE)) => {
                    on(Screen::Order)
                        && self.open_order == Some(Kind::Returnable)
                        && self.returnable
                }
                ("hand-over", None) => on(Screen::Station) && self.at_station > 0,
                ("pickup-pad", None) => on(Screen::Station) && self.pad_open,
                other => panic!("the model does not know {other:?}"),
            }
        }

        fn go(&mut self, path: &str) {
            self.path = path.into();
            self.pad_open = false;
        }

        /// What a tap on (the first shown element of) a spot does.
        fn tap(&mut self, spot: Spot) {
            assert!(self.present(spot), "tapped {spot:?}, not on {}", self.path);
            match spot.target {
                "nav-home" => self.go("/"),
                "nav-partner" => self.go("/partner"),
                "partner-villagers" => self.go("/villagers"),
                "partner-orders" => self.go("/orders"),
                "partner-station" => self.go("/station"),
                "villager-serve" => {
                    self.serving = self.serve_target(spot);
                    self.go("/");
                }
                "page-speak" | "read-back" | "timeline-speak" => self.spoken += 1,
                "category-tile" => self.go("/c/grain-oil"),
                "product-tile" => self.go("/p/1"),
                "add-to-cart" => self.carts[self.serving.unwrap()] += 1,
                "serving-cart" => self.go("/cart"),
                "cart-confirm" => self.go("/confirm"),
                "confirm-yes" => {
                    self.carts[self.serving.unwrap()] = 0;
                    self.orders += 1;
                    self.unsent += 1;
                    self.spoken += 1;
                    self.go("/orders/CZ-NEW");
                    self.open_order = Some(Kind::Other);
                }
                "demo-network" => {
                    self.network_off = !self.network_off;
                    // Back on, everything waiting goes at once.
                    if !self.network_off {
                        self.unsent = 0;
                    }
                }
                "order-row" => {
                    self.go("/orders/CZ-1");
                    self.open_order = Some(match spot.tag {
                        Some(TAG_ON_WAY) => Kind::OnWay,
                        Some(_) => Kind::Returnable,
                        // The list's first row: an order sent back.
                        None => Kind::Other,
                    });
                }
                "hand-over" => self.pad_open = !self.pad_open,
                "pickup-pad" => {
                    self.at_station -= 1;
                    self.handed_over += 1;
                    self.pad_open = false;
                }
                "return-start" => {
                    self.returns += 1;
                    self.returnable = false;
                }
                other => panic!("no tap for {other}"),
            }
        }

        fn snapshot(&self, probes: &[Spot]) -> Snapshot {
            Snapshot {
                path: self.path.clone(),
                serving: self.serving.map(|v| format!("v{v}")),
                cart_lines: self.served_lines(),
                cart_pieces: self.carts.iter().sum::<usize>() as u32,
                orders: self.orders,
                unsent: self.unsent,
                handed_over: self.handed_over,
                returns: self.returns,
                network_off: self.network_off,
                spoken: self.spoken,
                shown: probes
                    .iter()
                    .copied()
                    .filter(|s| self.present(*s))
                    .collect(),
            }
        }
    }

    /// A lesson under way on the model, as the overlay runs it: a snapshot, the step's check,
    /// then what is lit.
    struct Run {
        lesson: Lesson,
        watch: Watch,
        finished: bool,
    }

    impl Run {
        fn start(lesson: Lesson, world: &World) -> Run {
            let snap = world.snapshot(&lesson.steps()[0].probes());
            Run {
                lesson,
                watch: Watch::begin((lesson, 0), snap),
                finished: false,
            }
        }

        fn step(&self) -> usize {
            self.watch.at.1
        }

        /// One tick: the step done (and the next begun), or what to light.
        fn tick(&mut self, world: &World) -> Option<Guide> {
            let step = &self.lesson.steps()[self.step()];
            let now = world.snapshot(&step.probes());
            if self.watch.check(&now) {
                let next = self.step() + 1;
                if next == self.lesson.steps().len() {
                    self.finished = true;
                } else {
                    let snap = world.snapshot(&self.lesson.steps()[next].probes());
                    self.watch = Watch::begin((self.lesson, next), snap);
                }
                return None;
            }
            Some(step.guide(&now))
        }
    }

    /// Follows the light to the end of a lesson; returns the taps (step, spot, lead).
    fn follow(lesson: Lesson, world: &mut World) -> Vec<(usize, Spot, Option<Lead>)> {
        let mut run = Run::start(lesson, world);
        let mut taps = Vec::new();
        for _ in 0..40 {
            let step_before = run.step();
            match run.tick(world) {
                None if run.finished => return taps,
                None => {
                    // Done only by a tap on its own spot, never by a step on the way.
                    let (n, spot, lead) = *taps.last().expect("a step done before any tap");
                    assert_eq!(n, step_before, "{lesson:?}");
                    assert_eq!(
                        spot,
                        lesson.steps()[n].spot,
                        "{lesson:?} step {n} by {spot:?}"
                    );
                    assert_eq!(lead, None, "{lesson:?} step {n} done on the way");
                }
                Some(guide) => {
                    assert!(
                        world.present(guide.spot),
                        "{lesson:?} step {}: lights {:?}, not on {}",
                        run.step(),
                        guide.spot,
                        world.path
                    );
                    taps.push((run.step(), guide.spot, guide.lead));
                    world.tap(guide.spot);
                }
            }
        }
        panic!("{lesson:?} not finished: {taps:?}");
    }

    #[test]
    fn every_lesson_is_finished_by_following_the_light_from_the_trainers_desk() {
        for lesson in Lesson::ALL {
            let mut world = World::demo();
            let taps = follow(lesson, &mut world);
            // Every step had its own tap.
            for n in 0..lesson.steps().len() {
                assert!(
                    taps.iter().any(|(s, spot, lead)| *s == n
                        && *spot == lesson.steps()[n].spot
                        && lead.is_none()),
                    "{lesson:?} step {n} skipped: {taps:?}"
                );
            }
        }
    }

    #[test]
    fn the_course_in_order_and_each_lesson_again_is_finished_the_same_way() {
        let mut world = World::demo();
        for lesson in Lesson::ALL {
            follow(lesson, &mut world);
            world.go("/trainer");
        }
        for lesson in [
            Lesson::FindProduct,
            Lesson::BuildOrder,
            Lesson::OrderOffline,
        ] {
            follow(lesson, &mut world);
            world.go("/trainer");
        }
    }

    #[test]
    fn the_first_lesson_from_the_desk_lights_the_way_then_each_step_where_it_is() {
        let mut world = World::demo();
        let taps = follow(Lesson::FindProduct, &mut world);
        let names: Vec<(usize, &str, Option<Lead>)> =
            taps.iter().map(|(n, s, l)| (*n, s.target, *l)).collect();
        assert_eq!(
            names,
            [
                (0, "nav-partner", Some(Lead::Go(Screen::Partner))),
                (0, "partner-villagers", None),
                (1, "villager-serve", None),
                (2, "page-speak", None),
                (3, "category-tile", None),
                (4, "product-tile", None),
            ]
        );
    }

    #[test]
    fn building_an_order_from_the_desk_serves_a_villager_first() {
        let mut world = World::demo();
        let taps = follow(Lesson::BuildOrder, &mut world);
        let lit: Vec<&str> = taps.iter().map(|(_, s, _)| s.target).collect();
        assert_eq!(
            lit,
            [
                "nav-partner",
                "partner-villagers",
                "villager-serve",
                "category-tile",
                "product-tile",
                "add-to-cart",
                "serving-cart",
                "cart-confirm",
                "read-back",
            ]
        );
        assert_eq!(taps[0].2, Some(Lead::Serve { cart: false }));
        assert_eq!(taps[3].2, Some(Lead::Go(Screen::Product)));
    }

    #[test]
    fn a_wrong_turn_does_not_count_and_the_light_leads_back() {
        // Step 3 of the first lesson (listen on the home screen): a category tapped instead.
        let mut world = World::demo();
        world.serving = Some(0);
        world.go("/");
        let mut run = Run::start(Lesson::FindProduct, &world);
        run.watch = Watch::begin((Lesson::FindProduct, 2), world.snapshot(&[]));
        world.tap(Spot::any("category-tile"));
        let guide = run.tick(&world).expect("not done");
        assert_eq!(run.step(), 2);
        assert_eq!(guide.spot, Spot::any("nav-home"));
        assert_eq!(guide.lead, Some(Lead::Go(Screen::Home)));

        // Tracking: an order that is not on its way opened instead.
        let mut world = World::demo();
        world.go("/orders");
        let mut run = Run::start(Lesson::TrackParcel, &world);
        run.watch = Watch::begin((Lesson::TrackParcel, 1), world.snapshot(&[]));
        world.tap(Spot::any("order-row"));
        let guide = run.tick(&world).expect("a wrong order is not the step");
        assert_eq!(run.step(), 1);
        assert_eq!(guide.spot, Spot::any("nav-partner"));
        assert_eq!(guide.lead, Some(Lead::Go(Screen::Orders)));

        // Offline order: a villager with an empty cart served instead of one with a cart.
        let mut world = World::demo();
        world.go("/villagers");
        let step = Lesson::OrderOffline.steps()[1];
        let start = world.snapshot(&step.probes());
        let mut w = Watch::begin((Lesson::OrderOffline, 1), start);
        world.tap(Spot::any("villager-serve"));
        assert!(!w.check(&world.snapshot(&step.probes())));
        world.go("/villagers");
        let guide = step.guide(&world.snapshot(&step.probes()));
        assert_eq!(guide.spot, Spot::tagged("villager-serve", TAG_HAS_CART));

        // Hand-over: the keypad closed again lights the button that opens it.
        let mut world = World::demo();
        world.go("/station");
        let step = Lesson::HandOver.steps()[2];
        let guide = step.guide(&world.snapshot(&step.probes()));
        assert_eq!(guide.spot, Spot::any("hand-over"));
        assert_eq!(guide.lead, Some(Lead::Open));
    }

    #[test]
    fn any_category_tile_counts_and_all_of_them_are_lit() {
        let step = Lesson::FindProduct.steps()[3];
        assert_eq!(step.spot, Spot::any("category-tile"));
        let start = Snapshot {
            path: "/".into(),
            ..Snapshot::default()
        };
        for slug in ["grain-oil", "seeds", "farm-tools"] {
            let mut w = Watch::begin((Lesson::FindProduct, 3), start.clone());
            let now = Snapshot {
                path: format!("/c/{slug}"),
                ..Snapshot::default()
            };
            assert!(w.check(&now), "{slug}");
        }
    }

    #[test]
    fn the_light_is_clipped_to_the_window_and_the_veil_has_a_hole_per_ring() {
        // Partly under the bars: the part below them.
        assert_eq!(
            clip([10.0, 150.0, 50.0, 40.0], 1280.0, 160.0, 800.0),
            Some([10.0, 160.0, 50.0, 30.0])
        );
        // Wholly under the bars, or below the window: not on screen.
        assert_eq!(clip([10.0, 100.0, 50.0, 40.0], 1280.0, 160.0, 800.0), None);
        assert_eq!(clip([10.0, 900.0, 50.0, 40.0], 1280.0, 0.0, 800.0), None);
        assert_eq!(
            ring([2.0, 700.0, 100.0, 98.0], 1280.0, 800.0),
            [0.0, 694.0, 108.0, 106.0]
        );
        assert_eq!(
            ring([10.4, 745.6, 100.0, 54.4], 1280.0, 800.0),
            [4.0, 740.0, 112.0, 60.0]
        );
        assert_eq!(
            ring([1200.0, 780.0, 100.0, 98.0], 1280.0, 800.0),
            [1194.0, 774.0, 86.0, 26.0]
        );
        let veil = veil(&[[10.0, 20.0, 30.0, 40.0]], 1280.0, 800.0);
        assert!(veil.starts_with(
            "polygon(evenodd, 0px 0px, 1280px 0px, 1280px 800px, 0px 800px, 0px 0px, "
        ));
        assert!(veil.ends_with("10px 20px, 40px 20px, 40px 60px, 10px 60px, 10px 20px, 0px 0px)"));
    }

    #[test]
    fn scrolling_brings_the_light_between_the_bars_and_the_card() {
        // Already whole between the bars and the bottom: no scroll.
        assert_eq!(scroll_by([0.0, 300.0, 100.0, 100.0], 160.0, 800.0), 0.0);
        // Below: centred in the free band.
        assert_eq!(
            scroll_by([0.0, 1000.0, 100.0, 100.0], 160.0, 800.0),
            1050.0 - 480.0
        );
        // Under the bars: centred too (scrolls up).
        assert!(scroll_by([0.0, 100.0, 100.0, 100.0], 160.0, 800.0) < 0.0);
        // Taller than the band: its top just under the bars.
        assert_eq!(
            scroll_by([0.0, 900.0, 100.0, 700.0], 160.0, 800.0),
            900.0 - 168.0
        );
    }
}
