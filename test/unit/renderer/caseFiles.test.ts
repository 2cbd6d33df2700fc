// Pure helpers of the case-file dialog (renderer/caseFiles/model.ts) and the export's text
// (shared/case/text.ts).
import { describe, expect, it } from 'vitest';
import { caseFileText } from '../../../shared/case/text';
import type { CaseImportResult } from '../../../shared/ipc/caseFiles';
import { countsSummary, fileProblems, previewRows } from '../../../renderer/caseFiles/model';

const none = { servicesNew: 0, servicesMatched: 0, tickets: 0, stopClocks: 0, notices: 0, incidents: 0, orders: 0, usage: 0, history: 0 };

describe('countsSummary', () => {
  it('says what an import creates, leaving out what it does not', () => {
    expect(countsSummary({ ...none, servicesNew: 2, tickets: 1, stopClocks: 2, orders: 1, usage: 1, history: 1 })).toBe(
      '2 new services; 1 ticket, 2 stop clocks; 1 order; 1 usage event; 1 month of SLA history',
    );
    expect(countsSummary({ ...none, servicesMatched: 1, tickets: 3, notices: 1, incidents: 1 })).toBe('1 service already on file; 3 tickets, 1 notice, 1 incident');
    expect(countsSummary(none)).toBe('nothing');
  });
});

describe('fileProblems and previewRows', () => {
  const problem = (path: string) => ({ path, message: 'bad', line: `${path || '/'}: bad` });
  const result = {
    rows: [
      { path: '/services/0', kind: 'service', label: 'A', action: 'new', detail: '', problems: [] },
      { path: '/tickets/0', kind: 'ticket', label: 'T-1', action: 'new', detail: '', problems: [problem('/tickets/0/openedAt')] },
    ],
    problems: [problem('/month'), problem('/tickets/0/openedAt')],
  } as unknown as CaseImportResult;

  it('keeps apart the problems that are about no record', () => {
    expect(fileProblems(result).map((p) => p.line)).toEqual(['/month: bad']);
  });

  it('shows only the records with problems when asked', () => {
    expect(previewRows(result.rows, true).shown.map((r) => r.label)).toEqual(['T-1']);
    expect(previewRows(result.rows, false)).toMatchObject({ hidden: 0 });
    expect(previewRows(result.rows, false).shown).toHaveLength(2);
  });
});

describe('caseFileText', () => {
  it('writes the keys in the order of the format, whatever order they were built in, with a final newline', () => {
    const text = caseFileText({
      services: [{ tmrc: 1, tier: 'basic', type: 'converged-voip', id: 'A' }],
      month: '2026-10',
      tickets: [{ stopClocks: [{ end: 'E', start: 'S', code: 'C' }], openedAt: 'O', kind: 'repair', serviceId: 'A', id: 'T' }],
      timeZone: 'America/Los_Angeles',
    });
    expect(text).toBe(
      [
        '{',
        '  "timeZone": "America/Los_Angeles",',
        '  "month": "2026-10",',
        '  "services": [',
        '    {',
        '      "id": "A",',
        '      "type": "converged-voip",',
        '      "tier": "basic",',
        '      "tmrc": 1',
        '    }',
        '  ],',
        '  "tickets": [',
        '    {',
        '      "id": "T",',
        '      "serviceId": "A",',
        '      "kind": "repair",',
        '      "openedAt": "O",',
        '      "stopClocks": [',
        '        {',
        '          "code": "C",',
        '          "start": "S",',
        '          "end": "E"',
        '        }',
        '      ]',
        '    }',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
  });
});
