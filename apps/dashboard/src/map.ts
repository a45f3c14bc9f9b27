import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import {
  byDutchName,
  inFilter,
  isFiltering,
  mapPhaseOf,
  type Municipality,
  type ProgrammeRow,
  type RegionFilter,
} from './model';
import { PHASE_COLOURS, PHASE_LABELS } from './phases';

const SVG_NS = 'http://www.w3.org/2000/svg';
// The SVG's own coordinate system; CSS scales it to the column's width.
const WIDTH = 560;
const HEIGHT = 660;
const PADDING = 8;

type MunicipalityFeature = Feature<Geometry, { statnaam?: string }> & { id: string };

export interface MapEvents {
  /** Pointer or keyboard (Enter/Space) chose a municipality. */
  open(code: string, origin: Element): void;
  /** Text for the tooltip of a municipality. */
  describe(code: string): string[];
}

/**
 * The municipalities as SVG paths, projected with d3-geo (Mercator fitted to the SVG) from the
 * CBS/PDOK boundaries: one `<path data-code data-phase>` per municipality, focusable, in Dutch
 * alphabetical order so that Tab walks the map by name.
 */
export class MunicipalityMap {
  private readonly features: MunicipalityFeature[];
  private readonly paths = new Map<string, SVGPathElement>();
  private readonly projection: GeoProjection = geoMercator();
  private readonly highlight: SVGPathElement;
  private filter: RegionFilter = {};

  constructor(
    private readonly svg: SVGSVGElement,
    private readonly tooltip: HTMLElement,
    topology: Topology,
    private readonly municipalities: Map<string, Municipality>,
    private readonly events: MapEvents,
  ) {
    const object = Object.values(topology.objects)[0] as GeometryCollection;
    const collection = feature(topology, object) as FeatureCollection<Geometry, { statnaam?: string }>;
    this.features = (collection.features as MunicipalityFeature[])
      .map((f) => ({ ...f, id: String(f.id) }))
      .sort((a, b) => byDutchName(this.nameOf(a.id), this.nameOf(b.id)));
    svg.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
    svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
    const group = document.createElementNS(SVG_NS, 'g');
    group.setAttribute('class', 'municipalities');
    for (const f of this.features) {
      const path = document.createElementNS(SVG_NS, 'path');
      path.id = `gemeente-${f.id}`;
      path.dataset.code = f.id;
      path.setAttribute('tabindex', '0');
      path.setAttribute('role', 'button');
      path.setAttribute('aria-describedby', tooltip.id);
      path.addEventListener('click', () => this.events.open(f.id, path));
      path.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          this.events.open(f.id, path);
        }
      });
      path.addEventListener('pointerenter', (event) => this.showTooltip(f.id, event.clientX, event.clientY));
      path.addEventListener('pointermove', (event) => this.placeTooltip(event.clientX, event.clientY));
      path.addEventListener('pointerleave', () => this.hideTooltip());
      path.addEventListener('focus', () => {
        this.highlight.setAttribute('d', path.getAttribute('d') ?? '');
        this.highlight.classList.add('is-visible');
        const box = path.getBoundingClientRect();
        this.showTooltip(f.id, box.left + box.width / 2, box.top + box.height / 2);
      });
      path.addEventListener('blur', () => {
        this.highlight.classList.remove('is-visible');
        this.hideTooltip();
      });
      group.appendChild(path);
      this.paths.set(f.id, path);
    }
    svg.appendChild(group);
    // The focus ring: a copy of the focused outline drawn on top (SVG paints in document order,
    // and moving the path itself would change the Tab order).
    this.highlight = document.createElementNS(SVG_NS, 'path');
    this.highlight.setAttribute('class', 'map-focus');
    this.highlight.setAttribute('aria-hidden', 'true');
    svg.appendChild(this.highlight);
    this.setFilter({});
    this.update(new Map());
  }

  private nameOf(code: string): string {
    return this.municipalities.get(code)?.name ?? code;
  }

  /** Colours every municipality by the phase of its latest programme. */
  update(latest: Map<string, ProgrammeRow>): void {
    for (const [code, path] of this.paths) {
      const phase = mapPhaseOf(latest.get(code));
      path.dataset.phase = phase;
      path.setAttribute('fill', PHASE_COLOURS[phase]);
      path.dataset.escalation = String(latest.get(code)?.openEscalationLevel ?? 0);
      path.setAttribute(
        'aria-label',
        phase === 'NONE' ? `${this.nameOf(code)}: geen programma` : `${this.nameOf(code)}: fase ${PHASE_LABELS[phase]}`,
      );
    }
  }

  /** Zooms to the municipalities in the filter; the others stay visible but faded and out of the Tab order. */
  setFilter(filter: RegionFilter): void {
    this.filter = filter;
    const inside = this.features.filter((f) => inFilter(this.municipalities.get(f.id), filter));
    const fitTo: FeatureCollection = {
      type: 'FeatureCollection',
      features: inside.length > 0 ? inside : this.features,
    };
    this.projection.fitExtent(
      [
        [PADDING, PADDING],
        [WIDTH - PADDING, HEIGHT - PADDING],
      ],
      fitTo,
    );
    const path = geoPath(this.projection);
    const filtering = isFiltering(filter);
    for (const f of this.features) {
      const element = this.paths.get(f.id)!;
      element.setAttribute('d', path(f) ?? '');
      const outside = filtering && !inside.includes(f);
      element.classList.toggle('is-outside', outside);
      element.setAttribute('tabindex', outside ? '-1' : '0');
      if (outside) element.setAttribute('aria-hidden', 'true');
      else element.removeAttribute('aria-hidden');
    }
    this.highlight.classList.remove('is-visible');
  }

  get currentFilter(): RegionFilter {
    return this.filter;
  }

  pathOf(code: string): SVGPathElement | undefined {
    return this.paths.get(code);
  }

  private showTooltip(code: string, x: number, y: number): void {
    this.tooltip.replaceChildren();
    this.events.describe(code).forEach((line, i) => {
      const el = document.createElement(i === 0 ? 'strong' : 'span');
      el.textContent = line;
      this.tooltip.appendChild(el);
    });
    this.tooltip.hidden = false;
    this.placeTooltip(x, y);
  }

  private placeTooltip(x: number, y: number): void {
    const margin = 14;
    const { width, height } = this.tooltip.getBoundingClientRect();
    const left = Math.min(x + margin, window.innerWidth - width - 4);
    const top = y + margin + height > window.innerHeight ? y - height - margin : y + margin;
    this.tooltip.style.left = `${Math.max(4, left)}px`;
    this.tooltip.style.top = `${Math.max(4, top)}px`;
  }

  private hideTooltip(): void {
    this.tooltip.hidden = true;
  }
}
