import { describe, expect, it } from 'vitest';
import { illFormedTextPath } from '../../../electron/services/wellFormedText';

describe('illFormedTextPath', () => {
  it('accepts well-formed text, including characters outside the BMP written as surrogate pairs', () => {
    expect(illFormedTextPath({ name: 'Café 📞', list: ['𝄞', 'a'], n: 1, nothing: null })).toBeNull();
  });

  it('names the first lone surrogate as a JSON pointer, high or low, in values and keys', () => {
    expect(illFormedTextPath({ ticket: { description: 'ok', note: 'broken \uD83D' } })).toBe('/ticket/note');
    expect(illFormedTextPath({ rows: [{ a: 'x' }, { a: '\uDC00x' }] })).toBe('/rows/1/a');
    expect(illFormedTextPath({ 'a/b\uD800': 1 })).toBe('/a~1b\uD800');
    expect(illFormedTextPath('\uDFFF')).toBe('');
  });

  it('walks a deeply nested request without overflowing the stack', () => {
    let deep: unknown = 'end \uD800';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(illFormedTextPath(deep)).toMatch(/^(\/0){100000}$/);
  });
});
