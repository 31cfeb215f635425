import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A counter per partnership, raised by database triggers in the same transaction as any change
 * to what its dashboard shows (cycles, audits and their states, scores, indicator statistics,
 * organisations and their membership of the partnership, challenges and their messages,
 * actions). A cached dashboard is valid only for the revision it was computed at; because the
 * triggers live in the database, no code path (present or future, API or bulk load) can change
 * the figures without invalidating it. No foreign key: a deleted partnership's row is harmless.
 */
@Entity('dashboard_revisions')
export class DashboardRevision {
  @PrimaryColumn({ type: 'uuid' })
  partnershipId!: string;

  @Column({ type: 'bigint', default: 0 })
  revision!: string;
}
