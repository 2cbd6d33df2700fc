import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, missingPages, pagesFor, pendingKey, rowAt, storePage, type Page } from '../../../../renderer/tickets/pages';

const page = (gen: number, from: number, n = PAGE_SIZE): Page<number> => ({ gen, rows: Array.from({ length: n }, (_, i) => from + i) });

describe('paging the tickets list', () => {
  it('covers the rows in view with whole pages, page 0 when nothing is in view yet', () => {
    expect(pagesFor(0, -1)).toEqual([0]);
    expect(pagesFor(0, 20)).toEqual([0]);
    expect(pagesFor(95, 130)).toEqual([0, 1]);
    expect(pagesFor(99_990, 99_999)).toEqual([999]);
  });

  it('fetches only pages not held at this data version and not already on their way', () => {
    const pages = new Map([[0, page(1, 0)], [1, page(0, 100)]]);
    const pending = new Set([pendingKey('q', 1, 2)]);
    expect(missingPages(pages, [0, 1, 2, 3], 1, pending, 'q')).toEqual([1, 3]);
    // Another query's pending fetch does not count.
    expect(missingPages(new Map(), [2], 1, pending, 'other')).toEqual([2]);
  });

  it('keeps pages near the one stored, drops far ones, and never replaces a newer page with an older answer', () => {
    let pages = new Map<number, Page<number>>();
    for (let p = 0; p < 50; p++) pages = storePage(pages, p, page(1, p * PAGE_SIZE), 20);
    expect([...pages.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 21 }, (_, i) => 29 + i));
    pages = storePage(pages, 49, page(0, -1));
    expect(pages.get(49)!.gen).toBe(1);
    expect(rowAt(pages, 49 * PAGE_SIZE + 7)).toBe(49 * PAGE_SIZE + 7);
    expect(rowAt(pages, 5)).toBeUndefined();
  });
});
