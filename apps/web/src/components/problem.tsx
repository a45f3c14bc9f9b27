import { Alert, Button, ButtonLink, Heading2, Paragraph } from '@utrecht/component-library-react';
import { FormattedMessage } from 'react-intl';
import type { ApiError } from '../api/client';
import { signInUrl } from '../session';

/** A refusal or failure the whole page could not get past: the API's sentence, and what to do. */
export function ProblemAlert({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  return (
    <Alert type="error" role="alert">
      <Heading2>
        <FormattedMessage id="error.title" />
      </Heading2>
      {error.problems.map((p, i) => (
        <Paragraph key={i}>{p.message}</Paragraph>
      ))}
      {error.signedOut ? (
        // The session ended (signed out elsewhere, or timed out): sign in again, back to this page.
        <ButtonLink appearance="primary-action-button" href={signInUrl(location.pathname + location.search)}>
          <FormattedMessage id="error.signInAgain" />
        </ButtonLink>
      ) : (
        onRetry && (
          <Button appearance="secondary-action-button" onClick={onRetry}>
            <FormattedMessage id="error.retry" />
          </Button>
        )
      )}
    </Alert>
  );
}
