// The billing check of a help-desk month (sla:billingCheck): per line of support, the month's
// incidents × the year's flat rate, the expected bill beside the amount billed and the difference;
// and the two inputs: the amount billed (with its invoice) and the year's rates.
import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { useApiQuery } from '../api/useApiQuery';
import { notify } from '../shell/notices';
import { Field } from '../ui/Field';
import { FormErrorText } from '../ui/Form';
import { errorIssues, pointerSegments } from '../ui/fieldErrors';
import { LoadError } from '../ui/ScreenStates';
import { ExplainLines } from '../ui/SlaBits';
import { MoneyInput } from '../ui/MoneyInput';
import { monthLabel } from '../ui/slaText';
import { catalogOf, centsText, differenceText, type Contract } from './model';

const TABLES = ['tickets', 'services', 'billing_rates', 'billed_amounts'] as const;

export function BillingPanel({ contract, month }: { contract: Contract; month: string }) {
  const k = { contractorId: contract.contractorId, catalogId: contract.catalogId };
  const check = useApiQuery('sla:billingCheck', { ...k, month }, TABLES);
  const c = check.data;
  return (
    <div className="billing-panel">
      <section className="panel" aria-labelledby="billing-check-title">
        <h2 id="billing-check-title">Bill for {monthLabel(month)}</h2>
        {check.error && !c ? (
          <LoadError message={`The bill could not be checked: ${check.error.message}`} onRetry={check.reload} />
        ) : !c ? (
          <p className="muted">Loading…</p>
        ) : (
          <>
            <table className="data-table billing-table">
              <caption className="visually-hidden">Expected bill by line of support</caption>
              <thead>
                <tr>
                  <th scope="col">Line of support</th>
                  <th scope="col" className="col-num">Count</th>
                  <th scope="col" className="col-num">Rate ({c.year})</th>
                  <th scope="col" className="col-num">Expected</th>
                </tr>
              </thead>
              <tbody>
                {c.lines.map((l) => (
                  <tr key={l.serviceType}>
                    <th scope="row">{l.title}</th>
                    <td className="col-num">
                      {l.count} {l.billedPer}
                      {l.count === 1 ? '' : 's'}
                    </td>
                    <td className="col-num">{l.rateCents === null ? 'No rate' : centsText(l.rateCents)}</td>
                    <td className="col-num">{centsText(l.expectedCents)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={3}>
                    Expected bill
                  </th>
                  <td className="col-num" data-testid="billing-expected">
                    {centsText(c.expectedCents)}
                  </td>
                </tr>
                <tr>
                  <th scope="row" colSpan={3}>
                    Billed{c.invoice ? ` (invoice ${c.invoice})` : ''}
                  </th>
                  <td className="col-num" data-testid="billing-billed">
                    {c.billedCents === null ? 'Not entered' : centsText(c.billedCents)}
                  </td>
                </tr>
                <tr className={c.differenceCents ? 'billing-differs' : undefined}>
                  <th scope="row" colSpan={3}>
                    Difference
                  </th>
                  <td className="col-num" data-testid="billing-difference">
                    {differenceText(c.differenceCents)}
                  </td>
                </tr>
              </tfoot>
            </table>
            {c.missingRates.length > 0 ? <p className="form-error">No {c.year} rate for {c.missingRates.join(', ')}: enter it below.</p> : null}
            <ExplainLines lines={c.explain} what={`the bill for ${monthLabel(month)}`} />
          </>
        )}
      </section>
      <BilledForm key={`${contract.contractorId}|${month}`} contract={contract} month={month} />
      <RatesForm key={`${contract.contractorId}|${month.slice(0, 4)}`} contract={contract} year={month.slice(0, 4)} />
    </div>
  );
}

function fieldErrors(error: Parameters<typeof errorIssues>[0], head: string): { fields: Record<string, string>; form: string[] } {
  const fields: Record<string, string> = {};
  const form: string[] = [];
  for (const issue of errorIssues(error)) {
    const seg = pointerSegments(issue.path);
    const key = seg[0] === head ? (seg[1] ?? '') : (seg[0] ?? '');
    if (key && fields[key] === undefined) fields[key] = issue.message;
    else form.push(issue.message);
  }
  return { fields, form };
}

function BilledForm({ contract, month }: { contract: Contract; month: string }) {
  const k = { contractorId: contract.contractorId, catalogId: contract.catalogId };
  const inputs = useApiQuery('billing:list', { ...k, year: month.slice(0, 4) }, ['billed_amounts']);
  const recorded = inputs.data?.billed.find((b) => b.month === month);
  const [amount, setAmount] = useState<string | null>(null);
  const [invoice, setInvoice] = useState<string | null>(null);
  const [errors, setErrors] = useState<{ fields: Record<string, string>; form: string[] }>({ fields: {}, form: [] });
  const shownAmount = amount ?? (recorded ? (recorded.amountCents / 100).toFixed(2) : '');
  const shownInvoice = invoice ?? recorded?.invoice ?? '';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await api.invoke('billing:setBilled', { ...k, month, amount: shownAmount, invoice: shownInvoice });
    if (!r.ok) return setErrors(fieldErrors(r.error, ''));
    notify(`Billed amount for ${monthLabel(month)} saved`);
    setErrors({ fields: {}, form: [] });
    setAmount(null);
    setInvoice(null);
  };
  return (
    <section className="panel" aria-labelledby="billed-title">
      <h2 id="billed-title">Amount billed for {monthLabel(month)}</h2>
      <form className="form" onSubmit={submit} noValidate aria-label={`Amount billed for ${monthLabel(month)}`}>
        <FormErrorText messages={errors.form} />
        <div className="form-grid">
          <Field label="Billed amount" error={errors.fields.amount} hint="The total of the center's bill for the month.">
            <MoneyInput value={shownAmount} onChange={setAmount} />
          </Field>
          <Field label="Invoice" error={errors.fields.invoice}>
            <input type="text" value={shownInvoice} maxLength={64} autoComplete="off" onChange={(e) => setInvoice(e.target.value)} />
          </Field>
        </div>
        <div className="button-row">
          <button type="submit" className="button primary">
            Save billed amount
          </button>
        </div>
      </form>
    </section>
  );
}

function RatesForm({ contract, year }: { contract: Contract; year: string }) {
  const catalog = catalogOf(contract);
  const k = { contractorId: contract.contractorId, catalogId: contract.catalogId };
  const inputs = useApiQuery('billing:list', { ...k, year }, ['billing_rates']);
  const [draft, setDraft] = useState<Record<string, string> | null>(null);
  const [errors, setErrors] = useState<{ fields: Record<string, string>; form: string[] }>({ fields: {}, form: [] });
  const recorded = Object.fromEntries(catalog.serviceTypes.map((t) => {
    const r = inputs.data?.rates.find((x) => x.serviceType === t.id);
    return [t.id, r ? (r.rateCents / 100).toFixed(2) : ''];
  }));
  const shown = draft ?? recorded;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const rates = catalog.serviceTypes.filter((t) => (shown[t.id] ?? '').trim() !== '').map((t) => ({ serviceType: t.id, rate: shown[t.id]!.trim() }));
    const r = await api.invoke('billing:setRates', { ...k, year, rates });
    if (!r.ok) {
      // /rates/N/rate → the N-th sent line's service type.
      const fields: Record<string, string> = {};
      const form: string[] = [];
      for (const issue of errorIssues(r.error)) {
        const [head, n] = pointerSegments(issue.path);
        const t = head === 'rates' && n !== undefined ? rates[Number(n)]?.serviceType : undefined;
        if (t && fields[t] === undefined) fields[t] = issue.message;
        else form.push(issue.message);
      }
      return setErrors({ fields, form });
    }
    notify(`${year} rates saved`);
    setErrors({ fields: {}, form: [] });
    setDraft(null);
  };
  return (
    <section className="panel" aria-labelledby="rates-title">
      <h2 id="rates-title">{year} rates</h2>
      <p className="panel-intro small">The flat rate per incident (per call for hardware), determined each year. A line left empty has no rate.</p>
      <form className="form" onSubmit={submit} noValidate aria-label={`${year} rates`}>
        <FormErrorText messages={errors.form} />
        <div className="form-grid">
          {catalog.serviceTypes.map((t) => (
            <Field key={t.id} label={`${t.title} (per ${t.billedPer})`} error={errors.fields[t.id]}>
              <MoneyInput value={shown[t.id] ?? ''} onChange={(v) => setDraft({ ...shown, [t.id]: v })} />
            </Field>
          ))}
        </div>
        <div className="button-row">
          <button type="submit" className="button primary">
            Save rates
          </button>
        </div>
      </form>
    </section>
  );
}
