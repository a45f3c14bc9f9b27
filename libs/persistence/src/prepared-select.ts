import type { DataSource, EntityMetadata, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DriverUtils } from 'typeorm/driver/DriverUtils';

interface Prepared {
  sql: string;
  root: { metadata: EntityMetadata; alias: string };
  joins: Array<{ property: string; metadata: EntityMetadata; alias: string }>;
}

/**
 * A hot read built once with TypeORM's query builder and from then on only executed: on first
 * use the builder makes the SQL (parameterised, so one text serves every value); each call sends
 * it through TypeORM's query runner and hydrates the entities from their column metadata with
 * the driver's own conversions, as the builder's loader does. Building the SQL took longer than
 * running it (issue 7 target 3, `npm run bench -- read-model`).
 *
 * For selects of one root entity per row: joined-and-selected relations many-to-one, named in
 * `joins` (property of the root entity → the alias it was joined under).
 */
export class PreparedSelect<T extends ObjectLiteral> {
  private prepared?: Prepared;

  constructor(
    private readonly dataSource: DataSource,
    private readonly build: () => SelectQueryBuilder<T>,
    private readonly parameterNames: readonly string[],
    private readonly joins: Readonly<Record<string, string>> = {},
  ) {}

  async many(values: Readonly<Record<string, unknown>>): Promise<T[]> {
    const p = (this.prepared ??= this.prepare());
    const rows = (await this.dataSource.query(
      p.sql,
      this.parameterNames.map((n) => values[n]),
    )) as Record<string, unknown>[];
    return rows.map((raw) => {
      const entity = this.hydrate(p.root.metadata, p.root.alias, raw);
      for (const j of p.joins) entity[j.property] = this.hydrate(j.metadata, j.alias, raw);
      return entity as T;
    });
  }

  async one(values: Readonly<Record<string, unknown>>): Promise<T | null> {
    return (await this.many(values))[0] ?? null;
  }

  private prepare(): Prepared {
    // Unique stand-ins for the values: the builder must hand them back in the names' order.
    const stand = (name: string) => `\u0000${name}`;
    const qb = this.build().setParameters(Object.fromEntries(this.parameterNames.map((n) => [n, stand(n)])));
    const [sql, parameters] = qb.getQueryAndParameters();
    if (JSON.stringify(parameters) !== JSON.stringify(this.parameterNames.map(stand))) {
      throw new Error(
        `PreparedSelect: the query's parameters are not ${this.parameterNames.join(', ')}, each once and in that order`,
      );
    }
    const root = qb.expressionMap.mainAlias!;
    const joins = Object.entries(this.joins).map(([property, alias]) => {
      const relation = root.metadata.findRelationWithPropertyPath(property);
      if (!relation?.isManyToOne) throw new Error(`PreparedSelect: ${property} is not a many-to-one relation`);
      return { property, metadata: relation.inverseEntityMetadata, alias };
    });
    return { sql, root: { metadata: root.metadata, alias: root.name }, joins };
  }

  private hydrate(metadata: EntityMetadata, alias: string, raw: Record<string, unknown>): ObjectLiteral {
    const entity = metadata.create() as ObjectLiteral;
    for (const column of metadata.columns) {
      const key = DriverUtils.buildAlias(this.dataSource.driver, undefined, alias, column.databaseName);
      // A column that only backs a relation (no property of its own) is the joined entity's.
      if (column.isVirtual || !(key in raw)) continue;
      column.setEntityValue(entity, this.dataSource.driver.prepareHydratedValue(raw[key], column));
    }
    return entity;
  }
}
