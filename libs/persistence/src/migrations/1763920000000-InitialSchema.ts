import type { MigrationInterface, QueryRunner } from 'typeorm';

// Plain SQL that SQLite and PostgreSQL both accept, so one migration serves both drivers.
export class InitialSchema1763920000000 implements MigrationInterface {
  name = 'InitialSchema1763920000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE municipality (
        code varchar(6) PRIMARY KEY,
        name varchar(100) NOT NULL,
        province varchar(40) NOT NULL,
        province_code varchar(4) NOT NULL,
        veilig_thuis_region varchar(80) NOT NULL,
        veilig_thuis_code varchar(4) NOT NULL,
        jeugdregio varchar(80) NOT NULL,
        jeugdregio_code varchar(4) NOT NULL,
        ggd_region varchar(80) NOT NULL,
        ggd_region_code varchar(6) NOT NULL,
        school_holiday_region varchar(6) NOT NULL,
        lat double precision NOT NULL,
        lon double precision NOT NULL,
        label_lat double precision NOT NULL,
        label_lon double precision NOT NULL,
        reference_year integer NOT NULL
      )`);
    await q.query(`
      CREATE TABLE programme (
        id varchar(64) PRIMARY KEY,
        municipality_code varchar(6) NOT NULL REFERENCES municipality (code),
        sequence integer NOT NULL,
        phase varchar(16) NOT NULL,
        status varchar(16) NOT NULL,
        started_at varchar(40) NOT NULL,
        updated_at varchar(40) NOT NULL,
        version integer NOT NULL,
        state text NOT NULL,
        CONSTRAINT uq_programme_municipality_sequence UNIQUE (municipality_code, sequence)
      )`);
    await q.query(`CREATE INDEX ix_programme_phase ON programme (phase)`);
    await q.query(`CREATE INDEX ix_programme_status ON programme (status)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE programme`);
    await q.query(`DROP TABLE municipality`);
  }
}
