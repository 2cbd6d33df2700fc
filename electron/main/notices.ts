// Desktop notifications for the services' `notice` events (an escalation is due, a clock is
// overdue). The page never asks for the Notification permission: main shows them.
import { Notification } from 'electron';
import { eventSchemas } from '../../shared/ipc/contract';

export interface Notifier {
  show(payload: unknown): void;
}

export function createNotifier(onClick: () => void, log: (m: string) => void): Notifier {
  // Referenced until closed: a notification that is garbage-collected loses its click handler.
  const live = new Set<Notification>();
  // The scheduler may announce the same notice on several ticks; each id is shown once per run.
  const shown = new Set<string>();
  return {
    show(payload) {
      const parsed = eventSchemas.notice.safeParse(payload);
      if (!parsed.success) {
        log('notice with an unexpected shape ignored');
        return;
      }
      const { id, title, body, level } = parsed.data;
      if (shown.has(id) || !Notification.isSupported()) return;
      shown.add(id);
      const n = new Notification({
        title,
        body,
        urgency: level === 'overdue' ? 'critical' : 'normal',
        silent: level === 'info',
      });
      live.add(n);
      const forget = () => live.delete(n);
      n.on('click', () => {
        forget();
        onClick();
      });
      n.on('close', forget);
      n.on('failed', forget);
      n.show();
    },
  };
}
