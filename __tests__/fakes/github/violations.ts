/** A request the real GitHub would reject or silently misread, or a gap in the fake itself. */
export interface Violation {
  /** `graphql`, `rest`, or `fake` (the fake cannot answer truthfully: a field or endpoint it does not implement). */
  kind: 'graphql' | 'rest' | 'fake';
  /** `POST /graphql` or `PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}`. */
  request: string;
  message: string;
}

/** Every violation seen by one fake, in arrival order. */
export class ViolationLog {
  readonly list: Violation[] = [];

  record(kind: Violation['kind'], request: string, message: string): void {
    this.list.push({ kind, request, message });
  }

  clear(): void {
    this.list.length = 0;
  }

  /** Throws one error that lists every violation, so a test's afterEach fails with the reason. */
  expectNone(extra: readonly string[] = []): void {
    const lines = [
      ...this.list.map((v) => `- [${v.kind}] ${v.request}: ${v.message}`),
      ...extra.map((text) => `- [test] ${text}`),
    ];
    if (lines.length > 0) {
      throw new Error(`The fake GitHub saw ${lines.length} violation(s):\n${lines.join('\n')}`);
    }
  }
}
