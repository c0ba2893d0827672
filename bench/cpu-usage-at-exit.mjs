// Preloaded (node --import) into each process bench/cli.ts times: writes the process's CPU time, all
// threads, to $COACH_BENCH_CPU_FILE as it exits, since spawnSync reports no child resource usage.
import { writeFileSync } from 'node:fs';

process.on('exit', () => writeFileSync(process.env.COACH_BENCH_CPU_FILE, JSON.stringify(process.cpuUsage())));
