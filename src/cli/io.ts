/** What a CLI command may do to the outside world: print, and report its exit status. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** A subcommand of `planlens`: parses its own arguments, returns the process exit status. */
export type CliCommand = (args: readonly string[], io: CliIo) => Promise<number>;

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};
