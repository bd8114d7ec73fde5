import { useTranslation } from 'react-i18next';

/** OEFENING on every screen of an exercise crisis, printed too: it is never taken for a real one. */
export function ExerciseBanner({ show }: { show: boolean }) {
  const { t } = useTranslation();
  if (!show) return null;
  return (
    <p className="weerbaar-exercise-banner" role="note" data-testid="exercise-banner">
      {t('crisis.exercise.banner')}
    </p>
  );
}
