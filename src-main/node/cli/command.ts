/** Where a command writes: the terminal in `coach`, a buffer in tests. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export type Command = (args: string[], io: CliIo) => Promise<number>;
