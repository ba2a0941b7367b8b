import type { FindingCounts } from '../../../core/findings/count-findings.js';

const countsPattern = /<!-- threat-align-counts: (\{[^<>]*\}) -->/;

/** The hidden line that records this audit's counts for the next one. */
export function countsRecord(counts: FindingCounts, date: string): string {
  return `<!-- threat-align-counts: ${JSON.stringify({ date, ...counts })} -->`;
}

/** The counts a previous audit recorded in its issue body, if it did. */
export function readCountsRecord(body: string): (FindingCounts & { date?: string }) | undefined {
  const match = countsPattern.exec(body);
  if (match?.[1] === undefined) return undefined;
  try {
    const parsed = JSON.parse(match[1]) as Record<string, unknown>;
    const number = (key: string): number => (typeof parsed[key] === 'number' ? parsed[key] : 0);
    return {
      error: number('error'),
      warning: number('warning'),
      note: number('note'),
      total: number('total'),
      ...(typeof parsed.date === 'string' ? { date: parsed.date } : {}),
    };
  } catch {
    return undefined;
  }
}

/** One line: each severity's count now, and the change since the previous audit. */
export function trendLine(
  now: FindingCounts,
  previous: (FindingCounts & { date?: string }) | undefined,
): string {
  if (previous === undefined) return '**Trend:** first audit — no previous counts to compare with.';
  const parts = (['error', 'warning', 'note', 'total'] as const).map((key) => {
    const change = now[key] - previous[key];
    const sign = change > 0 ? `+${change}` : change < 0 ? `−${-change}` : '±0';
    return `${key === 'total' ? 'total' : `${key}s`} ${previous[key]} → ${now[key]} (${sign})`;
  });
  const since = previous.date === undefined ? 'the previous audit' : `the previous audit (${previous.date})`;
  return `**Trend since ${since}:** ${parts.join(' · ')}`;
}
