import type { TFunction } from 'i18next';

/** "Incident vastgelegd" for `incident.created`; an action this version has no name for shows its code. */
export function actionLabel(action: string, t: TFunction): string {
  const key = `audit.actions.${action}`;
  return t(key, { defaultValue: '' }) || t('audit.unknownAction', { action });
}

/** "Incident" for `incident`; an unknown kind shows its code. */
export const subjectTypeLabel = (type: string, t: TFunction): string =>
  t(`audit.subjectTypes.${type}`, { defaultValue: type });
