/** Maps character offsets of a text to 1-based line and column, by binary search over line starts. */
export class TextPositions {
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    // From line end to line end with indexOf: a 20 MB line costs two searches, not 20 million steps.
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    while (lf !== -1 || cr !== -1) {
      if (cr !== -1 && (lf === -1 || cr < lf)) {
        // CR ends a line by itself; in CRLF the LF does.
        if (text.charCodeAt(cr + 1) !== 10) this.lineStarts.push(cr + 1);
        cr = text.indexOf('\r', cr + 1);
      } else {
        this.lineStarts.push(lf + 1);
        lf = text.indexOf('\n', lf + 1);
      }
    }
  }

  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (this.lineStarts[low] ?? 0) + 1 };
  }
}
