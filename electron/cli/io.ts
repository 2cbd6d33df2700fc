// Small helpers of the `sla` command: read a JSON file into problems instead of exceptions, and
// print problems as `PATH: message` lines.
import { readFileSync } from 'node:fs';
import type { Problem } from '../../shared/validation/problem';
import { formatProblem, problemLine } from '../../shared/validation/problem';
import { parseJsonText } from '../../shared/case/read';

export class InputError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.problems = problems;
  }
}

function reason(err: unknown): string {
  const code = (err as { code?: unknown }).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder, not a file';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}

/** The parsed JSON of a file; throws InputError (never anything else) when it cannot. */
export function readJsonFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new InputError([{ path: '', message: `cannot read ${JSON.stringify(path)}: ${reason(err)}` }]);
  }
  const parsed = parseJsonText(text, path);
  if (!parsed.ok) throw new InputError(parsed.problems);
  return parsed.value;
}

export function problemLines(problems: ReadonlyArray<Problem>): string {
  return problems.map((p) => problemLine(p) + '\n').join('');
}
