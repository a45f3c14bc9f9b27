import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SchoolHolidayRegion } from '../../../domain/src';

/** A Dutch municipality of a CBS division (2025 and later years), with the regions it belongs to. */
@Entity({ name: 'municipality' })
export class MunicipalityEntity {
  @PrimaryColumn({ type: 'varchar', length: 6 })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 40 })
  province!: string;

  @Column({ name: 'province_code', type: 'varchar', length: 4 })
  provinceCode!: string;

  @Column({ name: 'veilig_thuis_region', type: 'varchar', length: 80 })
  veiligThuisRegion!: string;

  @Column({ name: 'veilig_thuis_code', type: 'varchar', length: 4 })
  veiligThuisCode!: string;

  @Column({ type: 'varchar', length: 80 })
  jeugdregio!: string;

  @Column({ name: 'jeugdregio_code', type: 'varchar', length: 4 })
  jeugdregioCode!: string;

  @Column({ name: 'ggd_region', type: 'varchar', length: 80 })
  ggdRegion!: string;

  @Column({ name: 'ggd_region_code', type: 'varchar', length: 6 })
  ggdRegionCode!: string;

  @Column({ name: 'school_holiday_region', type: 'varchar', length: 6 })
  schoolHolidayRegion!: SchoolHolidayRegion;

  @Column({ type: 'double precision' })
  lat!: number;

  @Column({ type: 'double precision' })
  lon!: number;

  @Column({ name: 'label_lat', type: 'double precision' })
  labelLat!: number;

  @Column({ name: 'label_lon', type: 'double precision' })
  labelLon!: number;

  @Column({ name: 'reference_year', type: 'integer' })
  referenceYear!: number;

  /** The first year of the division it belongs to (migration 0017; 2025 for the CBS 2025 rows). */
  @Column({ name: 'valid_from', type: 'integer' })
  validFrom!: number;

  /** The last year it existed, when it merged into `successorCode` on 1 January after; null while current. */
  @Column({ name: 'valid_until', type: 'integer', nullable: true })
  validUntil!: number | null;

  @Column({ name: 'successor_code', type: 'varchar', length: 6, nullable: true })
  successorCode!: string | null;
}
