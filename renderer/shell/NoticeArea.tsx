import { useEffect } from 'react';
import { autoDismissMs, useNotices, type Notice } from './notices';

function NoticeItem({ notice }: { notice: Notice }) {
  const dismiss = useNotices((s) => s.dismiss);
  useEffect(() => {
    const ms = autoDismissMs(notice.level);
    if (ms === null) return;
    const t = window.setTimeout(() => dismiss(notice.id), ms);
    return () => window.clearTimeout(t);
  }, [notice.id, notice.level, dismiss]);
  return (
    <li className={`notice notice-${notice.level}`}>
      <div className="notice-text">
        <strong>{notice.title}</strong>
        {notice.body ? <span>{notice.body}</span> : null}
      </div>
      {notice.action ? (
        <button
          type="button"
          className="button small"
          onClick={() => {
            dismiss(notice.id);
            notice.action?.run();
          }}
        >
          {notice.action.label}
        </button>
      ) : null}
      <button type="button" className="icon-button" aria-label={`Dismiss: ${notice.title}`} onClick={() => dismiss(notice.id)}>
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
}

/**
 * A strip under the main area, announced politely to screen readers. It takes its own room in
 * the layout (the main area shrinks and scrolls) instead of floating over it, so a notice never
 * covers a card's buttons; with no notice it takes no room at all.
 */
export function NoticeArea() {
  const items = useNotices((s) => s.items);
  return (
    <section className="notice-area" aria-label="Notices" aria-live="polite">
      <ul>
        {items.map((n) => (
          <NoticeItem key={n.id} notice={n} />
        ))}
      </ul>
    </section>
  );
}
