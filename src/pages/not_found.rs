use leptos::prelude::*;

use crate::components::icon::IconLink;
use crate::components::page_heading::PageHeading;
use crate::i18n::*;
use crate::routes::Route;
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
        <IconLink to=Route::Home icon=icondata::LuHouse class="btn btn-primary">{t!(i18n, nav.home)}</IconLink>
    }
}
