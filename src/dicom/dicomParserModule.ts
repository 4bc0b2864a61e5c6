import * as dicomParserNamespace from 'dicom-parser';

type DicomParserApi = typeof dicomParserNamespace;

/**
 * dicom-parser ships as a UMD bundle: Node's ESM loader exposes it as `default`, bundlers as a
 * namespace. This is the one place that knows.
 */
const loaded = dicomParserNamespace as DicomParserApi & { readonly default?: DicomParserApi };
export const dicomParser: DicomParserApi = loaded.default ?? loaded;
