import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A Safeguarding Children Partnership: the board, and the tenant boundary. */
@Entity('partnerships')
export class Partnership {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  name!: string;

  /** Area covered, e.g. "Cambridgeshire and Peterborough". */
  @Column({ type: 'text', nullable: true })
  area!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
