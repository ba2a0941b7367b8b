import { sha1 } from './sha1.js';

/**
 * The namespace of threat-align's rule ids: itself the name-based UUID of the URL
 * https://github.com/threat-align/threat-align/docs/soc-handover.md in the URL namespace
 * (RFC 9562 appendix A), fixed here so that ids never move.
 * @internal Exported for its tests; production reaches it through this module.
 */
export const ruleNamespace = '3fce4727-39a5-524f-9601-d7dd70cebb87';

/**
 * The URL namespace of RFC 9562 appendix A.
 * @internal Exported for its tests; production reaches it through this module.
 */
export const urlNamespace = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/**
 * A name-based UUID, version 5 (RFC 9562 §5.5): SHA-1 of the namespace's 16 bytes followed by the
 * name's UTF-8, its version and variant bits set. The same namespace and name always give the same id.
 */
export function nameUuid(name: string, namespace: string = ruleNamespace): string {
  const space = uuidBytes(namespace);
  const text = new TextEncoder().encode(name);
  const input = new Uint8Array(space.length + text.length);
  input.set(space);
  input.set(text, space.length);
  const bytes = sha1(input).slice(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function uuidBytes(uuid: string): Uint8Array {
  const hex = uuid.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error(`not a UUID: ${uuid}`);
  return Uint8Array.from({ length: 16 }, (_, i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16));
}
