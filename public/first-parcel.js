// The villager's own parcel link (/my-parcel#v1.…), before the app has loaded. boot.js loads this
// file only on that address (every other first screen stays without it), and calls
// cunzhanParcel with its helpers. It reads the card the way src/domain/parcel_link.rs writes it
// (LEB128 integers, length-prefixed UTF-8 strings, FNV-1a's low 32 bits as the checksum) and
// draws what the link carries: her masked name, what she ordered, the station and the cash. The
// stage and the last day to collect need the delivery plan, which only the app works out: that
// line says "opening…" until it takes over. A link it cannot read is left to the app, which says
// what is wrong with it. scripts/first-screen.mjs writes the words in, for W below (a string
// until then, which esbuild's minifying keeps).
window.cunzhanParcel = function (b) {
  var W = '__PARCEL_WORDS__';
  var card = read(location.hash);
  if (!card || typeof W !== 'object') return null;
  var fill = function (both, key, value) {
    return both.map(function (text) { return text.replace('{{ ' + key + ' }}', value); });
  };
  var station = card.station ? [card.station, card.station] : W.station;
  var where = [0, 1].map(function (i) { return W.collect_at[i].replace('{{ station }}', station[i]); });
  var hello = fill(W.hello, 'name', card.name);
  b.words(b.title, W.title);
  var section = b.el('section', 'my-parcel');
  section.appendChild(b.el('p', 'my-parcel-hello', hello));
  var list = b.el('ul', 'my-parcel-items');
  card.items.forEach(function (item) {
    var li = b.el('li', 'my-parcel-item');
    var img = b.el('img', 'product-img');
    img.src = item.picture ? '/img/p/' + item.picture + '.svg' : '/img/c/' + item.category + '.svg';
    img.onerror = function () {
      img.onerror = null;
      img.src = '/img/c/generic.svg';
    };
    img.alt = '';
    img.width = 160;
    img.height = 160;
    li.appendChild(img);
    li.appendChild(b.el('span', 'my-parcel-title', [item.title, item.title]));
    var qty = b.el('span', 'my-parcel-qty');
    qty.appendChild(b.el('span', '', ['× ' + item.qty, '× ' + item.qty]));
    li.appendChild(qty);
    list.appendChild(li);
  });
  section.appendChild(list);
  if (card.more) section.appendChild(b.el('p', 'muted', card.more === 1 ? W.more_one : fill(W.more, 'n', card.more)));
  // Where the app's stage, day to arrive and day to collect by will be.
  var stage = b.el('div', 'my-parcel-stage');
  stage.appendChild(b.wait);
  section.appendChild(stage);
  section.appendChild(b.el('div', 'my-parcel-where', where));
  var cash = b.el('div', 'cash-due');
  var inner = b.el('div');
  var amount = '¥' + Math.floor(card.cash / 100) + '.' + String(card.cash % 100).padStart(2, '0');
  inner.appendChild(b.el('p', '', W.cash));
  inner.appendChild(b.el('p', 'cash-amount', [amount, amount]));
  cash.appendChild(inner);
  section.appendChild(cash);
  b.view.appendChild(section);
  // The speaker: her name, what she ordered and where (the app adds the stage and the cash, in
  // money words, when it takes over).
  var titles = card.items.map(function (i) { return i.title; }).join('，');
  b.say([hello[0] + titles + '。' + where[0] + '。', hello[1] + ' ' + titles + '. ' + where[1] + '.']);
  return 'parcel';

  /** The card in the address's fragment, or null for one this script cannot read. */
  function read(hash) {
    var m = /^#v1\.([A-Za-z0-9_-]+)$/.exec(hash.trim());
    if (!m) return null;
    var bytes;
    try {
      bytes = Uint8Array.from(atob(m[1].replace(/-/g, '+').replace(/_/g, '/')), function (c) {
        return c.charCodeAt(0);
      });
    } catch (e) {
      return null;
    }
    var end = bytes.length - 4;
    if (end < 0) return null;
    // FNV-1a 64's low 32 bits need only 32-bit arithmetic: the offset basis's and the prime's.
    var h = 0x84222325;
    for (var i = 0; i < end; i++) h = Math.imul(h ^ bytes[i], 0x1b3) >>> 0;
    if ((bytes[end] | (bytes[end + 1] << 8) | (bytes[end + 2] << 16) | (bytes[end + 3] << 24)) >>> 0 !== h) return null;
    var at = 0;
    var int = function () {
      var v = 0;
      for (var mul = 1; mul < 2 ** 53; mul *= 128) {
        if (at >= end) break;
        var x = bytes[at++];
        v += (x & 127) * mul;
        if (!(x & 128)) return v;
      }
      throw new Error('int');
    };
    var text = new TextDecoder('utf-8', { fatal: true });
    var str = function () {
      var len = int();
      if (at + len > end) throw new Error('str');
      return text.decode(bytes.subarray(at, (at += len)));
    };
    var safe = /^[A-Za-z0-9-]*$/;
    try {
      var c = { id: str(), sent: int(), name: str(), station: str(), cash: int(), more: int(), items: [] };
      var count = int();
      if (count > 4) return null;
      for (var k = 0; k < count; k++) c.items.push({ qty: int(), picture: str(), category: str(), title: str() });
      var fine = c.items.every(function (x) { return safe.test(x.picture) && safe.test(x.category); });
      return at === end && c.id && fine ? c : null;
    } catch (e) {
      return null;
    }
  }
};
