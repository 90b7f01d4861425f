/**
 * The contract between CMS and site (`@wir/shared/snapshot`), one job per file: the schemas of
 * each document and of the whole snapshot (schemas.ts), the checks across documents
 * (crossChecks.ts), the types derived from the schemas (types.ts) and the parser (parse.ts).
 */
export * from './schemas.ts'
export * from './types.ts'
export * from './parse.ts'
