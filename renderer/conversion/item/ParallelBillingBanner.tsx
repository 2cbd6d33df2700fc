// The parallel-billing flag (shared/conversion/parallelBilling.ts): the old service was billed after
// its replacement was accepted, the days and the TMRC paid twice, and the prompt: ask the incumbent
// to disconnect it (then record the disconnect), or, once disconnected, for a credit.
import type { ConversionItem } from '../../../shared/ipc/conversion';
import { formatDollars } from '../../../shared/money';
import { Icon } from '../../ui/Icon';
import { useConversionUi } from '../store';

export function ParallelBillingBanner({ item: i }: { item: ConversionItem }) {
  const open = useConversionUi((s) => s.open);
  const pb = i.parallelBilling!;
  const canDisconnect = i.steps.some((s) => s.step === 'disconnect' && s.allowed);
  return (
    <section className="panel parallel-banner" aria-labelledby="parallel-banner-title">
      <Icon name="warning" size={22} />
      <div>
        <h2 id="parallel-banner-title">
          Parallel billing: {pb.overlapDays} day{pb.overlapDays === 1 ? '' : 's'}, {formatDollars(pb.doubleTmrcCents)} paid twice
        </h2>
        <p>{pb.message}</p>
        {pb.active && canDisconnect ? (
          <div className="button-row">
            <button type="button" className="button primary" onClick={() => open({ kind: 'step', itemId: i.id, step: 'disconnect' })}>
              Record the disconnect…
            </button>
          </div>
        ) : null}
      </div>
    </section>
  );
}
