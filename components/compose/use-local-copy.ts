"use client";

import { useEffect, useRef } from "react";

/**
 * A copy of the unsaved message in the browser's storage, so that text the leave guard cannot
 * protect is not lost: the browser's Back and Forward (the router swaps the page without asking),
 * a crash, a closed tab the browser did not ask about. It is written shortly after each change
 * while the text is unsaved, removed once it is saved, sent or discarded, and offered back when
 * the same member opens the same draft (or a new message) again.
 */

export interface LocalCopy {
  body: string;
  subject: string;
  savedAt: number;
}

const PREFIX = "ansprache:compose:";
/** A copy older than this is stale: the writer has moved on. */
const KEEP_DAYS = 14;

export function localCopyKey(memberId: string, draftId: string | null): string {
  return `${PREFIX}${memberId}:${draftId ?? "new"}`;
}

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null; // storage disabled: the page works without the copy
  }
}

export function readLocalCopy(key: string, now = Date.now()): LocalCopy | null {
  const store = storage();
  try {
    const raw = store?.getItem(key);
    if (!raw) return null;
    const copy = JSON.parse(raw) as Partial<LocalCopy>;
    if (typeof copy.body !== "string" || typeof copy.subject !== "string" || typeof copy.savedAt !== "number") throw new Error("not a copy");
    if (now - copy.savedAt > KEEP_DAYS * 86_400_000) throw new Error("stale");
    return { body: copy.body, subject: copy.subject, savedAt: copy.savedAt };
  } catch {
    // unreadable or stale: nothing to offer, and nothing to keep
    removeLocalCopy(key);
    return null;
  }
}

export function removeLocalCopy(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // nothing stored, nothing to remove
  }
}

/** Removes every member's copies from this browser: on signing out, so the next person at this computer finds none. */
export function removeAllLocalCopies(): void {
  const store = storage();
  if (!store) return;
  try {
    for (const key of Object.keys(store)) if (key.startsWith(PREFIX)) store.removeItem(key);
  } catch {
    // as above
  }
}

/**
 * Keeps the copy under `key` in step with the editor: written on every change while `unsaved`
 * (at once: a copy written after a pause would miss the last words typed before Back), removed
 * when not. When the key changes (the draft was saved under a new id), the copy under the old key
 * goes: the text now lives under the new one, or is saved.
 */
export function useLocalCopy(key: string, unsaved: boolean, text: { body: string; subject: string }): void {
  const previous = useRef(key);
  useEffect(() => {
    if (previous.current !== key) {
      removeLocalCopy(previous.current);
      previous.current = key;
    }
    if (!unsaved) return removeLocalCopy(key);
    try {
      storage()?.setItem(key, JSON.stringify({ body: text.body, subject: text.subject, savedAt: Date.now() } satisfies LocalCopy));
    } catch {
      // storage full or disabled: the leave guard still asks where it can
    }
  }, [key, unsaved, text.body, text.subject]);
}
