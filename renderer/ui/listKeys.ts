// Moving a list's selection from the keyboard, the same in every table.

export const ROW_HEIGHT = 44;
export const HEAD_HEIGHT = 40;

/**
 * The row a key moves the selection to (clamped to the list), or null when the key does not
 * move it. `index` is -1 when nothing is selected. PageUp/PageDown move only when `page` is given.
 */
export function moveTarget(key: string, index: number, count: number, page?: number): number | null {
  const to = (() => {
    switch (key) {
      case 'ArrowDown': return index + 1;
      case 'ArrowUp': return index < 0 ? 0 : index - 1;
      case 'PageDown': return page === undefined ? null : index + page;
      case 'PageUp': return page === undefined ? null : index - page;
      case 'Home': return 0;
      case 'End': return count - 1;
      default: return null;
    }
  })();
  return to === null ? null : Math.max(0, Math.min(count - 1, to));
}

/** How many rows a PageDown moves: a screenful below the sticky header, less one. */
export function rowsPerPage(scroller: HTMLElement | null): number {
  return Math.max(1, Math.floor(((scroller?.clientHeight ?? 400) - HEAD_HEIGHT) / ROW_HEIGHT) - 1);
}
