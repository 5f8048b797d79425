/**
 * A refusal or failure of `npm run backup` / `npm run restore` that the person running it can act
 * on: the message says what happened and what to do, Vietnamese first, then English. The CLI prints
 * it without a stack trace and exits with `exitCode` (2: refused before anything changed; 1: failed).
 */
export class BackupError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}
