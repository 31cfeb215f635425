import { Injectable } from '@nestjs/common';
import { TIME_ZONE } from '@pies/domain';
import type { EntityManager } from 'typeorm';
import { issueLink } from '../auth/account-links';
import { Clock } from '../clock/clock';
import { oneRow } from '../database/typed-query';
import { MailOutbox } from '../mail/mail-outbox';

/** Where roles are offered: a partnership, or an organisation. */
export interface OfferPlace {
  partnershipId: string | null;
  organisationId: string | null;
}

const LONDON_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: TIME_ZONE,
});

/**
 * Tells a person by mail about roles offered to them, in the caller's transaction. An account with
 * no password yet (a new person) gets an invitation link that sets it, valid 7 days, its older
 * links revoked; an account that has one gets a mail sending it to its invitations page. The mail
 * is on the Sent mail page of the partnership the roles are in (an organisation's, when it is in
 * exactly one; otherwise the platform admins' alone).
 */
@Injectable()
export class InvitationMailer {
  constructor(
    private readonly outbox: MailOutbox,
    private readonly clock: Clock,
  ) {}

  async send(
    tx: EntityManager,
    offer: { userId: string; inviterName: string; place: OfferPlace },
  ): Promise<void> {
    const { partnershipId, organisationId } = offer.place;
    const row = await oneRow<{
      email: string;
      has_password: boolean;
      place_name: string;
      partnership_ids: string[];
    }>(
      tx,
      `SELECT u.email, u.password_hash IS NOT NULL AS has_password,
              COALESCE((SELECT o.name FROM organisations o WHERE o.id = $3),
                       (SELECT p.name FROM partnerships p WHERE p.id = $2)) AS place_name,
              CASE WHEN $2::uuid IS NOT NULL THEN ARRAY[$2::uuid]
                   ELSE ARRAY(SELECT po.partnership_id FROM partnership_organisations po
                               WHERE po.organisation_id = $3) END AS partnership_ids
         FROM users u WHERE u.id = $1`,
      [offer.userId, partnershipId, organisationId],
    );
    const common = {
      to: row.email,
      partnershipId: row.partnership_ids.length === 1 ? row.partnership_ids[0] : null,
      userId: offer.userId,
    };
    const names = { inviterName: offer.inviterName, placeName: row.place_name };
    if (row.has_password) {
      await this.outbox.enqueue(tx, {
        ...common,
        template: 'role-offered',
        params: { path: '/invitations', ...names },
      });
      return;
    }
    const link = await issueLink(tx, offer.userId, 'invitation', this.clock.now());
    await this.outbox.enqueue(tx, {
      ...common,
      template: 'invitation',
      params: {
        path: `/invitation/${link.token}`,
        ...names,
        expiresOn: LONDON_DATE.format(link.expiresAt),
      },
    });
  }
}
