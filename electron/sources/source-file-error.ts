/**
 * A source file that was read but cannot be used (no network adapter class key, control sets to
 * choose from, too large), said in one sentence that names it. The CLI exits 8 on it, the app
 * and preview answer 'bad-file'; like a RegParseError, but about the file as a whole.
 */
export class SourceFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SourceFileError';
  }
}
