import { randomInt } from 'node:crypto'

/**
 * Permanent short codes of printed forms. Uppercase letters and digits only, so the whole scan
 * URL fits QR alphanumeric mode (smaller symbol), and none that look alike on paper or when
 * typed from the printed URL: no 0/O/Q, 1/I/L, 2/Z, 5/S, 8/B, U/V.
 */
export const formCodeAlphabet = '34679ACDEFGHJKMNPRTWXY'
/** 22^5 ≈ 5.2 million codes: enough for every form the city will ever print, short to type. */
export const formCodeLength = 5

const pattern = new RegExp(`^[${formCodeAlphabet}]{${formCodeLength}}$`)

export function isFormCode(value: unknown): value is string {
  return typeof value === 'string' && pattern.test(value)
}

/** A random code; the caller checks it against every code ever given out (see the code registry). */
export function randomFormCode(random: (max: number) => number = randomInt): string {
  let code = ''
  for (let i = 0; i < formCodeLength; i++) code += formCodeAlphabet[random(formCodeAlphabet.length)]
  return code
}
