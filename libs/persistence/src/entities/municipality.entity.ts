import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SchoolHolidayRegion } from '../../../domain/src';

/** A Dutch municipality of the CBS 2025 division, with the regions it belongs to. */
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
}
