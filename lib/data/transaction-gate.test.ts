import { describe, expect, it } from "vitest";
import { TransactionGate } from "./transaction-gate";

describe("TransactionGate", () => {
  it("runs at most `limit` at once, in arrival order, and passes errors through", async () => {
    const gate = new TransactionGate(2);
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    const task = (i: number) =>
      gate.run(async () => {
        running++;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 5));
        order.push(i);
        running--;
        if (i === 3) throw new Error("boom");
        return i;
      });
    const results = await Promise.allSettled([0, 1, 2, 3, 4, 5].map(task));
    expect(peak).toBe(2);
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(1);
    expect(order.indexOf(0)).toBeLessThan(order.indexOf(4));
    expect(await gate.run(async () => "free again")).toBe("free again");
  });
});
