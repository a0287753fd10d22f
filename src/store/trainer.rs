//! Trainer mode: the trainer's own PIN, the demo station (entered, reset and left by reloading
//! the app on the other set of keys, so no signal ever holds both stations), trainees and their
//! lesson progress, and the presenter view.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::db::{self, StoreError};
use super::keys::{TRAINEES, TRAINER_PIN, TRAINER_PREFS as PREFS};
use super::partner::PartnerSession;
use super::settings::{self, Settings};
use super::station::write_station;
use super::unsaved::Unsaved;
use crate::api::{ApiError, bundled_catalogue};
use crate::domain::demo::seed;
use crate::domain::lesson::{Advance, Lesson, Trainee, trainee_name};
use crate::platform::local_offset_minutes;
use crate::platform::now_ms;

/// Why the demo station could not be started or reset.
#[derive(Clone, Debug, PartialEq)]
pub enum DemoError {
    /// The bundled catalogue did not load.
    Catalogue(ApiError),
    /// The demo could not be written.
    Storage(StoreError),
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
struct Prefs {
    #[serde(default)]
    presenter: bool,
    #[serde(default)]
    trainee: Option<String>,
}

/// Trainer mode state. Cheap to copy.
#[derive(Clone, Copy)]
pub struct Trainer {
    /// The app runs on the demo station.
    pub demo: bool,
    /// The trainer's PIN (used from the real station, to enter the demo).
    pub pin: PartnerSession,
    pub trainees: RwSignal<Vec<Trainee>>,
    /// The trainee at the tablet (by name).
    pub trainee: RwSignal<Option<String>>,
    /// Bigger type and the current step on screen, for a projector.
    pub presenter: RwSignal<bool>,
    /// Where a failed write is noted (the screens say it).
    unsaved: Unsaved,
}

impl Trainer {
    pub fn load(demo: bool, unsaved: Unsaved) -> Trainer {
        // Read on the real station only (on the demo's keys it is simply absent: the trainer is in).
        let pin = PartnerSession::load_from(TRAINER_PIN);
        let (trainees, prefs) = if demo {
            (
                db::load::<Trainee>(TRAINEES).items,
                db::load::<Prefs>(PREFS)
                    .items
                    .into_iter()
                    .next()
                    .unwrap_or_default(),
            )
        } else {
            (Vec::new(), Prefs::default())
        };
        Trainer {
            demo,
            pin,
            trainees: RwSignal::new(trainees),
            trainee: RwSignal::new(prefs.trainee),
            presenter: RwSignal::new(prefs.presenter),
            unsaved,
        }
    }

    fn save(&self) {
        let trainees = self.trainees.get_untracked();
        let prefs = Prefs {
            presenter: self.presenter.get_untracked(),
            trainee: self.trainee.get_untracked(),
        };
        // Both are tried: one refused must not keep the other from being written.
        let _ = self
            .unsaved
            .note(TRAINEES, db::save(TRAINEES, &trainees, false));
        let _ = self.unsaved.note(PREFS, db::save(PREFS, &[prefs], false));
    }

    /// Turns the presenter view on or off.
    pub fn set_presenter(&self, on: bool) {
        self.presenter.set(on);
        self.save();
    }

    /// Adds a trainee (or picks the one of that name) and makes them the one at the tablet.
    /// `false` when the name is empty or too long.
    pub fn pick_trainee(&self, raw: &str) -> bool {
        let Some(name) = trainee_name(raw) else {
            return false;
        };
        self.trainees.update(|all| {
            if !all.iter().any(|t| t.name == name) {
                all.push(Trainee {
                    name: name.clone(),
                    ..Trainee::default()
                });
            }
        });
        self.trainee.set(Some(name));
        self.save();
        true
    }

    /// The lesson under way for the trainee at the tablet, and its step (tracked).
    pub fn current(&self) -> Option<(Lesson, usize)> {
        let name = self.trainee.get()?;
        self.trainees
            .with(|all| all.iter().find(|t| t.name == name).and_then(|t| t.current))
    }

    /// Lessons the trainee at the tablet has finished (tracked).
    pub fn finished(&self) -> Vec<Lesson> {
        let Some(name) = self.trainee.get() else {
            return Vec::new();
        };
        self.trainees.with(|all| {
            all.iter()
                .find(|t| t.name == name)
                .map(|t| t.done.clone())
                .unwrap_or_default()
        })
    }

    fn with_trainee<R>(&self, change: impl FnOnce(&mut Trainee) -> R) -> Option<R> {
        let name = self.trainee.get_untracked()?;
        let mut result = None;
        self.trainees.update(|all| {
            if let Some(t) = all.iter_mut().find(|t| t.name == name) {
                result = Some(change(t));
            }
        });
        self.save();
        result
    }

    /// Starts a lesson (from its first step) for the trainee at the tablet.
    pub fn start(&self, lesson: Lesson) {
        self.with_trainee(|t| t.start(lesson));
    }

    /// The current step was done.
    pub fn advance(&self) -> Option<Advance> {
        self.with_trainee(Trainee::advance).flatten()
    }

    /// Leaves the lesson under way.
    pub fn stop(&self) {
        self.with_trainee(Trainee::stop);
    }
}

/// Writes a fresh demo station (keeping trainees), in the demo keys, with the settings the
/// tablet uses now but the embedded catalogue. Leaves the page on the demo keys.
async fn write_demo(lang: Option<String>) -> Result<(), DemoError> {
    let products = bundled_catalogue().await.map_err(DemoError::Catalogue)?;
    let speech_rate = settings::load().speech_rate;
    let station = seed(&products, now_ms(), local_offset_minutes());
    // From here on synchronous: no other task can write between the switch and the reload.
    db::use_demo_keys(true);
    let demo_settings = Settings {
        api: Some(crate::api::BackendChoice::Embedded.as_setting().to_string()),
        lang,
        speech_rate,
        ..Settings::default()
    };
    let written = write_station(&station).and_then(|()| settings::save(&demo_settings));
    written.map_err(DemoError::Storage)
}

fn reload_at(path: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().assign(path);
    }
}

/// Whether a demo station was started on this tablet before.
fn demo_exists() -> bool {
    db::storage()
        .and_then(|s| {
            s.get_item(&format!("{}villagers", db::DEMO_PREFIX))
                .ok()
                .flatten()
        })
        .is_some()
}

/// Opens the demo station (made fresh the first time, otherwise as the last class left it) and
/// reloads the app on it (the trainer's screen).
pub async fn enter_demo(lang: Option<String>) -> Result<(), DemoError> {
    if demo_exists() {
        db::store_demo_mode(true).map_err(DemoError::Storage)?;
        reload_at("/trainer");
        return Ok(());
    }
    start_fresh(lang).await
}

async fn start_fresh(lang: Option<String>) -> Result<(), DemoError> {
    let was_demo = db::demo_keys();
    let result = write_demo(lang)
        .await
        .and_then(|()| db::store_demo_mode(true).map_err(DemoError::Storage));
    if result.is_err() {
        db::use_demo_keys(was_demo);
        return result;
    }
    reload_at("/trainer");
    Ok(())
}

/// Puts the demo station back as it started (trainees' progress stays) and reloads.
pub async fn reset_demo(lang: Option<String>) -> Result<(), DemoError> {
    start_fresh(lang).await
}

/// Leaves trainer mode: the app restarts on the real station, with partner mode locked.
pub fn leave_demo() -> Result<(), StoreError> {
    db::store_demo_mode(false)?;
    reload_at("/");
    Ok(())
}
