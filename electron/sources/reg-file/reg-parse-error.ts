/** A `.reg` file that cannot be read, with the file name and 1-based line of the problem. */
export class RegParseError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file} line ${line}: ${problem}`);
    this.name = 'RegParseError';
  }
}
