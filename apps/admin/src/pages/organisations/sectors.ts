import { SECTOR_LABELS, SECTORS, type Sector } from '@pies/domain';
import type { SelectOption } from '../../components';

export const sectorLabel = (s: string) => SECTOR_LABELS[s as Sector] ?? s;

export const SECTOR_OPTIONS: SelectOption[] = SECTORS.map((s) => ({
  value: s,
  label: SECTOR_LABELS[s],
}));

export const isSector = (s: string): s is Sector => (SECTORS as readonly string[]).includes(s);
