// Product and category pictures for the embedded catalog: a container drawn for this project (seed
// packet, sack, bag, bottle, jar, box…) with a Fluent Emoji Flat icon placed on or in it, so that a
// villager who cannot read sees *what* is sold and *in what*: a packet of corn seed, a sack of corn
// fertiliser and a bag of corn grits are three different pictures.
// Used by build-catalog.mjs; plain data and string building, no dependencies.
//
// Drawing conventions, to sit next to the emoji: a 32×32 view box, flat fills, rounded corners, no
// outlines, a lighter or darker shade of the same colour for a side or a highlight.

/** An emoji from the set, its 32×32 box scaled to `s` and put at (x, y); `flip` turns it upside down. */
const I = (icon, x, y, s, flip = false) => ({ icon, x, y, s, flip });

/** A number with at most three decimals, so files stay small and byte-stable. */
const num = (n) => String(Math.round(n * 1000) / 1000);
/** A fill or stroke; '#RRGGBBAA' becomes a colour and an opacity (older Android WebViews do not read
 * eight-digit colours). */
const paint = (what, c) => (c.length === 9
  ? `${what}="${c.slice(0, 7)}" ${what}-opacity="${num(parseInt(c.slice(7), 16) / 255)}"`
  : `${what}="${c}"`);
const rect = (x, y, w, h, rx, fill) => `<rect x="${x}" y="${y}" width="${w}" height="${h}"${rx ? ` rx="${rx}"` : ''} ${paint('fill', fill)}/>`;
const path = (d, fill) => `<path ${paint('fill', fill)} d="${d}"/>`;
const circle = (cx, cy, r, fill) => `<circle cx="${cx}" cy="${cy}" r="${r}" ${paint('fill', fill)}/>`;
const ellipse = (cx, cy, rx, ry, fill) => `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" ${paint('fill', fill)}/>`;
/** An unfilled ellipse (a ring, a guard, the year rings of a board). */
const ring = (cx, cy, rx, ry, stroke, width) =>
  `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" fill="none" ${paint('stroke', stroke)} stroke-width="${width}"/>`;
const line = (d, stroke, width, extra = '') =>
  `<path fill="none" ${paint('stroke', stroke)} stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round"${extra} d="${d}"/>`;

const WHITE = '#F4F4F4';
const LIGHT = '#D3D3D3';
const GREY = '#9B9B9B';
const DARK = '#636363';
const INK = '#433B6B';

/** The outline of a woven sack: a pillow with its four corners tied off. */
const SACK = 'M4 7.5C4 6 5 5.1 6.5 5.3c4.5.6 14.5.6 19 0 1.5-.2 2.5.7 2.5 2.2V27c0 1.5-1 2.4-2.5 2.2-4.5-.6-14.5-.6-19 0C5 29.4 4 28.5 4 27z';
/** The outline of a mesh sack tied at the top. */
const NET = 'M13 8.5C7 11 3.5 18 4 24.5c.3 3 2.8 5.5 6 5.5h12c3.2 0 5.7-2.5 6-5.5.5-6.5-3-13.5-9-16z';

// ---------------------------------------------------------------------------------------------
// Containers. Each takes the picture's options (o.icon is the content emoji) and returns its layers,
// back to front: SVG strings and icon placements.
export const SHAPES = {
  /** A paper seed packet: crimped top, the crop on it, seeds in a band at the bottom. */
  seedPacket: (o) => [
    rect(6, 5, 20, 25, 1.5, '#FFF8E1'),
    path('M6 6.5V4l1-1.2L8 4l1-1.2L10 4l1-1.2L12 4l1-1.2L14 4l1-1.2L16 4l1-1.2L18 4l1-1.2L20 4l1-1.2L22 4l1-1.2L24 4l1-1.2L26 4v2.5z', '#C9B99B'),
    path('M6 22h20v6.5c0 .8-.7 1.5-1.5 1.5h-17C6.7 30 6 29.3 6 28.5z', o.band ?? '#44911B'),
    ...[8.8, 12.4, 16, 19.6, 23.2].map((x, i) =>
      `<ellipse cx="${x}" cy="26" rx="1.1" ry="1.6" transform="rotate(${i % 2 ? 25 : -25} ${x} 26)" fill="${o.seed ?? '#FFE3A3'}"/>`),
    I(o.icon, 8, 6.5, 16),
  ],

  /** A woven fertiliser sack: pillow shape, tied corners, stitched seams, coloured granules. */
  sack: (o) => [
    path('M4 7.5 2.3 4.3 7 5.4zM28 7.5l1.7-3.2L25 5.4zM4 27l-1.7 3.2L7 29zM28 27l1.7 3.2L25 29z', LIGHT),
    `<path fill="${LIGHT}" transform="translate(.9 .5)" d="${SACK}"/>`,
    path(SACK, WHITE),
    path('M4 20.5h24V27c0 1.5-1 2.4-2.5 2.2-4.5-.6-14.5-.6-19 0C5 29.4 4 28.5 4 27z', o.band ?? '#00A651'),
    line('M5.5 8h21M5.5 27.2h21', GREY, 0.6, ' stroke-dasharray="1 .9"'),
    ...[[8, 23.5, '#FFFFFF'], [11.5, 24.5, '#F9C23C'], [15, 23.3, '#FFFFFF'], [18.5, 24.6, '#00A6ED'], [22, 23.4, '#FFFFFF'], [25, 24.6, '#F92F60']]
      .map(([cx, cy, f]) => circle(cx, cy, 1.2, f)),
    I(o.icon, 8.5, 6.5, 15),
  ],

  /** An open cloth bag of loose grain, the grain heaped at the top (colour o.grain). */
  grainBag: (o) => [
    path('M7 11h18l2.6 16.4c.2 1.4-.7 2.6-2.2 2.6H6.6c-1.5 0-2.4-1.2-2.2-2.6z', '#E8C9A0'),
    path('M6.7 10.8C7.5 4.2 24.5 4.2 25.3 10.8z', '#00000026'),
    path('M7.2 10.5C8 4.7 24 4.7 24.8 10.5z', o.grain),
    ...[[11, 8, 20], [14.5, 6.6, -30], [18, 7.2, 40], [21, 8.6, -20], [16, 9, 70], [12.5, 9.6, -60]].map(([cx, cy, r]) =>
      `<ellipse cx="${cx}" cy="${cy}" rx="${o.grainRx ?? 0.9}" ry="${o.grainRy ?? 0.5}" transform="rotate(${r} ${cx} ${cy})" fill="${o.grainDot}"/>`),
    rect(5.5, 9.5, 21, 3.4, 1.7, '#C08B5C'),
    I(o.icon, 9, 14.3, 14),
  ],

  /** A big printed rice bag with a carrying hole at the top. */
  riceSack: (o) => [
    path('M6.5 3h19C27 3 28 4 28 5.5v22c0 1.5-1 2.5-2.5 2.5h-19C5 30 4 29 4 27.5v-22C4 4 5 3 6.5 3zm6.2 2.6c-.7 0-1.2.5-1.2 1.2s.5 1.2 1.2 1.2h6.6c.7 0 1.2-.5 1.2-1.2s-.5-1.2-1.2-1.2z', WHITE),
    path('M25.5 3C27 3 28 4 28 5.5v22c0 1.5-1 2.5-2.5 2.5H24V3z', LIGHT),
    path('M4 23h24v4.5c0 1.5-1 2.5-2.5 2.5h-19C5 30 4 29 4 27.5z', o.band ?? '#F8312F'),
    path('M4 10h24v1.5H4z', o.band ?? '#F8312F'),
    I(o.icon, 6.5, 9.5, 17),
  ],

  /** A paper flour sack, folded at the top, a puff of flour beside it. */
  flourBag: (o) => [
    path('M6.5 8 9 3h14l2.5 5z', LIGHT),
    line('M12 3.5 11 7.5M20 3.5l1 4', GREY, 0.5),
    rect(6.5, 7.5, 19, 22.5, 1.5, WHITE),
    rect(23, 7.5, 2.5, 16.5, 0, '#E6E6E6'),
    path('M6.5 24h19v4.5c0 .8-.7 1.5-1.5 1.5H8c-.8 0-1.5-.7-1.5-1.5z', o.band ?? '#00A6ED'),
    I(o.icon, 8.5, 9.5, 15),
  ],

  /** A 5-litre oil jug: translucent oil (o.oil, o.shade), cap, carrying handle, a label. */
  jug: (o) => [
    path('M16.5 6.5c0-1.7 1.3-3 3-3h4c1.7 0 3 1.3 3 3V13h-2.6V6.8c0-.5-.4-.8-.8-.8h-3.2c-.5 0-.8.4-.8.8V13h-2.6z', o.shade),
    path('M9 7h5v3H9z', o.shade),
    rect(8.2, 3.2, 6.6, 4, 1, o.cap ?? '#F8312F'),
    rect(5.5, 9.5, 21, 20.5, 3.5, o.oil),
    rect(7.3, 11.5, 1.7, 16, 0.85, o.light),
    rect(9.5, 13.5, 15, 13.5, 2, '#FFFFFF'),
    I(o.icon, 10.5, 13.8, 13),
  ],

  /** A tall sauce bottle with a narrow neck; o.wide for a squat one. */
  bottle: (o) => {
    const [l, r] = o.wide ? [7, 25] : [9, 23];
    return [
      path(`M13.5 5h5v3.2c0 1.5 ${r - 18.5} 2 ${r - 18.5} 4.8v15.5c0 .8-.7 1.5-1.5 1.5h-${r - l - 3}c-.8 0-1.5-.7-1.5-1.5V13c0-2.8 ${13.5 - l}-3.3 ${13.5 - l}-4.8z`, o.liquid),
      rect(13, 2, 6, 3.5, 0.8, o.cap ?? '#F8312F'),
      rect(l, 15, r - l, 12, 0, o.label ?? '#FFFFFF'),
      rect(l + 1.3, 12.5, 1.3, 15.5, 0.65, o.light ?? '#FFFFFF55'),
      I(o.icon, 16 - 5.5, 15.5, 11),
    ];
  },

  /** A squeeze bottle (dish soap, shampoo): rounded shoulders, flip cap. */
  squeezeBottle: (o) => [
    rect(12.5, 2, 7, 3.5, 1, o.cap ?? WHITE),
    path('M11 5.5h10v2c3 .5 5 2 5 5V28c0 1.1-.9 2-2 2H8c-1.1 0-2-.9-2-2V12.5c0-3 2-4.5 5-5z', o.liquid),
    rect(7.8, 11, 1.4, 16, 0.7, '#FFFFFF66'),
    path('M9 14.5h14c.6 0 1 .4 1 1v10c0 .6-.4 1-1 1H9c-.6 0-1-.4-1-1v-10c0-.6.4-1 1-1z', '#FFFFFF'),
    I(o.icon, 10, 14.3, 12.3),
  ],

  /** A small medicine bottle: tall screw cap, a label. */
  smallBottle: (o) => [
    rect(11.5, 3, 9, 7.5, 1.2, o.cap ?? '#F4F4F4'),
    path('M11.5 10.5h9c2.5 0 4 1.5 4 4V28c0 1.1-.9 2-2 2H9.5c-1.1 0-2-.9-2-2V14.5c0-2.5 1.5-4 4-4z', o.liquid),
    rect(9, 13, 1.3, 14, 0.65, '#FFFFFF55'),
    rect(7.5, 15.5, 17, 11.5, 0, '#FFFFFF'),
    I(o.icon, 10.5, 15.7, 11),
  ],

  /** A wide pill bottle with a ribbed white cap. */
  pillBottle: (o) => [
    rect(8, 3, 16, 6.5, 1.5, WHITE),
    line('M10.5 4.5v3.5M13 4.5v3.5M15.5 4.5v3.5M18 4.5v3.5M20.5 4.5v3.5', LIGHT, 0.8),
    path('M9 9.5h14c1.1 0 2 .9 2 2V28c0 1.1-.9 2-2 2H9c-1.1 0-2-.9-2-2V11.5c0-1.1.9-2 2-2z', o.color),
    rect(7, 13, 18, 13.5, 0, '#FFFFFF'),
    I(o.icon, 9.5, 13.2, 13),
  ],

  /** A wide-mouthed glass jar of paste (o.paste) with a screw lid. */
  jar: (o) => [
    path('M9.5 9h13c2.5 0 4 1.5 4 4v13c0 2.2-1.8 4-4 4h-13c-2.2 0-4-1.8-4-4V13c0-2.5 1.5-4 4-4z', o.paste),
    rect(7.5, 3.5, 17, 6, 1.5, o.cap ?? '#F8312F'),
    rect(7.5, 8, 17, 1.5, 0, '#00000026'),
    rect(5.5, 15, 21, 11, 0, '#FFFFFF'),
    I(o.icon, 10.75, 15.25, 10.5),
  ],

  /** A stand-up pouch with a zip (o.color, o.shade), the content on a round label. */
  pouch: (o) => [
    path('M7 3.5h18c.6 0 1 .4 1 1L27 27c.1 1.7-1.2 3-2.9 3H7.9C6.2 30 4.9 28.7 5 27L6 4.5c0-.6.4-1 1-1z', o.color),
    path('M6 4.5c0-.6.4-1 1-1h18c.6 0 1 .4 1 1l.1 3H5.9z', o.shade),
    path('M5.9 9.5l1.5 1-1.6 1zM26.1 9.5l-1.5 1 1.6 1z', '#FFFFFF'),
    circle(16, 18.5, 8.6, o.window ?? '#FFFFFF'),
    ...(o.fill ?? []),
    I(o.icon, 9, 11.5, 14),
  ],

  /** A small printed cardboard box. */
  box: (o) => [
    path('M5 10.5 9.5 6h18L23 10.5z', o.top),
    path('M23 10.5 27.5 6v19L23 29.5z', o.shade),
    rect(5, 10.5, 18, 19, 0, o.color),
    I(o.icon, 6, 12, 16),
  ],

  /** A carton of bottles or cans (a tray of 12 or 24) with a carrying slot. */
  drinkCase: (o) => [
    path('M2.5 13 7.5 8h22l-5 5z', o.top),
    path('M24.5 13l5-5v17l-5 5z', o.shade),
    rect(2.5, 13, 22, 17, 0, o.color),
    path('M10.5 9.5h6.5c.6 0 1 .4 1 1s-.4 1-1 1h-6.5c-.6 0-1-.4-1-1s.4-1 1-1z', o.shade),
    ...(o.caps ? [ellipse(9, 7.2, 2, 0.9, o.caps), ellipse(15, 7.2, 2, 0.9, o.caps), ellipse(21, 7.2, 2, 0.9, o.caps), ellipse(27, 7.2, 2, 0.9, o.caps)] : []),
    I(o.icon, 5.5, 13.5, 16),
  ],

  /** A round tin with a metal lid (milk powder). */
  tin: (o) => [
    path('M7 7h18v21c0 1.1-4 2-9 2s-9-.9-9-2z', o.color),
    ellipse(16, 7, 9, 2.6, LIGHT),
    ellipse(16, 6.6, 7.5, 1.8, '#E6E6E6'),
    rect(7, 12, 18, 13, 0, '#FFFFFF'),
    I(o.icon, 9.75, 12.25, 12.5),
  ],

  /** A squeezed tube (toothpaste) lying across, cap to the right. */
  tube: (o) => [
    path('M3 6.5h4v19H3z', LIGHT),
    line('M3.6 8h2.8M3.6 10.5h2.8M3.6 13h2.8M3.6 15.5h2.8M3.6 18h2.8M3.6 20.5h2.8M3.6 23h2.8', GREY, 0.6),
    path('M7 6.5 22 10v12L7 25.5z', WHITE),
    path('M7 20.6 22 18.5V22L7 25.5z', o.color),
    path('M22 10l3 2v8l-3 2z', LIGHT),
    rect(25, 12.5, 4.5, 7, 1, o.color),
    I(o.icon, 8.5, 9.5, 11),
  ],

  /** A sealed pillow pack (instant noodles), crimped at both ends. */
  pillowPack: (o) => [
    path('M5 7h22c.8 0 1.5.7 1.5 1.5v15c0 .8-.7 1.5-1.5 1.5H5c-.8 0-1.5-.7-1.5-1.5v-15C3.5 7.7 4.2 7 5 7z', o.color),
    rect(2, 7.5, 3.5, 17, 0.5, o.shade),
    rect(26.5, 7.5, 3.5, 17, 0.5, o.shade),
    line('M2.8 9v14M4.4 9v14M27.6 9v14M29.2 9v14', '#FFFFFF66', 0.5),
    ellipse(16, 16, 9, 7.5, '#FFFFFF'),
    I(o.icon, 9.5, 9.5, 13),
  ],

  /** A soft, puffed pack with a carrying handle (diapers). */
  softPack: (o) => [
    path('M12 6.5V5c0-1.7 1.3-3 3-3h2c1.7 0 3 1.3 3 3v1.5h-2V5c0-.6-.4-1-1-1h-2c-.6 0-1 .4-1 1v1.5z', o.shade),
    path('M10 6h12c3 0 5 2 5 5v14c0 3-2 5-5 5H10c-3 0-5-2-5-5V11c0-3 2-5 5-5z', o.color),
    rect(7, 9, 1.6, 17, 0.8, '#FFFFFF66'),
    I(o.icon, 8.5, 10, 15),
  ],

  /** A flat pack of wet wipes, a lid on top and one wipe pulled up through it. */
  wipes: (o) => [
    path('M8 11h16c3 0 5 2 5 5v6c0 3-2 5-5 5H8c-3 0-5-2-5-5v-6c0-3 2-5 5-5z', o.color),
    path('M3.4 14c.7-2 2.4-3 4.6-3h16c2.2 0 3.9 1 4.6 3z', o.shade),
    rect(9.5, 9.5, 13, 5.5, 2.75, o.lid),
    path('M12 12.5c-.5-3 1-6.5 3.5-8 1.5 1.5 3.5 1.5 5 .5-.5 3-1 5.5-.5 7.5z', '#FFFFFF'),
    I(o.icon, 11.5, 16, 10),
  ],

  /** A bundle of dried noodle sticks in a paper band (guamian). */
  noodlePack: (o) => [
    path('M10 2h12v28H10z', '#FBE3A6'),
    line('M11.3 2v28M13 2v28M14.7 2v28M16.4 2v28M18.1 2v28M19.8 2v28M21.3 2v28', '#E5BD6A', 0.5),
    rect(8.5, 9, 15, 15, 1, o.band ?? '#F8312F'),
    circle(16, 16.5, 5.8, '#FFFFFF'),
    I(o.icon, 10.5, 11, 11),
  ],

  /** A red mesh sack, the content (o.icon) heaped inside it. */
  netSack: (o) => [
    I('seedling', 11.5, 0, 9),
    I(o.icon, 9, 8.5, 13), I(o.icon, 3.5, 15, 14), I(o.icon, 14.5, 15, 14),
    `<clipPath id="net"><path d="${NET}"/></clipPath>`,
    line('M0 12l20 20M6 8l24 24M14 8l18 18M0 20l12 12M32 12 12 32M26 8 2 32M18 8 0 26', '#F8312F', 0.7, ' clip-path="url(#net)"'),
    line(NET, '#CA0B4A', 0.9),
    rect(12, 6.5, 8, 2.6, 1.3, '#CA0B4A'),
  ],

  /** A black plastic seedling tray seen from the front, a seedling in each cell. */
  seedTray: (o) => [
    I(o.icon, 3, 8, 10), I(o.icon, 11, 8, 10), I(o.icon, 19, 8, 10),
    I(o.icon, 7, 12.5, 10), I(o.icon, 15, 12.5, 10), I(o.icon, 23, 12.5, 10),
    path('M2 21h28l-2.5 8h-23z', '#3F3F3F'),
    rect(1.5, 20, 29, 2.5, 1, '#5C5C5C'),
    line('M8 23.5l-.5 5M13 23.5v5M19 23.5v5M24 23.5l.5 5', '#2A2A2A', 0.7),
  ],
};

// ---------------------------------------------------------------------------------------------
// Things with no emoji of their own, drawn as a whole (with an emoji where one fits).
export const DRAWN = {
  /** A two-burner gas stove with a flame on each burner. */
  gasStove: () => [
    path('M4.5 17h23l2.5 4H2z', INK),
    ellipse(10, 18.8, 3.6, 1, DARK), ellipse(22, 18.8, 3.6, 1, DARK),
    I('fire', 5.5, 7.5, 9), I('fire', 17.5, 7.5, 9),
    rect(2, 21, 28, 7.5, 1.5, LIGHT),
    rect(2, 27, 28, 1.5, 0.75, GREY),
    circle(10, 24.2, 1.8, DARK), circle(22, 24.2, 1.8, DARK),
    rect(15, 23.4, 2, 1.6, 0.5, '#F8312F'),
  ],

  /** The classic vacuum flask: cork, red body with a flower, a handle. */
  thermos: () => [
    line('M22 11c3 0 4 2 4 4.5v6c0 2.5-1 4.5-4 4.5', GREY, 1.8),
    rect(13.5, 1.5, 5, 3.5, 1, '#A56953'),
    path('M12 5h8l1 3H11z', LIGHT),
    rect(10, 8, 12, 19.5, 2, '#F8312F'),
    rect(10, 8, 12, 2, 0, '#CA0B4A'),
    I('hibiscus', 11.5, 12.5, 9),
    path('M9.5 27h13v1.5c0 .8-.7 1.5-1.5 1.5H11c-.8 0-1.5-.7-1.5-1.5z', GREY),
  ],

  /** An electric kettle on its power base, a lightning mark on the side. */
  kettle: () => [
    path('M8 25h16.5c1.4 0 2.5 1.1 2.5 2.5S25.9 30 24.5 30H8c-1.4 0-2.5-1.1-2.5-2.5S6.6 25 8 25z', DARK),
    line('M21.5 9.5h3c1.4 0 2.5 1.1 2.5 2.5v8c0 1.4-1.1 2.5-2.5 2.5h-2', GREY, 2.2),
    path('M9 7.5h12.5l1.5 17.5H7.5zM9.5 8 5 6.8l4.2 4.7z', WHITE),
    path('M9.5 5h11c.8 0 1.5.7 1.5 1.5v1H8v-1c0-.8.7-1.5 1.5-1.5z', LIGHT),
    rect(13.5, 3.3, 3.5, 2, 1, GREY),
    path('M19.5 10h1.5l1 13h-1.8z', '#00A6ED'),
    I('high-voltage', 9.8, 12, 9),
  ],

  /** A standing electric fan: a guarded blade on a pole. */
  standingFan: () => [
    ellipse(16, 28.7, 7, 1.8, DARK),
    rect(15, 17, 2, 11.5, 0.5, GREY),
    circle(16, 11, 9.8, '#E6F5FD'),
    ...[0, 120, 240].map((r) => `<ellipse cx="16" cy="6.2" rx="3" ry="4.6" transform="rotate(${r} 16 11)" fill="#00A6ED"/>`),
    ring(16, 11, 9.8, 9.8, GREY, 1.2),
    line('M16 1.2v19.6M6.2 11h19.6M9 4l14 14M23 4 9 18', '#9B9B9B', 0.4),
    circle(16, 11, 2.2, '#0074BA'),
    rect(12, 21.5, 8, 3, 1, LIGHT),
  ],

  /** The "little sun" heater: a glowing dish on a stand. */
  sunHeater: () => [
    path('M12 26h8l2 3H10z', DARK),
    rect(15, 22, 2, 5, 0, GREY),
    circle(16, 13, 11.5, GREY),
    circle(16, 13, 10, '#FFF3D6'),
    I('sun', 8, 5, 16),
    line('M6.5 13h19M16 3.5v19', GREY, 0.5),
  ],

  /** A power strip with sockets and a switch, a plug going in. */
  powerStrip: () => [
    line('M3 24c-1.5 2-.5 5 3 5', DARK, 1.4),
    path('M4 18h24c1.1 0 2 .9 2 2v4c0 1.1-.9 2-2 2H4c-1.1 0-2-.9-2-2v-4c0-1.1.9-2 2-2z', WHITE),
    rect(2, 24, 28, 2, 1, LIGHT),
    ...[5.5, 11, 16.5].map((x) => rect(x, 20.2, 3.5, 2.6, 0.8, DARK)),
    rect(24.5, 19.8, 3.5, 3.4, 0.8, '#F8312F'),
    I('electric-plug', 10, 0.5, 17, true),
  ],

  /** A folded electric blanket: heating wire zig-zags and its little controller. */
  electricBlanket: () => [
    path('M5 13h22c1.7 0 3 1.3 3 3v1c0 1.7-1.3 3-3 3H5c-1.7 0-3-1.3-3-3v-1c0-1.7 1.3-3 3-3z', '#F92F60'),
    path('M5 7h22c1.7 0 3 1.3 3 3v1c0 1.7-1.3 3-3 3H5c-1.7 0-3-1.3-3-3v-1c0-1.7 1.3-3 3-3z', '#FF6D8A'),
    line('M4 10.5l2-1.5 2 3 2-3 2 3 2-3 2 3 2-3 2 3 2-3 2 3 2-3 2 1.5M4 16.5l2-1.5 2 3 2-3 2 3 2-3 2 3 2-3 2 3 2-3 2 3 2-3 2 1.5', '#FFC83D', 0.8),
    line('M28 19c2 3 1 5-2 6', DARK, 1),
    rect(17, 22.5, 9, 7.5, 1.5, WHITE),
    circle(21.5, 26.2, 1.8, '#F8312F'),
    I('high-voltage', 3, 20, 10),
  ],

  /** A rice cooker: lid, steam valve, button panel, with a bowl of rice. */
  riceCooker: () => [
    line('M19 2.5c-1 1 1 2 0 3M22 2c-1 1 1 2 0 3', LIGHT, 0.8),
    path('M5 12c0-4 5-6.5 11-6.5S27 8 27 12z', LIGHT),
    circle(20.5, 8, 1.2, GREY),
    path('M3.5 12h25v12c0 3-2.5 5.5-5.5 5.5H9c-3 0-5.5-2.5-5.5-5.5z', WHITE),
    rect(3.5, 12, 25, 2, 0, '#E6E6E6'),
    rect(12, 17, 8, 6, 1.5, INK),
    circle(16, 20, 1.4, '#FF822D'),
    I('cooked-rice', 20, 18, 11),
  ],

  /** A candy-bar phone with a big screen and big buttons. */
  bigButtonPhone: () => [
    rect(8, 1.5, 16, 29, 3, '#F8312F'),
    rect(10, 4, 12, 8.5, 1.2, '#00A6ED'),
    ...[0, 1, 2, 3].flatMap((r) => [0, 1, 2].map((c) => rect(10 + c * 4.2, 14.5 + r * 3.8, 3.4, 2.9, 0.8, '#FFFFFF'))),
  ],

  /** A phone charger: the plug block with its pins and a lightning mark. */
  charger: () => [
    rect(12, 3, 2.2, 7, 0.6, GREY), rect(17.8, 3, 2.2, 7, 0.6, GREY),
    path('M10 9h12c1.7 0 3 1.3 3 3v12c0 1.7-1.3 3-3 3H10c-1.7 0-3-1.3-3-3V12c0-1.7 1.3-3 3-3z', WHITE),
    path('M22 9c1.7 0 3 1.3 3 3v12c0 1.7-1.3 3-3 3h-1V9z', LIGHT),
    rect(13.5, 27, 5, 1.8, 0.4, DARK),
    I('high-voltage', 9, 11, 13),
  ],

  /** A charging cable: two plugs and the wire between them. */
  cable: () => [
    line('M9.5 23c0 7 8 7 8 1s0-12 5-12c3 0 3 3 3-1', DARK, 1.6),
    rect(7, 16, 5, 8, 1.2, INK), rect(8.2, 12.5, 2.6, 4, 0.6, GREY),
    rect(23, 5, 5, 7.5, 1.2, INK), rect(24.2, 2, 2.6, 3.5, 0.6, GREY),
    I('high-voltage', 1.5, 1.5, 10),
  ],

  /** A loudspeaker box on wheels (for square dancing): two cones, a handle, music coming out. */
  danceSpeaker: () => [
    line('M11 8V3.5h10V8', GREY, 1.6),
    rect(7, 7, 18, 21, 2.5, INK),
    circle(16, 13, 3.2, DARK), circle(16, 13, 1.4, '#9B9B9B'),
    circle(16, 21.5, 4.5, DARK), circle(16, 21.5, 2, '#9B9B9B'),
    circle(10, 29, 1.8, '#1C1C1C'), circle(22, 29, 1.8, '#1C1C1C'),
    I('musical-notes', 21, 1, 11),
  ],

  /** A memory card (micro SD) with gold contacts and a picture on it. */
  memoryCard: () => [
    path('M9 2h14c1.1 0 2 .9 2 2v24c0 1.1-.9 2-2 2H9c-1.1 0-2-.9-2-2V16l1.5-1.5V12L7 10.5V4c0-1.1.9-2 2-2z', INK),
    ...[10, 12.5, 15, 17.5, 20].map((x) => rect(x, 3.5, 1.6, 4.5, 0.4, '#FFC83D')),
    I('framed-picture', 9.5, 12, 13),
  ],

  /** A blood-pressure monitor: screen with a heart, the cuff and its tube. */
  bpMonitor: () => [
    line('M9 21c3 4 6 4 8 .5', DARK, 1.2),
    path('M3 10h6c1.1 0 2 .9 2 2v14c0 1.1-.9 2-2 2H3c-1.1 0-2-.9-2-2V12c0-1.1.9-2 2-2z', '#0074BA'),
    line('M3 14h6M3 17h6M3 20h6', '#00A6ED', 0.8),
    path('M15 7h12c1.7 0 3 1.3 3 3v12c0 1.7-1.3 3-3 3H15c-1.7 0-3-1.3-3-3V10c0-1.7 1.3-3 3-3z', WHITE),
    rect(14, 9, 14, 9, 1, '#B4E3D0'),
    I('red-heart', 15.5, 9.3, 8.5),
    line('M24.5 11v5M26.5 11v5', INK, 1),
    circle(21, 21.5, 1.8, '#F8312F'),
  ],

  /** A blood-sugar meter with a test strip and a drop of blood. */
  glucoseMeter: () => [
    rect(14, 2, 4, 7, 0.5, '#FFC83D'),
    path('M11 7h10c2.2 0 4 1.8 4 4v15c0 2.2-1.8 4-4 4H11c-2.2 0-4-1.8-4-4V11c0-2.2 1.8-4 4-4z', WHITE),
    path('M21 7c2.2 0 4 1.8 4 4v15c0 2.2-1.8 4-4 4h-1V7z', LIGHT),
    rect(9.5, 10, 11, 8, 1, '#B4E3D0'),
    line('M12 14h6', INK, 1.4),
    circle(12.5, 23.5, 1.6, '#00A6ED'), circle(17.5, 23.5, 1.6, '#00A6ED'),
    I('drop-of-blood', 19, 0.5, 9),
  ],

  /** A wheelbarrow: tray, handles, legs and a wheel. */
  wheelbarrow: () => [
    line('M8 22.5 30.5 13M22 17.5l1 11', DARK, 1.6),
    path('M4 9h23l-5 10H10z', '#00A6ED'),
    rect(3, 8, 25, 2.6, 1.3, '#0074BA'),
    I('wheel', 1.5, 16.5, 13),
  ],

  /** A backpack sprayer: tank with straps, the hose, the spray wand and droplets. */
  backpackSprayer: () => [
    line('M15 27c4 2 8-1 9-6l3-10', DARK, 1.2),
    path('M9 4h6c2.8 0 5 2.2 5 5v16c0 2.8-2.2 5-5 5H9c-2.8 0-5-2.2-5-5V9c0-2.8 2.2-5 5-5z', '#F8312F'),
    rect(9.5, 1.8, 5, 3, 1, '#FFC83D'),
    rect(3, 11, 18, 2.2, 1, INK), rect(3, 21, 18, 2.2, 1, INK),
    rect(6, 6, 1.5, 19, 0.75, '#FF8A88'),
    I('sweat-droplets', 22, 1.5, 10),
  ],

  /** A round wooden chopping block with a knife lying on it. */
  choppingBoard: () => [
    ellipse(16, 21.5, 14, 8, '#A56953'),
    ellipse(16, 18, 14, 8, '#E5A667'),
    ring(16, 18, 10, 5.6, '#CD8A4B', 0.8),
    ring(16, 18, 5.5, 3, '#CD8A4B', 0.8),
    I('kitchen-knife', 7, 4, 17),
  ],

  /** A leg with a padded knee support around the knee. */
  kneePad: () => [
    I('leg', 0, 0, 32),
    `<rect x="16" y="9" width="9.5" height="7.5" rx="2.5" transform="rotate(25 20.75 12.75)" fill="#0074BA"/>`,
    `<rect x="17.8" y="10.5" width="5.8" height="4.5" rx="1.5" transform="rotate(25 20.75 12.75)" fill="#00A6ED"/>`,
  ],

  /** A long-sleeved top and long trousers (thermal underwear), with a child's face on the tag. */
  thermalSet: () => [
    path('M13 16h11l1 13.5c0 .3-.2.5-.5.5h-3.8c-.3 0-.5-.2-.5-.5L18.5 21l-1.7 8.5c0 .3-.3.5-.5.5h-3.8c-.3 0-.5-.2-.5-.5z', '#FF822D'),
    path('M7 4h9l2.5 1.5c.5.2.7.7.9 1.2L22 16c.2.6-.1 1.2-.7 1.3l-2 .5c-.5.1-1-.2-1.2-.7L17 14v6H7v-6l-1.1 3.1c-.2.5-.7.8-1.2.7l-2-.5c-.6-.1-.9-.7-.7-1.3L4.6 6.7c.2-.5.4-1 .9-1.2z', '#FFB02E'),
    path('M9 4h5c0 1.4-1.1 2.5-2.5 2.5S9 5.4 9 4z', '#FF822D'),
    I('child', 18, 0, 12),
  ],

  /** A phone with a shield: a phone case and screen guard. */
  phoneCase: () => [
    I('mobile-phone', 0, 1, 26),
    I('shield', 14.5, 13, 17),
  ],
};

// ---------------------------------------------------------------------------------------------
// Colour sets, so that two products in the same container differ at a glance.
const OIL = {
  rapeseed: { oil: '#E8A315', shade: '#C88A0C', light: '#FFCE5C', cap: '#00A651' },
  peanut: { oil: '#FFC83D', shade: '#E0A800', light: '#FFE38A', cap: '#F8312F' },
  sunflower: { oil: '#FCE37B', shade: '#E8C33C', light: '#FFF4C0', cap: '#0074BA' },
};
const POUCH = {
  red: { color: '#F8312F', shade: '#CA0B4A' },
  orange: { color: '#FF822D', shade: '#E0631A' },
  yellow: { color: '#FFC83D', shade: '#E0A800' },
  green: { color: '#00A651', shade: '#007A3D' },
  blue: { color: '#00A6ED', shade: '#0074BA' },
  purple: { color: '#8D65C5', shade: '#6B4AA0' },
  brown: { color: '#A56953', shade: '#7D4533' },
  clear: { color: '#CFEFFC', shade: '#9FD9F2' },
  silver: { color: '#C4C4C4', shade: '#9B9B9B' },
};
const BOX = {
  green: { color: '#00A651', top: '#3CC97C', shade: '#007A3D' },
  red: { color: '#F8312F', top: '#FF6B69', shade: '#CA0B4A' },
  kraft: { color: '#D3A06B', top: '#E8C08F', shade: '#B07C45' },
  yellow: { color: '#FFC83D', top: '#FFDD80', shade: '#E0A800' },
  blue: { color: '#00A6ED', top: '#5CC8F5', shade: '#0074BA' },
  water: { color: '#CFEFFC', top: '#E6F7FE', shade: '#9FD9F2' },
};

// ---------------------------------------------------------------------------------------------
// The pictures the catalog uses that are more than one plain emoji, by file name (what it shows:
// container-content). A row in build-catalog.mjs names either one of these or a plain emoji.
export const PICTURES = {
  // Grain and oil
  'bag-rice': { shape: 'grainBag', icon: 'cooked-rice', grain: '#FFFFFF', grainDot: LIGHT },
  'sack-rice-fragrant': { shape: 'riceSack', icon: 'sheaf-of-rice' },
  'bag-flour': { shape: 'flourBag', icon: 'dumpling' },
  'pack-egg-noodles': { shape: 'noodlePack', icon: 'egg' },
  'jug-rapeseed-oil': { shape: 'jug', icon: 'blossom', ...OIL.rapeseed },
  'jug-peanut-oil': { shape: 'jug', icon: 'peanuts', ...OIL.peanut },
  'jug-sunflower-oil': { shape: 'jug', icon: 'sunflower', ...OIL.sunflower },
  'bag-corn-grits': { shape: 'grainBag', icon: 'ear-of-corn', grain: '#FFB02E', grainDot: '#E08A00' },
  'bag-glutinous-rice': { shape: 'grainBag', icon: 'rice-ball', grain: '#FFFFFF', grainDot: '#E6E6E6', grainRx: 0.7, grainRy: 0.7 },
  'bag-millet': { shape: 'grainBag', icon: 'bowl-with-spoon', grain: '#FCD53F', grainDot: '#E0A800', grainRx: 0.45, grainRy: 0.45 },
  // Seasonings
  'bottle-soy-sauce': { shape: 'bottle', icon: 'beans', liquid: '#4A2C1F', cap: '#F8312F' },
  'bottle-vinegar': { shape: 'bottle', icon: 'dumpling', liquid: '#2B1B14', cap: '#FFC83D', label: '#FFF3D6' },
  'bottle-oyster-sauce': { shape: 'bottle', icon: 'oyster', liquid: '#7D4533', cap: '#00A651', wide: true },
  'pouch-chili-powder': { shape: 'pouch', icon: 'hot-pepper', ...POUCH.red },
  'jar-bean-paste': { shape: 'jar', icon: 'beans', paste: '#B0351E', cap: '#FFC83D' },
  'box-spice-mix': { shape: 'box', icon: 'herb', ...BOX.red },
  'pouch-hot-pot-base': { shape: 'pouch', icon: 'fondue', ...POUCH.orange },
  'pouch-rock-sugar': { shape: 'pouch', icon: 'ice', ...POUCH.clear },
  'pouch-chicken-bouillon': { shape: 'pouch', icon: 'chicken', ...POUCH.yellow },
  'jar-garlic-chili': { shape: 'jar', icon: 'garlic', paste: '#E0301E', cap: '#00A651' },
  // Snacks and drinks
  'case-milk': { shape: 'drinkCase', icon: 'glass-of-milk', ...BOX.blue },
  'case-milk-drink': { shape: 'drinkCase', icon: 'cup-with-straw', ...BOX.yellow },
  'case-coconut': { shape: 'drinkCase', icon: 'coconut', ...BOX.green },
  'case-water': { shape: 'drinkCase', icon: 'droplet', ...BOX.water, caps: '#0074BA' },
  'pouch-jasmine-tea': { shape: 'pouch', icon: 'teacup-without-handle', ...POUCH.green },
  'pack-instant-noodles': { shape: 'pillowPack', icon: 'steaming-bowl', color: '#F8312F', shade: '#CA0B4A' },
  'pouch-sunflower-seeds': { shape: 'pouch', icon: 'sunflower', ...POUCH.brown },
  'case-beer': { shape: 'drinkCase', icon: 'beer-mug', ...BOX.kraft },
  // Cleaning
  'pouch-washing-powder': { shape: 'pouch', icon: 'bubbles', ...POUCH.blue },
  'bottle-dish-soap': { shape: 'squeezeBottle', icon: 'fork-and-knife-with-plate', liquid: '#86D72F', cap: '#00A651' },
  'tube-toothpaste': { shape: 'tube', icon: 'tooth', color: '#00A6ED' },
  'box-mosquito-coils': { shape: 'box', icon: 'mosquito', no: true, ...BOX.green },
  'bottle-shampoo': { shape: 'squeezeBottle', icon: 'shower', liquid: '#00A6ED', cap: '#0074BA' },
  // Kitchen
  'chopping-board': { drawn: 'choppingBoard' },
  'gas-stove': { drawn: 'gasStove' },
  'thermos-flask': { drawn: 'thermos' },
  // Seeds
  'seed-packet-corn': { shape: 'seedPacket', icon: 'ear-of-corn' },
  'seed-packet-rice': { shape: 'seedPacket', icon: 'sheaf-of-rice' },
  'seed-packet-chili': { shape: 'seedPacket', icon: 'hot-pepper' },
  'seed-packet-tomato': { shape: 'seedPacket', icon: 'tomato' },
  'seed-packet-cucumber': { shape: 'seedPacket', icon: 'cucumber' },
  'seed-packet-eggplant': { shape: 'seedPacket', icon: 'eggplant' },
  'seed-packet-cabbage': { shape: 'seedPacket', icon: 'leafy-green' },
  'seed-packet-watermelon': { shape: 'seedPacket', icon: 'watermelon', seed: '#321B41' },
  'seed-packet-carrot': { shape: 'seedPacket', icon: 'carrot' },
  'seed-packet-beans': { shape: 'seedPacket', icon: 'pea-pod' },
  'net-seed-potatoes': { shape: 'netSack', icon: 'potato' },
  'tray-seedlings': { shape: 'seedTray', icon: 'seedling' },
  // Fertiliser and pesticide
  'sack-fertilizer-compound': { shape: 'sack', icon: 'seedling' },
  'sack-fertilizer-urea': { shape: 'sack', icon: 'leafy-green', band: '#00A6ED' },
  'sack-fertilizer-corn': { shape: 'sack', icon: 'ear-of-corn', band: '#FFB02E' },
  'sack-fertilizer-organic': { shape: 'sack', icon: 'fallen-leaf', band: '#A56953' },
  'sack-worm-compost': { shape: 'sack', icon: 'worm', band: '#6D4534' },
  'pouch-leaf-fertilizer': { shape: 'pouch', icon: 'test-tube', ...POUCH.silver },
  'bottle-flower-fertilizer': { shape: 'smallBottle', icon: 'tulip', liquid: '#00A651', cap: '#F92F60' },
  'bottle-weed-killer': { shape: 'squeezeBottle', icon: 'herb', no: true, liquid: '#FFB02E', cap: '#F8312F' },
  'pouch-insecticide': { shape: 'pouch', icon: 'bug', no: true, ...POUCH.purple },
  'pouch-fungicide': { shape: 'pouch', icon: 'microbe', no: true, ...POUCH.orange },
  // Farm tools
  'backpack-sprayer': { drawn: 'backpackSprayer' },
  'wheelbarrow': { drawn: 'wheelbarrow' },
  // Small appliances
  'rice-cooker': { drawn: 'riceCooker' },
  'electric-kettle': { drawn: 'kettle' },
  'standing-fan': { drawn: 'standingFan' },
  'sun-heater': { drawn: 'sunHeater' },
  'power-strip': { drawn: 'powerStrip' },
  'electric-blanket': { drawn: 'electricBlanket' },
  // Phones
  'big-button-phone': { drawn: 'bigButtonPhone' },
  'phone-charger': { drawn: 'charger' },
  'charging-cable': { drawn: 'cable' },
  'phone-case': { drawn: 'phoneCase' },
  'memory-card': { drawn: 'memoryCard' },
  'dance-speaker': { drawn: 'danceSpeaker' },
  // Mother and baby
  'pack-diapers': { shape: 'softPack', icon: 'briefs', color: '#B9E6FA', shade: '#00A6ED' },
  'tin-infant-formula': { shape: 'tin', icon: 'baby-bottle', color: '#FFC83D' },
  'pack-baby-wipes': { shape: 'wipes', icon: 'droplet', color: '#FFE0EC', shade: '#FFC2D9', lid: '#F92F60' },
  'box-baby-cereal': { shape: 'box', icon: 'baby', ...BOX.yellow },
  'kids-thermal-set': { drawn: 'thermalSet' },
  // Health
  'bp-monitor': { drawn: 'bpMonitor' },
  'glucose-meter': { drawn: 'glucoseMeter' },
  'bottle-iodine': { shape: 'smallBottle', icon: 'medical-symbol', liquid: '#7D3A1A', cap: '#A56953' },
  'pouch-heat-patches': { shape: 'pouch', icon: 'sun', ...POUCH.red },
  'bottle-cooling-oil': { shape: 'smallBottle', icon: 'leaf-fluttering-in-wind', liquid: '#00A651', cap: '#F8312F' },
  'bottle-calcium': { shape: 'pillBottle', icon: 'pill', color: '#FF822D' },
  'knee-pads': { drawn: 'kneePad' },
  // Category tiles (c/<slug>.svg) for seeds and for fertiliser and pesticide, distinct at a glance:
  // a seed packet with a sprout; a fertiliser sack with a bug-killer bottle in front of it.
  'seed-packet-sprout': { shape: 'seedPacket', icon: 'seedling' },
  'sack-and-pesticide': { layers: [
    ...scaled(layersOf({ shape: 'sack', icon: 'potted-plant' }), 0.92, 0, 0),
    ...scaled(layersOf({ shape: 'squeezeBottle', icon: 'bug', no: true, liquid: '#FFB02E', cap: '#F8312F' }), 0.55, 15, 14.5),
  ] },
};

/** A red ring with a slash ("no …", "kills …"), open in the middle so the content shows through. */
function noSign(cx, cy, r) {
  const d = r * 0.7;
  return `<g fill="none" stroke="#F8312F" stroke-width="${num(r * 0.17)}" stroke-linecap="round">` +
    `<circle cx="${num(cx)}" cy="${num(cy)}" r="${num(r)}"/><path d="M${num(cx - d)} ${num(cy - d)}L${num(cx + d)} ${num(cy + d)}"/></g>`;
}

/** A picture's layers made smaller and moved (two containers side by side); runs of drawn shapes
 * share one group. */
function scaled(layers, k, dx, dy) {
  const out = [];
  for (const l of layers) {
    if (typeof l !== 'string') out.push({ ...l, x: dx + l.x * k, y: dy + l.y * k, s: l.s * k });
    else if (typeof out.at(-1) === 'string') out[out.length - 1] += l;
    else out.push(l);
  }
  return out.map((l) => (typeof l === 'string' ? `<g transform="translate(${dx} ${dy}) scale(${k})">${l}</g>` : l));
}

/** The layers of a picture: its container (or drawing) and content, plus a "no" sign if asked. */
export function layersOf(spec) {
  if (spec.layers) return spec.layers;
  if (spec.drawn) {
    const draw = DRAWN[spec.drawn];
    if (!draw) throw new Error(`no drawing "${spec.drawn}"`);
    return draw(spec);
  }
  const shape = SHAPES[spec.shape];
  if (!shape) throw new Error(`no container shape "${spec.shape}"`);
  const layers = shape(spec);
  if (spec.no) {
    // The content crossed out ("kills insects"), over the slot the content took.
    const c = layers.filter((l) => typeof l === 'object' && l.icon === spec.icon).at(-1);
    layers.push(noSign(c.x + c.s / 2, c.y + c.s / 2, c.s * 0.56));
  }
  return layers;
}

/** The emoji names a picture needs (to check them against the set before writing anything). */
export function iconsOf(spec) {
  return layersOf(spec).filter((l) => typeof l === 'object').map((l) => l.icon);
}

/**
 * One standalone SVG: the layers in order, each emoji's body in a group that moves and scales it.
 * Ids inside an emoji (gradients, masks) get a per-layer prefix so that two emoji never clash.
 */
export function pictureSvg(set, spec) {
  let n = 0;
  const body = layersOf(spec).map((l) => {
    if (typeof l === 'string') return l;
    const icon = set.icons[l.icon];
    if (!icon) throw new Error(`icon "${l.icon}" is not in the icon set`);
    const w = icon.width ?? set.width ?? 32;
    const h = icon.height ?? set.height ?? 32;
    const k = l.s / Math.max(w, h);
    const pre = `i${n++}-`;
    const inner = icon.body
      .replace(/\bid="([^"]+)"/g, `id="${pre}$1"`)
      .replace(/url\(#([^)]+)\)/g, `url(#${pre}$1)`)
      .replace(/href="#([^"]+)"/g, `href="#${pre}$1"`);
    const [left, top] = [(icon.left ?? 0) * k, (icon.top ?? 0) * k];
    const t = l.flip
      ? `translate(${num(l.x + l.s + left)} ${num(l.y + l.s + top)}) scale(${num(-k)})`
      : `translate(${num(l.x - left)} ${num(l.y - top)}) scale(${num(k)})`;
    return `<g transform="${t}">${inner}</g>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="32" height="32">${body}</svg>\n`;
}
