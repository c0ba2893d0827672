import { errorMessage } from '../api/errors';

/** A failed call or action, in words, with an optional retry. */
export function ErrorBanner({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <div className="banner error" role="alert">
      <strong>Something went wrong:</strong> {errorMessage(error)}
      {onRetry && (
        <>
          {' '}
          <button type="button" className="link" onClick={() => onRetry()}>
            Try again
          </button>
        </>
      )}
    </div>
  );
}
