import { findWithoutClauses } from '../../../src/core/backlog/without-clause.js';

describe('findWithoutClauses', () => {
  it('takes the clause after capital WITHOUT to the end of its sentence', () => {
    expect(
      findWithoutClauses(
        'As a shopper I want to pay by card so that I get my goods, WITHOUT my card details being stolen. Thanks!',
        'body',
      ),
    ).toEqual([{ text: 'my card details being stolen', field: 'body' }]);
  });

  it('treats lower-case "without" as prose, and WITHOUT inside a word as no keyword', () => {
    expect(
      findWithoutClauses('Checkout without login. WITHOUTS are not clauses. XWITHOUT neither.', 'body'),
    ).toEqual([]);
  });

  it('ends a clause at a blank line, and finds several clauses', () => {
    expect(findWithoutClauses('WITHOUT leaking PII\n\nAlso WITHOUT downtime! Done', 'body')).toEqual([
      { text: 'leaking PII', field: 'body' },
      { text: 'downtime', field: 'body' },
    ]);
  });

  it('keeps a decimal point or a dotted name inside the sentence', () => {
    expect(findWithoutClauses('WITHOUT version 1.2 of shop.example leaking data.', 'title')).toEqual([
      { text: 'version 1.2 of shop.example leaking data', field: 'title' },
    ]);
  });

  it('takes a configured keyword in its exact case', () => {
    expect(findWithoutClauses('I want X, SANS anyone seeing it.', 'body', 'SANS')).toEqual([
      { text: 'anyone seeing it', field: 'body' },
    ]);
  });

  it('reads a 1 MB body with no sentence end once, cutting the clause at 500 characters', () => {
    const body = `WITHOUT ${'a'.repeat(1024 * 1024)}`;
    const clauses = findWithoutClauses(body, 'body');
    expect(clauses).toHaveLength(1);
    expect(clauses[0]?.text).toHaveLength(500);
    const many = 'WITHOUT x '.repeat(100000);
    expect(findWithoutClauses(many, 'body')).toHaveLength(1);
  });
});
