/**
 * Adds `value` to the list kept under `key`, creating the list on first use. A list grows in place:
 * copying it with a spread for every value made grouping n values quadratic.
 */
export function appendTo<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list === undefined) lists.set(key, [value]);
  else list.push(value);
}
