import { describe, expect, it } from "vitest";
import { strToU8, Zip, ZipDeflate, ZipPassThrough, zipSync } from "fflate";
import { MAX_ENTRIES, unzipEntry, zipEntries, ZipError } from "./zip";

async function unzipAll(data: Uint8Array): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of zipEntries(data)) out[e.name] = new TextDecoder().decode(await unzipEntry(data, e));
  return out;
}

/** A ZIP written piece by piece, as streaming writers do: sizes in a data descriptor after each file. */
function streamedZip(files: Record<string, string>, deflate: boolean): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    chunks.push(chunk);
  });
  for (const [name, text] of Object.entries(files)) {
    const file = deflate ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
    zip.add(file);
    file.push(strToU8(text), true);
  }
  zip.end();
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const c of chunks) all.set(c, (at += c.byteLength) - c.byteLength);
  return all;
}

/** A one-file ZIP64 archive, stored: every size and offset in the ZIP64 records only. */
function zip64(name: string, text: string): Uint8Array {
  const nameBytes = strToU8(name);
  const content = strToU8(text);
  const bytes: number[] = [];
  const u16 = (v: number) => bytes.push(v & 0xff, (v >>> 8) & 0xff);
  const u32 = (v: number) => (u16(v & 0xffff), u16(v >>> 16));
  const u64 = (v: number) => (u32(v), u32(0));
  const put = (b: Uint8Array) => bytes.push(...b);
  // local header with a ZIP64 extra field (sizes)
  u32(0x04034b50), u16(45), u16(0x800), u16(0), u16(0), u16(0), u32(0), u32(0xffffffff), u32(0xffffffff), u16(nameBytes.length), u16(20);
  put(nameBytes), u16(1), u16(16), u64(content.length), u64(content.length);
  put(content);
  const directory = bytes.length;
  // central directory entry: size, compressed size and offset all in the extra field
  u32(0x02014b50), u16(45), u16(45), u16(0x800), u16(0), u16(0), u16(0), u32(0), u32(0xffffffff), u32(0xffffffff);
  u16(nameBytes.length), u16(28), u16(0), u16(0), u16(0), u32(0), u32(0xffffffff);
  put(nameBytes), u16(1), u16(24), u64(content.length), u64(content.length), u64(0);
  const directorySize = bytes.length - directory;
  const end64 = bytes.length;
  u32(0x06064b50), u64(44), u16(45), u16(45), u32(0), u32(0), u64(1), u64(1), u64(directorySize), u64(directory);
  u32(0x07064b50), u32(0), u64(end64), u32(1);
  u32(0x06054b50), u16(0), u16(0), u16(0xffff), u16(0xffff), u32(0xffffffff), u32(0xffffffff), u16(0);
  return Uint8Array.from(bytes);
}

describe("zip", () => {
  const files = { "Connections.csv": "First Name,Last Name\nJörg,Weiß\n", "Basic/messages.csv": "CONVERSATION ID,CONTENT\nc-1,\"Hallo Jörg, grüß dich\"\n", "empty.csv": "" };

  it("reads stored and deflated files, folders, UTF-8 names and an archive comment", async () => {
    expect(await unzipAll(zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])), { level: 9 }))).toEqual(files);
    expect(await unzipAll(zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])), { level: 0 }))).toEqual(files);
    expect(await unzipAll(zipSync({ "Übersicht.csv": strToU8("ä,ö\n") }))).toEqual({ "Übersicht.csv": "ä,ö\n" });
    // a comment on the file, and one on the archive after its end record
    const base = zipSync({ "a.csv": [strToU8("x\n"), { comment: "first file" }] });
    const comment = strToU8("LinkedIn export, PK\u0005\u0006 inside");
    const commented = new Uint8Array(base.byteLength + comment.byteLength);
    commented.set(base);
    commented.set(comment, base.byteLength);
    commented[base.byteLength - 2] = comment.byteLength;
    expect(await unzipAll(commented)).toEqual({ "a.csv": "x\n" });
  });

  it("reads an archive with bytes after its end record, and an empty file stored without deflate data", async () => {
    const base = zipSync({ "a.csv": strToU8("x\n") });
    const padded = new Uint8Array(base.byteLength + 4);
    padded.set(base);
    expect(await unzipAll(padded)).toEqual({ "a.csv": "x\n" });
    const [entry] = zipEntries(base);
    expect(await unzipEntry(base, { ...entry, method: 8, size: 0, compressedSize: 0 })).toEqual(new Uint8Array(0));
  });

  it("refuses a directory that lists more files than any LinkedIn export has, before reading them", () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i <= MAX_ENTRIES; i++) files[`f${i}.csv`] = new Uint8Array(0);
    expect(() => zipEntries(zipSync(files, { level: 0 }))).toThrow(/at most/);
  });

  it("reads archives written as a stream, with the sizes after each file", async () => {
    expect(await unzipAll(streamedZip(files, true))).toEqual(files);
    expect(await unzipAll(streamedZip(files, false))).toEqual(files);
  });

  it("reads ZIP64 sizes and offsets", async () => {
    const data = zip64("messages.csv", "CONVERSATION ID,CONTENT\nc-1,Hi\n");
    expect(zipEntries(data)).toMatchObject([{ name: "messages.csv", size: 31, compressedSize: 31, headerOffset: 0, method: 0 }]);
    expect(await unzipAll(data)).toEqual({ "messages.csv": "CONVERSATION ID,CONTENT\nc-1,Hi\n" });
  });

  it("refuses a file that unpacks to more than its directory entry declares", async () => {
    const data = zipSync({ "messages.csv": new Uint8Array(100_000).fill(0x41) });
    const [entry] = zipEntries(data);
    expect(entry.size).toBe(100_000);
    // the caller's limits count declared sizes: a smaller declaration must not let more through
    await expect(unzipEntry(data, { ...entry, size: 1_000 })).rejects.toThrow(ZipError);
    await expect(unzipEntry(data, { ...entry, size: 200_000 })).rejects.toThrow(ZipError);
    expect((await unzipEntry(data, entry)).byteLength).toBe(100_000);
  });

  it("refuses what is not a whole ZIP archive, never crashes", async () => {
    const good = zipSync({ "a.csv": strToU8("x,y\n".repeat(1_000)) });
    expect(() => zipEntries(new Uint8Array([0x50, 0x4b, 3, 4]))).toThrow(ZipError);
    expect(() => zipEntries(good.subarray(0, good.byteLength - 5))).toThrow(ZipError);
    // the directory intact, the file's data cut short or garbled
    const cut = good.slice();
    cut.fill(0xff, 40, 60);
    const [entry] = zipEntries(cut);
    await expect(unzipEntry(cut, entry)).rejects.toThrow(ZipError);
    const encrypted = good.slice();
    const [plain] = zipEntries(encrypted);
    await expect(unzipEntry(encrypted, { ...plain, encrypted: true })).rejects.toThrow(ZipError);
    await expect(unzipEntry(encrypted, { ...plain, method: 12 })).rejects.toThrow(ZipError);
  });

  it("unpacks off the server's thread: the event loop keeps turning while a large file inflates", async () => {
    const data = zipSync({ "messages.csv": strToU8("c-1,Hi there,2026-01-05\n".repeat(1_500_000)) }, { level: 6 });
    const [entry] = zipEntries(data);
    let turns = 0;
    let spinning = true;
    const spin = () => {
      if (!spinning) return;
      turns++;
      setImmediate(spin);
    };
    setImmediate(spin);
    const out = await unzipEntry(data, entry);
    spinning = false;
    expect(out.byteLength).toBe(entry.size);
    // inflated on the main thread, no turn would happen until it is done
    expect(turns).toBeGreaterThan(0);
  });
});
