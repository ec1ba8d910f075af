// Draws the toolbar icon (teal rounded square, white map pin, pomegranate twin peaks) and
// writes public/icon/{16,32,48,128}.png. Pure Node: shapes are tested per sample on an
// 8×8 grid inside each pixel, which gives the anti-aliasing, and the PNG is written
// by hand with zlib so the script needs no dependency.
// Run: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const SAMPLES = 8;
const OUT_DIR = new URL('../public/icon/', import.meta.url);

const TEAL = [15, 94, 92];
const WHITE = [255, 255, 255];
const POMEGRANATE = [214, 62, 84];

// Geometry in unit coordinates (0..1, y down), shared by every size: a map pin (the
// mention, placed) holding twin peaks (the mountains of Karabakh).
const FRAME = { inset: 0.02, radius: 0.22 };
const PIN = { x: 0.5, y: 0.41, r: 0.27, tipY: 0.9 };
const PEAKS = [
  [
    [0.3, 0.53],
    [0.44, 0.29],
    [0.58, 0.53],
  ],
  [
    [0.47, 0.53],
    [0.59, 0.36],
    [0.71, 0.53],
  ],
];

// The pin's tail is the triangle between the tip and the two points where lines from
// the tip touch the head.
const PIN_TAIL = (() => {
  const d = PIN.tipY - PIN.y;
  const cos = PIN.r / d;
  const sin = Math.sqrt(1 - cos * cos);
  return [
    [PIN.x - PIN.r * sin, PIN.y + PIN.r * cos],
    [PIN.x, PIN.tipY],
    [PIN.x + PIN.r * sin, PIN.y + PIN.r * cos],
  ];
})();

function inRoundedSquare(x, y) {
  const { inset, radius } = FRAME;
  const lo = inset + radius;
  const hi = 1 - inset - radius;
  const dx = Math.max(lo - x, 0, x - hi);
  const dy = Math.max(lo - y, 0, y - hi);
  return x >= inset && x <= 1 - inset && y >= inset && y <= 1 - inset && dx * dx + dy * dy <= radius * radius;
}

function inTriangle(x, y, [a, b, c]) {
  const side = (p, q) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  const s1 = side(a, b);
  const s2 = side(b, c);
  const s3 = side(c, a);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
}

/** The colour at a point, or null outside the icon. Earlier tests sit on top. */
function colourAt(x, y) {
  if (!inRoundedSquare(x, y)) return null;
  if (PEAKS.some((peak) => inTriangle(x, y, peak))) return POMEGRANATE;
  if ((x - PIN.x) ** 2 + (y - PIN.y) ** 2 <= PIN.r ** 2 || inTriangle(x, y, PIN_TAIL)) return WHITE;
  return TEAL;
}

function render(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = colourAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const i = (py * size + px) * 4;
      if (covered > 0) {
        rgba[i] = Math.round(r / covered);
        rgba[i + 1] = Math.round(g / covered);
        rgba[i + 2] = Math.round(b / covered);
        rgba[i + 3] = Math.round((255 * covered) / (SAMPLES * SAMPLES));
      }
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  // Each scanline starts with filter type 0 (none).
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT_DIR, { recursive: true });
for (const size of SIZES) {
  const file = new URL(`${size}.png`, OUT_DIR);
  writeFileSync(file, encodePng(size, render(size)));
  console.log(`wrote ${file.pathname}`);
}
