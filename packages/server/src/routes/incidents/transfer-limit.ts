// A small in-process cap on concurrent evidence-file transfers (uploads and downloads together).
// An upload is buffered up to the attachment limit (25 MiB by default) before it is stored, and a
// download holds a 1 MiB chunk at a time; without a cap a burst of large transfers could take the
// memory of the whole process. Callers past the cap wait in order (FIFO) instead of being refused:
// a waiting upload's body simply stays unread in the socket.

/** At most this many uploads and downloads of attachments run at once in one server process. */
export const MAX_CONCURRENT_ATTACHMENT_TRANSFERS = 4;

/** Gives back the slot; calling it more than once is harmless. */
export type ReleaseTransfer = () => void;

export interface TransferLimit {
  /** Resolves once a slot is free; the caller must release it when the transfer ends, however it ends. */
  acquire(): Promise<ReleaseTransfer>;
  readonly active: number;
  readonly waiting: number;
}

export function createTransferLimit(max: number): TransferLimit {
  if (!Number.isInteger(max) || max < 1) throw new RangeError('max must be a positive integer');
  let active = 0;
  const queue: (() => void)[] = [];

  const grant = (): ReleaseTransfer => {
    active += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      active -= 1;
      // Hand the slot straight to the longest waiter.
      queue.shift()?.();
    };
  };

  return {
    acquire() {
      if (active < max) return Promise.resolve(grant());
      return new Promise((resolve) => queue.push(() => resolve(grant())));
    },
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
  };
}
