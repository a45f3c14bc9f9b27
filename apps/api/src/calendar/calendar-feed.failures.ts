/** Expected reasons a calendar-feed request fails; calendar-feed.errors.ts maps them to GraphQL errors. */
export type CalendarFeedFailure =
  | { kind: 'PROGRAMME_NOT_FOUND'; programmeId: string }
  | { kind: 'NOT_A_MEMBER'; programmeId: string }
  | { kind: 'FEED_NOT_FOUND'; feedId: string };
