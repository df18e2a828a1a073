import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createSettledAnnouncer } from "./settled-announcer";

describe("createSettledAnnouncer", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("says nothing while updates keep coming, then the last text once they pause", () => {
    const said: string[] = [];
    const a = createSettledAnnouncer(1000, (t) => said.push(t));
    for (const text of ["Revise, score 40", "Revise, score 45", "Ready to send, score 90"]) {
      a.update(text);
      vi.advanceTimersByTime(300);
    }
    expect(said).toEqual([]);
    vi.advanceTimersByTime(700);
    expect(said).toEqual(["Ready to send, score 90"]);
  });

  it("a keystroke that leaves the text as it is still restarts the wait", () => {
    const said: string[] = [];
    const a = createSettledAnnouncer(1000, (t) => said.push(t));
    a.update("Revise, score 62");
    vi.advanceTimersByTime(900);
    a.update("Revise, score 62");
    vi.advanceTimersByTime(900);
    expect(said).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(said).toEqual(["Revise, score 62"]);
  });

  it("says a text only when it differs from what was said last", () => {
    const said: string[] = [];
    const a = createSettledAnnouncer(1000, (t) => said.push(t));
    a.update("Revise, score 62");
    vi.advanceTimersByTime(1000);
    a.update("Revise, score 62");
    vi.advanceTimersByTime(1000);
    a.update("Revise, score 70");
    vi.advanceTimersByTime(400);
    a.update("Revise, score 62"); // back where it was before the pause: nothing new to say
    vi.advanceTimersByTime(1000);
    expect(said).toEqual(["Revise, score 62"]);
    a.update("");
    vi.advanceTimersByTime(1000);
    a.update("Revise, score 62");
    vi.advanceTimersByTime(1000);
    expect(said).toEqual(["Revise, score 62", "", "Revise, score 62"]);
  });

  it("says nothing after dispose", () => {
    const say = vi.fn();
    const a = createSettledAnnouncer(1000, say);
    a.update("Do not send, score 10");
    a.dispose();
    vi.advanceTimersByTime(5000);
    expect(say).not.toHaveBeenCalled();
  });
});
