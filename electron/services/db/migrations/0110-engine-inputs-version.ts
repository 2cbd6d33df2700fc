// Schema v11: a version of the engine's inputs, moved by triggers on every table the evaluation
// reads (electron/services/evaluation), so what it keeps between calls (a month's rows and
// prepared model) is forgotten when those change and only then. Until v10 any write forgot them:
// excluding one line of a draft claim, a claims-only write, read and prepared the month again
// (about 0.5 s on a year's agency). A table the evaluation reads later gets its triggers in the
// migration that adds it (test/integration/db/engineInputs.test.ts checks every table it reads).
export const ENGINE_INPUT_TABLES = [
  'agency', 'contractors', 'services', 'tickets', 'ticket_events', 'incidents', 'stop_clocks', 'ticket_notices', 'ticket_times',
  'orders', 'survivability_events', 'sla_history', 'contract_figures',
] as const;

const triggers = ENGINE_INPUT_TABLES.flatMap((t) =>
  (['insert', 'update', 'delete'] as const).map(
    (op) => `CREATE TRIGGER ${t}_engine_inputs_${op} AFTER ${op.toUpperCase()} ON ${t} BEGIN UPDATE engine_inputs SET version = version + 1 WHERE id = 1; END;`,
  ),
);

export const sql = `
CREATE TABLE engine_inputs (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL
);
INSERT INTO engine_inputs (id, version) VALUES (1, 0);
${triggers.join('\n')}
`;
