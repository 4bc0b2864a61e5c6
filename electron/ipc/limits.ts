/**
 * What main accepts over the bridge and reads for the page. An 80 MB case is about 150 files; the
 * limits leave room for large multi-series cases while refusing a home folder picked by mistake.
 */
export const ipcLimits = {
  /** Files in one opened case. */
  caseFiles: 20_000,
  /** Bytes in one opened case (the page holds them all while it loads). */
  caseBytes: 4 * 1024 ** 3,
  /** One file of a case. */
  caseFileBytes: 2 * 1024 ** 3,
  /** Folder levels walked below the folder picked. */
  folderDepth: 32,
  /** Bytes per readCaseBatch answer (at least one file, whatever its size). */
  batchBytes: 32 * 1024 ** 2,
  /** Opened cases whose listings main keeps for readCaseBatch (the oldest goes first). */
  openCases: 4,
  /** What saveFile writes. */
  saveBytes: 1024 ** 3,
  /** What openJsonFile reads. */
  jsonBytes: 64 * 1024 ** 2,
  /** What openCsvFile reads. */
  csvBytes: 64 * 1024 ** 2,
  /** Suggested names, ids and tokens. */
  nameLength: 1024,
  /** Cases in the recent list. */
  recentCases: 10,
} as const;
