import type { IncidentTask } from '@weerbaar/core/incidents';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { formatDateTime } from '../../format/date.ts';
import { currentLocale } from '../../i18n/index.ts';
import { useIncidentTasks } from './incidents-api.ts';
import { TaskActions } from './TaskActions.tsx';
import { TaskForm } from './TaskForm.tsx';

// Incident handling (NIS2 Art. 21(2)(b)): what is being done about it. Done and open response tasks
// become the applied and ongoing mitigation measures of the reports (Art. 23(4)(d)(iii)); improvement
// actions come out of the post-incident review (Impl. Reg. 2024/2690 Annex 3.6).

/** Response tasks and improvement actions of one incident. */
export function TasksSection({ incidentId, canWrite }: { incidentId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const tasks = useIncidentTasks(incidentId);
  const [message, setMessage] = useState<string>();

  return (
    <section className="weerbaar-section" aria-labelledby="tasks-heading" data-testid="incident-tasks">
      <h2 className="utrecht-heading-2" id="tasks-heading">
        {t('incidents.tasks.title')}
      </h2>
      <p className="utrecht-paragraph">{t('incidents.tasks.intro')}</p>
      <LiveMessage message={message} />
      <QueryState query={tasks} />
      {tasks.data && tasks.data.length === 0 && <p className="utrecht-paragraph">{t('incidents.tasks.empty')}</p>}
      {tasks.data && tasks.data.length > 0 && (
        <TasksTable incidentId={incidentId} tasks={tasks.data} canWrite={canWrite} onDone={setMessage} />
      )}
      {canWrite && (
        <details className="weerbaar-no-print">
          <summary>{t('incidents.tasks.addTitle')}</summary>
          <TaskForm
            incidentId={incidentId}
            idPrefix="task-new"
            submitLabel={t('incidents.tasks.add')}
            onAdded={(task) => setMessage(t('incidents.tasks.added', { title: task.title }))}
          />
        </details>
      )}
    </section>
  );
}

interface TasksTableProps {
  incidentId: string;
  tasks: readonly IncidentTask[];
  canWrite: boolean;
  onDone: (message: string) => void;
}

function TasksTable({ incidentId, tasks, canWrite, onDone }: TasksTableProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const now = Date.now();
  return (
    <div className="weerbaar-table-scroll">
      <table className="utrecht-table utrecht-table--html-table weerbaar-handling-table">
        <caption className="utrecht-table__caption">{t('incidents.tasks.caption')}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">
              {t('incidents.tasks.fields.title')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('incidents.tasks.fields.kind')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('incidents.tasks.fields.assignee')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('incidents.tasks.fields.dueAt')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('incidents.tasks.state')}
            </th>
            {canWrite && (
              <th className="utrecht-table__header-cell weerbaar-no-print" scope="col">
                {t('common.actions')}
              </th>
            )}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {tasks.map((task) => {
            const overdue = !task.doneAt && task.dueAt !== null && Date.parse(task.dueAt) < now;
            return (
              <tr className="utrecht-table__row" key={task.id}>
                <th className="utrecht-table__cell" scope="row" id={`task-${task.id}-title`}>
                  {task.title}
                </th>
                <td className="utrecht-table__cell">{t(`incidents.tasks.kinds.${task.kind}`)}</td>
                <td className="utrecht-table__cell weerbaar-break">{task.assignee ?? t('common.none')}</td>
                <td className="utrecht-table__cell">
                  {task.dueAt ? (
                    <time dateTime={task.dueAt}>{formatDateTime(task.dueAt, locale)}</time>
                  ) : (
                    t('common.none')
                  )}
                </td>
                <td className={`utrecht-table__cell${overdue ? ' weerbaar-state--overdue' : ''}`}>
                  {task.doneAt
                    ? t('incidents.tasks.doneAt', { at: formatDateTime(task.doneAt, locale) })
                    : overdue
                      ? t('incidents.tasks.overdue')
                      : t('incidents.tasks.open')}
                </td>
                {canWrite && (
                  <td className="utrecht-table__cell weerbaar-no-print">
                    <TaskActions incidentId={incidentId} task={task} onDone={onDone} />
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
