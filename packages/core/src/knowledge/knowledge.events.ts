import { defineEvents, event } from '../platform/domain-event.ts';

export const KNOWLEDGE_EVENTS = defineEvents({
  'knowledge-article.created': event<{ articleId: string }>(),
  /** Text, label or audience changed; the version went up by one. */
  'knowledge-article.updated': event<{ articleId: string; version: number }>(),
  'knowledge-article.published': event<{ articleId: string; tlp: string }>(),
});
