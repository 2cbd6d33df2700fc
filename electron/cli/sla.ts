// `npm run --silent sla -- evaluate CASE.json` / `... calendar REQUEST.json` (docs/case-format.md).
// Success: the answer as JSON on stdout, exit 0. Bad input: nothing on stdout, one
// `PATH: message` line per problem on stderr, exit 2. Never a stack trace: everything is caught.
import { parseCalendarRequest, runCalendarRequest } from '../../shared/calendar/request';
import { evaluateAnyCase, validateAnyCase } from '../../shared/sla/index';
import { InputError, problemLines, readJsonFile } from './io';

const USAGE = `usage: npm run --silent sla -- evaluate CASE.json    the SLA report of a case file (docs/case-format.md)
       npm run --silent sla -- calendar REQUEST.json business-time answers (add, between, addBusinessDays)
       npm run --silent sla -- --help                this text`;

/** The command line itself is wrong (not a file's content): said plainly, with the usage. */
class UsageError extends Error {}

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_BAD_INPUT = 2;

export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

function bad(message: string): never {
  throw new UsageError(message);
}

function compute(argv: ReadonlyArray<string>): unknown {
  const [command, file, ...extra] = argv;
  if (command === undefined) bad('missing the subcommand (evaluate or calendar)');
  if (command !== 'evaluate' && command !== 'calendar') bad(`unknown subcommand ${JSON.stringify(command)}`);
  if (file === undefined || file === '') bad(`missing the ${command === 'evaluate' ? 'case' : 'request'} file argument`);
  if (extra.length > 0) bad(`unexpected argument${extra.length > 1 ? 's' : ''} ${extra.map((a) => JSON.stringify(a)).join(', ')}`);
  const json = readJsonFile(file);
  if (command === 'evaluate') {
    // The case's `catalog` decides its inputs and rules: CALNET's, or a service-level catalog's (the help desk).
    const v = validateAnyCase(json);
    if (!v.ok) throw new InputError(v.problems);
    return evaluateAnyCase(v.value);
  }
  const r = parseCalendarRequest(json);
  if (!r.ok) throw new InputError(r.problems);
  return runCalendarRequest(r.value);
}

/** Runs the command without touching the process (tests call this directly too). */
export function runCli(argv: ReadonlyArray<string>): CliOutcome {
  if (argv.length === 1 && ['--help', '-h', 'help'].includes(argv[0]!)) return { code: EXIT_OK, stdout: `${USAGE}\n`, stderr: '' };
  try {
    const answer = compute(argv);
    return { code: EXIT_OK, stdout: JSON.stringify(answer, null, 2) + '\n', stderr: '' };
  } catch (err) {
    if (err instanceof UsageError) return { code: EXIT_BAD_INPUT, stdout: '', stderr: `sla: ${err.message}\n${USAGE}\n` };
    if (err instanceof InputError) return { code: EXIT_BAD_INPUT, stdout: '', stderr: problemLines(err.problems) };
    const message = err instanceof Error ? err.message : String(err);
    return { code: EXIT_INTERNAL, stdout: '', stderr: problemLines([{ path: '', message: `internal error (please report it): ${message}` }]) };
  }
}

function main(): void {
  let outcome: CliOutcome;
  try {
    outcome = runCli(process.argv.slice(2));
  } catch {
    outcome = { code: EXIT_INTERNAL, stdout: '', stderr: '/: internal error\n' };
  }
  if (outcome.stderr) process.stderr.write(outcome.stderr);
  if (outcome.stdout) process.stdout.write(outcome.stdout);
  process.exitCode = outcome.code;
}

main();
