import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useLabel } from '../../i18n';
import type { PageProgramme } from './types';

/** How many events the page shows before "Toon alle …". */
export const TIMELINE_FIRST = 25;

/** When a timeline says something happened: date and time in the page's language, Dutch time. */
export function timelineMoment(iso: string, formatDate: (d: string, o: Intl.DateTimeFormatOptions) => string): string {
  return formatDate(iso, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
}

/** The audit trail (P4): who did what and when, newest first, "namens" the alderman where it applies (P1). */
export function TimelineSection({ entries }: { entries: PageProgramme['timeline'] }) {
  const intl = useIntl();
  const label = useLabel();
  const [all, setAll] = useState(false);
  const newestFirst = [...entries].sort((a, b) => b.at.localeCompare(a.at));
  const shown = all ? newestFirst : newestFirst.slice(0, TIMELINE_FIRST);
  return (
    <section aria-labelledby="timeline" className="olievlek-timeline">
      <Heading2 id="timeline">
        <FormattedMessage id="timeline.title" />
      </Heading2>
      {entries.length === 0 && (
        <Paragraph>
          <FormattedMessage id="timeline.empty" />
        </Paragraph>
      )}
      <ol className="olievlek-timeline__list" data-testid="timeline">
        {shown.map((e, i) => {
          const who = e.by.name ?? label('ActorRole', e.by.role);
          const role = label('ActorRole', e.by.role);
          return (
            <li key={`${e.at}-${i}`} className="olievlek-timeline__entry" data-event={e.event}>
              <time dateTime={e.at} className="olievlek-timeline__at">
                {timelineMoment(e.at, (d, o) => intl.formatDate(d, o))}
              </time>
              <span className="olievlek-timeline__summary">{e.summary}</span>
              <span className="olievlek-timeline__by">
                {e.by.onBehalfOf
                  ? intl.formatMessage(
                      { id: 'timeline.byOnBehalf' },
                      { who, role, alderman: e.by.onBehalfOf.name ?? label('ActorRole', 'ADMINISTRATIVE_LEAD') },
                    )
                  : e.by.name
                    ? intl.formatMessage({ id: 'timeline.by' }, { who, role })
                    : intl.formatMessage({ id: 'timeline.byRole' }, { role })}
              </span>
            </li>
          );
        })}
      </ol>
      {!all && entries.length > TIMELINE_FIRST && (
        <Button appearance="secondary-action-button" onClick={() => setAll(true)}>
          {intl.formatMessage({ id: 'timeline.showAll' }, { n: entries.length })}
        </Button>
      )}
    </section>
  );
}
