// The table of CLI commands. Each command module exports `run(args): Promise<number>` (the exit code).
export type CommandRun = (args: string[]) => Promise<number>;

interface CommandEntry {
  name: string;
  sub?: string;
  summary: string;
  load: () => Promise<CommandRun>;
}

export const commands: CommandEntry[] = [
  {
    name: 'start',
    summary: 'start                 run the platform (embedded PostgreSQL unless DATABASE_URL is set)',
    load: async () => (await import('./start.command.ts')).run,
  },
  {
    name: 'migrate',
    summary: 'migrate [down]        apply (or revert the last) database migrations',
    load: async () => (await import('./migrate.command.ts')).run,
  },
  {
    name: 'seed',
    summary: 'seed --demo           demo data: one authority, three entities, a user per role',
    load: async () => (await import('./seed.command.ts')).run,
  },
  {
    name: 'audit',
    sub: 'verify',
    summary:
      'audit verify [--offline]  check every audit chain, its signed heads and the authority copy; exit 1 names the first bad event',
    load: async () => (await import('./audit-verify.command.ts')).run,
  },
  {
    name: 'continuity',
    sub: 'pack',
    summary:
      'continuity pack --org NAME|ID --out DIR   write the offline pack (PDF + one static HTML file) of the plans in force',
    load: async () => (await import('./continuity-pack.command.ts')).run,
  },
  {
    name: 'backup',
    summary: 'backup FILE           write a logical backup of all data',
    load: async () => (await import('./backup.command.ts')).run,
  },
  {
    name: 'restore',
    summary: 'restore FILE          restore a backup into an empty data dir / database',
    load: async () => (await import('./restore.command.ts')).run,
  },
  {
    name: 'openapi',
    summary: 'openapi [FILE]        write the OpenAPI document (default packages/server/openapi.json)',
    load: async () => (await import('./openapi.command.ts')).run,
  },
  {
    name: 'db-types',
    summary:
      'db-types [FILE]       write the Kysely table types of a freshly migrated database (src/db/schema.generated.ts)',
    load: async () => (await import('./db-types.command.ts')).run,
  },
  {
    name: 'scope',
    sub: 'check',
    summary: 'scope check FILE|-   classify an organisation under NIS2 and the Cbw (JSON in, JSON out)',
    load: async () => (await import('./scope-check.command.ts')).run,
  },
  {
    name: 'significance',
    sub: 'check',
    summary:
      'significance check FILE|-   is an incident significant? ({ entityType, impact } JSON in, assessment JSON out)',
    load: async () => (await import('./significance-check.command.ts')).run,
  },
  {
    name: 'deadlines',
    summary:
      'deadlines --aware-at ISO [--notified-at ISO] [--trust-service-provider] [--critical-entity]   reporting deadlines as JSON',
    load: async () => (await import('./deadlines.command.ts')).run,
  },
  {
    name: 'csaf',
    sub: 'validate',
    summary: 'csaf validate FILE...  validate CSAF 2.0 advisories (one JSON result per file; exit 1 if any is invalid)',
    load: async () => (await import('./csaf-validate.command.ts')).run,
  },
  {
    name: 'import',
    sub: 'csaf',
    summary: 'import csaf PATH|URL [--org ID]  import CSAF 2.0 advisories from a file, a directory or a provider',
    load: async () => (await import('./import-csaf.command.ts')).run,
  },
];

export function printUsage(unknown?: string): void {
  const out = unknown ? process.stderr : process.stdout;
  if (unknown) out.write(`weerbaar: unknown command '${unknown}'\n\n`);
  out.write('Usage: weerbaar <command> [options]\n\nCommands:\n');
  for (const c of commands) out.write(`  ${c.summary}\n`);
}
