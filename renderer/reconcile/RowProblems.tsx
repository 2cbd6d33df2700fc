// What is wrong with a contractor's file: problems of the file as a whole, then each row's,
// naming the file's own column, first lines first (the back end sends at most 1,000 and counts
// them all).
import { count } from './model';

interface Problems {
  fileProblems: readonly string[];
  problems: ReadonlyArray<{ line: number; column: string; message: string }>;
  problemCount: number;
  invalidRowCount: number;
}

export function RowProblems({ p }: { p: Problems }) {
  return (
    <>
      {p.fileProblems.length > 0 ? (
        <div className="form-error" role="alert">
          <p>
            <strong>Problems with the file</strong>
          </p>
          <ul>
            {p.fileProblems.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {p.problems.length > 0 ? (
        <div className="preview-scroll recon-problems" tabIndex={0} role="region" aria-label="Rows with problems">
          <table className="data-table preview-table">
            <caption className="visually-hidden">Rows with problems</caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Column</th>
                <th scope="col">Problem</th>
              </tr>
            </thead>
            <tbody>
              {p.problems.map((x, i) => (
                <tr key={`${x.line}-${i}`} className="has-problems">
                  <td className="mono">{x.line}</td>
                  <td className="mono">{x.column || '(the row)'}</td>
                  <td className="problems">{x.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {p.problemCount > p.problems.length ? (
            <p className="table-note">…and {count(p.problemCount - p.problems.length, 'more problem')} not listed here.</p>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
