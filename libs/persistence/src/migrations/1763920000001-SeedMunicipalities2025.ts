import type { MigrationInterface, QueryRunner } from 'typeorm';
import { readReferenceCsv } from '../reference-data';

const REFERENCE_YEAR = 2025;
const BATCH = 50;

// Loads the CBS 2025 division (libs/reference-data, provenance in PROVENANCE.md). The files of a
// reference year are frozen; a new year gets new files and a new migration.
export class SeedMunicipalities20251763920000001 implements MigrationInterface {
  name = 'SeedMunicipalities20251763920000001';

  async up(q: QueryRunner): Promise<void> {
    const rows = readReferenceCsv('municipalities.csv').map((r) => ({
      code: r.code,
      name: r.name,
      province: r.province,
      province_code: r.province_code,
      veilig_thuis_region: r.veilig_thuis_region,
      veilig_thuis_code: r.veilig_thuis_code,
      jeugdregio: r.jeugdregio,
      jeugdregio_code: r.jeugdregio_code,
      ggd_region: r.ggd_region,
      ggd_region_code: r.ggd_region_code,
      school_holiday_region: r.school_holiday_region,
      lat: Number(r.lat),
      lon: Number(r.lon),
      label_lat: Number(r.label_lat),
      label_lon: Number(r.label_lon),
      reference_year: REFERENCE_YEAR,
    }));
    if (rows.length !== 342) throw new Error(`expected 342 municipalities, read ${rows.length}`);
    // Raw SQL with column names, not the entity: a migration must not change when entities do.
    const columns = Object.keys(rows[0]);
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = rows.slice(i, i + BATCH);
      const params: Record<string, unknown> = {};
      const tuples = batch.map((row, r) => {
        const names = columns.map((c) => {
          params[`${c}_${r}`] = row[c as keyof typeof row];
          return `:${c}_${r}`;
        });
        return `(${names.join(', ')})`;
      });
      const [sql, values] = q.connection.driver.escapeQueryWithParameters(
        `INSERT INTO municipality (${columns.join(', ')}) VALUES ${tuples.join(', ')}`,
        params,
      );
      await q.query(sql, values);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM municipality WHERE reference_year = ${REFERENCE_YEAR}`);
  }
}
