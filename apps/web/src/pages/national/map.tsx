import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { useEffect, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { useLabel } from '../../i18n';
import { inFilter, isFiltering, mapPhaseOf, type Municipality, type ProgrammeRow, type RegionFilter } from './model';

// The SVG's own coordinate system; CSS scales it to the column's width.
const WIDTH = 560;
const HEIGHT = 660;
const PADDING = 8;

type MunicipalityFeature = Feature<Geometry> & { id: string };

let topology: Promise<Topology> | undefined;

/** The CBS/PDOK boundaries, fetched once per page load from the web build's assets. */
function loadTopology(): Promise<Topology> {
  topology ??= fetch('/assets/municipalities.topo.json').then((res) => {
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return res.json() as Promise<Topology>;
  });
  topology.catch(() => (topology = undefined));
  return topology;
}

/**
 * The municipalities as SVG paths (d3-geo, Mercator fitted to the selection), each filled with
 * the phase of its latest programme. An open escalation at level 2 or 3 draws a thick outline on
 * top, dashed for level 2 and solid and thicker for level 3, so the level shows without colour; the
 * table beside the map says the same in words. Clicking a municipality chooses its programme.
 */
export function MunicipalityMap({
  municipalities,
  latest,
  filter,
  onChoose,
  labelledBy,
}: {
  municipalities: Map<string, Municipality>;
  latest: Map<string, ProgrammeRow>;
  filter: RegionFilter;
  onChoose: (code: string) => void;
  labelledBy: string;
}) {
  const intl = useIntl();
  const label = useLabel();
  const [features, setFeatures] = useState<MunicipalityFeature[]>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadTopology().then(
      (t) => {
        if (!live) return;
        const object = Object.values(t.objects)[0] as GeometryCollection;
        const collection = feature(t, object) as FeatureCollection<Geometry>;
        setFeatures(collection.features.map((f) => ({ ...f, id: String(f.id) })));
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);

  const drawn = useMemo(() => {
    if (!features) return [];
    const inside = features.filter((f) => inFilter(municipalities.get(f.id), filter));
    const projection = geoMercator().fitExtent(
      [
        [PADDING, PADDING],
        [WIDTH - PADDING, HEIGHT - PADDING],
      ],
      { type: 'FeatureCollection', features: inside.length > 0 ? inside : features },
    );
    const path = geoPath(projection);
    const filtering = isFiltering(filter);
    return features.map((f) => ({ code: f.id, d: path(f) ?? '', outside: filtering && !inside.includes(f) }));
  }, [features, municipalities, filter]);

  if (failed) return <p role="alert">{intl.formatMessage({ id: 'national.map.failed' })}</p>;
  const describe = (code: string) => {
    const name = municipalities.get(code)?.name ?? code;
    const row = latest.get(code);
    if (!row) return intl.formatMessage({ id: 'national.map.none' }, { name });
    return intl.formatMessage(
      { id: 'national.map.phase' },
      { name, phase: label('ProgrammePhase', row.phase), level: row.openEscalationLevel },
    );
  };
  const escalated = drawn.filter((p) => !p.outside && (latest.get(p.code)?.openEscalationLevel ?? 0) >= 2);
  return (
    <svg
      className="olievlek-map"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="xMidYMid meet"
      role="img"
      aria-labelledby={labelledBy}
      data-testid="map"
    >
      <g className="olievlek-map__municipalities">
        {drawn.map((p) => (
          <path
            key={p.code}
            d={p.d}
            data-code={p.code}
            data-phase={mapPhaseOf(latest.get(p.code))}
            data-escalation={latest.get(p.code)?.openEscalationLevel ?? 0}
            className={p.outside ? 'is-outside' : undefined}
            onClick={p.outside || !latest.has(p.code) ? undefined : () => onChoose(p.code)}
          >
            <title>{describe(p.code)}</title>
          </path>
        ))}
      </g>
      {/* Escalation outlines on top of every neighbour, so none hides under another. */}
      <g className="olievlek-map__outlines" aria-hidden="true">
        {escalated.map((p) => (
          <path
            key={p.code}
            d={p.d}
            data-outline-code={p.code}
            data-level={latest.get(p.code)?.openEscalationLevel}
            className={`olievlek-map__outline olievlek-map__outline--${latest.get(p.code)?.openEscalationLevel}`}
          />
        ))}
      </g>
    </svg>
  );
}
