import { Module } from '@nestjs/common';
import { API_CONFIG, type ApiConfig } from '../config';
import { ProgrammeModule } from '../programmes/programme.module';
import { CalendarFeedResolver } from './calendar-feed.resolver';
import { CALENDAR_CONFIG, CalendarFeedService, type CalendarConfig } from './calendar-feed.service';

/** Calendar feeds (issue 16): GraphQL to manage them; calendar-feed.route.ts serves them. */
@Module({
  imports: [ProgrammeModule],
  providers: [
    {
      provide: CALENDAR_CONFIG,
      inject: [API_CONFIG],
      // The same public address as invitation links (members.module.ts).
      useFactory: (api: ApiConfig): CalendarConfig => ({
        publicUrl: api.publicUrl,
      }),
    },
    CalendarFeedService,
    CalendarFeedResolver,
  ],
  exports: [CalendarFeedService],
})
export class CalendarModule {}
