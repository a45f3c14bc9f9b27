import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'wouter';

export function NotFoundPage() {
  return (
    <>
      <Heading1>
        <FormattedMessage id="notFound.title" />
      </Heading1>
      <Paragraph>
        <Link href="/" className="utrecht-link">
          <FormattedMessage id="notFound.body" />
        </Link>
      </Paragraph>
    </>
  );
}
