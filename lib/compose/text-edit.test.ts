import { describe, expect, it } from "vitest";
import { mapRange, textEdit } from "./text-edit";

describe("textEdit", () => {
  it("is null for equal texts", () => {
    expect(textEdit("Hi Anna", "Hi Anna")).toBeNull();
  });

  it("finds an insertion, a deletion and a replacement", () => {
    expect(textEdit("Hi Anna", "Hi dear Anna")).toEqual({ start: 3, oldEnd: 3, newEnd: 8 });
    expect(textEdit("Hi dear Anna", "Hi Anna")).toEqual({ start: 3, oldEnd: 8, newEnd: 3 });
    expect(textEdit("Hi Anna, hello", "Hi Jana, hello")).toEqual({ start: 3, oldEnd: 5, newEnd: 5 });
    expect(textEdit("", "Hi")).toEqual({ start: 0, oldEnd: 0, newEnd: 2 });
    expect(textEdit("Hi", "")).toEqual({ start: 0, oldEnd: 2, newEnd: 0 });
  });

  it("lets prefix and suffix not overlap when a repeated letter is typed", () => {
    // "aa" → "aaa": one "a" was added somewhere; the edit covers one character in the new text
    const edit = textEdit("xaay", "xaaay")!;
    expect(edit.newEnd - edit.start - (edit.oldEnd - edit.start)).toBe(1);
    expect(edit.start).toBeLessThanOrEqual(edit.oldEnd);
  });

  it("never cuts a surrogate pair in two", () => {
    // 😀 and 😁 share their high surrogate; 😀 and 🙀 share nothing at the end but are both pairs
    expect(textEdit("a😀b", "a😁b")).toEqual({ start: 1, oldEnd: 3, newEnd: 3 });
    expect(textEdit("a\u{1F600}", "a\u{1F700}")).toEqual({ start: 1, oldEnd: 3, newEnd: 3 });
    // a low surrogate shared at the end, high surrogates differ: the suffix does not start inside the pair
    expect(textEdit("\uD83D\uDE00x", "\uD83E\uDE00x")).toEqual({ start: 0, oldEnd: 2, newEnd: 2 });
  });
});

describe("mapRange", () => {
  const before = "Hi {{first_name}}, see bit.ly/3abcd today";
  const placeholder = { start: 3, end: 17 };
  const link = { start: 23, end: 35 };

  it("keeps ranges as they are when nothing changed", () => {
    expect(mapRange(link, textEdit(before, before))).toBe(link);
  });

  it("shifts ranges after the edit by the change in length, keeps those before it, drops those it touches", () => {
    const after = before.replace("see", "look at");
    const edit = textEdit(before, after);
    expect(mapRange(placeholder, edit)).toEqual(placeholder);
    const moved = mapRange(link, edit)!;
    expect(after.slice(moved.start, moved.end)).toBe("bit.ly/3abcd");
    const typedInto = before.replace("bit.ly", "bit.ly.x");
    expect(mapRange(link, textEdit(before, typedInto))).toBeNull();
    expect(mapRange(placeholder, textEdit(before, typedInto))).toEqual(placeholder);
  });

  it("keeps a range that ends where the edit starts or starts where it ends", () => {
    // typing right after the placeholder, and right before the link
    expect(mapRange(placeholder, textEdit(before, before.slice(0, 17) + "!" + before.slice(17)))).toEqual(placeholder);
    const inserted = before.slice(0, 23) + "> " + before.slice(23);
    const moved = mapRange(link, textEdit(before, inserted))!;
    expect(inserted.slice(moved.start, moved.end)).toBe("bit.ly/3abcd");
  });

  it("drops an empty range (an insertion point) inside the edited stretch", () => {
    expect(mapRange({ start: 20, end: 20 }, textEdit(before, before.replace("see", "read")))).toBeNull();
  });

  it("keeps other fields", () => {
    const fix = { start: 3, end: 17, text: "Anna" };
    const after = "Hello " + before.slice(3);
    expect(mapRange(fix, textEdit(before, after))).toEqual({ start: 6, end: 20, text: "Anna" });
  });
});
