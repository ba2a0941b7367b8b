import type { ThreatModel } from '../model/threat-model.js';
import { contentWords } from './suggest-threat-types.js';

/** Words that say "data" without saying which: they never identify an asset on their own. */
const generic = new Set(['data', 'info', 'information', 'detail', 'record', 'file', 'document']);

/**
 * The data assets a text names: those whose id or name, less generic words, has all its words in
 * the text ("my card details being stolen" names `card-data`, "Card data"). Model order.
 */
export function namedData(text: string, model: ThreatModel): string[] {
  const words = contentWords(text);
  const names = (value: string | undefined): boolean => {
    if (value === undefined) return false;
    const own = [...contentWords(value.replace(/-/g, ' '))].filter((w) => !generic.has(w));
    return own.length > 0 && own.every((w) => words.has(w));
  };
  return (model.data ?? []).filter((asset) => names(asset.id) || names(asset.name)).map((a) => a.id);
}

/**
 * The elements that carry any of the assets: components that hold them, flows that carry them, and
 * the components at either end of those flows (they send or serve the data).
 */
export function elementsCarrying(assets: readonly string[], model: ThreatModel): Set<string> {
  const wanted = new Set(assets);
  const carriers = new Set<string>();
  for (const component of model.components)
    if ((component.data ?? []).some((d) => wanted.has(d))) carriers.add(component.id);
  for (const flow of model.flows ?? []) {
    if (!(flow.data ?? []).some((d) => wanted.has(d))) continue;
    carriers.add(flow.id).add(flow.from).add(flow.to);
  }
  return carriers;
}
