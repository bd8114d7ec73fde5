import { PROVINCES } from '@weerbaar/core/registration';

export const provinceName = (id: string | null): string => PROVINCES.find((p) => p.id === id)?.nl ?? '–';
