/**
 * Value of `--name value` or `--name=value` in a command line; the last occurrence wins, as with
 * most command-line tools. Chromium adds its own switches to argv, so unknown ones are ignored.
 */
export function readFlag(argv: readonly string[], name: string): string | undefined {
  let value: string | undefined;
  argv.forEach((arg, index) => {
    if (arg === name) {
      const next = argv[index + 1];
      if (next !== undefined && !next.startsWith('--')) value = next;
    } else if (arg.startsWith(`${name}=`)) {
      value = arg.slice(name.length + 1);
    }
  });
  return value;
}
