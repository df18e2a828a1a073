import type { BreakerOptions } from "./config";

export type BreakerState = "closed" | "open" | "half-open";

/**
 * A circuit breaker: after `failureThreshold` consecutive failures the circuit opens and calls
 * are refused at once (no waiting on a dead endpoint); after `cooldownMs` one trial call may pass
 * (half-open): its success closes the circuit, its failure opens it for another cooldown.
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt = 0;
  private trialInFlight = false;
  private current: BreakerState = "closed";

  constructor(
    private readonly options: BreakerOptions,
    private readonly now: () => number = Date.now,
  ) {}

  get state(): BreakerState {
    return this.current;
  }

  /** Whether a call may go out now. In half-open, only one trial at a time. */
  allow(): boolean {
    if (this.current === "closed") return true;
    if (this.current === "open") {
      if (this.now() - this.openedAt < this.options.cooldownMs) return false;
      this.current = "half-open";
      this.trialInFlight = false;
    }
    if (this.trialInFlight) return false;
    this.trialInFlight = true;
    return true;
  }

  success(): void {
    this.current = "closed";
    this.failures = 0;
    this.trialInFlight = false;
  }

  failure(): void {
    this.trialInFlight = false;
    if (this.current === "half-open") return this.open();
    this.failures++;
    if (this.failures >= this.options.failureThreshold) this.open();
  }

  /** A call that ended without a verdict on the endpoint (cancelled by the caller): the trial slot is free again. */
  release(): void {
    this.trialInFlight = false;
  }

  private open(): void {
    this.current = "open";
    this.openedAt = this.now();
    this.failures = 0;
  }
}
