import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { FormattedMessage } from 'react-intl';
import type { ApiError } from '../api/client';
import { signInUrl } from '../session';

/** A refusal or failure the whole page could not get past: the API's sentence, and what to do. */
export function ProblemAlert({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  if (error.signedOut) {
    location.assign(signInUrl(location.pathname + location.search));
  }
  return (
    <Alert type="error" role="alert">
      <Heading2>
        <FormattedMessage id="error.title" />
      </Heading2>
      {error.problems.map((p, i) => (
        <Paragraph key={i}>{p.message}</Paragraph>
      ))}
      {onRetry && (
        <Button appearance="secondary-action-button" onClick={onRetry}>
          <FormattedMessage id="error.retry" />
        </Button>
      )}
    </Alert>
  );
}
