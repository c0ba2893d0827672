import { createAthlete } from '../src-main/node/services/athletes';
import { importPaths } from '../src-main/node/services/imports';
import { createTempApp } from '../tests/helpers/temp-app';
async function run(workers: number) {
  const app = createTempApp();
  const athlete = await createAthlete(app.ctx, { name: 'B', sports: ['bike', 'run'], thresholds: { ftp: 250 } });
  const paths = ['/tmp/coach-bench-corpus-v1-200/hour', '/tmp/coach-bench-corpus-v1-200/long', '/work/shared/fixtures/activities'];
  const s = performance.now();
  await importPaths(app.ctx, paths, { athleteId: athlete.id, workers });
  const wall = performance.now() - s;
  await app.dispose();
  return wall / 1000;
}
async function main() {
  await run(1); await run(2);
  const ratios: number[] = [];
  for (let i = 0; i < 5; i++) { const a = await run(1); const b = await run(2); ratios.push(a / b); console.log(a.toFixed(2), b.toFixed(2), (a / b).toFixed(2)); }
  console.log('median', ratios.sort()[2]!.toFixed(2), process.env.NOTE ?? '');
}
void main();
