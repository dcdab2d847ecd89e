import type { Headers } from './http.js';

export type RateResource = 'core' | 'search';

export interface RateLimits {
  core: number;
  search: number;
}

const WINDOW_SECONDS: Record<RateResource, number> = { core: 3600, search: 60 };

interface Window {
  resetAt: number;
  used: number;
}

/**
 * Counts requests per token and resource to fill the `x-ratelimit-*` headers.
 * It never refuses a request: exhaustion is emulated with a `primary-rate-limit` fault.
 */
export class RateCounter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly limits: RateLimits,
    private readonly now: () => Date,
  ) {}

  consume(key: string, resource: RateResource): Headers {
    const nowSeconds = Math.floor(this.now().getTime() / 1000);
    const id = `${resource}:${key}`;
    let window = this.windows.get(id);
    if (!window || window.resetAt <= nowSeconds) {
      window = { resetAt: nowSeconds + WINDOW_SECONDS[resource], used: 0 };
      this.windows.set(id, window);
    }
    window.used += 1;
    const limit = this.limits[resource];
    return {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(Math.max(0, limit - window.used)),
      'x-ratelimit-used': String(window.used),
      'x-ratelimit-reset': String(window.resetAt),
      'x-ratelimit-resource': resource,
    };
  }
}
