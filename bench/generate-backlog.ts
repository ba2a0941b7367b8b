import type { BacklogItem } from '../src/core/backlog/backlog-item.js';
import type { Expansion } from '../src/core/expand/expansion.js';
import { Random } from './random.js';

const clauses = [
  'someone else logging in as me',
  'my card details being stolen',
  'other customers seeing my orders',
  'the shop going down on launch day',
  'anyone changing the price I pay',
  'my address leaking to third parties',
];

/**
 * A synthetic backlog of `count` items for an expanded model: stories with and without WITHOUT
 * clauses, tasks that name mitigations (and a few typos), links both ways, milestones, closed and
 * open items. Deterministic from the seed.
 */
export function generateBacklog(count: number, expansion: Expansion, seed = 1): BacklogItem[] {
  const random = new Random(seed);
  const threats = expansion.threats.map((t) => t.id);
  const mitigations = expansion.mitigations.map((m) => m.id);
  return Array.from({ length: count }, (_, i): BacklogItem => {
    const id = `#${i + 1}`;
    const milestone = random.chance(0.7) ? `Sprint ${10 + random.int(8)}` : undefined;
    const status = random.chance(0.6) ? 'open' : random.chance(0.9) ? 'done' : 'wont-do';
    const story = random.chance(0.35);
    const labels: string[] = [];
    let title: string;
    let body: string;
    if (story) {
      title = `As a shopper I want feature ${i} so that I save time`;
      body = random.chance(0.7)
        ? `Acceptance: works on mobile, WITHOUT ${random.pick(clauses)}.`
        : 'Plain story without a clause.';
      if (threats.length > 0 && random.chance(0.6)) labels.push(`threat:${random.pick(threats)}`);
    } else {
      const mitigation = mitigations.length > 0 ? random.pick(mitigations) : 'M-TLS';
      title = `Implement ${random.chance(0.02) ? `${mitigation}X` : mitigation} for service ${random.int(500)}`;
      body = `Tracks ${mitigation}.\n\nDetails follow in the design doc; see also #${1 + random.int(count)}.`;
      if (random.chance(0.5)) labels.push(`mitigation:${mitigation}`);
    }
    const item: BacklogItem = {
      id,
      title,
      body,
      status,
      labels,
      type: story ? 'story' : 'task',
      url: `https://github.com/bench/shop/issues/${i + 1}`,
      links: [],
    };
    if (milestone !== undefined) item.milestone = milestone;
    return item;
  });
}
