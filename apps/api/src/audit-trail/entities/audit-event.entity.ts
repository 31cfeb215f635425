import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Append-only trail of every change: to audit data (`auditId`) or to a person's account and roles
 * (`personId`). A trigger (see migrations) refuses UPDATE and DELETE, so no code path can rewrite
 * history.
 */
@Entity('audit_events')
@Index('audit_events_audit_idx', ['auditId', 'id'])
@Index('audit_events_person_idx', ['personId', 'id'])
@Check('audit_events_subject_check', `audit_id IS NOT NULL OR person_id IS NOT NULL`)
export class AuditEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid', nullable: true })
  auditId!: string | null;

  /** The person an account or role event is about (no foreign key: the trail outlives them). */
  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

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
