// A deterministic generator of malformed requests for the seam fuzzer (issue 10 "Tests"):
// from a channel's request schema, a plausible request, then every way of breaking it one
// thing at a time: wrong types, a missing required field and an unknown field at every
// level, huge strings, ill-formed Unicode (lone surrogates) and calendar-invalid dates.
// It reads zod 4's schema definitions (`_zod.def`), the same ones `safeParse` runs on.
import type { z } from 'zod';

interface Def {
  type: string;
  shape?: Record<string, Schema>;
  innerType?: Schema;
  in?: Schema;
  element?: Schema;
  options?: Schema[];
  entries?: Record<string, string | number>;
  values?: unknown[];
}
type Schema = z.ZodType & { _zod: { def: Def } };

export interface Malformed {
  /** JSON pointer of what was broken and how, for the failure list. */
  label: string;
  request: unknown;
  /** A value that is wrong for the business (year 9999) rather than for the schema's types. */
  badValueOnly?: boolean;
}

const STRING_CANDIDATES = ['Demo text', '2026-10-05T15:00:00Z', '2026-10', '2026-10-05', '1200.00', '916-555-0101', 'demo@example.gov', 'America/Los_Angeles', 'att-calnet3-service-impacting'];
const NUMBER_CANDIDATES = [1, 2, 60, 0, 1200];

const def = (s: Schema): Def => s._zod.def;

/** The schema under optional / default / nullable wrappers, and whether it may be left out or be null. */
function unwrap(s: Schema): { core: Schema; optional: boolean; nullable: boolean } {
  let core = s;
  let optional = false;
  let nullable = false;
  for (;;) {
    const d = def(core);
    if (d.type === 'optional' || d.type === 'default') optional = true;
    else if (d.type === 'nullable') nullable = true;
    else break;
    core = d.innerType!;
  }
  return { core, optional, nullable };
}

/** A plausible value for a schema: the first candidate it accepts, so that one break at a time is what is refused. */
export function plausible(s: Schema): unknown {
  const v = shapeOf(s);
  if (s.safeParse(v).success) return v;
  // A refinement or transform the shape alone does not satisfy (a dollar amount, an e-mail).
  return [...STRING_CANDIDATES, ...NUMBER_CANDIDATES].find((c) => s.safeParse(c).success) ?? v;
}

function shapeOf(s: Schema): unknown {
  const d = def(s);
  switch (d.type) {
    case 'object':
      return Object.fromEntries(Object.entries(d.shape!).map(([k, v]) => [k, plausible(v)]));
    case 'optional':
    case 'default':
    case 'nullable':
      return plausible(d.innerType!);
    case 'pipe':
      return plausible(d.in!);
    case 'union':
      for (const o of d.options!) {
        const v = plausible(o);
        if (o.safeParse(v).success) return v;
      }
      return plausible(d.options![0]!);
    case 'string':
      return STRING_CANDIDATES.find((c) => s.safeParse(c).success) ?? 'x';
    case 'number':
      return NUMBER_CANDIDATES.find((c) => s.safeParse(c).success) ?? 1;
    case 'boolean':
      return false;
    case 'enum':
      return Object.values(d.entries!)[0];
    case 'literal':
      return d.values![0];
    case 'array':
      return [plausible(d.element!)];
    default:
      return '1';
  }
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

/** Values of the wrong JSON type for a field whose core schema is `type`. */
function wrongTypes(type: string): unknown[] {
  switch (type) {
    case 'string':
    case 'enum':
      return [42, true, {}, ['x']];
    case 'number':
      return ['1', '0x10', '1e3', true, {}, [1], Number.NaN, Number.POSITIVE_INFINITY, 1e308, 2.5];
    case 'boolean':
      return ['true', 1, 0, {}];
    case 'object':
      return ['x', 1, [], true];
    case 'array':
      return ['x', 1, {}, true];
    default:
      return [];
  }
}

/** Strings no field should take: ill-formed Unicode and a size no field needs. */
function oddStrings(base: string): unknown[] {
  const odd: unknown[] = [`${base}\uD800`, `\uDC00${base}`, 'x'.repeat(300_000)];
  if (INSTANT.test(base)) odd.push('2026-02-30T10:00:00Z', '2026-10-05T25:00:00Z', '2026-13-01T10:00:00Z');
  else if (DATE.test(base)) odd.push('2026-02-30', '2026-04-31', '2026-13-01');
  else if (MONTH.test(base)) odd.push('2026-13', '2026-00');
  return odd;
}

function setAt(root: unknown, path: (string | number)[], value: unknown, remove = false): unknown {
  if (path.length === 0) return value;
  const copy = (Array.isArray(root) ? [...(root as unknown[])] : { ...(root as Record<string, unknown>) }) as Record<string | number, unknown>;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (rest.length === 0 && remove) delete copy[head];
  else copy[head] = setAt(copy[head], rest, value, remove);
  return copy;
}

const pointer = (path: (string | number)[]) => '/' + path.join('/');

/** Every one-break variant of `base` (a plausible request for `schema`). */
export function malformedVariants(schema: Schema, base: unknown): Malformed[] {
  const out: Malformed[] = [];
  // null and undefined stand for "no request" at the seam (dispatch reads them as {}).
  for (const top of ['not an object', 42, true, [], [base]]) out.push({ label: `whole request = ${JSON.stringify(top)}`, request: top });

  const visit = (s: Schema, value: unknown, path: (string | number)[]) => {
    const { core, optional, nullable } = unwrap(s);
    let d = def(core);
    let target = core;
    while (d.type === 'pipe') {
      target = d.in!;
      d = def(target);
    }
    const here = pointer(path);
    if (path.length > 0) {
      if (!optional) out.push({ label: `${here} missing`, request: setAt(base, path, undefined, true) });
      if (!nullable) out.push({ label: `${here} = null`, request: setAt(base, path, null) });
      const kind = d.type === 'union' ? '' : d.type;
      for (const w of wrongTypes(kind)) {
        // 2.5 is wrong only for a whole number; a union (dollars) takes a string or a number.
        if (w === 2.5 && target.safeParse(w).success) continue;
        out.push({ label: `${here} = ${JSON.stringify(w) ?? String(w)}`, request: setAt(base, path, w) });
      }
      // An id no record has (a foreign key to nothing): a bad value, never 'internal'.
      const key = String([...path].reverse().find((p) => typeof p === 'string') ?? '');
      if (typeof value === 'number' && d.type === 'number' && /^id$|Ids?$/.test(key)) out.push({ label: `${here} = 999999 (no such record)`, request: setAt(base, path, 999_999), badValueOnly: true });
      if (typeof value === 'string') {
        for (const o of oddStrings(value)) out.push({ label: `${here} = ${String(o).slice(0, 40)}${String(o).length > 40 ? '…' : ''}`, request: setAt(base, path, o) });
        if (INSTANT.test(value)) out.push({ label: `${here} = year 9999`, request: setAt(base, path, '9999-12-31T10:00:00Z'), badValueOnly: true });
      }
    }
    if (d.type === 'object' && value !== null && typeof value === 'object') {
      out.push({ label: `${here === '/' ? '' : here}/unexpectedField added`, request: setAt(base, [...path, 'unexpectedField'], 'x') });
      for (const [k, v] of Object.entries(d.shape!)) visit(v, (value as Record<string, unknown>)[k], [...path, k]);
    }
    if (d.type === 'array' && Array.isArray(value) && value.length > 0) visit(d.element!, value[0], [...path, 0]);
  };
  visit(schema, base, []);
  return out;
}
