import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A server secret kept in the database, so every API process signs alike (and backups keep it). */
@Entity('signing_keys')
export class SigningKey {
  @PrimaryColumn({ type: 'text' })
  name!: string;

  @Column({ type: 'bytea' })
  secret!: Buffer;
}
