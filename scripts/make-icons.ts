/**
 * Draws the toolbar icon (a page with a highlighted line in the margin) as
 * PNGs at the sizes browsers ask for. Run once; the PNGs are committed.
 */
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(pixel(x, y), 1 + x * 4);
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function icon(size: number) {
  return png(size, (px, py) => {
    const x = (px + 0.5) / size, y = (py + 0.5) / size;
    const r = 0.18;
    const dx = Math.max(0, Math.abs(x - 0.5) - (0.5 - r)), dy = Math.max(0, Math.abs(y - 0.5) - (0.5 - r));
    if (dx * dx + dy * dy > r * r) return [0, 0, 0, 0];
    // Text lines on a teal page, right-aligned as in Arabic.
    const line = [0.3, 0.47, 0.64, 0.81].find((ly) => Math.abs(y - ly) < 0.045);
    if (line !== undefined) {
      const left = line === 0.47 ? 0.2 : line === 0.81 ? 0.45 : 0.3;
      if (x > left && x < 0.82) return line === 0.47 ? [255, 208, 60, 255] : [240, 248, 246, 255];
    }
    return [14, 110, 100, 255];
  });
}

mkdirSync('public/icon', { recursive: true });
for (const s of [16, 32, 48, 96, 128]) writeFileSync(`public/icon/${s}.png`, icon(s));
console.log('icons written to public/icon');
