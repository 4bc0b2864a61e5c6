/** Transfer syntaxes PlanLens reads, by UID, with how their pixel data is stored. */
export type PixelEncoding =
  | 'native'
  | 'rle'
  | 'jpeg-baseline'
  | 'jpeg-lossless'
  | 'jpeg-ls'
  | 'jpeg-2000';

export interface TransferSyntaxInfo {
  readonly uid: string;
  readonly name: string;
  readonly littleEndian: boolean;
  readonly explicitVr: boolean;
  readonly deflated: boolean;
  readonly pixelEncoding: PixelEncoding;
}

const table: readonly TransferSyntaxInfo[] = [
  { uid: '1.2.840.10008.1.2', name: 'Implicit VR Little Endian', littleEndian: true, explicitVr: false, deflated: false, pixelEncoding: 'native' },
  { uid: '1.2.840.10008.1.2.1', name: 'Explicit VR Little Endian', littleEndian: true, explicitVr: true, deflated: false, pixelEncoding: 'native' },
  { uid: '1.2.840.10008.1.2.1.99', name: 'Deflated Explicit VR Little Endian', littleEndian: true, explicitVr: true, deflated: true, pixelEncoding: 'native' },
  { uid: '1.2.840.10008.1.2.2', name: 'Explicit VR Big Endian', littleEndian: false, explicitVr: true, deflated: false, pixelEncoding: 'native' },
  { uid: '1.2.840.10008.1.2.5', name: 'RLE Lossless', littleEndian: true, explicitVr: true, deflated: false, pixelEncoding: 'rle' },
  { uid: '1.2.840.10008.1.2.4.50', name: 'JPEG Baseline (Process 1)', littleEndian: true, explicitVr: true, deflated: false, pixelEncoding: 'jpeg-baseline' },
  { uid: '1.2.840.10008.1.2.4.51', name: 'JPEG Extended (Process 2 & 4)', littleEndian: true, explicitVr: true, deflated: false, pixelEncoding: 'jpeg-baseline' },
  { uid: '1.2.840.10008.1.2.4.57', name: 'JPEG Lossless (Process 14)', littleEndian: true, explicitVr: true, deflated: false, pixelEncoding: 'jpeg-lossless' },
  { uid: '1.2.840.10008.1.2.4.70', name: 'JPEG Lossless SV1 (Process 14, Selection Value 1)', littleEndian: true, explicitVr: true, deflated: false, pixelEncoding: 'jpeg-lossless' },
  { uid: '1.2.840.10008.1.2.4.80', name: 'JPEG-LS Lossless', littleEndian: true, explicitVr: true, deflated: false, pixelEncoding: 'jpeg-ls' },
  { uid: '1.2.840.10008.1.2.4.81', name: 'JPEG-LS Near-Lossless', littleEndian: true, explicitVr: true, deflated: false, pixelEncoding: 'jpeg-ls' },
  { uid: '1.2.840.10008.1.2.4.90', name: 'JPEG 2000 Lossless', littleEndian: true, explicitVr: true, deflated: false, pixelEncoding: 'jpeg-2000' },
  { uid: '1.2.840.10008.1.2.4.91', name: 'JPEG 2000', littleEndian: true, explicitVr: true, deflated: false, pixelEncoding: 'jpeg-2000' },
];

const byUid = new Map(table.map((info) => [info.uid, info]));

/** The transfer syntax with this UID, or undefined when PlanLens does not read it. */
export function findTransferSyntax(uid: string): TransferSyntaxInfo | undefined {
  return byUid.get(uid);
}

