// What the chosen stop clock condition means: the contract's definition and the rule the app applies.
import type { ResponseOf } from '../../../shared/ipc/contract';

type Conditions = ResponseOf<'stopClocks:conditions'>;

interface Props {
  condition: Conditions['conditions'][number] | undefined;
  refused: Conditions['refused'][number] | undefined;
}

export function ConditionInfo({ condition, refused }: Props) {
  if (refused) {
    return (
      <span className="condition-info refused">
        <strong>{refused.title}</strong>: never a stop clock under the contract.
      </span>
    );
  }
  if (!condition) return null;
  const flags = [
    condition.requiresNote ? 'needs a note' : null,
    condition.voidable ? 'can be voided later' : null,
    condition.windowLimited ? 'counts only inside the maintenance window' : null,
    condition.ordersOnly ? 'orders only' : null,
  ].filter(Boolean);
  return (
    <span className="condition-info">
      <strong>{condition.title}</strong>
      {flags.length ? <span className="condition-flags"> — {flags.join(', ')}</span> : null}
      <span className="condition-definition">{condition.definition}</span>
      <span className="condition-rule">Rule: {condition.rule}</span>
    </span>
  );
}
