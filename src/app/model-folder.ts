/** The folder of a workspace path (`docs/model.yaml` → `docs`, `model.yaml` → `.`), with forward slashes. */
export function modelFolder(file: string): string {
  const path = file.replace(/\\/g, '/');
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '.' : slash === 0 ? '/' : path.slice(0, slash);
}
