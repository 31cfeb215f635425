/** The job that sends one outbox row (data `{ id }`, keyed by the row). */
export const MAIL_QUEUE = 'mail';
/** The periodic pass that queues a `mail` job for every row still queued. */
export const MAIL_SWEEP_QUEUE = 'mail-sweep';
/** Tries at sending one message before it is marked failed (about 45 minutes of backoff). */
export const MAIL_MAX_ATTEMPTS = 50;
