// Pictures of the shipped example's PR comment and job summary for the README (images/), and of the
// Azure Pipelines thread and build summary for the Marketplace listing (images/screenshots/), rendered
// from the real renderers: Markdown → HTML (marked, with GitHub-like styles) → PNG with headless
// Chromium. Run by hand after a change of the report: `node scripts/screenshots.mjs` (needs
// /usr/bin/chromium, Debian's `chromium` package, or CHROMIUM=path). Not part of CI.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { marked } from 'marked';
import { nodeScriptBuild } from './node-script-build.mjs';

const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`screenshots: no Chromium at ${chromium}: apt-get install -y chromium, or set CHROMIUM`);
  process.exit(2);
}
await build({
  ...nodeScriptBuild,
  entryPoints: ['scripts/example-reports.ts'],
  outfile: '.tmp/example-reports.mjs',
});
execFileSync(process.execPath, ['.tmp/example-reports.mjs'], { stdio: 'inherit' });

const style = `
  body { font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328;
         max-width: 900px; margin: 16px auto; padding: 16px 24px; border: 1px solid #d0d7de; border-radius: 6px; }
  h2 { font-size: 1.35em; border-bottom: 1px solid #d8dee4; padding-bottom: .3em; }
  h3 { font-size: 1.1em; margin-top: 1.2em; }
  code { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; background: #eff1f3; padding: .15em .35em; border-radius: 4px; }
  a { color: #0969da; text-decoration: none; }
  li { margin: .2em 0; } details { margin: .4em 0; } summary { cursor: pointer; }
  pre { background: #f6f8fa; padding: 12px; overflow: auto; }`;

// The README's pictures, and the Marketplace listing's (vss-extension.screenshots.json).
mkdirSync('images/screenshots', { recursive: true });
for (const [name, width, height, png] of [
  ['pr-comment', 1000, 1500, 'images/pr-comment.png'],
  ['job-summary', 1000, 1500, 'images/job-summary.png'],
  ['azure-pr-thread', 1000, 1500, 'images/screenshots/azure-pr-thread.png'],
  ['azure-build-summary', 1000, 1500, 'images/screenshots/azure-build-summary.png'],
]) {
  const markdown = readFileSync(`.tmp/screenshots/${name}.md`, 'utf8');
  const html = `<!doctype html><meta charset="utf-8"><style>${style}</style><body>${marked.parse(markdown)}</body>`;
  const page = resolve(`.tmp/screenshots/${name}.html`);
  writeFileSync(page, html);
  execFileSync(
    chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--hide-scrollbars',
      '--no-first-run',
      '--force-device-scale-factor=1',
      `--window-size=${width},${height}`,
      `--screenshot=${resolve(png)}`,
      `file://${page}`,
    ],
    { stdio: 'ignore' },
  );
  console.log(png);
}
