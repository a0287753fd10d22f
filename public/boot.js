// The first screens, before the app has loaded. scripts/first-screen.mjs writes the bar, the home
// heading and the category tiles into index.html as plain HTML, and this script into the page.
// It shows them in the saved language and works them while the wasm is on its way:
//  - a link to a category (/c/<slug>) shows its first tiles with prices, from
//    data/first/<slug>.json; a link to a product (/p/<id>) shows its picture, price, stock and
//    description, from data/first/p/<id>.json; /parcels on a phone that keeps no parcels shows
//    "no parcels" at once. Only for the bundled catalogue: a remote shop's prices differ. A
//    villager's parcel link (/my-parcel#v1.…) shows what the link carries (first-parcel.js).
//  - a tap on a tile, Home or the browser's Back changes the screen here, with no page load (a
//    page load would start the wasm's download again on a slow line); the language button
//    switches the words, and the speaker says the screen's words, as the app's would.
//  - it starts the app once the first screen is drawn, so the screen's data never waits behind
//    the wasm. The app removes #boot and takes over whatever screen the address shows.
(function () {
  var boot = document.getElementById('boot');
  if (!boot) return;
  var main = boot.querySelector('main');
  var head = main.querySelector('.page-head');
  var title = head.querySelector('h1');
  var speaker = head.querySelector('.speak-btn');
  var wait = main.querySelector('.boot-wait');
  var failed = main.querySelector('.boot-failed');
  var view = main.querySelector('.boot-view');
  var home = view.innerHTML;
  var homeTitle = [title.textContent, title.getAttribute('data-en')];
  var query = new URLSearchParams(location.search);
  var saved = null;
  var prefix = 'cunzhan.';
  try {
    // The keys are src/store/keys.rs's (a host test checks them); settings are one record in
    // the collection envelope {v, items: [settings]}, or a bare object from older builds.
    if (localStorage.getItem('cunzhan.mode') === 'demo') prefix = 'cunzhan.demo.';
    saved = JSON.parse(localStorage.getItem(prefix + 'settings') || '{}');
    if (saved && Array.isArray(saved.items)) saved = saved.items[0];
  } catch (e) {
    saved = null;
  }
  var en = (query.get('lang') || (saved && saved.lang) || '').slice(0, 2) === 'en';
  var remote = (saved && saved.api && saved.api !== 'embedded') || query.has('api');
  var rate = { slow: 0.8, slower: 0.6 }[saved && saved.speech_rate] || 1;
  var say = null;
  var pair = function (name) {
    return [boot.getAttribute('data-' + name), boot.getAttribute('data-' + name + '-en')];
  };
  var label = pair('label');

  /** Sets an element's words in both languages, showing the current one. */
  function words(e, both) {
    e.setAttribute('data-zh', both[0]);
    e.setAttribute('data-en', both[1]);
    e.textContent = both[en ? 1 : 0];
  }
  function el(tag, cls, both) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (both) words(e, both);
    return e;
  }
  /** Every text of the screen in the current language. */
  function translate() {
    document.documentElement.lang = en ? 'en' : 'zh-CN';
    boot.querySelectorAll('[data-en]').forEach(function (e) {
      if (!e.hasAttribute('data-zh')) e.setAttribute('data-zh', e.textContent);
      e.textContent = e.getAttribute(en ? 'data-en' : 'data-zh');
    });
    boot.querySelectorAll('[data-en-title]').forEach(function (e) {
      e.title = e.getAttribute(en ? 'data-en-title' : 'data-zh-title');
    });
    speaker.setAttribute('aria-label', label[en ? 1 : 0]);
  }

  function category(page) {
    words(title, page.name);
    say = page.say;
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
      price.appendChild(el('span', 'price-amount', [t.price, t.price]));
      price.appendChild(el('span', 'price-unit', [' / ' + t.unit[0], ' / ' + t.unit[1]]));
      a.appendChild(img);
      a.appendChild(el('span', 'tile-name', t.name));
      a.appendChild(price);
      var li = el('li', 'tile product-tile');
      li.appendChild(a);
      grid.appendChild(li);
    });
    view.appendChild(grid);
    return 'list';
  }

  function product(p) {
    words(title, p.name);
    say = p.say;
    label = p.label;
    var picture = el('div', 'product-picture');
    var img = el('img', 'product-img');
    img.src = p.img || '/img/c/generic.svg';
    img.alt = '';
    img.width = 160;
    img.height = 160;
    picture.appendChild(img);
    var info = el('div', 'product-info');
    info.appendChild(head);
    var price = el('p', 'price price-big');
    price.appendChild(el('span', 'price-amount', [p.price, p.price]));
    price.appendChild(el('span', 'price-unit', p.unit));
    info.appendChild(price);
    if (p.discount) {
      var off = el('p', 'discount');
      off.appendChild(el('span', 'badge', p.discount.badge));
      off.appendChild(document.createTextNode(' '));
      off.appendChild(el('s', '', p.discount.was));
      info.appendChild(off);
    }
    info.appendChild(el('p', 'stock', p.stock));
    if (p.min) info.appendChild(el('p', 'notice', p.min));
    // Where the app's "put in the cart" will be.
    info.appendChild(wait);
    info.appendChild(failed);
    info.appendChild(el('h2', '', p.details));
    info.appendChild(el('p', 'description', p.description));
    var article = el('article', 'product-detail');
    article.appendChild(picture);
    article.appendChild(info);
    view.appendChild(article);
    return 'product';
  }

  /** Whether this device keeps no parcels at all (a villager's own phone): nothing to wait for. */
  function noParcels() {
    try {
      return ['orders', 'courier_parcels'].every(function (k) {
        var kept = JSON.parse(localStorage.getItem(prefix + k) || '{"items":[]}');
        var items = Array.isArray(kept) ? kept : kept && kept.items;
        return Array.isArray(items) && items.length === 0;
      });
    } catch (e) {
      return false;
    }
  }

  var shown = 0;
  /** Draws the screen the address shows; a promise while its data is on its way. */
  function render() {
    var n = ++shown;
    var path = location.pathname;
    var m;
    // The heading and the lines under it back in their places, and an empty screen.
    var reset = function () {
      main.insertBefore(head, main.firstChild);
      main.insertBefore(wait, view);
      main.insertBefore(failed, view);
      view.textContent = '';
      label = pair('label');
      say = null;
    };
    var draw = function (screen) {
      boot.setAttribute('data-screen', screen);
      translate();
    };
    var load = function (got, paint) {
      draw('loading');
      return got
        .then(function (data) {
          if (n !== shown) return;
          var screen = data && paint(data);
          if (!screen) throw new Error('not drawn');
          draw(screen);
        })
        .catch(function () {
          // No network, or data this script cannot draw: "opening…" until the app.
          if (n !== shown) return;
          reset();
          draw('elsewhere');
        });
    };
    var json = function (url) {
      return fetch(url).then(function (r) { return r.ok ? r.json() : null; });
    };
    reset();
    if (path === '/') {
      view.innerHTML = home;
      words(title, homeTitle);
      say = pair('say-home');
      return draw('home');
    }
    if (!remote && (m = /^\/c\/([a-z0-9-]+)$/.exec(path))) return load(json('/data/first/' + m[1] + '.json'), category);
    if (!remote && (m = /^\/p\/([0-9]+)$/.exec(path))) return load(json('/data/first/p/' + m[1] + '.json'), product);
    // A villager's own parcel link: its card is in the address; the code that reads it comes
    // only for this screen (public/first-parcel.js).
    if (path === '/my-parcel') {
      return load(parcelScript(), function (card) {
        var set = function (s) { say = s; };
        return card({ el: el, words: words, title: title, view: view, wait: wait, say: set });
      });
    }
    if (path === '/parcels' && noParcels()) {
      words(title, pair('parcels'));
      say = pair('say-parcels');
      view.appendChild(el('p', 'empty', pair('none')));
      return draw('parcels');
    }
    // Any other screen: "opening…" until the app takes over.
    return draw('elsewhere');
  }

  function parcelScript() {
    return new Promise(function (ok, no) {
      if (window.cunzhanParcel) return ok(window.cunzhanParcel);
      var s = document.createElement('script');
      s.src = '/first-parcel.js';
      s.onload = function () { ok(window.cunzhanParcel); };
      s.onerror = no;
      document.head.appendChild(s);
    });
  }

  function speak() {
    var text = say && say[en ? 1 : 0];
    if (!text || !window.speechSynthesis) return;
    speechSynthesis.cancel();
    var u = new SpeechSynthesisUtterance(text);
    u.lang = en ? 'en' : 'zh-CN';
    u.rate = rate;
    speechSynthesis.speak(u);
  }

  var started = false;
  var glue = null;
  var glueFailed = 0;
  /** Loads the app (what Trunk's loader did), once; again after a failure, from "try again". */
  function start() {
    if (started) return;
    started = true;
    boot.classList.remove('boot-broken');
    (glue ? Promise.resolve(glue) : import(boot.getAttribute('data-js')))
      .then(function (m) {
        glue = m;
        return m.default({ module_or_path: boot.getAttribute('data-wasm') });
      })
      .then(function (wasm) {
        window.wasmBindings = glue;
        dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: wasm } }));
      })
      .catch(function () {
        // The line dropped on the way: the screen stays, with a way to try again.
        if (!glue) glueFailed += 1;
        started = false;
        boot.classList.add('boot-broken');
      });
  }

  boot.addEventListener('click', function (e) {
    var t = e.target.closest && e.target.closest('a, button');
    if (!t) return;
    if (t === speaker) return speak();
    if (t.classList.contains('lang-btn')) {
      en = !en;
      // The app reads ?lang= when it starts, and keeps it as the saved language.
      query = new URLSearchParams(location.search);
      query.set('lang', en ? 'en' : 'zh-CN');
      history.replaceState(history.state, '', location.pathname + '?' + query);
      return translate();
    }
    if (t.classList.contains('boot-retry')) {
      // A browser may keep a failed module import: after a second one, load the page again —
      // but only online, where that cannot end on the browser's own error page.
      if (glueFailed > 1 && navigator.onLine) return location.reload();
      return start();
    }
    var href = t.getAttribute('href');
    if (!href) return;
    e.preventDefault();
    // The entry the page was opened on is the app's first (top_bar.rs: its Back stops there);
    // the ones made here are marked so the app's Back goes back through them.
    if (!history.state) history.replaceState({ cunzhanEntry: true }, '');
    history.pushState({ cunzhanBoot: true }, '', href + location.search);
    scrollTo(0, 0);
    render();
  });
  addEventListener('popstate', function () {
    if (boot.isConnected) render();
  });

  var first = render();
  if (first) {
    first.then(start);
    // Data that does not come within a few seconds does not hold the app back.
    setTimeout(start, 3000);
  } else {
    start();
  }
})();
