import type { OverviewTask } from '@weerbaar/core/overview';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { OverviewList } from './OverviewList.tsx';

const link = 'utrecht-link utrecht-link--html-a';

/** Where a task is handled: its crisis room, exercise or incident (one task mechanism, three sources). */
function taskHref(task: OverviewTask): string {
  if (task.crisis) return `/crises/${task.crisis.id}`;
  if (task.exercise) return `/exercises/${task.exercise.id}`;
  return `/incidents/${task.incident?.id ?? ''}`;
}

function TaskSource({ task }: { task: OverviewTask }) {
  const { t } = useTranslation();
  if (task.crisis)
    return <>{t('overview.taskOfCrisis', { reference: task.crisis.reference, title: task.crisis.title })}</>;
  if (task.exercise) return <>{t('overview.taskOfExercise', { title: task.exercise.title })}</>;
  return <>{task.incident?.reference}</>;
}

/** "Mijn taken": the open tasks with the reader's name or e-mail address, each linked to where it is handled. */
export function MyTasks({
  list,
  intro,
  allHref,
}: {
  list: { total: number; items: readonly OverviewTask[] };
  intro: string;
  allHref: string;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <OverviewList
      id="overview-tasks"
      title={t('overview.tasksTitle')}
      intro={intro}
      empty={t('overview.tasksEmpty')}
      list={list}
      allHref={allHref}
      itemKey={(task) => task.id}
      item={(task) => (
        <>
          <Link className={link} to={taskHref(task)}>
            {task.title}
          </Link>{' '}
          <span className="weerbaar-muted">
            (<TaskSource task={task} />,{' '}
            {task.dueAt ? t('overview.taskDue', { date: formatDateTime(task.dueAt, locale) }) : t('overview.taskNoDue')}
            )
          </span>
        </>
      )}
    />
  );
}
