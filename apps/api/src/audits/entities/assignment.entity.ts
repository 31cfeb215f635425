import { Check, Column, Entity, Index, ManyToOne } from 'typeorm';
import { CreatedRow } from '../../database/base-entities';
import { User } from '../../users/entities/user.entity';
import { Audit } from './audit.entity';

/** A contributor's share of an audit: a whole PIES area or one indicator. */
@Entity('assignments')
@Index('assignments_audit_user_idx', ['auditId', 'userId'])
@Check('assignments_target_check', `(area_code IS NULL) <> (indicator_code IS NULL)`)
export class Assignment extends CreatedRow {
  @Column({ type: 'uuid' })
  auditId!: string;

  @ManyToOne(() => Audit, { onDelete: 'CASCADE' })
  audit?: Audit;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: User;

  @Column({ type: 'text', nullable: true })
  areaCode!: string | null;

  @Column({ type: 'text', nullable: true })
  indicatorCode!: string | null;
}
