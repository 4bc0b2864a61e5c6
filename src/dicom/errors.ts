/**
 * Every failure of the DICOM layer is a DicomReadError: it names the reader that failed, the file,
 * the tag involved (when there is one) and what the user can do about it. Readers never return
 * null or an empty value to mean "failed".
 */
export type DicomErrorCode =
  | 'not-dicom'
  | 'truncated'
  | 'malformed'
  | 'missing-tag'
  | 'invalid-value'
  | 'unsupported-transfer-syntax'
  | 'unsupported-object'
  | 'decode-failed'
  | 'inconsistent-series';

export interface DicomErrorDetails {
  /** The function that refused the input, e.g. `readRtDose`. */
  readonly module: string;
  readonly code: DicomErrorCode;
  /** Plain statement of what is wrong. */
  readonly message: string;
  /** File name (or other label of the byte source) the problem was found in. */
  readonly file?: string;
  /** Tag as `(GGGG,EEEE) Keyword`, when one tag is at fault. */
  readonly tag?: string;
  readonly sopInstanceUid?: string;
  /** What the user can do about it. */
  readonly hint?: string;
}

export class DicomReadError extends Error {
  readonly module: string;
  readonly code: DicomErrorCode;
  readonly file: string | undefined;
  readonly tag: string | undefined;
  readonly sopInstanceUid: string | undefined;
  readonly hint: string | undefined;
  /** The message without the module/file/tag decoration. */
  readonly reason: string;

  constructor(details: DicomErrorDetails) {
    super(formatDicomError(details));
    this.name = 'DicomReadError';
    this.module = details.module;
    this.code = details.code;
    this.file = details.file;
    this.tag = details.tag;
    this.sopInstanceUid = details.sopInstanceUid;
    this.hint = details.hint;
    this.reason = details.message;
  }
}

function formatDicomError(details: DicomErrorDetails): string {
  const where = [
    details.file !== undefined ? `file ${details.file}` : undefined,
    details.tag !== undefined ? `tag ${details.tag}` : undefined,
    details.sopInstanceUid !== undefined ? `SOP instance ${details.sopInstanceUid}` : undefined,
  ].filter((part): part is string => part !== undefined);
  const location = where.length > 0 ? ` (${where.join(', ')})` : '';
  const hint = details.hint !== undefined ? ` ${details.hint}` : '';
  return `${details.module}: ${details.message}${location}.${hint}`;
}
