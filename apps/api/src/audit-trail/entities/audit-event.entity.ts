import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Append-only trail of every change to audit data. A trigger (see migrations) refuses
 * UPDATE and DELETE, so no code path can rewrite history.
 */
@Entity('audit_events')
@Index('audit_events_audit_idx', ['auditId', 'id'])
export class AuditEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  auditId!: string;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  /** e.g. response.saved, evidence.uploaded, audit.submitted */
  @Column({ type: 'text' })
  kind!: string;

  /** What the event is about within the audit, e.g. an indicator code or an action id. */
  @Column({ type: 'text', nullable: true })
  subject!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before!: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after!: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
