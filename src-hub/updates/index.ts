export { type ByteRange, decideRanges, MAX_RANGES, type RangeDecision } from './byte-ranges';
export { createUpdatesHandler, type UpdatesHandler, type UpdatesHandlerOptions } from './serve-updates';
export { type UpdateFileKind, updateFileKind } from './update-files';
