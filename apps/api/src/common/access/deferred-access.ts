import type { Actor } from './actor';

/**
 * Access to a route that checks it in its own statement (`@AccessInStatement`). The guard has
 * checked what needs no database (a session cookie is sent, the ids are well formed) and left
 * the rest to the handler, which then either
 * - runs one statement that reads the session, checks its CSRF token and the caller's roles,
 *   and acts only if they allow it, then calls `granted` with the user it found; or
 * - calls `complete`: the guard's own full check, which gives the actor or throws the guard's
 *   401, 403 or 404.
 *
 * Until one of these has happened no answer but the guard's reaches the client: the exception
 * filter completes the check before reporting any other error (so a stranger's bad body still
 * gets 401, not 400), and a success sent while access is pending is refused (see app.factory).
 */
export class DeferredAccess {
  private userId: string | null = null;
  private checking: Promise<Actor> | null = null;

  constructor(
    /** SHA-256 (hex) of the session token in the cookie: the `sessions` key. */
    readonly tokenHash: string,
    /** SHA-256 (hex) of the X-CSRF-Token header, if sent: compared with the session's. */
    readonly csrfHash: string | undefined,
    private readonly check: () => Promise<Actor>,
    private readonly onGranted: (userId: string) => void,
  ) {}

  get pending(): boolean {
    return this.userId === null;
  }

  /** The guard's full check, run once however often it is asked for. */
  complete(): Promise<Actor> {
    this.checking ??= this.check().then((actor) => {
      this.granted(actor.userId);
      return actor;
    });
    return this.checking;
  }

  /** Access was granted to this user by the handler's own statement. */
  granted(userId: string): void {
    this.userId = userId;
    this.onGranted(userId);
  }
}
