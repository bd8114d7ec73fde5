import { DEMO_PASSWORD, type SeedResult } from '../services/demo/seed-demo.ts';

export function printDemoLogins(result: SeedResult, url: string): void {
  const out = process.stdout;
  out.write(
    `\nDemo ${result.created ? 'created' : 'already present'}. Sign in at ${url}/login with password '${DEMO_PASSWORD}' and one of:\n`,
  );
  let current = '';
  for (const login of result.logins) {
    if (login.organisation !== current) {
      current = login.organisation;
      out.write(`  ${current}\n`);
    }
    out.write(`    ${login.role.padEnd(17)} ${login.email}\n`);
  }
  out.write('\n');
}
