//! The villager's own parcel, carried whole in a link: the station's records live on the tablet,
//! so the message sent to her phone holds what her phone shows — what she ordered (pictures and
//! names), when it was sent (her phone works the stage and the day out with the same delivery
//! plan as the tablet), the cash to bring and the station. No phone number, no pickup code (the
//! message's text has it), the name masked.
//!
//! The payload sits in the URL fragment (`/my-parcel#v1.<base64url>`), which a browser never
//! sends to a server. Layout of version 1, all integers LEB128, strings length-prefixed UTF-8:
//! order id, sent-at (Unix ms), masked name, station, cash (fen), items left out, item count,
//! then per item: quantity, picture slug (empty: the category's pictogram), category, title.
//! The last four bytes are a checksum (FNV-1a, low 32 bits) of everything before them: a link cut
//! short or mistyped is caught. It is not a signature — anyone can write a card — and nothing in
//! it is secret or trusted: it only tells her what the tablet already told her.

use super::catalog::Lang;
use super::logistics::{Plan, fnv1a64, plan};
use super::money::Fen;
use super::station::Order;

/// The link layout this build writes and reads.
pub const LINK_VERSION: u32 = 1;
/// The screen that reads the link.
pub const LINK_PATH: &str = "/my-parcel";
/// At most this many items travel in the link (the rest are counted): an SMS stays short.
pub const MAX_ITEMS: usize = 4;
/// Titles are cut to this many characters in the link.
const MAX_TITLE: usize = 24;
/// Product pictures the embedded catalog serves: only their name travels.
const PICTURE_DIR: &str = "/img/p/";

/// What the villager's phone shows about her parcel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParcelCard {
    pub order_id: String,
    /// When the order left the tablet (Unix ms): with the id, the delivery plan.
    pub sent_at: u64,
    /// "王**".
    pub name: String,
    /// The station's name ("" when the partner has not set one).
    pub station: String,
    /// Cash to bring at pickup.
    pub cash: Fen,
    pub items: Vec<CardItem>,
    /// Items of the order not carried in the link.
    pub more: u32,
}

/// One thing she ordered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardItem {
    pub qty: u32,
    /// The picture's name in the embedded catalog (`bag-rice`), or "" for none.
    pub picture: String,
    pub category: String,
    pub title: String,
}

impl CardItem {
    /// The picture's address, if it has one of its own.
    pub fn picture_url(&self) -> Option<String> {
        (!self.picture.is_empty()).then(|| format!("{PICTURE_DIR}{}.svg", self.picture))
    }
}

impl ParcelCard {
    /// The parcel's delivery plan: the same one the tablet follows.
    pub fn plan(&self) -> Plan {
        plan(&self.order_id, self.sent_at)
    }
}

/// Why a link shows no parcel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// No card in the address at all.
    Missing,
    /// Cut short, mistyped or altered.
    Damaged,
    /// Written by another version of the app.
    Version(u32),
}

/// A name with all but its first character hidden ("王**"), for a screen anyone can see.
pub fn masked(name: &str) -> String {
    let mut chars = name.trim().chars();
    let first: String = chars.next().into_iter().collect();
    first + &"*".repeat(chars.count().min(3))
}

/// The card for an order that has left the tablet (`None` while it waits to be sent).
/// `skew_ms` is real time minus the station clock (0 unless a trainer moved the station clock):
/// her phone runs on real time, so the parcel's plan is moved onto it, and her phone shows the
/// stage the tablet shows when the message is sent.
pub fn card_for(order: &Order, lang: Lang, station: &str, skew_ms: i64) -> Option<ParcelCard> {
    let items = order
        .lines
        .iter()
        .take(MAX_ITEMS)
        .map(|l| CardItem {
            qty: l.qty,
            picture: l
                .picture
                .as_deref()
                .and_then(|p| p.strip_prefix(PICTURE_DIR))
                .and_then(|p| p.strip_suffix(".svg"))
                .filter(|p| p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
                .unwrap_or_default()
                .to_string(),
            category: l.category.clone(),
            title: cut(l.title.get(lang)),
        })
        .collect();
    Some(ParcelCard {
        order_id: order.id.clone(),
        sent_at: order.shipped_at?.saturating_add_signed(skew_ms),
        name: masked(&order.villager_name),
        station: cut(station.trim()),
        cash: order.totals().total,
        items,
        more: u32::try_from(order.lines.len().saturating_sub(MAX_ITEMS)).unwrap_or(u32::MAX),
    })
}

/// A text cut to [`MAX_TITLE`] characters, "…" marking the cut.
fn cut(text: &str) -> String {
    if text.chars().count() <= MAX_TITLE {
        return text.to_string();
    }
    text.chars().take(MAX_TITLE - 1).chain(['…']).collect()
}

/// The link's fragment (without `#`): `v1.<base64url>`.
pub fn encode(card: &ParcelCard) -> String {
    let mut out = Vec::new();
    put_str(&mut out, &card.order_id);
    put_int(&mut out, card.sent_at);
    put_str(&mut out, &card.name);
    put_str(&mut out, &card.station);
    put_int(&mut out, card.cash.0.max(0) as u64);
    put_int(&mut out, u64::from(card.more));
    put_int(&mut out, card.items.len() as u64);
    for item in &card.items {
        put_int(&mut out, u64::from(item.qty));
        put_str(&mut out, &item.picture);
        put_str(&mut out, &item.category);
        put_str(&mut out, &item.title);
    }
    let sum = checksum(&out);
    out.extend_from_slice(&sum);
    format!("v{LINK_VERSION}.{}", base64url(&out))
}

/// Reads a link's fragment (with or without `#`).
pub fn decode(fragment: &str) -> Result<ParcelCard, LinkError> {
    let fragment = fragment.trim().trim_start_matches('#');
    if fragment.is_empty() {
        return Err(LinkError::Missing);
    }
    let (version, body) = fragment.split_once('.').ok_or(LinkError::Damaged)?;
    let version: u32 = version
        .strip_prefix('v')
        .and_then(|v| v.parse().ok())
        .ok_or(LinkError::Damaged)?;
    if version != LINK_VERSION {
        return Err(LinkError::Version(version));
    }
    let bytes = from_base64url(body).ok_or(LinkError::Damaged)?;
    let split = bytes.len().checked_sub(4).ok_or(LinkError::Damaged)?;
    let (data, sum) = bytes.split_at(split);
    if checksum(data) != sum {
        return Err(LinkError::Damaged);
    }
    read_card(&mut Reader(data)).ok_or(LinkError::Damaged)
}

fn read_card(r: &mut Reader) -> Option<ParcelCard> {
    let order_id = r.str()?;
    let sent_at = r.int()?;
    let name = r.str()?;
    let station = r.str()?;
    let cash = Fen(i64::try_from(r.int()?).ok()?);
    let more = u32::try_from(r.int()?).ok()?;
    let count = usize::try_from(r.int()?).ok()?;
    if count > MAX_ITEMS {
        return None;
    }
    let mut items = Vec::with_capacity(count);
    for _ in 0..count {
        items.push(CardItem {
            qty: u32::try_from(r.int()?).ok()?,
            picture: r.str()?,
            category: r.str()?,
            title: r.str()?,
        });
    }
    let safe = |s: &str| s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    if !r.0.is_empty()
        || order_id.is_empty()
        || !items.iter().all(|i| safe(&i.picture) && safe(&i.category))
    {
        return None;
    }
    Some(ParcelCard {
        order_id,
        sent_at,
        name,
        station,
        cash,
        items,
        more,
    })
}

fn checksum(bytes: &[u8]) -> [u8; 4] {
    (fnv1a64(bytes) as u32).to_le_bytes()
}

fn put_int(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let low = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(low);
            return;
        }
        out.push(low | 0x80);
    }
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put_int(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

struct Reader<'a>(&'a [u8]);

impl Reader<'_> {
    fn int(&mut self) -> Option<u64> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let (&b, rest) = self.0.split_first()?;
            self.0 = rest;
            n |= u64::from(b & 0x7f).checked_shl(shift)?;
            if b & 0x80 == 0 {
                return Some(n);
            }
        }
        None
    }

    fn str(&mut self) -> Option<String> {
        let len = usize::try_from(self.int()?).ok()?;
        if len > self.0.len() {
            return None;
        }
        let (s, rest) = self.0.split_at(len);
        self.0 = rest;
        String::from_utf8(s.to_vec()).ok()
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64url without padding (RFC 4648 §5): safe in a URL and in an SMS.
pub(crate) fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

pub(crate) fn from_base64url(text: &str) -> Option<Vec<u8>> {
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            let v = ALPHABET.iter().position(|a| a == c)? as u32;
            n |= v << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::cart::Cart;
    use crate::domain::catalog::Product;
    use crate::domain::logistics::{Stage, stage_at};
    use crate::domain::station::{NewOrder, OpenCart, Villager, place_order};
    use crate::domain::villager::validate_villager;

    const T0: u64 = 1_795_399_200_000;

    fn order(lines: u32) -> Order {
        let villagers = vec![Villager::new(
            "v1".into(),
            validate_villager("王秀英", "13800138000", "").unwrap(),
            0,
        )];
        let mut cart = Cart::default();
        for i in 1..=lines {
            let mut p = Product::sample(i, ("Northeast Rice 5kg", "东北大米 10斤"), 3_990, 10, 1);
            p.thumbnail = Some("/img/p/bag-rice.svg".into());
            cart.add(&p).unwrap();
        }
        let mut carts = vec![OpenCart {
            villager_id: "v1".into(),
            key: "k".into(),
            cart,
        }];
        let mut orders = Vec::new();
        let ids = NewOrder {
            id: "CZ-20261123-0001".into(),
            pickup_code: "480219".into(),
            commission_bp: 300,
        };
        place_order(&villagers, &mut carts, &mut orders, "v1", ids, T0).unwrap();
        let mut order = orders.remove(0);
        order.shipped_at = Some(T0 + 60_000);
        order
    }

    fn card() -> ParcelCard {
        card_for(&order(2), Lang::Zh, "李家村服务站", 0).unwrap()
    }

    #[test]
    fn a_card_survives_the_trip() {
        let card = card();
        let link = encode(&card);
        assert!(link.starts_with("v1."), "{link}");
        assert!(
            link.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)),
            "{link}"
        );
        assert_eq!(decode(&link), Ok(card.clone()));
        assert_eq!(decode(&format!("#{link}")), Ok(card));
    }

    #[test]
    fn the_card_says_only_what_she_needs() {
        let card = card();
        assert_eq!(card.name, "王**");
        assert_eq!(card.station, "李家村服务站");
        assert_eq!(card.cash, Fen(7_980));
        assert_eq!(card.items.len(), 2);
        assert_eq!(card.items[0].title, "东北大米 10斤");
        assert_eq!(card.items[0].picture, "bag-rice");
        assert_eq!(
            card.items[0].picture_url().as_deref(),
            Some("/img/p/bag-rice.svg")
        );
        let link = encode(&card);
        assert!(!link.contains("138"), "no phone number: {link}");
        let decoded = decode(&link).unwrap();
        assert!(!format!("{decoded:?}").contains("480219"), "no pickup code");
        assert!(!format!("{decoded:?}").contains("秀英"), "masked name");
    }

    #[test]
    fn her_phone_follows_the_same_plan_as_the_tablet() {
        let order = order(1);
        let card = decode(&encode(&card_for(&order, Lang::En, "", 0).unwrap())).unwrap();
        let tablet = plan(&order.id, order.shipped_at.unwrap());
        assert_eq!(card.plan(), tablet);
        assert_eq!(
            stage_at(&card.plan(), tablet.at_station, None),
            Stage::AtStation
        );
        assert_eq!(card.items[0].title, "Northeast Rice 5kg");
        assert_eq!(
            cut("Hybrid Rice Seeds for the Paddy 1kg"),
            "Hybrid Rice Seeds for t…"
        );
    }

    #[test]
    fn a_training_clock_is_moved_onto_real_time() {
        let order = order(1);
        let sent = order.shipped_at.unwrap();
        // The station clock runs a week behind real time: the card's plan is a week later.
        let week = 7 * 86_400_000;
        let card = card_for(&order, Lang::Zh, "", week).unwrap();
        assert_eq!(card.sent_at, sent + week as u64);
        let tablet = plan(&order.id, sent);
        assert_eq!(
            stage_at(&card.plan(), tablet.at_station + week as u64, None),
            stage_at(&tablet, tablet.at_station, None)
        );
        assert_eq!(
            card_for(&order, Lang::Zh, "", -week).unwrap().sent_at,
            sent - week as u64
        );
    }

    #[test]
    fn an_unsent_order_has_no_card() {
        let mut order = order(1);
        order.shipped_at = None;
        assert_eq!(card_for(&order, Lang::Zh, "", 0), None);
    }

    #[test]
    fn a_long_order_stays_a_short_link() {
        let card = card_for(&order(9), Lang::Zh, "李家村服务站", 0).unwrap();
        assert_eq!(card.items.len(), MAX_ITEMS);
        assert_eq!(card.more, 5);
        let link = encode(&card);
        assert!(link.len() < 400, "{} chars", link.len());
        assert_eq!(decode(&link).unwrap().more, 5);
    }

    #[test]
    fn outside_pictures_do_not_travel() {
        let mut order = order(1);
        order.lines[0].picture = Some("https://cdn.example/x.webp".into());
        let card = card_for(&order, Lang::Zh, "", 0).unwrap();
        assert_eq!(card.items[0].picture, "");
        assert_eq!(card.items[0].picture_url(), None);
    }

    #[test]
    fn a_cut_link_is_damaged_at_every_length() {
        let link = encode(&card());
        for len in 0..link.len() {
            let cut = &link[..len];
            assert!(decode(cut).is_err(), "cut at {len} accepted: {cut}");
        }
        assert_eq!(decode(""), Err(LinkError::Missing));
        assert_eq!(decode("#"), Err(LinkError::Missing));
    }

    #[test]
    fn a_changed_character_is_caught() {
        let link = encode(&card());
        let start = link.find('.').unwrap() + 1;
        for at in start..link.len() {
            let mut bytes = link.clone().into_bytes();
            bytes[at] = if bytes[at] == b'A' { b'B' } else { b'A' };
            let changed = String::from_utf8(bytes).unwrap();
            assert_eq!(decode(&changed), Err(LinkError::Damaged), "change at {at}");
        }
        assert_eq!(decode("v1.!!!!"), Err(LinkError::Damaged));
        assert_eq!(decode("hello"), Err(LinkError::Damaged));
    }

    #[test]
    fn other_versions_are_named() {
        let link = encode(&card());
        let body = link.split_once('.').unwrap().1;
        assert_eq!(decode(&format!("v2.{body}")), Err(LinkError::Version(2)));
        assert_eq!(decode(&format!("v0.{body}")), Err(LinkError::Version(0)));
        assert_eq!(decode(&format!("vx.{body}")), Err(LinkError::Damaged));
    }

    #[test]
    fn a_checksummed_card_with_unsafe_picture_names_is_refused() {
        let mut card = card();
        card.items[0].picture = "../../evil".into();
        assert_eq!(decode(&encode(&card)), Err(LinkError::Damaged));
    }

    #[test]
    fn base64url_round_trips_every_length() {
        let data: Vec<u8> = (0..=255u8).collect();
        for len in 0..40 {
            let text = base64url(&data[..len]);
            assert_eq!(from_base64url(&text).as_deref(), Some(&data[..len]));
        }
        assert_eq!(base64url(b"foobar"), "Zm9vYmFy");
        assert_eq!(base64url(b"fo"), "Zm8");
    }

    #[test]
    fn names_are_masked() {
        assert_eq!(masked("王秀英"), "王**");
        assert_eq!(masked("欧阳娜娜娜"), "欧***");
        assert_eq!(masked("李"), "李");
        assert_eq!(masked(""), "");
    }
}
