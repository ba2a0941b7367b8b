import type { ThreatType } from '../kb/knowledge-base.js';
import { compareText } from '../findings/order-findings.js';

const stopWords = new Set(
  'a an the my our your their his her its me us them i we you they to of in on at by for from with and or but so that this these those be being been is are was were it as any some other else someone somebody something anyone anybody nobody'.split(
    ' ',
  ),
);

/** Lower-case content words, crudely stemmed, so "logging in as me" and "logs in as me" meet. */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const raw of text.toLowerCase().split(/[^a-z0-9]+/)) {
    if (raw.length < 2 || stopWords.has(raw)) continue;
    words.add(stem(raw));
  }
  return words;
}

/** Strips one common suffix, then a doubled final consonant: logging, logged, logs → log. */
function stem(word: string): string {
  for (const suffix of ['ing', 'ed', 'es', 's']) {
    if (word.length - suffix.length >= 3 && word.endsWith(suffix)) {
      const base = word.slice(0, -suffix.length);
      const last = base.charAt(base.length - 1);
      return base.length > 3 && last === base.charAt(base.length - 2) && !'aeiou'.includes(last)
        ? base.slice(0, -1)
        : base;
    }
  }
  return word;
}

const phraseWordCache = new WeakMap<ThreatType, readonly (readonly [string, Set<string>])[]>();

/** A threat type's WITHOUT phrases with their content words, computed once per knowledge-base entry. */
function phraseWordsOf(type: ThreatType): readonly (readonly [string, Set<string>])[] {
  let cached = phraseWordCache.get(type);
  if (!cached) {
    cached = (type.withoutPhrases ?? []).map((phrase) => [phrase, contentWords(phrase)] as const);
    phraseWordCache.set(type, cached);
  }
  return cached;
}

export interface ThreatTypeSuggestion {
  typeId: string;
  phrase: string;
  score: number;
}

/** Least share of a phrase's content words a clause must contain to count as resembling it. */
const resemblanceThreshold = 0.5;

/**
 * The threat types whose WITHOUT phrases resemble a clause, best first: the share of a phrase's
 * content words the clause contains, ties broken by more shared words, then by id. Deterministic.
 */
export function suggestThreatTypes(
  clause: string,
  threatTypes: readonly ThreatType[],
  threshold: number = resemblanceThreshold,
): ThreatTypeSuggestion[] {
  const words = contentWords(clause);
  const ranked: (ThreatTypeSuggestion & { shared: number })[] = [];
  for (const type of threatTypes) {
    let best: (ThreatTypeSuggestion & { shared: number }) | undefined;
    for (const [phrase, phraseWords] of phraseWordsOf(type)) {
      if (phraseWords.size === 0) continue;
      let shared = 0;
      for (const word of phraseWords) if (words.has(word)) shared += 1;
      const score = shared / phraseWords.size;
      if (!best || score > best.score || (score === best.score && shared > best.shared)) {
        best = { typeId: type.id, phrase, score, shared };
      }
    }
    if (best && best.score >= threshold && best.shared > 0) ranked.push(best);
  }
  ranked.sort((a, b) => b.score - a.score || b.shared - a.shared || compareText(a.typeId, b.typeId));
  return ranked.map(({ typeId, phrase, score }) => ({ typeId, phrase, score }));
}
