import { Controller, Get, Inject, Req, Res, UseFilters } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { stringify } from 'csv-stringify/sync';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DataSource } from 'typeorm';
import type { ProgrammeSnapshot, ProgrammeState } from '../../../../libs/domain/src';
import { MunicipalityEntity, type NationalOverview } from '../../../../libs/persistence/src';
import { TokenVerifier, type Principal } from '../auth';
import { preferredLanguage } from '../common/error-formatter';
import { UserFacingError } from '../common/graphql-errors';
import { UnavailableFilter } from '../common/unavailable.filter';
import { NationalService } from '../national/national.service';
import { ProgrammeService } from '../programmes/programme.service';

// Rows per read-model page while building the programme list (one keyset query each).
const PAGE = 1000;

/**
 * One line per figure of the overview: `figure,key,value`, with the GraphQL field names. New
 * figures are appended, so the lines a spreadsheet already reads keep their order. Issue 17 (C4)
 * added `municipalitiesReached` (one line, no key) and `municipalitiesPerQuarter` (one line per
 * quarter `YYYY-Qn`, like `startedPerQuarter`). The peer comparison has no figure on the
 * overview (it is the `slowerThanPeers` list, asked separately), so it has no line here.
 */
export function overviewRows(o: NationalOverview): Array<[string, string, number | string]> {
  const rows: Array<[string, string, number | string]> = [
    ['total', '', o.total],
    ['stalled', '', o.stalled],
  ];
  const breakdowns = [
    'byPhase',
    'byStatus',
    'byProvince',
    'byVeiligThuisRegion',
    'byJeugdregio',
    'startedPerQuarter',
  ] as const;
  for (const name of breakdowns) for (const { key, count } of o[name]) rows.push([name, key, count]);
  for (const { level, count } of o.openEscalationsByLevel) rows.push(['openEscalationsByLevel', String(level), count]);
  for (const { flag, count } of o.riskFlags) rows.push(['riskFlags', flag, count]);
  for (const { phase, medianDays, programmes } of o.medianDaysInPhase) {
    rows.push(['medianDaysInPhase', phase, medianDays ?? '']);
    rows.push(['programmesLeftPhase', phase, programmes]);
  }
  rows.push(
    ['schoolYearsMissed', '', o.schoolYearsMissed],
    ['programmesMissingSchoolYear', '', o.programmesMissingSchoolYear],
  );
  for (const q of o.indicatorsPerQuarter) {
    rows.push(
      ['indicatorProgrammes', q.quarter, q.programmes],
      ['repeatReports', q.quarter, q.repeatReports],
      ['professionalsTrained', q.quarter, q.professionalsTrained],
      ['schoolsReached', q.quarter, q.schoolsReached],
    );
  }
  rows.push(['mentorPairings', '', o.mentorPairings]);
  rows.push(['municipalitiesReached', '', o.municipalitiesReached]);
  for (const { key, count } of o.municipalitiesPerQuarter) rows.push(['municipalitiesPerQuarter', key, count]);
  return rows;
}

/**
 * The columns of programmes.csv, in this order; new ones are appended. The GraphQL `Programme`
 * field names; lists (`riskFlags`, `memberMunicipalityCodes`) are joined with a space.
 * `memberMunicipalityCodes` (C1, C4): the CBS codes of the collective's members that have not
 * left, in the order they joined; empty for a programme of one municipality. The programme's
 * `peerComparison` is not a column: it costs a query per programme (and moves with the clock).
 */
const PROGRAMME_COLUMNS = [
  'id',
  'municipalityCode',
  'municipality',
  'province',
  'veiligThuisRegion',
  'jeugdregio',
  'sequence',
  'phase',
  'status',
  'startedAt',
  'updatedAt',
  'openEscalationLevel',
  'riskFlags',
  'schoolYearsMissed',
  'mentorMunicipalityCode',
  'memberMunicipalityCodes',
] as const;

/** C1/C4: the members of the programme's collective that have not left, as `Programme.memberMunicipalityCodes`. */
function memberCodes(state: ProgrammeSnapshot | ProgrammeState): string[] {
  const members = ('collectiveMembers' in state ? state.collectiveMembers : undefined) ?? [];
  return members.filter((m) => !m.leftAt).map((m) => m.municipalityCode);
}

/**
 * CSV downloads for the people who report upwards (UTF-8 with a byte-order mark, so spreadsheet
 * programs read "Fryslân" right; RFC 4180 quoting). Same bearer token as GraphQL: the overview
 * is anonymous and open to every role, the programme list shows what the caller may see.
 */
@Controller('export')
@UseFilters(UnavailableFilter)
export class ExportController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(TokenVerifier) private readonly verifier: TokenVerifier,
    private readonly programmes: ProgrammeService,
    private readonly national: NationalService,
  ) {}

  @Get('overview.csv')
  async overviewCsv(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    if (!(await this.authenticate(request, reply))) return;
    const csv = stringify(overviewRows(await this.national.overview()), {
      header: true,
      columns: ['figure', 'key', 'value'],
      bom: true,
    });
    await this.send(reply, 'olievlek-landelijk-overzicht.csv', csv);
  }

  @Get('programmes.csv')
  async programmesCsv(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const principal = await this.authenticate(request, reply);
    if (!principal) return;
    const municipalities = new Map(
      (await this.dataSource.getRepository(MunicipalityEntity).find()).map((m) => [m.code, m]),
    );
    const records: Array<Record<(typeof PROGRAMME_COLUMNS)[number], string | number>> = [];
    let after: { value: string | number; id: string } | undefined;
    for (;;) {
      const page = await this.programmes.page(principal, {
        filter: {},
        sort: 'MUNICIPALITY_NAME',
        direction: 'ASC',
        first: PAGE,
        ...(after ? { after } : {}),
      });
      for (const { row, state } of page.records) {
        const m = municipalities.get(row.municipalityCode);
        records.push({
          id: row.id,
          municipalityCode: row.municipalityCode,
          municipality: m?.name ?? '',
          province: m?.province ?? '',
          veiligThuisRegion: m?.veiligThuisRegion ?? '',
          jeugdregio: m?.jeugdregio ?? '',
          sequence: row.sequence,
          phase: row.phase,
          status: row.status,
          startedAt: row.startedAt,
          updatedAt: row.updatedAt,
          openEscalationLevel: row.openEscalationLevel,
          riskFlags: row.riskFlags.split(',').filter(Boolean).join(' '),
          schoolYearsMissed: row.schoolYearsMissed,
          mentorMunicipalityCode: row.mentorMunicipalityCode ?? '',
          memberMunicipalityCodes: memberCodes(state).join(' '),
        });
      }
      const last = page.records.at(-1);
      if (!page.hasNextPage || !last) break;
      after = { value: municipalities.get(last.row.municipalityCode)?.name ?? '', id: last.row.id };
    }
    await this.send(
      reply,
      'olievlek-programmas.csv',
      stringify(records, { header: true, columns: [...PROGRAMME_COLUMNS], bom: true }),
    );
  }

  private async authenticate(request: FastifyRequest, reply: FastifyReply): Promise<Principal | undefined> {
    try {
      return await this.verifier.authenticateHeader(request.headers.authorization);
    } catch (error) {
      if (!(error instanceof UserFacingError)) throw error;
      const message = preferredLanguage(request.headers) === 'en' ? error.english : error.message;
      await reply.status(401).header('www-authenticate', 'Bearer').send({ code: error.code, message });
      return undefined;
    }
  }

  private async send(reply: FastifyReply, filename: string, csv: string): Promise<void> {
    await reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${filename}"`)
      .header('cache-control', 'no-store')
      .send(csv);
  }
}
