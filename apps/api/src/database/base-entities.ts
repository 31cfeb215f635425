import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A row with a generated UUID key and the time it was created. */
export abstract class CreatedRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** A row with a generated UUID key and the times it was created and last updated. */
export abstract class UpdatedRow extends CreatedRow {
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
