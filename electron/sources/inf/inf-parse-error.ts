/** A driver INF that cannot be read at all, with the file name and 1-based line of the problem. */
export class InfParseError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(line > 0 ? `${file} line ${line}: ${problem}` : `${file}: ${problem}`);
    this.name = 'InfParseError';
  }
}
