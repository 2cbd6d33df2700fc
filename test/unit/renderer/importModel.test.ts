import { describe, expect, it } from 'vitest';
import type { ImportRow } from '../../../shared/ipc/services';
import {
  CSV_COLUMNS, OPTIONAL_CSV_COLUMNS, REQUIRED_CSV_COLUMNS, PREVIEW_LIMIT, commitProblems, fileProblem, importButtonLabel,
  previewColumns, previewRows, summary, validDrafts,
} from '../../../renderer/services/import/model';

const draft = (circuitId: string) => ({
  circuitId, contractorId: 1, serviceType: 'converged-voip' as const, tier: 'basic' as const,
  tmrc: '10', aduc: '0', installFee: '0', seats: 1, site: '', address: '',
});
const fields = (over: Record<string, string> = {}) => Object.fromEntries(CSV_COLUMNS.map((c) => [c, over[c] ?? '']));
const good = (line: number, id: string): ImportRow => ({ line, fields: fields({ circuit_id: id }), draft: draft(id), problems: [] });
const bad = (line: number): ImportRow => ({ line, fields: fields({ tier: 'gold' }), draft: null, problems: [{ field: 'tier', message: 'Tier must be…' }] });

describe('validDrafts', () => {
  it('takes the drafts of valid rows only, remembering their lines', () => {
    const { drafts, lines } = validDrafts([good(2, 'A'), bad(3), good(4, 'B')]);
    expect(drafts.map((d) => d.circuitId)).toEqual(['A', 'B']);
    expect(lines).toEqual([2, 4]);
  });
  it('a row with a draft but problems is not valid', () => {
    expect(validDrafts([{ ...good(2, 'A'), problems: [{ field: '', message: 'x' }] }]).drafts).toEqual([]);
  });
});

describe('wording', () => {
  it('counts and the button', () => {
    expect(summary(12, 1)).toBe('12 valid, 1 with problems');
    expect(summary(1200, 0)).toBe('1,200 valid, 0 with problems');
    expect(importButtonLabel(1)).toBe('Import 1 valid row');
    expect(importButtonLabel(12)).toBe('Import 12 valid rows');
  });
});

describe('commitProblems', () => {
  it('names the file line of a row the commit refused', () => {
    expect(
      commitProblems(
        { code: 'conflict', message: 'x', path: '/rows/1/circuitId', issues: [{ path: '/rows/1/circuitId', message: 'Circuit ID B already exists' }] },
        [2, 4],
      ),
    ).toEqual(['Line 4 (circuitId): Circuit ID B already exists']);
    expect(commitProblems({ code: 'x', message: 'Nothing to import', path: '/rows' }, [])).toEqual(['Nothing to import']);
  });
});

describe('files and columns', () => {
  it('refuses empty and too large files before sending', () => {
    expect(fileProblem({ name: 'a.csv', size: 0 })).toMatch(/empty/);
    expect(fileProblem({ name: 'a.csv', size: 6_000_000 })).toMatch(/larger than 5 MB/);
    expect(fileProblem({ name: 'a.csv', size: 100 })).toBeNull();
  });
  it('required and optional columns cover the whole header', () => {
    expect([...REQUIRED_CSV_COLUMNS, ...OPTIONAL_CSV_COLUMNS].sort()).toEqual([...CSV_COLUMNS].sort());
  });
  it('shows optional columns only when some row uses them', () => {
    expect(previewColumns([good(2, 'A')])).toEqual(REQUIRED_CSV_COLUMNS);
    expect(previewColumns([{ ...good(2, 'A'), fields: fields({ site: 'HQ' }) }])).toContain('site');
  });
  it('caps the rows drawn and can show only the problem rows', () => {
    const rows = Array.from({ length: PREVIEW_LIMIT + 10 }, (_, i) => (i % 2 ? bad(i + 2) : good(i + 2, `C${i}`)));
    expect(previewRows(rows, false)).toMatchObject({ hidden: 10 });
    expect(previewRows(rows, false).shown).toHaveLength(PREVIEW_LIMIT);
    const only = previewRows(rows, true);
    expect(only.shown.every((r) => r.draft === null)).toBe(true);
    expect(only.hidden).toBe(0);
  });
});
