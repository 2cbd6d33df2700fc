// Taking one step on one item (conversion:step): who and when for every step; the order's
// reference; for the conversion, the new service (one on file, a new one entered here, or the same
// circuit for a Transition that keeps it) and the day the old service was disconnected (left empty
// while it stays active: the item then shows parallel billing). A step the rules block is refused
// with the rule's own words, shown at the top; nothing is written.
import { useState, type FormEvent } from 'react';
import type { ConversionStep } from '../../../shared/conversion/types';
import type { IpcError, RequestOf } from '../../../shared/ipc/contract';
import type { ConversionItem, NewServiceChoice, ProjectDetail } from '../../../shared/ipc/conversion';
import { SERVICE_TYPES, SERVICE_TYPE_LABELS, TIERS, TIER_LABELS } from '../../../shared/ipc/services';
import { api } from '../../api/client';
import { notify } from '../../shell/notices';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { DialogActions, FormErrorList } from '../../ui/Form';
import { useFormSubmit } from '../../ui/useFormSubmit';
import { errorIssues, mapFieldErrors, type FormErrors } from '../../ui/fieldErrors';
import { MoneyInput } from '../../ui/MoneyInput';
import { labelled, Options } from '../../ui/options';
import { defaultActor, STEP_LABELS, STEP_TITLES, whoMay } from '../model';
import { useConversionUi } from '../store';
import { ACTOR_LABELS, ActorFields, type Actor } from './ActorFields';
import { ServiceSelect } from './ServiceSelect';

type Use = NewServiceChoice['use'];
type StepField = 'byContactId' | 'on' | 'note' | 'orderReference' | 'newService' | 'existing' | 'circuitId' | 'serviceType' | 'tier' | 'tmrc' | 'oldDisconnectedOn';
const LABELS: Record<StepField, string> = {
  ...ACTOR_LABELS, orderReference: 'Order reference', newService: 'New service', existing: 'Service on file', circuitId: 'New Circuit ID', serviceType: 'Service type',
  tier: 'Tier', tmrc: 'TMRC', oldDisconnectedOn: 'Old service disconnected on',
};

/** The new service's fields sit under /newService; the form shows each beside its own input. */
function stepErrors(error: IpcError): FormErrors<StepField> {
  const rename = (p: string) =>
    p === '/newService/serviceId' ? '/existing' : p.startsWith('/newService/service/') ? p.replace('/newService/service', '') : p.startsWith('/newService') ? '/newService' : p;
  const issues = errorIssues(error).map((i) => ({ ...i, path: rename(i.path) }));
  return mapFieldErrors({ ...error, path: rename(error.path), issues }, LABELS);
}

export function StepDialog({ d, item, step }: { d: ProjectDetail; item: ConversionItem; step: ConversionStep }) {
  const close = useConversionUi((s) => s.closeDialog);
  const roles = item.steps.find((s) => s.step === step)?.roles ?? [];
  const [actor, setActor] = useState<Actor>({ byContactId: defaultActor(roles, d.roles), on: d.board.today, note: '' });
  const [orderReference, setOrderReference] = useState(item.orderReference);
  const [use, setUse] = useState<Use>(item.decision === 'transition' && item.serviceId === null ? 'same' : 'existing');
  const [existing, setExisting] = useState('');
  const [svc, setSvc] = useState({ circuitId: item.newCircuitId, serviceType: SERVICE_TYPES[0] ?? '', tier: TIERS[0] ?? 'basic', tmrc: '' });
  const [oldDisconnectedOn, setOldDisconnectedOn] = useState('');
  const { errors, saving, formRef, submit: send, clear: clearErrors } = useFormSubmit<StepField>(stepErrors);
  // The picker lists the services of the contractor the item goes to (an automatic Transition:
  // the incumbent); the main process checks the choice fits (shared/conversion/rules newServiceBlock).
  const newContractorId = item.targetContractorId ?? item.incumbentContractorId;
  const clear = () => clearErrors();

  const request = (): RequestOf<'conversion:step'> => {
    const base = { itemId: item.id, byContactId: actor.byContactId ?? 0, on: actor.on, note: actor.note };
    switch (step) {
      case 'authorize':
        return { ...base, step };
      case 'disconnect':
        return { ...base, step };
      case 'order':
        return { ...base, step, orderReference };
      case 'convert': {
        const newService: Extract<RequestOf<'conversion:step'>, { step: 'convert' }>['newService'] =
          use === 'same'
            ? { use }
            : use === 'existing'
              ? { use, serviceId: existing === '' ? 0 : Number(existing) }
              : {
                  use,
                  service: {
                    circuitId: svc.circuitId, contractorId: newContractorId, serviceType: svc.serviceType, tier: svc.tier, tmrc: svc.tmrc,
                    aduc: 0, installFee: 0, seats: 1, site: item.site, address: '',
                  },
                };
        return { ...base, step, newService, oldDisconnectedOn: use === 'same' || oldDisconnectedOn.trim() === '' ? null : oldDisconnectedOn };
      }
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void send(
      () => api.invoke('conversion:step', request()),
      (r) => {
        close();
        notify(`${item.oldCircuitId}: ${STEP_LABELS[step].toLowerCase()} recorded`, r.events.at(-1)?.detail ?? '');
      },
    );
  };

  const title = `${STEP_TITLES[step]}: ${item.oldCircuitId}`;
  return (
    <Dialog title={title} onClose={close} busy={saving} size={step === 'convert' ? 'large' : 'medium'} description={<p className="decision-reason">{item.decisionReason}</p>}>
      <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label={title}>
        <FormErrorList messages={errors.form} />
        <ActorFields
          value={actor}
          errors={errors}
          who={whoMay(roles, d.roles)}
          onChange={(patch) => {
            setActor((a) => ({ ...a, ...patch }));
            clear();
          }}
          dateHint={step === 'convert' ? 'The day the replacement was accepted.' : undefined}
        />
        {step === 'order' ? (
          <Field label="Order reference" error={errors.fields.orderReference} hint="The contractor's order number, if known.">
            <input type="text" maxLength={64} value={orderReference} onChange={(e) => setOrderReference(e.target.value)} />
          </Field>
        ) : null}
        {step === 'convert' ? (
          <>
            <fieldset className="new-service" aria-describedby={errors.fields.newService ? 'new-service-error' : undefined}>
              <legend>New service</legend>
              {errors.fields.newService ? (
                <p id="new-service-error" className="field-error">
                  {errors.fields.newService}
                </p>
              ) : null}
              <label className="radio">
                <input type="radio" name="use" checked={use === 'existing'} onChange={() => (setUse('existing'), clear())} /> A service already in ATR Desk
              </label>
              <label className="radio">
                <input type="radio" name="use" checked={use === 'new'} onChange={() => (setUse('new'), clear())} /> A new service, entered here
              </label>
              <label className="radio">
                <input type="radio" name="use" checked={use === 'same'} onChange={() => (setUse('same'), clear())} /> The same circuit (a Transition that keeps it)
              </label>
              {use === 'existing' ? (
                <ServiceSelect label="Service on file" contractorId={newContractorId} value={existing} onChange={(v) => (setExisting(v), clear())} noneLabel="Choose the new service" error={errors.fields.existing} />
              ) : null}
              {use === 'new' ? (
                <div className="form-grid">
                  <Field label="New Circuit ID" error={errors.fields.circuitId} required>
                    <input type="text" maxLength={64} className="mono" value={svc.circuitId} onChange={(e) => setSvc((s) => ({ ...s, circuitId: e.target.value }))} />
                  </Field>
                  <Field label="TMRC" error={errors.fields.tmrc} required>
                    <MoneyInput value={svc.tmrc} onChange={(tmrc) => setSvc((s) => ({ ...s, tmrc }))} />
                  </Field>
                  <Field label="Service type" error={errors.fields.serviceType}>
                    <select value={svc.serviceType} onChange={(e) => setSvc((s) => ({ ...s, serviceType: e.target.value }))}>
                      <Options items={labelled(SERVICE_TYPES, SERVICE_TYPE_LABELS)} />
                    </select>
                  </Field>
                  <Field label="Tier" error={errors.fields.tier}>
                    <select value={svc.tier} onChange={(e) => setSvc((s) => ({ ...s, tier: e.target.value as typeof s.tier }))}>
                      <Options items={labelled(TIERS, TIER_LABELS)} />
                    </select>
                  </Field>
                </div>
              ) : null}
            </fieldset>
            {use !== 'same' ? (
              <Field
                label="Old service disconnected on"
                error={errors.fields.oldDisconnectedOn}
                hint="Leave empty while the old service is still active: the item then shows the days and TMRC billed twice."
              >
                <input type="date" value={oldDisconnectedOn} onChange={(e) => (setOldDisconnectedOn(e.target.value), clear())} />
              </Field>
            ) : null}
          </>
        ) : null}
        {step === 'disconnect' ? (
          <p className="field-hint">
            {item.status === 'converted' ? 'Records the day the old service was disconnected' : 'Records the day the service was disconnected'}; a
            service on file is retired on that date (kept on record with its tickets).
          </p>
        ) : null}
        <DialogActions onCancel={close} busy={saving} submitLabel={STEP_LABELS[step]} busyLabel="Saving…" danger={step === 'disconnect'} />
      </form>
    </Dialog>
  );
}
