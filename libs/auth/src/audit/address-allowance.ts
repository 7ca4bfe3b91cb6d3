import { LRUCache } from 'lru-cache';

/** Addresses tracked at once (the least recently seen are dropped first). */
const MAX_ADDRESSES = 10_000;
const WINDOW_MS = 60_000;

interface Window {
  startedAt: number;
  admitted: number;
  suppressed: number;
}

/** Whether to write an entry, and how many this address had left out in its previous minute. */
export interface Admission {
  record: boolean;
  suppressedBefore: number;
}

/**
 * Caps the audit entries of callers without an identity: at most `perMinute` per client address per minute, and
 * `perMinute × 50` in all (many addresses at once), so a flood of anonymous or bad-token requests cannot fill the
 * audit log. What is left out is counted and reported on the address's first entry of a later minute.
 */
export class AddressAllowance {
  private readonly windows = new LRUCache<string, Window>({ max: MAX_ADDRESSES });
  private total: Window;

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {
    this.total = { startedAt: now(), admitted: 0, suppressed: 0 };
  }

  admit(address: string): Admission {
    const at = this.now();
    if (at - this.total.startedAt >= WINDOW_MS) this.total = { startedAt: at, admitted: 0, suppressed: 0 };
    let window = this.windows.get(address);
    let suppressedBefore = 0;
    if (!window || at - window.startedAt >= WINDOW_MS) {
      suppressedBefore = window?.suppressed ?? 0;
      window = { startedAt: at, admitted: 0, suppressed: 0 };
      this.windows.set(address, window);
    }
    if (window.admitted >= this.perMinute || this.total.admitted >= this.perMinute * 50) {
      window.suppressed += 1 + suppressedBefore;
      return { record: false, suppressedBefore: 0 };
    }
    window.admitted++;
    this.total.admitted++;
    return { record: true, suppressedBefore };
  }
}
