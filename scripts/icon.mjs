// Draws assets/icon-512.png, the installed app's icon on Android: the check of
// assets/favicon.svg on a full square (purpose "maskable": the launcher cuts its own shape,
// and the check stays inside the safe circle). Run by hand when the favicon changes:
//   node scripts/icon.mjs
// A palette PNG of 17 shades from the brand green to white, about 1,5 KB.
import { crc32, deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const SIZE = 512;
const SAMPLES = 4; // per side of a pixel, for smooth edges
const GREEN = [0x0b, 0x5d, 0x4b];
// favicon.svg: viewBox 64, path "M18 33l9 9 19-20", stroke width 7, round caps and joins.
const CHECK = [[18, 33], [27, 42], [46, 22]];
const HALF_STROKE = 3.5;
const scale = SIZE / 64;

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const [dx, dy] = [bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

// One filter byte (none) per row, then one palette index per pixel: how much of it is check.
const rows = [];
for (let y = 0; y < SIZE; y++) {
  const row = Buffer.alloc(SIZE + 1);
  for (let x = 0; x < SIZE; x++) {
    let covered = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const [px, py] = [(x + (sx + 0.5) / SAMPLES) / scale, (y + (sy + 0.5) / SAMPLES) / scale];
        if (Math.min(distanceToSegment(px, py, CHECK[0], CHECK[1]), distanceToSegment(px, py, CHECK[1], CHECK[2])) <= HALF_STROKE) covered++;
      }
    }
    row[x + 1] = covered;
  }
  rows.push(row);
}

const shades = SAMPLES * SAMPLES + 1;
const palette = Buffer.alloc(shades * 3);
for (let i = 0; i < shades; i++) {
  for (let c = 0; c < 3; c++) palette[i * 3 + c] = Math.round(GREEN[c] + ((255 - GREEN[c]) * i) / (shades - 1));
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(8 + body.length);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 4 + body.length);
  return out;
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bits per palette index
header[9] = 3; // palette colour
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('PLTE', palette),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = new URL('../assets/icon-512.png', import.meta.url);
writeFileSync(out, png);
console.log(`${out.pathname}: ${png.length} B`);
