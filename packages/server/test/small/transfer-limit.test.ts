import { describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { transferLimitOf } from '../../src/routes/incidents/attachment-http.ts';
import type { TransferLimit } from '../../src/routes/incidents/transfer-limit.ts';
import { createTransferLimit } from '../../src/routes/incidents/transfer-limit.ts';

const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('attachment transfer limit', () => {
  it('lets at most max transfers run and queues the rest in order', async () => {
    const limit = createTransferLimit(2);
    const first = await limit.acquire();
    const second = await limit.acquire();
    const order: string[] = [];
    const third = limit.acquire().then((release) => (order.push('third'), release));
    const fourth = limit.acquire().then((release) => (order.push('fourth'), release));
    await settled();
    expect(order).toEqual([]);
    expect([limit.active, limit.waiting]).toEqual([2, 2]);

    first();
    first(); // a second release of the same slot must not free another one
    await settled();
    expect(order).toEqual(['third']);
    expect([limit.active, limit.waiting]).toEqual([2, 1]);

    second();
    await settled();
    expect(order).toEqual(['third', 'fourth']);
    (await third)();
    (await fourth)();
    expect([limit.active, limit.waiting]).toEqual([0, 0]);
  });

  it('refuses a limit that is not a positive integer', () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) expect(() => createTransferLimit(bad), String(bad)).toThrow(RangeError);
  });
});

describe('transferLimitOf', () => {
  it('gives every upload plugin of one server the same cap (incident attachments and measure evidence)', async () => {
    const app = Fastify();
    const seen: TransferLimit[] = [];
    for (let i = 0; i < 2; i++) await app.register(async (plugin) => void seen.push(transferLimitOf(plugin)));
    await app.ready();
    expect(seen[0]).toBe(seen[1]);
    expect(transferLimitOf(Fastify())).not.toBe(seen[0]);
    await app.close();
  });
});
