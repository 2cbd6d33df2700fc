// One change or step for every ticked item (conversion:bulk): authorize, order or disconnect (who,
// date, note), record the Form 20, set the target, or schedule. The answer lists every item with
// what was done or the rule that blocked it; nothing is decided here.
import { useMemo, useState, type FormEvent } from 'react';
import { FORM20_STATUSES, type Form20Status } from '../../../shared/conversion/types';
import type { RequestOf } from '../../../shared/ipc/contract';
import type { ProjectDetail } from '../../../shared/ipc/conversion';
import { api } from '../../api/client';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { DialogActions, FormErrorList } from '../../ui/Form';
import { useFormSubmit } from '../../ui/useFormSubmit';
import { mapFieldErrors } from '../../ui/fieldErrors';
import { labelled, Options } from '../../ui/options';
import { ACTOR_LABELS, ActorFields, type Actor } from '../item/ActorFields';
import { useContractors } from '../lists';
import { defaultActor, filterItems, FORM20_LABELS, visibleSelection, whoMay } from '../model';
import { useConversionUi, type BulkKind } from '../store';

const TITLES: Record<BulkKind, string> = {
  authorize: 'Authorize',
  order: 'Order',
  disconnect: 'Disconnect',
  form20: 'Record Form 20',
  target: 'Set target',
  schedule: 'Schedule',
  notice: 'Record disconnect notice',
};

type Field2 = 'byContactId' | 'on' | 'note' | 'status' | 'targetContractorId' | 'targetService' | 'scheduledOn' | 'preferredTimeframe' | 'disconnectNoticeOn';
const LABELS: Record<Field2, string> = {
  ...ACTOR_LABELS, status: 'Form 20 status', targetContractorId: 'Target contractor', targetService: 'Target service', scheduledOn: 'Scheduled date', preferredTimeframe: 'Preferred timeframe',
  disconnectNoticeOn: 'Disconnect notice date',
};

export function BulkDialog({ d, action }: { d: ProjectDetail; action: BulkKind }) {
  const close = useConversionUi((s) => s.closeDialog);
  const filters = useConversionUi((s) => s.filters);
  const selected = useConversionUi((s) => s.selected);
  const setBulkResult = useConversionUi((s) => s.setBulkResult);
  const contractors = useContractors();
  const ids = useMemo(() => visibleSelection(selected, filterItems(d.items, filters)), [selected, d.items, filters]);
  const isStep = action === 'authorize' || action === 'order' || action === 'disconnect';
  const stepRoles = isStep ? (d.items[0]?.steps.find((s) => s.step === action)?.roles ?? []) : [];
  const [actor, setActor] = useState<Actor>({ byContactId: defaultActor(stepRoles, d.roles), on: d.board.today, note: '' });
  const [form20, setForm20] = useState<{ status: Form20Status; on: string }>({ status: 'completed', on: d.board.today });
  const [target, setTarget] = useState({ targetContractorId: '', targetService: '' });
  const [sched, setSched] = useState({ scheduledOn: '', preferredTimeframe: '' });
  const [noticeOn, setNoticeOn] = useState(d.board.today);
  // The action's fields sit under /action in the request.
  const { errors, saving, formRef, submit: send, clear: clearErrors } = useFormSubmit<Field2>((e) =>
    mapFieldErrors({ ...e, path: e.path.replace(/^\/action/, ''), issues: e.issues?.map((i) => ({ ...i, path: i.path.replace(/^\/action/, '') })) }, LABELS),
  );

  const request = (): RequestOf<'conversion:bulk'>['action'] => {
    switch (action) {
      case 'authorize':
      case 'order':
      case 'disconnect':
        return { kind: 'step', step: action, byContactId: actor.byContactId ?? 0, on: actor.on, note: actor.note };
      case 'form20':
        return { kind: 'form20', status: form20.status, on: form20.on.trim() === '' ? null : form20.on };
      case 'target':
        return { kind: 'set', targetContractorId: target.targetContractorId === '' ? null : Number(target.targetContractorId), targetService: target.targetService };
      case 'notice':
        return { kind: 'set', disconnectNoticeOn: noticeOn.trim() === '' ? null : noticeOn };
      case 'schedule':
        return {
          kind: 'set',
          ...(sched.scheduledOn.trim() !== '' ? { scheduledOn: sched.scheduledOn } : {}),
          ...(sched.preferredTimeframe.trim() !== '' ? { preferredTimeframe: sched.preferredTimeframe } : {}),
        };
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void send(
      () => api.invoke('conversion:bulk', { projectId: d.project.id, itemIds: ids, action: request() }),
      (answer) => {
        setBulkResult({ title: `${TITLES[action]}, ${ids.length} item${ids.length === 1 ? '' : 's'}`, answer });
        close();
      },
    );
  };

  const n = `${ids.length} item${ids.length === 1 ? '' : 's'}`;
  return (
    <Dialog
      title={`${TITLES[action]}: ${n}`}
      onClose={close}
      busy={saving}
      description={
        <p>
          Each item is tried on its own: those the rules allow are changed, the others are left as they were and say which rule blocked them.
          {action === 'disconnect' ? ' A disconnect retires the old service on that date.' : ''}
          {action === 'notice' ? ' An authorized item whose decision changes goes back to the Conversion Manager for authorization.' : ''}
        </p>
      }
    >
      <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label={`${TITLES[action]}: ${n}`}>
        <FormErrorList messages={errors.form} />
        {isStep ? (
          <ActorFields
            value={actor}
            errors={errors}
            who={whoMay(stepRoles, d.roles)}
            onChange={(patch) => {
              setActor((a) => ({ ...a, ...patch }));
              clearErrors();
            }}
          />
        ) : null}
        {action === 'form20' ? (
          <>
            <Field label="Form 20 status" error={errors.fields.status}>
              <select value={form20.status} onChange={(e) => setForm20((f) => ({ ...f, status: e.target.value as Form20Status }))}>
                <Options items={labelled(FORM20_STATUSES, FORM20_LABELS)} />
              </select>
            </Field>
            <Field label="Date" error={errors.fields.on} hint="The day it was completed (required for Completed).">
              <input type="date" value={form20.on} onChange={(e) => setForm20((f) => ({ ...f, on: e.target.value }))} />
            </Field>
          </>
        ) : null}
        {action === 'target' ? (
          <>
            <Field label="Target contractor" error={errors.fields.targetContractorId} hint="The incumbent and the same service make a Transition; anything else is a Migration.">
              <select value={target.targetContractorId} onChange={(e) => setTarget((t) => ({ ...t, targetContractorId: e.target.value }))}>
                <option value="">Not chosen</option>
                {contractors.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Target service" error={errors.fields.targetService}>
              <input type="text" maxLength={200} value={target.targetService} onChange={(e) => setTarget((t) => ({ ...t, targetService: e.target.value }))} />
            </Field>
          </>
        ) : null}
        {action === 'schedule' ? (
          <>
            <Field label="Scheduled date" error={errors.fields.scheduledOn} hint="Left empty: the scheduled dates stay as they are.">
              <input type="date" value={sched.scheduledOn} onChange={(e) => setSched((s) => ({ ...s, scheduledOn: e.target.value }))} />
            </Field>
            <Field label="Preferred timeframe" error={errors.fields.preferredTimeframe} hint="Left empty: the timeframes stay as they are.">
              <input type="text" maxLength={120} value={sched.preferredTimeframe} onChange={(e) => setSched((s) => ({ ...s, preferredTimeframe: e.target.value }))} />
            </Field>
          </>
        ) : null}
        {action === 'notice' ? (
          <Field
            label="Disconnect notice date"
            error={errors.fields.disconnectNoticeOn}
            hint="The day the agency sent the incumbent the notice: these services are then disconnected, not converted. Left empty, the notices are taken back."
          >
            <input type="date" value={noticeOn} onChange={(e) => setNoticeOn(e.target.value)} />
          </Field>
        ) : null}
        <DialogActions onCancel={close} busy={saving} submitLabel={`${TITLES[action]} ${n}`} busyLabel="Working…" danger={action === 'disconnect'} />
      </form>
    </Dialog>
  );
}
