import type { NotificationDelivery, NotificationKind } from '@pies/domain';
import { t } from '@pies/i18n';

/** The settings page's words for a kind: its legend and hint. */
export const kindLegend = (kind: NotificationKind) =>
  t(`notificationsPage.settings.kinds.${kind}.legend`);
export const kindHint = (kind: NotificationKind) =>
  t(`notificationsPage.settings.kinds.${kind}.hint`);

/** "a new audit cycle opens" (the words the mails use for a kind). */
export const kindWhen = (kind: NotificationKind) => t(`notifications.kinds.${kind}`);

export const DELIVERY_LABEL: Record<NotificationDelivery, string> = {
  immediate: t('notificationsPage.settings.immediate'),
  digest: t('notificationsPage.settings.digest'),
  off: t('notificationsPage.settings.off'),
};
