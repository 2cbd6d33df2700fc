// A submitted claim is frozen: when the data behind some of its lines changed since, say so
// (the lines show the old and new figures) instead of rewriting the claim.
export function ChangedBanner({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <div className="panel claim-changed-banner" role="status" data-testid="changed-banner">
      <strong>
        {count} line{count === 1 ? '' : 's'} changed since submitted.
      </strong>{' '}
      The claim stays as it was sent; each changed line shows its figures as submitted and as they stand today.
    </div>
  );
}
