/**
 * C0 and C1 controls (but the line feed and the tab), DEL, and the bidirectional overrides and
 * isolates, which could move a terminal's cursor, recolour it, forge a workflow command or make
 * text read in another order.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text from the model or the backlog fit for a terminal, a log line or a workflow command (SPEC
 * §9): every control character written visibly as `\u{1b}`, so nothing is executed and nothing is hidden.
 */
export function escapeControls(text: string): string {
  return text.replace(controls, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}
