import { Column, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../../users/entities/user.entity';
import { Audit } from './audit.entity';

/**
 * A contributor's word that their assigned part of an audit is done (one per person and audit).
 * Cleared when the lead changes what they are assigned; answers changed afterwards leave it.
 */
@Entity('parts_done')
export class PartDone {
  @PrimaryColumn({ type: 'uuid' })
  auditId!: string;

  @ManyToOne(() => Audit, { onDelete: 'CASCADE' })
  audit?: Audit;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user?: User;

  @Column({ type: 'timestamptz' })
  doneAt!: Date;
}
