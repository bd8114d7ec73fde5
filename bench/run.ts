// `npm run bench`: figures and ratios measured in one run on this machine. Not a test.
import os from 'node:os';
import { startBenchPlatform } from './lib/bench-platform.ts';
import { benchAssetImpact } from './asset-impact.bench.ts';
import { benchAuthorityScale } from './authority-scale.bench.ts';
import { benchConcentration } from './concentration.bench.ts';
import { benchCsafMatching } from './csaf-matching.bench.ts';
import { benchIntake } from './intake.bench.ts';
import { benchJobs } from './jobs.bench.ts';
import { benchMeasures } from './measures.bench.ts';
import { benchPlatform } from './platform.bench.ts';
import { benchTaxii } from './taxii.bench.ts';
import { benchWebTransfer } from './web-transfer.bench.ts';

const only = process.argv[2];
console.log(`# Weerbaar benchmarks — ${new Date().toISOString()}, ${os.cpus().length} cores, Node ${process.version}`);
const platform = await startBenchPlatform();
try {
  if (!only || only === 'platform') await benchPlatform(platform);
  if (!only || only === 'intake') await benchIntake(platform);
  if (!only || only === 'jobs') await benchJobs(platform);
  if (!only || only === 'web') await benchWebTransfer(platform);
  if (!only || only === 'asset-impact') await benchAssetImpact(platform);
  if (!only || only === 'concentration') await benchConcentration(platform);
  if (!only || only === 'measures') await benchMeasures(platform);
  if (!only || only === 'taxii') await benchTaxii(platform);
  if (!only || only === 'csaf-matching') await benchCsafMatching(platform);
  // Campaign detection at national scale is measured with the trends and the inbox, on one seed.
  if (!only || only === 'authority-scale' || only === 'campaigns') await benchAuthorityScale(platform);
} finally {
  await platform.stop();
}
process.exit(0);
