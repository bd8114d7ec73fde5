import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { createDb } from '../db/database.ts';
import { buildOpenApiDocument } from '../plugins/openapi-document.ts';

export const OPENAPI_FILE = path.resolve(import.meta.dirname, '../../openapi.json');

/** The document depends only on the routes, so no database connection is opened. */
export async function renderOpenApi(): Promise<string> {
  const db = createDb('postgres://unused@127.0.0.1:1/unused', 1);
  const app = await buildApp({ db, config: { ...loadConfig({}), webDist: undefined }, logger: false });
  const text = `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`;
  await app.close();
  await db.destroy();
  return text;
}

export async function run(args: string[]): Promise<number> {
  const target = args[0] ?? OPENAPI_FILE;
  writeFileSync(target, await renderOpenApi());
  process.stdout.write(`OpenAPI document written to ${target}\n`);
  return 0;
}
