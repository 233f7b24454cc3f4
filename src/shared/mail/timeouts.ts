/** How long one side of a mailbox may take to connect and greet: long enough for a slow server far away, short enough for a brand waiting on a button. */
export const MAIL_TIMEOUT_MS = 15_000;
