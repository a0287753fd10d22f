use leptos::prelude::*;

/// What a field takes: the box's type, the keyboard a tablet shows for it, and what the browser
/// may fill in (nothing, on a shared tablet, but a new password it may offer to keep).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum FieldKind {
    /// Words (a name, a village).
    #[default]
    Text,
    /// A phone number: the number pad.
    Phone,
    /// A number that may have a decimal point (a percent).
    Decimal,
    /// A web address.
    Url,
    /// A password typed to open something.
    Password,
    /// A password being chosen.
    NewPassword,
}

impl FieldKind {
    fn input_type(self) -> &'static str {
        match self {
            FieldKind::Text | FieldKind::Decimal => "text",
            FieldKind::Phone => "tel",
            FieldKind::Url => "url",
            FieldKind::Password | FieldKind::NewPassword => "password",
        }
    }

    fn keyboard(self) -> Option<&'static str> {
        match self {
            FieldKind::Phone => Some("numeric"),
            FieldKind::Decimal => Some("decimal"),
            FieldKind::Url => Some("url"),
            _ => None,
        }
    }

    fn autocomplete(self) -> &'static str {
        match self {
            FieldKind::NewPassword => "new-password",
            _ => "off",
        }
    }
}

/// A typed field: its label in big words, the box, and under it what is wrong with what was
/// typed (read out by screen readers as it appears). Every form's typed fields are this one.
#[component]
pub fn TextField(
    /// What is typed, as typed (checking it is the form's business).
    value: RwSignal<String>,
    /// The most characters the box takes.
    max: u32,
    /// What the field takes.
    #[prop(optional)]
    kind: FieldKind,
    /// What is wrong with what is typed, in words; nothing while it is fine. A field that is
    /// checked on its own has it (its line is kept under the box); one checked with its form
    /// says nothing here.
    #[prop(optional, into)]
    error: Option<Signal<Option<String>>>,
    /// Called after each change typed (e.g. to take a "saved" line away).
    #[prop(optional, into)]
    on_input: Option<Callback<()>>,
    /// The box's id, where something else points at it.
    #[prop(optional)]
    id: Option<&'static str>,
    /// An example shown in the empty box (never the label's words).
    #[prop(optional)]
    placeholder: Option<&'static str>,
    /// The label's words.
    children: Children,
) -> impl IntoView {
    view! {
        <label class="field">
            <span class="field-label">{children()}</span>
            <input
                type=kind.input_type()
                inputmode=kind.keyboard()
                autocomplete=kind.autocomplete()
                maxlength=max
                id=id
                placeholder=placeholder
                aria-invalid=move || error.is_some_and(|e| e.with(Option::is_some)).to_string()
                prop:value=move || value.get()
                on:input:target=move |ev| {
                    value.set(ev.target().value());
                    if let Some(changed) = on_input {
                        changed.run(());
                    }
                }
            />
            {error.map(|error| view! { <span class="field-error" role="alert">{error}</span> })}
        </label>
    }
}
