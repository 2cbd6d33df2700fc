/** Does a `data:changed` event (its `tables`) touch any table a view reads? `*` means everything. */
export function touches(changed: unknown, reads: readonly string[]): boolean {
  if (!Array.isArray(changed)) return false;
  return changed.some((t) => t === '*' || (typeof t === 'string' && reads.includes(t)));
}
