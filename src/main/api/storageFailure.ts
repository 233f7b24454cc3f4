import type { ErrorReason } from '../../shared/result';
import { diskNearlyFull, storageReason } from '../db/storageErrors';

export interface StorageFailure {
  reason: ErrorReason;
  message: string;
}

const SAVED: Record<ErrorReason, string> = {
  disk_full: 'The disk is full; nothing was saved. Free some space and try again.',
  read_only: 'The data folder is read-only (or Followthrough may not write there); nothing was saved. Make it writable and try again.',
  busy: 'The data was busy (another task was writing to it) and did not free up in time; nothing was saved. Try again in a moment.',
  io_error: 'The disk reported an error while writing; nothing was saved. Check the disk (or its cable or network connection) and try again.',
};

const READ: Record<ErrorReason, string> = {
  disk_full: 'The disk is full, so this could not be finished. Free some space and try again.',
  read_only: 'The data folder is read-only (or Followthrough may not use it), so this could not be finished. Make it writable and try again.',
  busy: 'The data was busy (another task was writing to it) and did not free up in time. Try again in a moment.',
  io_error: 'The disk reported an error while reading the data. Check the disk (or its cable or network connection) and try again.',
};

/**
 * What the user is told when the disk, not the request, made a call fail; null for any other error.
 * A failure of another kind on a disk with no room left is taken for a full disk: libraries do not
 * always pass the disk's error on (drizzle's migrator reports its failed ROLLBACK instead).
 */
export function storageFailure(error: unknown, options: { mutates: boolean; dbFile?: string }): StorageFailure | null {
  const reason = storageReason(error, options.dbFile) ?? (options.dbFile && diskNearlyFull(options.dbFile) ? 'disk_full' : null);
  if (!reason) return null;
  return { reason, message: (options.mutates ? SAVED : READ)[reason] };
}
