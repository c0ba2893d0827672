import { runCli } from '../../src-main/node/cli/main';

/** Runs the `coach` command in-process and collects what it printed, as a shell would see it. */
export async function coach(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}
