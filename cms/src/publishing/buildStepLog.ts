/**
 * One JSON line per build step on standard output, for the city's log collection: which step of
 * which release, how long, and how it ended. Nothing about who published (names and e-mail
 * addresses are personal data) and no error text; the site-builds log keeps those for editors.
 */
export type BuildStepLogLine = {
  time: string
  level: 'info' | 'error'
  event: 'site-build-step'
  releaseId: string
  step: string
  outcome: 'succeeded' | 'failed'
  durationMs: number
}

export type LogWriter = (text: string) => void

export const writeToStdout: LogWriter = (text) => process.stdout.write(text)

export function logBuildStep(
  write: LogWriter,
  entry: Pick<BuildStepLogLine, 'releaseId' | 'step' | 'outcome' | 'durationMs'>,
): void {
  const line: BuildStepLogLine = {
    time: new Date().toISOString(),
    level: entry.outcome === 'failed' ? 'error' : 'info',
    event: 'site-build-step',
    ...entry,
  }
  write(`${JSON.stringify(line)}\n`)
}
