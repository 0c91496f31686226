/** Reading store zips in tests (stored and deflated entries, as zip tools write them). */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { inflateRawSync } from 'node:zlib';

interface ZipEntry {
  name: string;
  method: number;
  size: number;
  /** Offset of the entry's local header. */
  local: number;
}

/** The entries a zip's central directory lists. */
export function zipEntries(buf: Buffer): ZipEntry[] {
  const entries: ZipEntry[] = [];
  for (let at = buf.indexOf('PK\x01\x02', 0, 'binary'); at !== -1; at = buf.indexOf('PK\x01\x02', at + 46, 'binary')) {
    const nameLength = buf.readUInt16LE(at + 28);
    entries.push({
      name: buf.subarray(at + 46, at + 46 + nameLength).toString('utf8'),
      method: buf.readUInt16LE(at + 10),
      size: buf.readUInt32LE(at + 20),
      local: buf.readUInt32LE(at + 42),
    });
  }
  return entries;
}

/** Unpack `file` into the folder `into`; returns the file names written. */
export function unzip(file: string, into: string): string[] {
  const buf = readFileSync(file);
  const names: string[] = [];
  for (const { name, method, size, local } of zipEntries(buf)) {
    if (name.endsWith('/')) continue;
    const target = normalize(join(into, name));
    if (!target.startsWith(normalize(into))) throw new Error(`zip entry outside the folder: ${name}`);
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(dataAt, dataAt + size);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, method === 8 ? inflateRawSync(data) : data);
    names.push(name);
  }
  return names;
}
