import type { IpcError } from '../../shared/ipc/contract';
import type { Problem } from '../../shared/validation/problem';

/** An error the user can act on: it crosses the seam as `{ code, message, path }`. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly path: string = '',
    readonly issues?: Problem[],
  ) {
    super(message);
    this.name = 'AppError';
  }

  toIpc(): IpcError {
    return this.issues ? { code: this.code, message: this.message, path: this.path, issues: this.issues } : { code: this.code, message: this.message, path: this.path };
  }
}

export const notFound = (what: string, path = '/id') => new AppError('not_found', `${what} was not found (it may have been deleted)`, path);
