import { ta102UnknownReference } from '../../../src/core/checks/ta102-unknown-reference.js';
import { buildContext, miniModelText } from '../../fakes/build-context.js';

/** The mini model with orders-db out of scope, and a decision on one of its former threats. */
function findings(extra: string): string[] {
  const text = miniModelText.replace(
    '{ id: orders-db, type: sql-database, boundary: vault, data: [orders] }',
    '{ id: orders-db, type: sql-database, boundary: vault, data: [orders], outOfScope: true }',
  );
  expect(text).not.toBe(miniModelText);
  return ta102UnknownReference
    .run(buildContext({ modelText: `${text}${extra}`, profile: 'full' }))
    .map((f) => f.message);
}

describe('decisions on the threats of an out-of-scope element (TA102)', () => {
  it('says the element is out of scope, not that the rule does not hold there', () => {
    expect(findings('threats:\n  - { id: SQLI@orders-db, status: mitigated }\n')).toEqual([
      '"orders-db" is out of scope (outOfScope: true), so no threat is generated there and SQLI@orders-db does not exist',
    ]);
  });

  it('keeps the rule message for an element in scope', () => {
    expect(findings('threats:\n  - { id: SQLI@orders-api, status: mitigated }\n')).toEqual([
      expect.stringMatching(/^threat type SQLI does not apply to "orders-api"/) as unknown as string,
    ]);
  });
});
