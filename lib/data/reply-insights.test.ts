import { describe, expect, it } from "vitest";
import { MIN_SAMPLE, rate, wilson } from "./reply-insights";

describe("reply rates with honest intervals", () => {
  it("computes the Wilson 95% interval", () => {
    const { low, high } = wilson(20, 100);
    expect(low).toBeCloseTo(0.1333, 3);
    expect(high).toBeCloseTo(0.2888, 3);
    expect(wilson(0, 50).low).toBe(0);
    expect(wilson(0, 50).high).toBeGreaterThan(0.05);
  });
  it("says nothing below the minimum sample", () => {
    expect(rate(3, MIN_SAMPLE - 1)).toEqual({ n: MIN_SAMPLE - 1, replied: 3, rate: null, low: null, high: null });
    expect(rate(5, 25).rate).toBe(0.2);
  });
});
