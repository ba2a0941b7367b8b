export type RateLimitResource = 'core' | 'graphql' | 'search';

export interface RateLimitSnapshot {
  resource: RateLimitResource;
  limit: number;
  remaining: number;
  used: number;
  /** Epoch seconds. */
  reset: number;
}

const LIMITS: Record<RateLimitResource, number> = { core: 5000, graphql: 5000, search: 30 };

/** Primary rate limits per account and resource, as GitHub counts them (REST: 1 a request; GraphQL: the query's cost). */
export class RateLimits {
  private readonly used = new Map<string, number>();
  private readonly reset = Math.floor(Date.now() / 1000) + 3600;

  /** Spends `cost` points; `exceeded` when fewer than that were left (nothing is spent then). */
  take(key: string, resource: RateLimitResource, cost: number): RateLimitSnapshot & { exceeded: boolean } {
    const before = this.peek(key, resource);
    if (before.remaining < cost) return { ...before, exceeded: true };
    this.used.set(`${key}:${resource}`, before.used + cost);
    return { ...this.peek(key, resource), exceeded: false };
  }

  peek(key: string, resource: RateLimitResource): RateLimitSnapshot {
    const limit = LIMITS[resource];
    const used = this.used.get(`${key}:${resource}`) ?? 0;
    return { resource, limit, remaining: Math.max(0, limit - used), used, reset: this.reset };
  }

  /** Sets what is left for an account (the login), e.g. to test an exhausted budget. */
  setRemaining(key: string, resource: RateLimitResource, remaining: number): void {
    this.used.set(`${key}:${resource}`, LIMITS[resource] - remaining);
  }
}

/** The `x-ratelimit-*` headers GitHub sends with every API answer. */
export function rateLimitHeaders(snapshot: RateLimitSnapshot): Record<string, string> {
  return {
    'x-ratelimit-limit': String(snapshot.limit),
    'x-ratelimit-remaining': String(snapshot.remaining),
    'x-ratelimit-reset': String(snapshot.reset),
    'x-ratelimit-used': String(snapshot.used),
    'x-ratelimit-resource': snapshot.resource,
  };
}
