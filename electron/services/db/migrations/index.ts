// Numbered, forward-only migrations (ARCHITECTURE.md "Data"). Each entry's version is the
// PRAGMA user_version after it runs; versions step by 10 and must strictly increase.
import * as m0010 from './0010-initial-schema';
import * as m0020 from './0020-tickets-orders';
import * as m0030 from './0030-escalation';
import * as m0040 from './0040-money-inputs';
import * as m0050 from './0050-corrections';
import * as m0060 from './0060-claims';
import * as m0070 from './0070-conversion';
import * as m0080 from './0080-reconcile';
import * as m0090 from './0090-ccc';
import * as m0100 from './0100-claim-call-retraction';
import * as m0110 from './0110-engine-inputs-version';
import type { Db } from '../open';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Work SQL cannot do (e.g. time zones), run after `sql` in the same transaction. */
  run?: (db: Db) => void;
}

export const migrations: readonly Migration[] = [
  { version: 10, name: '0010-initial-schema', sql: m0010.sql },
  { version: 20, name: '0020-tickets-orders', sql: m0020.sql },
  { version: 30, name: '0030-escalation', sql: m0030.sql },
  { version: 40, name: '0040-money-inputs', sql: m0040.sql, run: m0040.run },
  { version: 50, name: '0050-corrections', sql: m0050.sql },
  { version: 60, name: '0060-claims', sql: m0060.sql },
  { version: 70, name: '0070-conversion', sql: m0070.sql },
  { version: 80, name: '0080-reconcile', sql: m0080.sql },
  { version: 90, name: '0090-ccc', sql: m0090.sql },
  { version: 100, name: '0100-claim-call-retraction', sql: m0100.sql },
  { version: 110, name: '0110-engine-inputs-version', sql: m0110.sql },
];

for (let i = 1; i < migrations.length; i++) {
  const prev = migrations[i - 1];
  const cur = migrations[i];
  if (!prev || !cur || cur.version <= prev.version) throw new Error('migrations must have strictly increasing versions');
}

export const LATEST_VERSION = migrations[migrations.length - 1]?.version ?? 0;
