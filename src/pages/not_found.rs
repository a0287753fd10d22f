use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::icon::Icon;
use crate::components::page_heading::PageHeading;
use crate::i18n::*;
use crate::words::{Screen, screen_hint};

/// Any path the app does not know.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading
            title=t_signal!(i18n, not_found.title)
            hint=Signal::derive(move || screen_hint(i18n.get_locale(), &Screen::NotFound))
        />
        <p class="empty">{t!(i18n, not_found.hint)}</p>
        <A href="/" attr:class="btn btn-primary">
            <Icon icon=icondata::LuHouse />
            <span>{t!(i18n, nav.home)}</span>
        </A>
    }
}
