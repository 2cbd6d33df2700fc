import { describe, expect, it } from 'vitest';
import { mapFieldErrors, pointerHead, pointerSegments, withLabel } from '../../../renderer/ui/fieldErrors';

const LABELS = { circuitId: 'Circuit ID', contractorId: 'Contractor', tmrc: 'TMRC', tier: 'Tier' };

describe('mapFieldErrors', () => {
  it('puts a single error next to its field', () => {
    const e = mapFieldErrors({ code: 'invalid', message: 'TMRC cannot be negative', path: '/tmrc' }, LABELS);
    expect(e).toEqual({ fields: { tmrc: 'TMRC cannot be negative' }, form: [] });
  });

  it('uses every issue when there are several, first per field wins', () => {
    const e = mapFieldErrors(
      {
        code: 'invalid',
        message: 'Tier must be Basic, Standard or Premier',
        path: '/tier',
        issues: [
          { path: '/tier', message: 'Tier must be Basic, Standard or Premier' },
          { path: '/tmrc', message: 'TMRC cannot be negative' },
          { path: '/tmrc', message: 'second' },
        ],
      },
      LABELS,
    );
    expect(e.fields).toEqual({ tier: 'Tier must be Basic, Standard or Premier', tmrc: 'TMRC cannot be negative' });
    expect(e.form).toEqual([]);
  });

  it('an error for no field of the form (or the whole request) goes on top', () => {
    expect(mapFieldErrors({ code: 'conflict', message: 'Circuit ID already exists', path: '' }, LABELS)).toEqual({
      fields: {},
      form: ['Circuit ID already exists'],
    });
    expect(mapFieldErrors({ code: 'not_found', message: 'No such service', path: '/id' }, LABELS).form).toEqual(['No such service']);
  });

  it('names the field when the message does not', () => {
    expect(mapFieldErrors({ code: 'invalid', message: 'is required', path: '/contractorId' }, LABELS).fields).toEqual({
      contractorId: 'Contractor is required',
    });
  });

  it('does not treat inherited keys as fields', () => {
    expect(mapFieldErrors({ code: 'x', message: 'm', path: '/toString' }, LABELS)).toEqual({ fields: {}, form: ['m'] });
  });
});

describe('pointers', () => {
  it('reads the head and the segments, unescaping ~0 and ~1', () => {
    expect(pointerHead('/tmrc')).toBe('tmrc');
    expect(pointerHead('/rows/3/tmrc')).toBe('rows');
    expect(pointerHead('')).toBeNull();
    expect(pointerSegments('/a~1b/c~0d')).toEqual(['a/b', 'c~d']);
    expect(pointerSegments('')).toEqual([]);
  });
});

describe('withLabel', () => {
  it('prefixes bare predicates only', () => {
    expect(withLabel('Seats', 'must be a number')).toBe('Seats must be a number');
    expect(withLabel('TMRC', 'TMRC cannot be negative')).toBe('TMRC cannot be negative');
  });
});
