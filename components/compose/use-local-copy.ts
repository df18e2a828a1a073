"use client";

import { useEffect, useRef } from "react";

/**
 * A copy of the unsaved message in the browser's storage, so that text the leave guard cannot
 * protect is not lost: the browser's Back and Forward (the router swaps the page without asking),
 * a crash, a closed tab the browser did not ask about. It is written on each change while the text
 * is unsaved, removed once it is saved, sent or discarded, and offered back when the same member
 * opens the same draft (or a new message to the same prospect) again.
 */

export interface LocalCopy {
  body: string;
  subject: string;
  channel: string;
  account: string;
  language: string;
  /** The saved text the copy started from: if the saved draft has changed since, the page says so. */
  base: { body: string; subject: string };
  savedAt: number;
}

const PREFIX = "ansprache:compose:";
/** A copy older than this is stale: the writer has moved on. */
const KEEP_DAYS = 14;
const DAY = 86_400_000;

/** A draft's copy, or a new message's for its prospect: a new message to Max never offers Lena's text. */
export function localCopyKey(memberId: string, draftId: string | null, prospectId: string | null): string {
  return `${PREFIX}${memberId}:${draftId ?? `new:${prospectId ?? "none"}`}`;
}

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null; // storage disabled: the page works without the copy
  }
}

function parse(raw: string, now: number): LocalCopy | null {
  try {
    const copy = JSON.parse(raw) as Partial<LocalCopy>;
    const strings = [copy.body, copy.subject, copy.channel, copy.account, copy.language, copy.base?.body, copy.base?.subject];
    if (strings.some((s) => typeof s !== "string") || typeof copy.savedAt !== "number" || now - copy.savedAt > KEEP_DAYS * DAY) return null;
    return copy as LocalCopy;
  } catch {
    return null;
  }
}

export function readLocalCopy(key: string, now = Date.now()): LocalCopy | null {
  try {
    const raw = storage()?.getItem(key);
    return raw ? parse(raw, now) : null;
  } catch {
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

/** Removes the copies that are stale or unreadable (a draft deleted elsewhere, a member long gone): no message text lingers. */
export function sweepLocalCopies(now = Date.now()): void {
  const store = storage();
  if (!store) return;
  try {
    for (const key of Object.keys(store)) {
      if (key.startsWith(PREFIX) && !parse(store.getItem(key) ?? "", now)) store.removeItem(key);
    }
  } catch {
    // storage went away: nothing to sweep
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
 * when not. When the key changes (the draft was saved under a new id, or a new message moved to
 * another prospect), the copy under the old key goes: the text now lives under the new one.
 */
export function useLocalCopy(key: string, unsaved: boolean, copy: Omit<LocalCopy, "savedAt">): void {
  const previous = useRef(key);
  // the copy's content as the effect's dependency: a new object each render must not rewrite it
  const json = JSON.stringify(copy);
  useEffect(() => {
    if (previous.current !== key) {
      removeLocalCopy(previous.current);
      previous.current = key;
    }
    if (!unsaved) return removeLocalCopy(key);
    try {
      storage()?.setItem(key, JSON.stringify({ ...copy, savedAt: Date.now() }));
    } catch {
      // storage full or disabled: the leave guard still asks where it can
    }
  }, [key, unsaved, json]);
}
