/**
 * What a person can be told, and how. Each kind is one occasion's notice (in the app, and by
 * mail at once, in a daily digest, or not at all, as the person chooses). Account mail
 * (invitations, password resets) is not a notification: it cannot be turned off.
 */
export const NOTIFICATION_KINDS = [
  'cycle_opened',
  'audit_challenged',
  'audit_returned',
  'audit_accepted',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_DELIVERIES = ['immediate', 'digest', 'off'] as const;
export type NotificationDelivery = (typeof NOTIFICATION_DELIVERIES)[number];

/** At once for everything unless the person chooses otherwise. */
export const DEFAULT_DELIVERY: Record<NotificationKind, NotificationDelivery> = {
  cycle_opened: 'immediate',
  audit_challenged: 'immediate',
  audit_returned: 'immediate',
  audit_accepted: 'immediate',
};

/** The London hour a daily digest goes out at, unless the person chooses another (0-23). */
export const DEFAULT_DIGEST_HOUR = 7;

/** How long the notification page looks back. */
export const NOTIFICATION_DAYS_SHOWN = 90;
