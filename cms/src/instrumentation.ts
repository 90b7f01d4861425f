/**
 * Next calls register() once when the server starts. Without it Payload would start with the
 * first request, and its job crons (build queue, scheduled publishing) only with the first admin
 * page: a CMS restarted by a process manager would leave both idle until an editor signs in.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { startJobRunner } = await import('./jobs/startJobRunner')
  await startJobRunner()
}
