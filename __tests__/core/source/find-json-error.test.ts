import { findJsonError } from '../../../src/core/source/find-json-error.js';

describe('findJsonError', () => {
  it.each([
    ['{"a": [1, {"b": null}], "c": -1.5e3, "d": "\\u00e9\\n"}'],
    ['"just a string"'],
    [`${'['.repeat(100_000)}${']'.repeat(100_000)}`],
  ])('finds nothing wrong in strict JSON: %s', (text) => {
    expect(findJsonError(text)).toBeUndefined();
  });

  it.each([
    ['[1,]', 2, "trailing comma before ']': JSON allows no comma there"],
    ['{"a": 1,\n}', 7, "trailing comma before '}': JSON allows no comma there"],
    ['{"a" 1}', 5, "expected ':' after the property name, found '1'"],
    ['{"a": 1 "b": 2}', 8, "expected ',' or '}', found '\"'"],
    ['{"a": "x\n"}', 6, 'the string that starts here is not closed on its line'],
    ['{"a": "x', 6, 'the string that starts here is never closed'],
    ['{"a": "\\x"}', 7, 'invalid escape "\\x" in a string'],
    ['{"a": tru}', 6, "expected a value, found 'tru'"],
    ['{"a": 01}', 6, "expected a value, found '01'"],
    ["{'a': 1}", 1, "expected a double-quoted property name or '}', found \"'\""],
    ['{"a": 1}}', 8, "expected the end of the file, found '}'"],
    ['[1, 2', 5, "unexpected end of the file: expected ',' or ']'"],
    ['', 0, 'unexpected end of the file: expected a value'],
  ])('locates the error in %j', (text, offset, message) => {
    expect(findJsonError(text)).toEqual({ offset, message });
  });
});
