import type { DataSource } from 'typeorm';
import { amsterdamDate } from '../../../../libs/domain/src';
import { MunicipalityEntity } from '../../../../libs/persistence/src';
import type { ProgrammeFailure } from '../programmes/programme.failures';

/**
 * Herindeling: why no programme can start for this municipality at `nowMs`, or undefined when it
 * can. A municipality whose merger is in effect (its last year is before this one) no longer
 * exists: the failure names its current successor, following later mergers. One whose merger is
 * still ahead (a year loaded in advance) exists until 31 December.
 */
export async function mergedMunicipalityFailure(
  dataSource: DataSource,
  municipality: MunicipalityEntity,
  nowMs: number,
): Promise<Extract<ProgrammeFailure, { kind: 'MUNICIPALITY_MERGED' }> | undefined> {
  const year = Number(amsterdamDate(nowMs).slice(0, 4));
  if (municipality.validUntil === null || municipality.validUntil >= year) return undefined;
  const repo = dataSource.getRepository(MunicipalityEntity);
  let successor: MunicipalityEntity | null = municipality;
  for (
    let hop = 0;
    hop < 20 && successor?.successorCode && successor.validUntil !== null && successor.validUntil < year;
    hop++
  ) {
    successor = await repo.findOneBy({ code: successor.successorCode });
  }
  const code = successor?.code ?? municipality.successorCode ?? '';
  return {
    kind: 'MUNICIPALITY_MERGED',
    municipality: { code: municipality.code, name: municipality.name },
    successor: { code, name: successor?.name ?? code },
    since: municipality.validUntil + 1,
  };
}
