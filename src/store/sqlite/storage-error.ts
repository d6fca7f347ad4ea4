/** A database problem explained for the operator: what is wrong and what to do, state untouched. */
export class StorageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
  }
}

/**
 * The operator's version of a SQLite failure at `path`. Sitrep never deletes or recreates a
 * damaged database on its own: subscriptions and briefing history live there, so the operator
 * decides (restore a backup, or move the file aside and start empty).
 */
export function explainStorageError(error: unknown, path: string): Error {
  const code = (error as { code?: string } | undefined)?.code ?? '';
  const detail = error instanceof Error ? error.message : String(error);
  const aside = `mv ${path} ${path}.broken`;
  if (
    code.startsWith('SQLITE_NOTADB') ||
    code.startsWith('SQLITE_CORRUPT') ||
    /malformed|not a database/.test(detail)
  ) {
    return new StorageError(
      `${path} is damaged or is not a Sitrep database (${detail}). Sitrep left it as it is. ` +
        `Restore it from a backup, or move it aside to start with empty state (subscriptions, ` +
        `briefing history and pasted pages are lost; knowledge/ is re-indexed): ${aside}`,
      { cause: error },
    );
  }
  if (code.startsWith('SQLITE_FULL') || /disk is full|ENOSPC/.test(detail)) {
    return new StorageError(
      `The disk holding ${path} is full (${detail}). Free some space; nothing was lost.`,
      { cause: error },
    );
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new StorageError(
      `${path} is in use by another process (${detail}). Is another Sitrep running on the same data directory?`,
      { cause: error },
    );
  }
  if (
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_CANTOPEN') ||
    code.startsWith('SQLITE_PERM')
  ) {
    return new StorageError(
      `Sitrep cannot write ${path} (${detail}). Check that the data directory exists and is writable by this user.`,
      { cause: error },
    );
  }
  return error instanceof Error ? error : new Error(detail);
}
