/** The longest text the native schema takes for a name, a title, a reason or a description. */
const maxTextLength = 100_000;

/** A text trimmed and cut to what the native schema accepts; undefined for missing or blank text. */
export function clipText(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return trimmed.length > maxTextLength ? `${trimmed.slice(0, maxTextLength - 1)}…` : trimmed;
}
