import { CrisisSettingsSchema, type CrisisSettings } from '@weerbaar/core/crisis';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../auth/use-can.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { Page } from '../../components/Page.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { SubmitButton } from '../../components/SubmitButton.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import { useCrisisSettings, useSaveCrisisSettings } from './crisis-api.ts';

const INTERVALS_HOURS = [1, 2, 4, 8, 12, 24];

/** "key | label" per line; a line without a bar uses the text as both. */
function parseLines(text: string): { key: string; label: string }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const bar = line.indexOf('|');
      const key = (bar < 0 ? line : line.slice(0, bar)).trim();
      const label = bar < 0 ? key : line.slice(bar + 1).trim();
      return { key, label };
    });
}
const toLines = (items: readonly { key: string; label: string }[]) =>
  items.map((i) => `${i.key} | ${i.label}`).join('\n');

/**
 * The escalation levels and decision-making structures of this authority (owner and admin change them). The
 * LCP-D's own levels could not be verified (core/crisis/crisis-levels.ts), so they are data, not law.
 */
export function CrisisSettingsPage() {
  const { t } = useTranslation();
  const settings = useCrisisSettings(true);
  return (
    <Page title={t('crisis.settings.title')} lead={t('crisis.settings.intro')}>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to="/crises">
          {t('crisis.room.back')}
        </Link>
      </p>
      <QueryState query={settings}>{(s) => <SettingsForm settings={s} />}</QueryState>
    </Page>
  );
}

function SettingsForm({ settings }: { settings: CrisisSettings }) {
  const { t } = useTranslation();
  const canConfigure = useCan('authority:configure');
  const save = useSaveCrisisSettings();
  const [message, setMessage] = useState<string>();
  const fields = {
    levels: { id: 'settings-levels', label: t('crisis.settings.levels') },
    structures: { id: 'settings-structures', label: t('crisis.settings.structures') },
    defaultSitrepIntervalMinutes: { id: 'settings-interval', label: t('crisis.fields.interval') },
  };
  const form = useFormErrors(fields);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const data = new FormData(event.currentTarget);
    const body = {
      // From low to high: the order of the lines is the order of escalation.
      levels: parseLines(String(data.get('levels') ?? '')).map((l, rank) => ({ ...l, rank })),
      structures: parseLines(String(data.get('structures') ?? '')),
      defaultSitrepIntervalMinutes: Number(data.get('interval')) * 60,
    };
    if (!form.check(CrisisSettingsSchema, body)) return;
    setMessage(undefined);
    save.mutate(body, {
      onSuccess: () => {
        form.clear();
        setMessage(t('crisis.settings.saved'));
      },
      onError: form.fromProblem,
    });
  }

  if (!canConfigure) {
    return (
      <dl className="weerbaar-facts" data-testid="crisis-settings">
        <dt>{t('crisis.settings.levels')}</dt>
        <dd>{settings.levels.map((l) => l.label).join(' → ')}</dd>
        <dt>{t('crisis.settings.structures')}</dt>
        <dd>{settings.structures.map((s) => s.label).join(', ') || '—'}</dd>
      </dl>
    );
  }
  const hours = settings.defaultSitrepIntervalMinutes / 60;
  const intervals = INTERVALS_HOURS.includes(hours)
    ? INTERVALS_HOURS
    : [...INTERVALS_HOURS, hours].sort((a, b) => a - b);
  return (
    <>
      <LiveMessage message={message} />
      <ErrorSummary errors={form.errors} fields={fields} />
      <form className="utrecht-form weerbaar-form" noValidate onSubmit={onSubmit}>
        <TextAreaField
          id="settings-levels"
          name="levels"
          label={fields.levels.label}
          hint={t('crisis.settings.levelsHint')}
          error={form.errors.fields.levels}
          defaultValue={toLines([...settings.levels].sort((a, b) => a.rank - b.rank))}
          rows={8}
        />
        <TextAreaField
          id="settings-structures"
          name="structures"
          label={fields.structures.label}
          hint={t('crisis.settings.structuresHint')}
          error={form.errors.fields.structures}
          defaultValue={toLines(settings.structures)}
          rows={8}
          optional
        />
        <SelectField
          id="settings-interval"
          name="interval"
          label={fields.defaultSitrepIntervalMinutes.label}
          error={form.errors.fields.defaultSitrepIntervalMinutes}
          defaultValue={String(hours)}
          options={intervals.map((h) => ({ value: String(h), label: t('crisis.declare.everyHours', { count: h }) }))}
        />
        <div className="weerbaar-actions">
          <SubmitButton busy={save.isPending} busyLabel={t('common.saving')}>
            {t('crisis.settings.submit')}
          </SubmitButton>
        </div>
      </form>
    </>
  );
}
