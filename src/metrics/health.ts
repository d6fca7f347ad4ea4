import type { SitrepMetrics } from './metrics.ts';

/** A plain HTTP answer, independent of the server that sends it (Bolt's receiver or node:http). */
export interface HttpAnswer {
  status: number;
  contentType: string;
  body: string;
}

export interface HttpRoute {
  path: string;
  answer(): Promise<HttpAnswer>;
}

export interface HealthChecks {
  /** The index is loaded (the first load finished). */
  indexLoaded(): boolean;
  /** The store answers (PostgreSQL reachable); always true for SQLite. */
  storeReachable(): boolean;
  /** Replica id when the store is shared, for operators. */
  replica?: number;
}

/**
 * `GET /healthz`: 200 `{"status":"ok",…}` once the index is loaded and the store reachable,
 * else 503 with the failing check, so a load balancer only sends traffic to a ready replica.
 * `GET /metrics`: the Prometheus text format.
 */
export function healthRoutes(checks: HealthChecks, metrics: SitrepMetrics): HttpRoute[] {
  return [
    {
      path: '/healthz',
      async answer() {
        const index = checks.indexLoaded();
        const store = checks.storeReachable();
        const ok = index && store;
        const body = {
          status: ok ? 'ok' : 'unavailable',
          index: index ? 'loaded' : 'loading',
          store: store ? 'reachable' : 'unreachable',
          ...(checks.replica !== undefined ? { replica: checks.replica } : {}),
        };
        return { status: ok ? 200 : 503, contentType: 'application/json', body: JSON.stringify(body) };
      },
    },
    {
      path: '/metrics',
      async answer() {
        return {
          status: 200,
          contentType: metrics.registry.contentType,
          body: await metrics.registry.metrics(),
        };
      },
    },
  ];
}
