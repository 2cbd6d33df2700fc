// What the data file refused, in words: a request whose values pass the schema but break a
// rule the file itself keeps (a reference to a record that does not exist, a duplicate, a
// CHECK) is a bad value, answered 'invalid', never 'internal' (issue 10 item 6). The
// transaction it ran in has rolled back, so nothing was saved.

interface SqliteFailure {
  code?: unknown;
}

const MESSAGES: Array<[RegExp, string]> = [
  [/^SQLITE_CONSTRAINT_FOREIGNKEY$/, 'The request refers to a record that does not exist (it may have been deleted); nothing was saved'],
  [/^SQLITE_CONSTRAINT_(UNIQUE|PRIMARYKEY)$/, 'A record with the same identifying values already exists; nothing was saved'],
  [/^SQLITE_CONSTRAINT/, 'A value is outside what the data file accepts; nothing was saved'],
  [/^SQLITE_TOOBIG$/, 'A value is too large to keep; nothing was saved'],
];

/** The message for an error the data file raised about the values written, or null for any other error. */
export function refusedByStore(e: unknown): string | null {
  if (!(e instanceof Error) || e.name !== 'SqliteError') return null;
  const code = (e as SqliteFailure).code;
  if (typeof code !== 'string') return null;
  return MESSAGES.find(([re]) => re.test(code))?.[1] ?? null;
}
