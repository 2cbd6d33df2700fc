// Schema v10: a call logged up a claim's bill-or-contract ladder can be retracted, as a ticket's
// can since v5 (a click too many, undone from the notice). The line stays on the claim's timeline,
// struck through with who and why; it no longer counts toward the level the ladder reached.
export const sql = `
ALTER TABLE claim_events ADD COLUMN retracted_at TEXT;
ALTER TABLE claim_events ADD COLUMN retracted_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE claim_events ADD COLUMN retracted_by TEXT NOT NULL DEFAULT '';
`;
