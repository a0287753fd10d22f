// The first screen, before the app has loaded (it is plain HTML written into index.html at build
// time by scripts/first-screen.mjs): shows it in the saved language, and remembers a tap on a
// category so the app opens that category as soon as it starts (a real link would restart the
// download of the app on a slow line). The app removes #boot when it starts.
(function () {
  var boot = document.getElementById('boot');
  if (!boot) return;
  var lang = null;
  try {
    var demo = localStorage.getItem('cunzhan.mode') === 'demo';
    // The keys are src/store/keys.rs's (a host test checks them); settings are one record in
    // the collection envelope {v, items: [settings]}, or a bare object from older builds.
    var saved = JSON.parse(localStorage.getItem(demo ? 'cunzhan.demo.settings' : 'cunzhan.settings') || '{}');
    if (saved && Array.isArray(saved.items)) saved = saved.items[0];
    lang = saved && saved.lang;
  } catch (e) {
    lang = null;
  }
  var fromLink = new URLSearchParams(location.search).get('lang');
  if (fromLink) lang = fromLink;
  if (lang === 'en') {
    document.documentElement.lang = 'en';
    boot.querySelectorAll('[data-en]').forEach(function (el) {
      el.textContent = el.getAttribute('data-en');
    });
  }
  // Another screen was asked for: only the bar and "opening…" until the app takes over.
  if (location.pathname !== '/') boot.classList.add('boot-elsewhere');
  boot.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('a');
    if (!a) return;
    e.preventDefault();
    window.cunzhanTap = a.getAttribute('href');
    boot.classList.add('boot-waiting');
  });
})();
