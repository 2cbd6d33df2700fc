// What a screen shows instead of its list: the list could not be loaded, or there is nothing yet.
import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

/** "The services could not be loaded: …" with a way to try again. */
export function LoadError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div className="panel error-panel" role="alert">
      <p>{message}</p>
      <button type="button" className="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}

interface EmptyStateProps {
  /** The heading's id; the section is named by it. */
  titleId: string;
  icon: IconName;
  title: string;
  /** The explanation and the actions under the heading. */
  children: ReactNode;
}

export function EmptyState({ titleId, icon, title, children }: EmptyStateProps) {
  return (
    <section className="panel empty-state" aria-labelledby={titleId}>
      <div className="empty-icon">
        <Icon name={icon} size={32} />
      </div>
      <h2 id={titleId}>{title}</h2>
      {children}
    </section>
  );
}
