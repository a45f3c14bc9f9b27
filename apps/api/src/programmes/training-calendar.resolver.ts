import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { trainingCalendar } from '../../../../libs/domain/src';
import type { GqlContext } from '../common/request-context';
import { ProgrammeModel } from './programme.model';
import { ProgrammeService } from './programme.service';
import { TrainingCalendarModel } from './training-calendar.model';

type Region = 'noord' | 'midden' | 'zuid';

/** Programme.trainingCalendar (issue 15): R3.1's school year and deadlines with R3.3's holidays, computed at read time. */
@Resolver(() => ProgrammeModel)
export class TrainingCalendarResolver {
  constructor(private readonly service: ProgrammeService) {}

  @ResolveField(() => TrainingCalendarModel, {
    nullable: true,
    description:
      'De scholingskalender (R3.1, R3.3) op het schooljaar van de vakantieregio van de gemeente: de vaste data, de schoolvakanties en de bijeenkomsten. Leeg zonder scholingstraject.',
  })
  async trainingCalendar(
    @Parent() programme: ProgrammeModel,
    @Context() ctx: GqlContext,
  ): Promise<TrainingCalendarModel | null> {
    const track = programme.training;
    if (!track) return null;
    const region = programme.municipality
      ? (programme.municipality.schoolHolidayRegion.toLowerCase() as Region)
      : await this.regionOf(programme.municipalityCode, ctx);
    const calendar = trainingCalendar(region, track.targetYear, programme.settings?.calendarCutoff);
    return {
      targetYear: calendar.targetYear,
      schoolYear: {
        firstDay: calendar.schoolYear.firstDay,
        lastDay: calendar.schoolYear.lastDay,
        provisional: calendar.schoolYear.provisional,
      },
      deadlines: calendar.deadlines.map((d) => ({
        kind: d.kind,
        date: d.date,
        actsAt: new Date(d.actsAtMs).toISOString(),
      })),
      holidays: calendar.holidays.map((h) => ({
        kind: h.kind,
        schoolYear: h.schoolYear,
        from: h.from,
        to: h.to,
        advisory: h.status === 'ADVISORY',
        provisional: h.provisional,
      })),
      holidaysPublished: calendar.holidaysPublished,
      sessions: [...track.sessions].sort((a, b) => a.date.localeCompare(b.date)),
    };
  }

  private async regionOf(municipalityCode: string, ctx: GqlContext): Promise<Region> {
    const municipality = await this.service.municipalityLoader(ctx).load(municipalityCode);
    if (!municipality) throw new Error(`municipality ${municipalityCode} missing from the reference data`);
    return municipality.schoolHolidayRegion as Region;
  }
}
