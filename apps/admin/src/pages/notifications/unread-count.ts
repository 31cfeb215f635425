/**
 * Tells the header's Notifications link to count again (after "Mark all as read"), without the
 * header and the pages sharing more than this.
 */
type Listener = () => void;
const listeners = new Set<Listener>();
let version = 0;

export function subscribeUnreadChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const unreadVersion = (): number => version;

export function unreadChanged(): void {
  version += 1;
  for (const listener of listeners) listener();
}
