/** A per-network rate limiter: `rate` tokens a second, bursting to one second's worth. */
export class TokenBucket {
  private tokens: number;
  private last: number;
  constructor(
    private rate: number,
    now = Date.now(),
  ) {
    this.tokens = rate;
    this.last = now;
  }
  setRate(rate: number) {
    this.rate = rate;
    this.tokens = Math.min(this.tokens, rate);
  }
  private refill(now: number) {
    this.tokens = Math.min(this.rate, this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
  }
  /** Whole tokens available now. */
  available(now = Date.now()): number {
    this.refill(now);
    return Math.floor(this.tokens);
  }
  /** Returns a token taken by `take` that was not used after all. */
  refund() {
    this.tokens += 1;
  }
  /** Takes one token, returning how many ms to wait first (0 when one is available now). */
  take(now = Date.now()): number {
    this.refill(now);
    this.tokens -= 1;
    return this.tokens >= 0 ? 0 : Math.ceil((-this.tokens / this.rate) * 1000);
  }
}
