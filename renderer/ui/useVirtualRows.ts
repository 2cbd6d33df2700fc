// The virtualized body of a table with a sticky header: which rows to draw and the space
// above and below them.
import type { RefObject } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { HEAD_HEIGHT, ROW_HEIGHT } from './listKeys';

export function useVirtualRows(count: number, scrollRef: RefObject<HTMLDivElement | null>, overscan: number) {
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design; the tables using it are not memoized.
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan,
    // Rows start below the sticky header: offsets count from there, and scrolling to a row
    // keeps it clear of the header.
    scrollMargin: HEAD_HEIGHT,
    scrollPaddingStart: HEAD_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const padTop = first ? first.start - HEAD_HEIGHT : 0;
  const padBottom = last ? virtualizer.getTotalSize() - (last.end - HEAD_HEIGHT) : 0;
  return { virtualizer, items, padTop, padBottom };
}
