import type { Result } from '../common/contract';
import { isAppUrl, type RendererLocation } from './navigation-policy';

/**
 * IPC calls are answered only for frames showing our own renderer. Should foreign content ever
 * load (a bug in the navigation guard, an iframe), it still cannot reach the database.
 * Returns the FORBIDDEN envelope to send back, or undefined when the caller may proceed.
 */
export function rejectUntrustedSender(
  frameUrl: string | undefined,
  location: RendererLocation,
): Result<never> | undefined {
  if (frameUrl !== undefined && isAppUrl(frameUrl, location)) return undefined;
  return {
    ok: false,
    error: {
      code: 'FORBIDDEN',
      message: `Calls are only accepted from the app's own pages, not from ${frameUrl || 'an unknown frame'}`,
    },
  };
}
