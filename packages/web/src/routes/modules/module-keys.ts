import type { ModuleKey, NavKey } from '../app-pages.ts';

export const MODULE_KEYS: readonly ModuleKey[] = [
  'scope',
  'risks',
  'measures',
  'continuity',
  'incidents',
  'sharing',
  'registry',
  'reports',
];

export const isModuleKey = (key: NavKey): key is ModuleKey => (MODULE_KEYS as readonly NavKey[]).includes(key);
