import type { Payload } from 'payload'

/**
 * Payload answers a request to a collection whose REST routes are switched off
 * (`endpoints: false`, e.g. its own `payload-migrations`) with 501 "Cannot GET …": a server
 * error for what is only an address that does not exist. With an empty list instead of `false`
 * no route matches either, and Payload answers 404 like for any unknown route.
 */
export function answerNotFoundWithoutRestRoutes(payload: Payload): void {
  for (const collection of Object.values(payload.collections)) {
    if (collection.config.endpoints === false) collection.config.endpoints = []
  }
}
