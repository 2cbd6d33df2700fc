// Stop clocks as a list of lines ("ACCESS 10/8/26, 8:30 AM – 10/8/26, 10:40 AM (2 h 10 min)"); a
// voided one of ours struck through.
import { stopClockText } from './format';

interface Clock {
  code: string;
  startAt: string;
  endAt: string | null;
  minutes: number | null;
  voided?: boolean;
}

export function StopClockList({ clocks, zone, empty = '—' }: { clocks: readonly Clock[]; zone: string; empty?: string }) {
  if (clocks.length === 0) return <>{empty}</>;
  return (
    <ul className="plain-list">
      {clocks.map((s, i) => (
        <li key={i}>{s.voided ? <del>{stopClockText(s, zone)} (voided)</del> : stopClockText(s, zone)}</li>
      ))}
    </ul>
  );
}
