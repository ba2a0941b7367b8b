import { pinModelText } from '../../../src/core/kb/pin-model.js';

const sha = 'a'.repeat(64);
const pin = { use: 'core@1.0.0', sha256: sha };

describe('pinModelText', () => {
  it('adds sha256 under use in a block mapping, keeping comments and layout', () => {
    const text = `# Our shop
schema: threat-align/v1   # format
system: { name: Shop }
knowledgeBase:
    use: core@1.0.0   # shipped
    profile: full
components: [ { id: web, type: web-app } ]
`;
    const result = pinModelText(text, pin);
    expect(result).toEqual({
      ok: true,
      changed: true,
      text: text.replace(
        '    use: core@1.0.0   # shipped\n',
        `    use: core@1.0.0   # shipped\n    sha256: ${sha}\n`,
      ),
    });
  });

  it('adds sha256 inside a flow mapping', () => {
    const text = 'schema: threat-align/v1\nknowledgeBase: { use: core@1.0.0, profile: top }\n';
    expect(pinModelText(text, pin)).toMatchObject({
      ok: true,
      text: `schema: threat-align/v1\nknowledgeBase: { use: core@1.0.0, sha256: ${sha}, profile: top }\n`,
    });
  });

  it('replaces an old pin and a moved version in place, keeping the quoting', () => {
    const text = `schema: threat-align/v1\nknowledgeBase:\n  use: "core@0.9.0"\n  sha256: '${'b'.repeat(64)}'\n`;
    expect(pinModelText(text, pin)).toMatchObject({
      ok: true,
      text: `schema: threat-align/v1\nknowledgeBase:\n  use: "core@1.0.0"\n  sha256: '${sha}'\n`,
    });
  });

  it('adds a knowledgeBase block after the schema line when there is none, keeping CRLF', () => {
    const text = 'schema: threat-align/v1\r\nsystem: { name: Shop }\r\n';
    expect(pinModelText(text, pin)).toMatchObject({
      ok: true,
      text: `schema: threat-align/v1\r\nknowledgeBase:\r\n  use: core@1.0.0\r\n  sha256: ${sha}\r\nsystem: { name: Shop }\r\n`,
    });
  });

  it('says it changed nothing when the pin is already there', () => {
    const text = `schema: threat-align/v1\nknowledgeBase: { use: core@1.0.0, sha256: ${sha} }\n`;
    expect(pinModelText(text, pin)).toEqual({ ok: true, changed: false, text });
  });

  it('gives the lines to paste when it cannot edit safely', () => {
    const result = pinModelText('schema: threat-align/v1\nknowledgeBase: core\n', pin);
    expect(result).toEqual({
      ok: false,
      reason: 'knowledgeBase is not a mapping',
      paste: `knowledgeBase:\n  use: core@1.0.0\n  sha256: ${sha}\n`,
    });
  });
});
