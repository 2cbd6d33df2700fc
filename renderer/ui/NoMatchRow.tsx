// The row a filtered table shows when nothing matches: what it lists, and a way to clear the filters.
export function NoMatchRow({ what, columns, onClear }: { what: string; columns: number; onClear: () => void }) {
  return (
    <tr>
      <td colSpan={columns} className="no-match">
        No {what} matches these filters.{' '}
        <button type="button" className="link-button" onClick={onClear}>
          Clear filters
        </button>
      </td>
    </tr>
  );
}
