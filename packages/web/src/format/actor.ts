import type { TFunction } from 'i18next';

/**
 * Who did something, as the server's actor label says it: a person by e-mail address; the platform itself
 * ('system', 'sign-in') and an API token ('token:<name>') by what they are (server kernel/actor.ts and
 * plugins/access-control.ts), never by the internal label.
 */
export function actorName(label: string, t: TFunction): string {
  if (label === 'system' || label === 'sign-in') return t('audit.systemActor');
  if (label.startsWith('token:')) return t('incidents.timeline.apiToken', { name: label.slice('token:'.length) });
  return label;
}
