import { useMemo, useState, type FormEvent } from 'react';
import { AGENCY_KINDS, AGENCY_KIND_LABELS, type Agency, type AgencyKind } from '../../shared/ipc/agency';
import { api } from '../api/client';
import { useApiQuery } from '../api/useApiQuery';
import { notify } from '../shell/notices';
import { hrefFor } from '../shell/route';
import { Field } from '../ui/Field';
import { FormErrorList } from '../ui/Form';
import { labelled, Options } from '../ui/options';
import { mapFieldErrors, noErrors, type FormErrors } from '../ui/fieldErrors';
import { ClaimSettingsForm } from './ClaimSettingsForm';
import { timeZoneOptions } from './timeZones';

type AgencyField = 'name' | 'kind' | 'timeZone';
const LABELS: Record<AgencyField, string> = { name: 'Agency name', kind: 'Kind', timeZone: 'Time zone' };

export function AgencyScreen() {
  const agency = useApiQuery('agency:get', {}, ['agency']);
  return (
    <div className="screen agency">
      <div className="screen-head">
        <div>
          <h1>Agency</h1>
          <p className="screen-sub">Who you are to CALNET, and the contractors you buy from.</p>
        </div>
        {/* The daily copies belong to the agency's file: reachable from here as well as the menu. */}
        <a className="button" href={hrefFor('backups')}>
          Backups of this data file
        </a>
      </div>
      <div className="two-col">
        <section className="panel" aria-labelledby="profile-title">
          <h2 id="profile-title">Profile</h2>
          {agency.data ? (
            // Keyed by the saved version: a save (here or elsewhere) starts the draft afresh.
            <AgencyForm key={agency.data.updatedAt} agency={agency.data} />
          ) : agency.error ? (
            <p className="form-error" role="alert">
              {agency.error.message}
            </p>
          ) : (
            <p className="muted">Loading…</p>
          )}
        </section>
        <ContractorsPanel />
        <section className="panel" aria-labelledby="claim-settings-title">
          <h2 id="claim-settings-title">Claim letters and reminders</h2>
          <p className="muted small">Your signature block on the claim packet, and when an unanswered claim needs chasing.</p>
          {agency.data ? <ClaimSettingsForm key={agency.data.updatedAt} agency={agency.data} /> : null}
        </section>
      </div>
    </div>
  );
}

function AgencyForm({ agency }: { agency: Agency }) {
  const [name, setName] = useState(agency.name);
  const [kind, setKind] = useState<AgencyKind>(agency.kind);
  const [timeZone, setTimeZone] = useState(agency.timeZone);
  const [errors, setErrors] = useState<FormErrors<AgencyField>>(noErrors());
  const [saving, setSaving] = useState(false);
  const zones = useMemo(() => timeZoneOptions(agency.timeZone), [agency.timeZone]);
  const dirty = name !== agency.name || kind !== agency.kind || timeZone !== agency.timeZone;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    const result = await api.invoke('agency:update', { name, kind, timeZone });
    setSaving(false);
    if (!result.ok) {
      setErrors(mapFieldErrors(result.error, LABELS));
      return;
    }
    setErrors(noErrors());
    notify('Agency profile saved');
  };

  const clear = (f: AgencyField) => setErrors((prev) => ({ form: prev.form, fields: { ...prev.fields, [f]: undefined } }));

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Agency profile">
      <FormErrorList messages={errors.form} />
      <Field label="Agency name" error={errors.fields.name} required>
        <input
          type="text"
          value={name}
          maxLength={120}
          onChange={(e) => {
            setName(e.target.value);
            clear('name');
          }}
        />
      </Field>
      <Field label="Kind" error={errors.fields.kind} required hint="Decides which CALNET rules apply to your conversions.">
        <select
          value={kind}
          onChange={(e) => {
            setKind(e.target.value as AgencyKind);
            clear('kind');
          }}
        >
          <Options items={labelled(AGENCY_KINDS, AGENCY_KIND_LABELS)} />
        </select>
      </Field>
      <Field label="Time zone" error={errors.fields.timeZone} required hint="Business hours and deadlines are counted in this zone.">
        <select
          value={timeZone}
          onChange={(e) => {
            setTimeZone(e.target.value);
            clear('timeZone');
          }}
        >
          <Options items={zones.map((z) => ({ value: z, label: z.replace(/_/g, ' ') }))} />
        </select>
      </Field>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={saving || !dirty}>
          {saving ? 'Saving…' : 'Save profile'}
        </button>
        {dirty && !saving ? (
          <button
            type="button"
            className="button subtle"
            onClick={() => {
              setName(agency.name);
              setKind(agency.kind);
              setTimeZone(agency.timeZone);
              setErrors(noErrors());
            }}
          >
            Discard changes
          </button>
        ) : null}
      </div>
    </form>
  );
}

function ContractorsPanel() {
  const contractors = useApiQuery('contractors:list', {}, ['contractors', 'services']);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const add = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const result = await api.invoke('contractors:create', { name });
    setBusy(false);
    if (!result.ok) {
      setError(mapFieldErrors(result.error, { name: 'Contractor name' }).fields.name ?? result.error.message);
      return;
    }
    setName('');
    setError(undefined);
    notify(`Contractor ${result.value.name} added`);
  };

  return (
    <section className="panel" aria-labelledby="contractors-title">
      <h2 id="contractors-title">Contractors</h2>
      {contractors.data ? (
        contractors.data.length > 0 ? (
          <table className="data-table compact">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col" className="col-num">
                  Services
                </th>
              </tr>
            </thead>
            <tbody>
              {contractors.data.map((c) => (
                <tr key={c.id}>
                  <td>{c.name}</td>
                  <td className="col-num">{c.serviceCount.toLocaleString('en-US')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">No contractors yet.</p>
        )
      ) : contractors.error ? (
        <p className="form-error">{contractors.error.message}</p>
      ) : (
        <p className="muted">Loading…</p>
      )}
      <form className="form inline-form" onSubmit={add} noValidate aria-label="Add a contractor">
        <Field label="New contractor" error={error}>
          <input
            type="text"
            value={name}
            maxLength={120}
            placeholder="e.g. Lumen"
            onChange={(e) => {
              setName(e.target.value);
              setError(undefined);
            }}
          />
        </Field>
        <button type="submit" className="button" disabled={busy}>
          Add contractor
        </button>
      </form>
    </section>
  );
}
