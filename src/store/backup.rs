//! Backup files made and read on the tablet: the records sealed with AES-256-GCM under a key
//! derived from the backup password, all by the browser's WebCrypto (the format and the merge
//! are `domain::backup`). The time of the last backup is kept so the partner can be reminded.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::AppContext;
use super::db::{self, StoreError};
// The time of the last backup is in the station's namespace: the demo has its own.
use super::keys::BACKUP as LAST;
use super::partner::pbkdf2;
use crate::domain::backup::{
    BackupError, ROUNDS, Records, Restored, Sealed, read_file, records_bytes, records_from,
    split_key, write_file,
};
use crate::platform::local_offset_minutes;
use crate::platform::{now_ms, random_bytes};

/// A file larger than this is not a backup of a station (localStorage holds ~5 MB in all).
const MAX_FILE_BYTES: f64 = 16.0 * 1024.0 * 1024.0;

/// When the last backup was made on this tablet (real clock), if ever.
pub fn last_backup() -> Option<u64> {
    db::load::<u64>(LAST).items.first().copied()
}

/// The AES key and the password check for a password and salt.
async fn keys(
    password: &str,
    salt: &[u8; 16],
    rounds: u32,
) -> Result<(web_sys::CryptoKey, [u8; 8]), BackupError> {
    let bits = pbkdf2(password.as_bytes(), salt, rounds, 512)
        .await
        .ok_or(BackupError::Unavailable)?;
    let (key, check) = split_key(&bits).ok_or(BackupError::Unavailable)?;
    let subtle = subtle().ok_or(BackupError::Unavailable)?;
    let usages = js_sys::Array::of2(&JsValue::from_str("encrypt"), &JsValue::from_str("decrypt"));
    let key = subtle
        .import_key_with_str(
            "raw",
            &js_sys::Uint8Array::from(&key[..]),
            "AES-GCM",
            false,
            &usages,
        )
        .map_err(|_| BackupError::Unavailable)?;
    let key = JsFuture::from(key)
        .await
        .ok()
        .and_then(|k| k.dyn_into().ok())
        .ok_or(BackupError::Unavailable)?;
    Ok((key, check))
}

fn subtle() -> Option<web_sys::SubtleCrypto> {
    Some(web_sys::window()?.crypto().ok()?.subtle())
}

fn gcm(iv: &[u8; 12]) -> js_sys::Object {
    let params = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&params, &"name".into(), &"AES-GCM".into());
    let _ = js_sys::Reflect::set(&params, &"iv".into(), &js_sys::Uint8Array::from(&iv[..]));
    params
}

/// The station's records as they are now, sealed: the file's name and text.
pub async fn make(app: &AppContext, password: &str) -> Result<(String, String), BackupError> {
    let station = app.station;
    let records = Records {
        villagers: station.villagers.get_untracked(),
        carts: station.carts.get_untracked(),
        orders: station.orders.get_untracked(),
        station_name: app.settings.with_untracked(|s| s.station_name.clone()),
    };
    let salt = random_bytes::<16>();
    let iv = random_bytes::<12>();
    let (key, check) = keys(password, &salt, ROUNDS).await?;
    let plain = records_bytes(&records);
    let sealed = subtle()
        .ok_or(BackupError::Unavailable)?
        .encrypt_with_object_and_u8_array(&gcm(&iv), &key, &plain)
        .map_err(|_| BackupError::Unavailable)?;
    let data = JsFuture::from(sealed)
        .await
        .map_err(|_| BackupError::Unavailable)?;
    let made_at = now_ms();
    let text = write_file(&Sealed {
        made_at,
        rounds: ROUNDS,
        salt,
        iv,
        check,
        data: js_sys::Uint8Array::new(&data).to_vec(),
    });
    let name = crate::domain::backup::file_name(made_at, local_offset_minutes());
    Ok((name, text))
}

/// Hands the file to the browser to save (the tablet's Downloads), and notes the time.
pub fn save_file(name: &str, text: &str) -> Result<(), BackupError> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| BackupError::Unavailable)?;
    let url =
        web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| BackupError::Unavailable)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(BackupError::Unavailable)?;
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into().ok())
        .ok_or(BackupError::Unavailable)?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    db::save(LAST, &[now_ms()], false).map_err(|_| BackupError::Unavailable)
}

/// Reads a chosen file, opens it with the password and merges it into the station. Nothing
/// changes unless the whole file was read and opened.
pub async fn restore(
    app: &AppContext,
    file: web_sys::File,
    password: &str,
) -> Result<Restored, BackupError> {
    if file.size() > MAX_FILE_BYTES {
        return Err(BackupError::Foreign);
    }
    let text = JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or(BackupError::Unavailable)?;
    let sealed = read_file(&text)?;
    let (key, check) = keys(password, &sealed.salt, sealed.rounds).await?;
    if check != sealed.check {
        return Err(BackupError::WrongPassword);
    }
    let plain = subtle()
        .ok_or(BackupError::Unavailable)?
        .decrypt_with_object_and_u8_array(&gcm(&sealed.iv), &key, &sealed.data)
        .map_err(|_| BackupError::Damaged)?;
    // The password was right (the check matched): a refusal now means changed bytes.
    let plain = JsFuture::from(plain)
        .await
        .map_err(|_| BackupError::Damaged)?;
    let records = records_from(&js_sys::Uint8Array::new(&plain).to_vec())?;
    let station_name = app.settings.with_untracked(|s| s.station_name.clone());
    let (restored, name) = app
        .station
        .restore(records, station_name)
        .map_err(|e| match e {
            StoreError::Full => BackupError::StorageFull,
            _ => BackupError::Unavailable,
        })?;
    if app.settings.with_untracked(|s| s.station_name != name) {
        let _ = app.update_settings(|s| s.station_name = name);
    }
    Ok(restored)
}
