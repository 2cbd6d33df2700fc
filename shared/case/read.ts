// A case file from its text: the JSON read (a byte-order mark dropped, a syntax error placed at
// its line and column) and then validated (validate.ts). The `sla` command reads a file through
// it and the app's import reads pasted or picked text through it, so both say the same thing,
// `PATH: message`, about the same bad case.
import type { Problem } from '../validation/problem';
import { findJsonSyntaxError, lineColumn } from '../validation/jsonSyntax';
import type { CaseFile } from './types';
import { validateCase } from './validate';

export type JsonText = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

/** The JSON value of `text`, or the one problem saying where it goes wrong; `name` names the file in the message. */
export function parseJsonText(text: string, name: string): JsonText {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (err) {
    const found = findJsonSyntaxError(body);
    const detail = found
      ? `at ${lineColumn(body, found.offset)}: ${found.message}`
      : `: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
    return { ok: false, problems: [{ path: '', message: `${JSON.stringify(name)} is not valid JSON ${detail}`.replace(' :', ':') }] };
  }
}

/** A case file from its text, or every problem found (the JSON's, else the case's). */
export function readCaseText(text: string, name: string): { ok: true; value: CaseFile; json: unknown } | { ok: false; problems: Problem[]; json?: unknown } {
  const parsed = parseJsonText(text, name);
  if (!parsed.ok) return parsed;
  const v = validateCase(parsed.value);
  return v.ok ? { ok: true, value: v.value, json: parsed.value } : { ok: false, problems: v.problems, json: parsed.value };
}
