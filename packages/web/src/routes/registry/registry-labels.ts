import { PROVINCES } from '@weerbaar/core/registration';
import { SECTORS } from '@weerbaar/core/scope';

export const provinceName = (id: string | null): string => PROVINCES.find((p) => p.id === id)?.nl ?? '–';
export const sectorName = (sector: string): string => SECTORS.find((s) => s.sector === sector)?.sector_nl ?? sector;
