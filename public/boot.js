// The first screen, before the app has loaded (it is plain HTML written into index.html at build
// time by scripts/first-screen.mjs): shows it in the saved language, and remembers a tap on a
// category so the app opens that category as soon as it starts (a real link would restart the
// download of the app on a slow line). Opened at a category (/c/<slug>, a shared link), it shows
// that category's first tiles with their prices from data/first/<slug>.json (written at build time
// by the same script) while the app loads. The app removes #boot when it starts.
(function () {
  var boot = document.getElementById('boot');
  if (!boot) return;
  var lang = null;
  var saved = null;
  try {
    var demo = localStorage.getItem('cunzhan.mode') === 'demo';
    // The keys are src/store/keys.rs's (a host test checks them); settings are one record in
    // the collection envelope {v, items: [settings]}, or a bare object from older builds.
    saved = JSON.parse(localStorage.getItem(demo ? 'cunzhan.demo.settings' : 'cunzhan.settings') || '{}');
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
  // A category: its first tiles, from the bundled catalogue only (a remote shop's prices differ).
  var category = /^\/c\/([a-z0-9-]+)$/.exec(location.pathname);
  var remote = (saved && saved.api && saved.api !== 'embedded') || new URLSearchParams(location.search).has('api');
  if (category && !remote && window.fetch) {
    fetch('/data/first/' + category[1] + '.json')
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (page) {
        if (!page || !boot.isConnected || !page.tiles || !page.tiles.length) return;
        var i = lang === 'en' ? 1 : 0;
        var el = function (tag, cls, text) {
          var e = document.createElement(tag);
          if (cls) e.className = cls;
          if (text) e.textContent = text;
          return e;
        };
        var grid = el('ul', 'grid product-grid');
        page.tiles.forEach(function (t) {
          var a = el('a', 'tile-link');
          a.href = '/p/' + t.id;
          var img = el('img', 'product-img');
          img.src = t.img || '/img/c/generic.svg';
          img.alt = '';
          img.width = 160;
          img.height = 160;
          var price = el('span', 'price');
          price.appendChild(el('span', 'price-amount', t.price));
          price.appendChild(el('span', 'price-unit', ' / ' + t.unit[i]));
          a.appendChild(img);
          a.appendChild(el('span', 'tile-name', t.name[i]));
          a.appendChild(price);
          var li = el('li', 'tile product-tile');
          li.appendChild(a);
          grid.appendChild(li);
        });
        var main = boot.querySelector('main');
        var h1 = main.querySelector('h1');
        h1.textContent = page.name[i];
        h1.removeAttribute('data-en');
        var tiles = main.querySelector('.category-grid');
        if (tiles) tiles.remove();
        main.appendChild(grid);
        boot.classList.remove('boot-elsewhere');
        boot.classList.add('boot-category');
      })
      .catch(function () {});
  }
  boot.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('a');
    if (!a) return;
    e.preventDefault();
    window.cunzhanTap = a.getAttribute('href');
    boot.classList.add('boot-waiting');
  });
})();
