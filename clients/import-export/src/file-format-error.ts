/** A file the importer cannot read at all (not a figure file, malformed, truncated). */
export class FileFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileFormatError';
  }
}
