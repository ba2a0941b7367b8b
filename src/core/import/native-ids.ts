/** The native id pattern (schema/threatmodel.schema.json): letters, digits, ".", "_" or "-". */
const idPattern = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Room left for a "-2" suffix under the schema's 100 characters. */
const maxBaseLength = 80;

/** kebab-case of a name: "Web\nApplication" → "web-application"; '' when no letter or digit is left. */
export function kebabCase(name: string, maxLength = 60): string {
  const ascii = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const slug = ascii
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const dash = cut.lastIndexOf('-');
  return (dash > maxLength / 2 ? cut.slice(0, dash) : cut).replace(/-+$/, '');
}

/** Another tool's id, kept as close as the native pattern allows: "T 1/2" → "T-1-2". */
export function sanitizeId(raw: string): string {
  return raw
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, maxBaseLength)
    .replace(/[-._]+$/, '');
}

/**
 * Allocates native ids, unique over the whole model (all ids share one namespace) and regardless
 * of case, so that "Database" and "database" never become two ids that differ only in case.
 */
export class NativeIds {
  private readonly taken = new Set<string>();

  /** `wanted` when it is free, else `wanted-2`, `wanted-3`…; `fallback` when `wanted` is no valid id. */
  claim(wanted: string, fallback: string): string {
    const base = [wanted, fallback].find((id) => idPattern.test(id))?.slice(0, maxBaseLength) ?? 'element';
    let id = base;
    for (let n = 2; this.taken.has(id.toLowerCase()); n += 1) id = `${base}-${n}`;
    this.taken.add(id.toLowerCase());
    return id;
  }
}
