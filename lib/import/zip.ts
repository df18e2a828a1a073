import { inflateRaw } from "node:zlib";
import { promisify } from "node:util";

/**
 * Reading a ZIP archive without blocking the server. An archive can unpack to hundreds of
 * megabytes; inflating that in JavaScript on the server's one thread held up every other
 * request for seconds. Here the central directory (a few kilobytes) is read in JavaScript and
 * each wanted file is inflated by Node's zlib on its thread pool.
 *
 * Supported: stored and deflated files, ZIP64 sizes and offsets. Encrypted files and other
 * compression methods are refused.
 */

const inflate = promisify(inflateRaw);

export class ZipError extends Error {}

export interface ZipEntry {
  name: string;
  /** The size the central directory declares for the unpacked file. */
  size: number;
  compressedSize: number;
  method: number;
  encrypted: boolean;
  /** Where the file's local header starts. */
  headerOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const UTF8_NAME = 0x800;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;
const INFLATE_CHUNK = 1 << 20;
/**
 * The most entries a central directory may list. A LinkedIn export has a few dozen files; a crafted
 * archive listing millions (all pointing at one tiny file) kept the server busy for seconds to minutes.
 */
export const MAX_ENTRIES = 10_000;

function reader(data: Uint8Array) {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const need = (at: number, length: number) => {
    if (at < 0 || at + length > data.byteLength) throw new ZipError("The archive ends early.");
  };
  return {
    u16: (at: number) => (need(at, 2), view.getUint16(at, true)),
    u32: (at: number) => (need(at, 4), view.getUint32(at, true)),
    u64: (at: number) => {
      need(at, 8);
      const value = view.getBigUint64(at, true);
      if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipError("A size in the archive is too large.");
      return Number(value);
    },
  };
}

/** The files the archive's central directory lists, in its order. */
export function zipEntries(data: Uint8Array): ZipEntry[] {
  const { u16, u32, u64 } = reader(data);
  // the end record is the last 22 bytes, unless a comment (at most 65,535 bytes) follows it: the record
  // whose comment ends the file, else (bytes some tools append after it) the last whose comment fits
  const findEnd = (fits: (commentEnd: number) => boolean) => {
    for (let at = data.byteLength - 22; at >= Math.max(0, data.byteLength - 22 - MAX16); at--) {
      if (u32(at) === END_OF_DIRECTORY && fits(at + 22 + u16(at + 20))) return at;
    }
    return -1;
  };
  let end = findEnd((commentEnd) => commentEnd === data.byteLength);
  if (end === -1) end = findEnd((commentEnd) => commentEnd <= data.byteLength);
  if (end === -1) throw new ZipError("The archive has no central directory.");
  let count = u16(end + 10);
  let directory = u32(end + 16);
  if (count === MAX16 || directory === MAX32) {
    const locator = end - 20;
    if (locator < 0 || u32(locator) !== ZIP64_LOCATOR) throw new ZipError("The archive's ZIP64 record is missing.");
    const end64 = u64(locator + 8);
    if (u32(end64) !== ZIP64_END_OF_DIRECTORY) throw new ZipError("The archive's ZIP64 record is damaged.");
    count = u64(end64 + 32);
    directory = u64(end64 + 48);
  }
  if (count > MAX_ENTRIES) throw new ZipError(`The archive lists ${count} files; at most ${MAX_ENTRIES} are read.`);
  const entries: ZipEntry[] = [];
  const utf8 = new TextDecoder("utf-8");
  const latin1 = new TextDecoder("latin1");
  let at = directory;
  for (let i = 0; i < count; i++) {
    if (u32(at) !== DIRECTORY_ENTRY) throw new ZipError("The archive's central directory is damaged.");
    const flags = u16(at + 8);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const nameBytes = data.subarray(at + 46, at + 46 + nameLength);
    if (nameBytes.byteLength !== nameLength) throw new ZipError("The archive ends early.");
    let compressedSize = u32(at + 20);
    let size = u32(at + 24);
    let headerOffset = u32(at + 42);
    // a ZIP64 extra field holds, in this order, those of the three that did not fit in 32 bits
    for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength; x += 4 + u16(x + 2)) {
      if (u16(x) !== 0x0001) continue;
      let field = x + 4;
      if (size === MAX32) (size = u64(field)), (field += 8);
      if (compressedSize === MAX32) (compressedSize = u64(field)), (field += 8);
      if (headerOffset === MAX32) headerOffset = u64(field);
    }
    entries.push({
      // names not flagged UTF-8 are in the old DOS code page; latin1 reads their ASCII alike
      name: (flags & UTF8_NAME ? utf8 : latin1).decode(nameBytes),
      size,
      compressedSize,
      method: u16(at + 10),
      encrypted: (flags & 1) === 1,
      headerOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * The unpacked bytes of one entry. A file that unpacks to more than the directory declares is
 * refused when it gets there: the declared sizes are what the caller's limits count.
 */
export async function unzipEntry(data: Uint8Array, entry: ZipEntry): Promise<Uint8Array> {
  if (entry.encrypted) throw new ZipError(`${entry.name} is encrypted.`);
  const { u16, u32 } = reader(data);
  if (u32(entry.headerOffset) !== LOCAL_HEADER) throw new ZipError(`${entry.name}: damaged header.`);
  const start = entry.headerOffset + 30 + u16(entry.headerOffset + 26) + u16(entry.headerOffset + 28);
  const packed = data.subarray(start, start + entry.compressedSize);
  if (packed.byteLength !== entry.compressedSize) throw new ZipError("The archive ends early.");
  if (entry.method === STORED) {
    if (entry.compressedSize !== entry.size) throw new ZipError(`${entry.name}: sizes disagree.`);
    return packed;
  }
  if (entry.method !== DEFLATED) throw new ZipError(`${entry.name}: unsupported compression (${entry.method}).`);
  // an empty file: some writers store no deflate data at all for it
  if (entry.size === 0) return new Uint8Array(0);
  try {
    // one byte more than declared is room enough to notice a lie; chunks of a megabyte, as the
    // default 16 KB made the thread pool hand back every piece and took four times as long
    const out = await inflate(packed, { maxOutputLength: Math.max(1, entry.size + 1), chunkSize: INFLATE_CHUNK });
    if (out.byteLength !== entry.size) throw new ZipError(`${entry.name}: unpacks to another size than declared.`);
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  } catch (e) {
    if (e instanceof ZipError) throw e;
    throw new ZipError(`${entry.name} cannot be unpacked.`);
  }
}
