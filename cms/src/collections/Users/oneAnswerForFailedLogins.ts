import { AuthenticationError, LockedAuth, type CollectionAfterErrorHook } from 'payload'

/**
 * One answer for every failed login. Payload says "locked" for an account that had too many
 * failed attempts, which tells anyone who tries six times whether an address has an account;
 * the same German text for both cases still tells an editor what may have happened.
 */
export const oneAnswerForFailedLogins: CollectionAfterErrorHook = ({ collection, error }) => {
  if (!(error instanceof AuthenticationError || error instanceof LockedAuth)) return
  const { maxLoginAttempts, lockTime } = collection.auth
  const minutes = Math.round(lockTime / 60_000)
  return {
    status: 401,
    response: {
      errors: [
        {
          message: `Die E-Mail-Adresse oder das Passwort ist nicht korrekt. Nach ${maxLoginAttempts} Fehlversuchen bleibt die Anmeldung ${minutes} Minuten lang gesperrt.`,
        },
      ],
    },
  }
}
