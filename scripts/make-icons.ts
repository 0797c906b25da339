// Draws the app's PNG icons (public/icons/) from the favicon's shapes: a white handset on the
// accent colour. Run `npx tsx scripts/make-icons.ts` after changing the design; the PNGs are
// kept in the repository so a build needs no drawing tools.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BACKGROUND = [0x08, 0x3f, 0x78] as const; // --accent-dark, the manifest's theme colour
const INK = [0xff, 0xff, 0xff] as const;

type Point = [number, number];

// The handset of public/favicon.svg, in its 64-unit box: each curve flattened into points.
function handset(): Point[] {
  const points: Point[] = [];
  let at: Point = [22, 14];
  points.push(at);
  const line = (dx: number, dy: number) => {
    at = [at[0] + dx, at[1] + dy];
    points.push(at);
  };
  const curve = (c1: Point, c2: Point, end: Point) => {
    const from = at;
    for (let i = 1; i <= 16; i++) {
      const t = i / 16;
      const u = 1 - t;
      points.push([
        u * u * u * from[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t * t * t * end[0],
        u * u * u * from[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t * t * t * end[1],
      ]);
    }
    at = end;
  };
  const rel = (a: number, b: number, c: number, d: number, e: number, f: number) =>
    curve([at[0] + a, at[1] + b], [at[0] + c, at[1] + d], [at[0] + e, at[1] + f]);
  rel(2, -1, 4, 0, 5, 2);
  line(4, 8);
  rel(1, 2, 0, 4, -1, 5);
  line(-3, 3);
  rel(2, 5, 6, 9, 11, 11);
  line(3, -3);
  rel(1, -1, 3, -2, 5, -1);
  line(8, 4);
  rel(2, 1, 3, 3, 2, 5);
  line(-2, 5);
  rel(-1, 2, -3, 3, -5, 3);
  curve([28, 55], [9, 36], [10, 15]);
  rel(0, -2, 1, -4, 3, -5);
  return points;
}

/** Whether (x, y) is inside the polygon (even-odd rule). */
function inside(polygon: readonly Point[], x: number, y: number): boolean {
  let odd = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i] as Point;
    const [xj, yj] = polygon[j] as Point;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
  }
  return odd;
}

function insideRoundedSquare(x: number, y: number, radius: number): boolean {
  const cx = Math.min(Math.max(x, radius), 64 - radius);
  const cy = Math.min(Math.max(y, radius), 64 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/**
 * RGBA pixels of the icon at `size`. `maskable` fills the whole square and shrinks the handset
 * into the safe zone (the platform cuts the corners itself).
 */
function draw(size: number, maskable: boolean): Uint8Array {
  const glyph = handset();
  const xs = glyph.map((p) => p[0]);
  const ys = glyph.map((p) => p[1]);
  const [left, right, top, bottom] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  const inGlyph = (x: number, y: number) =>
    x >= left && x <= right && y >= top && y <= bottom && inside(glyph, x, y);
  const scale = maskable ? 0.72 : 1;
  const samples = 4;
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let covered = 0;
      let inked = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = ((px + (sx + 0.5) / samples) / size) * 64;
          const y = ((py + (sy + 0.5) / samples) / size) * 64;
          if (!maskable && !insideRoundedSquare(x, y, 14)) continue;
          covered += 1;
          // The handset is drawn about the centre, scaled for the maskable variant.
          if (inGlyph(32 + (x - 32) / scale, 32 + (y - 32) / scale)) inked += 1;
        }
      }
      const total = samples * samples;
      const ink = covered === 0 ? 0 : inked / covered;
      const o = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) {
        pixels[o + c] = Math.round(
          (BACKGROUND[c] as number) * (1 - ink) + (INK[c] as number) * ink,
        );
      }
      pixels[o + 3] = Math.round((covered / total) * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A PNG file: 8-bit RGBA, no interlace, each row with filter 0. */
function png(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0;
    rows.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

mkdirSync('public/icons', { recursive: true });
for (const [name, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['icon-maskable-512.png', 512, true],
  ['apple-touch-icon.png', 180, true],
] as const) {
  writeFileSync(`public/icons/${name}`, png(size, draw(size, maskable)));
  console.log(`public/icons/${name}`);
}
