// Shared by the browser tests and the benchmark.
/**
 * A villager's parcel link (`/my-parcel#v1.…`), written the way src/domain/parcel_link.rs
 * documents it: a second, independent writer of the format, so the two are checked against each
 * other. `card`: {order_id, sent_at, name, station, cash, more, items: [{qty, picture, category, title}]}.
 */
export function parcelLinkPath(card) {
  const bytes = [];
  const int = (n) => {
    let v = BigInt(n);
    do {
      const low = Number(v & 0x7fn);
      v >>= 7n;
      bytes.push(v ? low | 0x80 : low);
    } while (v);
  };
  const str = (s) => {
    const b = new TextEncoder().encode(s);
    int(b.length);
    bytes.push(...b);
  };
  str(card.order_id); int(card.sent_at); str(card.name); str(card.station); int(card.cash); int(card.more);
  int(card.items.length);
  for (const i of card.items) { int(i.qty); str(i.picture); str(i.category); str(i.title); }
  // FNV-1a 64, low 32 bits, little-endian.
  let h = 0xcbf29ce484222325n;
  for (const b of bytes) h = ((h ^ BigInt(b)) * 0x100000001b3n) & 0xffffffffffffffffn;
  const sum = Number(h & 0xffffffffn);
  bytes.push(sum & 255, (sum >>> 8) & 255, (sum >>> 16) & 255, (sum >>> 24) & 255);
  return `/my-parcel#v1.${Buffer.from(bytes).toString('base64url')}`;
}
