use leptos::prelude::*;

use crate::components::choice::Choice;
use crate::components::icon::IconButton;
use crate::i18n::*;
use crate::platform::local_offset_minutes;
use crate::platform::now_ms;
use crate::store::use_app;
use crate::words::when_text;

/// The station clock for training: its time, pause / ×1 / ×60 / ×1440, and jumps to the next
/// thing that happens to a parcel or a day on.
#[component]
pub fn ClockControl() -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let station = app.station;
    let speed = move || station.clock.with(|c| c.speed);
    let speeds = [(0u32, "pause"), (1, "x1"), (60, "x60"), (1_440, "x1440")];
    view! {
            <fieldset>
                <legend>{t!(i18n, clock.title)}</legend>
                <p class="muted">{t!(i18n, clock.note)}</p>
                <p>
                    {move || {
                        t_string!(
                            i18n, clock.now, time = when_text(i18n.get_locale(), station.now.get(), now_ms(), local_offset_minutes())
                        )
                            .to_string()
                    }}
                </p>
                <div class="choices-row" role="radiogroup" aria-label=move || t_string!(i18n, clock.speed)>
                    {speeds
                        .into_iter()
                        .map(|(s, key)| {
                            view! {
                                <Choice
                                    name="clock-speed"
                                    checked=Signal::derive(move || speed() == s)
                                    on_pick=move |_| station.set_speed(s)
                                    label=Signal::derive(move || {
                                        let locale = i18n.get_locale();
                                        match key {
                                            "pause" => td_string!(locale, clock.pause),
                                            "x1" => td_string!(locale, clock.x1),
                                            "x60" => td_string!(locale, clock.x60),
                                            _ => td_string!(locale, clock.x1440),
                                        }
                                            .to_string()
                                    })
                                />
                            }
                        })
                        .collect_view()}
                </div>
                <div class="actions">
                    <IconButton icon=icondata::LuFastForward on_click=move |_| station.jump_to_next_event()>{t!(i18n, clock.next)}</IconButton>
                    <IconButton icon=icondata::LuCalendarPlus on_click=move |_| station.jump_a_day()>{t!(i18n, clock.day)}</IconButton>
                </div>
            </fieldset>
    }
}
