import { expect } from 'vitest'

/** The messages of an operation that must be rejected (Payload's field errors, else the error's own). */
export async function rejectionMessages(operation: Promise<unknown>): Promise<string[]> {
  const error = (await operation.then(
    () => undefined,
    (caught: unknown) => caught,
  )) as { message?: string; data?: { errors?: { message: string }[] } } | undefined
  expect(error, 'the operation should have been rejected').toBeDefined()
  return error!.data?.errors?.map((entry) => entry.message) ?? [error!.message ?? '']
}
