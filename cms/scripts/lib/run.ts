import { spawn, type ChildProcess } from 'node:child_process'

type Options = { cwd: string; env?: Record<string, string>; label: string }

/** Runs a command to completion with inherited output; rejects with the step's name on failure. */
export function run(command: string, args: string[], { cwd, env, label }: Options): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: 'inherit' })
    child.on('error', (error) => reject(new Error(`${label} could not start: ${error.message}`)))
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${label} failed (${signal ?? `exit code ${code}`})`)),
    )
  })
}

/** Starts a long-running service; its exit ends the portal. */
export function startService(command: string, args: string[], { cwd, env, label }: Options): ChildProcess {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: 'inherit' })
  child.on('exit', (code, signal) => {
    console.error(`${label} stopped (${signal ?? `exit code ${code}`}).`)
    process.exit(code ?? 1)
  })
  return child
}
