/**
 * A pointer made stable for fingerprints: every array index whose element has an `id` (or, for
 * story links, a `backlog` reference) is replaced by that id, so `/components/7/data/0` becomes
 * `/components/orders-db/data/0`. Inserting an unrelated element then changes no fingerprint.
 */
export function stablePath(value: unknown, pointer: string): string {
  if (pointer === '') return '';
  let current: unknown = value;
  const out: string[] = [];
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current) && /^\d+$/.test(key)) {
      const element: unknown = current[Number(key)];
      out.push(identify(element) ?? key);
      current = element;
    } else {
      out.push(raw);
      current = isRecord(current) && Object.hasOwn(current, key) ? current[key] : undefined;
    }
  }
  return `/${out.join('/')}`;
}

function identify(element: unknown): string | undefined {
  if (!isRecord(element)) return undefined;
  const id = element.id ?? element.backlog;
  return typeof id === 'string' ? `[${id.replace(/~/g, '~0').replace(/\//g, '~1')}]` : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
