import { describe, expect, it } from 'vitest';
import { creditsSeries } from '../../../shared/charts/credits';

describe('creditsSeries', () => {
  it('sums the claims of each month in cents, and owed is claimed − credited', () => {
    const s = creditsSeries(
      [
        // Two claims of October (a monthly claim and a supplementary one).
        { month: '2026-10', claimed: 1855, credited: 1000.1 },
        { month: '2026-10', claimed: 170.45, credited: 0 },
        { month: '2026-09', claimed: 320, credited: 320 },
      ],
      '2026-10',
      3,
    );
    expect(s).toEqual([
      // August: no claim, present as zeros.
      { month: '2026-08', claimed: 0, credited: 0, owed: 0 },
      // Credited in full: nothing owed.
      { month: '2026-09', claimed: 320, credited: 320, owed: 0 },
      // 1,855.00 + 170.45 = 2,025.45 claimed; 1,000.10 credited; 2,025.45 − 1,000.10 = 1,025.35 owed.
      { month: '2026-10', claimed: 2025.45, credited: 1000.1, owed: 1025.35 },
    ]);
  });

  it('keeps cents exact where adding dollars would not (0.1 + 0.2)', () => {
    expect(0.1 + 0.2).not.toBe(0.3); // the trap the cents avoid
    const [p] = creditsSeries([{ month: '2026-10', claimed: 0.1, credited: 0.1 }, { month: '2026-10', claimed: 0.2, credited: 0 }], '2026-10', 1);
    expect(p).toEqual({ month: '2026-10', claimed: 0.3, credited: 0.1, owed: 0.2 });
    // Twelve claims of $0.10: $1.20 (adding dollars gives 1.2000000000000002).
    const dimes = Array.from({ length: 12 }, () => ({ month: '2026-10', claimed: 0.1, credited: 0.07 }));
    // 12 × 7¢ = 84¢ credited; 120¢ − 84¢ = 36¢ owed.
    expect(creditsSeries(dimes, '2026-10', 1)[0]).toEqual({ month: '2026-10', claimed: 1.2, credited: 0.84, owed: 0.36 });
  });

  it('gives twelve months by default ending at the month asked, and leaves out claims outside them', () => {
    const s = creditsSeries([{ month: '2025-10', claimed: 99, credited: 0 }, { month: '2026-11', claimed: 5, credited: 0 }, { month: '2025-11', claimed: 7, credited: 2 }], '2026-10');
    expect(s).toHaveLength(12);
    // Twelve months ending Oct 2026 start at Nov 2025: Oct 2025 and Nov 2026 are outside.
    expect(s[0]).toEqual({ month: '2025-11', claimed: 7, credited: 2, owed: 5 });
    expect(s[11]!.month).toBe('2026-10');
    expect(s.reduce((sum, p) => sum + p.claimed, 0)).toBe(7);
  });

  it('shows a contractor crediting more than was claimed as a negative amount owed, not zero', () => {
    expect(creditsSeries([{ month: '2026-10', claimed: 100, credited: 100.01 }], '2026-10', 1)[0]!.owed).toBe(-0.01);
  });
});
