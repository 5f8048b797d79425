/** How much one process keeps: the JSON text of the answers (a fair measure of their size in memory). */
export interface ReportCacheLimits {
  maxBytes: number;
  maxEntries: number;
}

/**
 * 16 MB of JSON: a country's full report is about 1.3 MB, a province's or a summary a few KB, so this
 * holds every province and the country at once while an idle process stays small.
 */
const defaultReportCacheLimits: ReportCacheLimits = { maxBytes: 16 * 1024 * 1024, maxEntries: 500 };

interface Entry {
  version: number;
  value: unknown;
  bytes: number;
  expiresAt: number;
}

/**
 * Report answers by key (scope, day, parameters), each valid for one value of the change counter
 * (report-version.ts) and at most until its time to live: a least-recently-used map bounded by
 * entries and by bytes. Concurrent misses of one key and version share one computation, so ten people
 * opening the country's page after a change cost one roll-up, not ten.
 *
 * Answers are shared between requests: callers must not mutate them.
 */
export class ReportCache {
  /** A Map iterates in insertion order: re-inserting on a hit keeps the least recently used first. */
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Promise<unknown>>();
  private bytes = 0;

  constructor(
    private readonly limits: ReportCacheLimits = defaultReportCacheLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The answer stored under `key` for `version`, else `compute()`'s, stored under `version`. The
   * caller reads the version BEFORE computing: the answer then holds at least every change that
   * version counts, so a later reader seeing the same version gets nothing older than it would compute.
   */
  async get<T>(key: string, version: number, ttlMs: number, compute: () => Promise<T>): Promise<T> {
    const entry = this.entries.get(key);
    if (entry && entry.version === version && entry.expiresAt > this.now()) {
      this.entries.delete(key);
      this.entries.set(key, entry);
      return entry.value as T;
    }
    const flightKey = `${version}\u0000${key}`;
    const running = this.inFlight.get(flightKey);
    if (running) return running as Promise<T>;
    const computing = compute().then((value) => {
      this.store(key, version, ttlMs, value);
      return value;
    });
    this.inFlight.set(flightKey, computing);
    try {
      return await computing;
    } finally {
      this.inFlight.delete(flightKey);
    }
  }

  /** What the cache holds now (for tests and the documentation's numbers). */
  stats(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private store(key: string, version: number, ttlMs: number, value: unknown): void {
    const current = this.entries.get(key);
    // A slow computation for an older version never replaces a newer answer.
    if (current && current.version > version) return;
    const bytes = JSON.stringify(value).length;
    // One answer larger than a quarter of the budget would evict everything else: it is not kept.
    if (bytes > this.limits.maxBytes / 4) return;
    if (current) this.remove(key, current);
    this.entries.set(key, { version, value, bytes, expiresAt: this.now() + ttlMs });
    this.bytes += bytes;
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.limits.maxBytes && this.entries.size <= this.limits.maxEntries) break;
      this.remove(oldest, old);
    }
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}
