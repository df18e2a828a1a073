/**
 * For a live region: says a text once it has held still for `delayMs` (every `update`, a keystroke
 * say, starts the wait again) and only when it differs from what was said last, so a screen reader
 * hears the verdict when typing pauses and it has changed, not on every keystroke.
 */
export interface SettledAnnouncer {
  /** The text as it is now; "" for nothing to say (said as an emptied region, when it changes). */
  update(text: string): void;
  /** Stops a pending announcement. */
  dispose(): void;
}

export function createSettledAnnouncer(delayMs: number, say: (text: string) => void): SettledAnnouncer {
  let said = "";
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    update(text) {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (text === said) return;
        said = text;
        say(text);
      }, delayMs);
    },
    dispose() {
      clearTimeout(timer);
    },
  };
}
