import { Readable } from 'node:stream';
import { ProblemSchema } from '@weerbaar/core/platform';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../kernel/deps.ts';

/** What every route plugin receives, passed explicitly: the database, configuration, events, log and clock. */
export type RouteDeps = Deps;

export const EMPTY = z.null().describe('No content');
export const NO_CONTENT = { 204: EMPTY } as const;

/** 202 with no body at all, as `{ 202: EMPTY }` documents it (sending null would write `null`). */
export const sendAccepted = (reply: FastifyReply): FastifyReply => reply.status(202).send();

/**
 * A problem only this route gives (`409: problem('An asset with this name already exists')`), for the API
 * document; the ones every operation can give are added there (plugins/openapi-document.ts).
 */
export const problem = (description: string) => ProblemSchema.describe(description);

/** Path parameters of a route on one resource: `/…/:id`. */
export const IdParams = z.object({ id: z.uuid() });

/** A list that is never paged (a few per resource): `{ items: [...] }`. */
export const itemsOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** The whole list as the one page of a paged response, for lists short by nature (tokens, invitations). */
export const onePage = <T>(items: T[]) => ({ items, page: 1, pageSize: items.length, total: items.length });

/** Streams CSV rows as a download named fileName (an ASCII name: it goes in the header as is). */
export function sendCsv(reply: FastifyReply, fileName: string, rows: AsyncIterable<string>): FastifyReply {
  return reply
    .type('text/csv; charset=utf-8')
    .header('Content-Disposition', `attachment; filename="${fileName}"`)
    .send(Readable.from(rows));
}
