import { markerName } from '../../../core/report/render-markdown.js';

/** The hidden first line renderMarkdown writes (`<!-- threat-align:MARKER -->`), to find our own text again. */
export function hiddenMarker(marker: string): string {
  return `<!-- threat-align:${markerName(marker)} -->`;
}
