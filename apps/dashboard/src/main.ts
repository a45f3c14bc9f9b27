import type { Client } from 'graphql-ws';
import type { Topology } from 'topojson-specification';
import municipalityList from 'virtual:municipalities';
import { Api, ApiError } from './api';
import { PhaseChart, SpreadChart } from './charts';
import { byId, h, swatch } from './dom';
import { MunicipalityMap } from './map';
import {
  byDutchName,
  daysBetween,
  formatClock,
  formatCount,
  formatDate,
  formatDateTime,
  formatDays,
  inFilter,
  isFiltering,
  latestByMunicipality,
  mapPhaseOf,
  quarterSeries,
  regionOptions,
  total,
  type Municipality,
  type ProgrammeRow,
  type RegionFilter,
} from './model';
import {
  DELIVERY_LABELS,
  ESCALATION_KIND_LABELS,
  ESCALATION_LEVEL_LABELS,
  ESCALATION_STATUS_LABELS,
  label,
  MAP_PHASES,
  PHASE_COLOURS,
  PHASE_LABELS,
  PROGRAMME_PHASES,
  ROLE_LABELS,
  STATUS_LABELS,
  type MapPhase,
  type ProgrammePhase,
} from './phases';
import {
  LIVE_SUBSCRIPTIONS,
  OVERVIEW_QUERY,
  PROGRAMME_QUERY,
  PROGRAMMES_PAGE,
  QUEUE_QUERY,
  type Overview,
  type ProgrammeDetail,
  type Queue,
} from './queries';

const TOKEN_KEY = 'olievlek.dashboard.token';
// Live events come in bursts (one step changes a programme and raises or resolves escalations):
// wait for quiet, but never longer than MAX_WAIT_MS while events keep coming; and start at most
// one refresh per MIN_INTERVAL_MS, so that a busy day stays far below the API's rate limit
// (a refresh is 2 requests plus one per 100 programmes; 300 requests a minute by default).
const DEBOUNCE_MS = 500;
const MAX_WAIT_MS = 2000;
const MIN_INTERVAL_MS = 2000;
const RETRY_MS = 10_000;

const municipalities = new Map<string, Municipality>(municipalityList.map((m) => [m.code, m]));
const nameOf = (code: string) => municipalities.get(code)?.name ?? code;

interface Session {
  api: Api;
  live?: Client;
  unsubscribe: Array<() => void>;
  closed: boolean;
}

let session: Session | undefined;
let map: MunicipalityMap | undefined;
let spreadChart: SpreadChart | undefined;
let phaseChart: PhaseChart | undefined;
let topology: Promise<Topology> | undefined;
let programmes: ProgrammeRow[] = [];
let latest = new Map<string, ProgrammeRow>();
let lastQueue: Queue = { stalledProgrammes: [], escalationQueue: [] };
let filter: RegionFilter = {};
let openCode: string | undefined;
let panelRequest = 0;

// ---- session: login, logout ------------------------------------------------------------------

function showAlert(message: string | undefined): void {
  const alert = byId('alert');
  alert.textContent = message ?? '';
  alert.hidden = !message;
}

function showLogin(message?: string): void {
  byId('dashboard').hidden = true;
  byId('session').hidden = true;
  byId('login').hidden = false;
  showAlert(message);
  document.title = 'Inloggen · Olievlek dashboard';
  byId<HTMLTextAreaElement>('token').focus();
}

function endSession(): void {
  if (!session) return;
  session.closed = true;
  session.unsubscribe.forEach((stop) => stop());
  void session.live?.dispose();
  session = undefined;
  sessionStorage.removeItem(TOKEN_KEY);
  if (refreshTimer) clearTimeout(refreshTimer);
  refreshTimer = undefined;
  firstPendingAt = undefined;
  const panel = byId<HTMLDialogElement>('panel');
  if (panel.open) panel.close();
}

function logout(message?: string): void {
  endSession();
  byId<HTMLTextAreaElement>('token').value = '';
  showLogin(message);
}

/** `fromForm`: the user just submitted the form, which disappears: focus moves to the content. */
async function login(token: string, fromForm = false): Promise<void> {
  endSession();
  const current: Session = { api: new Api(token), unsubscribe: [], closed: false };
  session = current;
  showAlert(undefined);
  byId('login').setAttribute('aria-busy', 'true');
  try {
    await ensureMap();
    await refresh(current);
  } catch (error) {
    if (session !== current) return;
    session = undefined;
    sessionStorage.removeItem(TOKEN_KEY);
    showLogin(error instanceof ApiError ? error.message : 'Het dashboard kon niet worden geladen.');
    return;
  } finally {
    byId('login').removeAttribute('aria-busy');
  }
  if (session !== current) return;
  sessionStorage.setItem(TOKEN_KEY, token);
  byId('login').hidden = true;
  byId('dashboard').hidden = false;
  byId('session').hidden = false;
  document.title = 'Olievlek · landelijk dashboard voor kwartiermakers';
  connectLive(current);
  if (fromForm) byId('main').focus();
}

// ---- data ------------------------------------------------------------------------------------

async function allProgrammes(api: Api): Promise<ProgrammeRow[]> {
  const rows: ProgrammeRow[] = [];
  let after: string | null | undefined;
  // 342 municipalities, a few programmes each: a handful of pages of 100.
  for (let page = 0; page < 100; page++) {
    const data = await api.query(PROGRAMMES_PAGE, { after });
    rows.push(...data.programmes.edges.map((e) => e.node));
    if (!data.programmes.pageInfo.hasNextPage) break;
    after = data.programmes.pageInfo.endCursor;
  }
  return rows;
}

let refreshing: Promise<void> | undefined;
let refreshAgain = false;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let firstPendingAt: number | undefined;
let lastRefreshAt = 0;

async function refresh(current: Session): Promise<void> {
  lastRefreshAt = Date.now();
  const [overviewData, queue, rows] = await Promise.all([
    current.api.query(OVERVIEW_QUERY),
    current.api.query(QUEUE_QUERY),
    allProgrammes(current.api),
  ]);
  if (session !== current) return;
  programmes = rows;
  latest = latestByMunicipality(rows);
  lastQueue = queue;
  map?.update(latest);
  renderOverview(overviewData.nationalOverview);
  renderLegend();
  renderQueue();
  const updated = byId('updated-at');
  updated.textContent = `bijgewerkt om ${formatClock(new Date())}`;
  if (openCode && byId<HTMLDialogElement>('panel').open) void loadPanel(openCode, false);
}

/** Refreshes after live events: debounced, at most one at a time, nothing lost in between. */
function scheduleRefresh(): void {
  const current = session;
  if (!current) return;
  const now = Date.now();
  firstPendingAt ??= now;
  if (refreshTimer) clearTimeout(refreshTimer);
  const quiet = Math.min(DEBOUNCE_MS, firstPendingAt + MAX_WAIT_MS - now);
  const wait = Math.max(0, quiet, lastRefreshAt + MIN_INTERVAL_MS - now);
  refreshTimer = setTimeout(() => {
    refreshTimer = undefined;
    firstPendingAt = undefined;
    if (refreshing) {
      refreshAgain = true;
      return;
    }
    refreshing = refresh(current)
      .then(() => showAlert(undefined))
      .catch((error: unknown) => {
        if (session !== current) return;
        if (error instanceof ApiError && error.isAuthProblem) logout(error.message);
        else {
          showAlert(
            `Bijwerken mislukt: ${error instanceof Error ? error.message : String(error)} Over ${RETRY_MS / 1000} seconden opnieuw.`,
          );
          // Also without a next event (the server was busy, or the rate limit was reached).
          setTimeout(() => session === current && scheduleRefresh(), RETRY_MS);
        }
      })
      .finally(() => {
        refreshing = undefined;
        if (refreshAgain) {
          refreshAgain = false;
          scheduleRefresh();
        }
      });
  }, wait);
}

function connectLive(current: Session): void {
  const status = byId('live-status');
  const setStatus = (state: string, text: string) => {
    status.dataset.state = state;
    status.textContent = text;
  };
  let connectedBefore = false;
  current.live = current.api.live({
    connected: () => {
      if (current.closed) return;
      setStatus('connected', 'Live: verbonden');
      // After a reconnect, catch up on what happened while the connection was down.
      if (connectedBefore) scheduleRefresh();
      connectedBefore = true;
    },
    disconnected: () => {
      if (!current.closed) setStatus('disconnected', 'Live: verbinding verbroken, opnieuw verbinden…');
    },
    error: (error) => {
      if (!current.closed) setStatus('disconnected', `Live: ${error.message}`);
    },
  });
  for (const query of LIVE_SUBSCRIPTIONS) {
    const stop = current.live.subscribe(
      { query: query.toString() },
      {
        next: () => scheduleRefresh(),
        error: (error) => {
          if (current.closed) return;
          const message = Array.isArray(error)
            ? (error[0] as { message?: string })?.message
            : error instanceof Error
              ? error.message
              : undefined;
          setStatus('disconnected', `Live: ${message ?? 'geweigerd'}`);
        },
        complete: () => undefined,
      },
    );
    current.unsubscribe.push(stop);
  }
}

// ---- rendering -------------------------------------------------------------------------------

function setFigure(testId: string, value: string): void {
  const element = document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  if (element) element.textContent = value;
}

function renderOverview(o: Overview): void {
  setFigure('figure-total', formatCount(o.total));
  setFigure('figure-stalled', formatCount(o.stalled));
  for (const level of [1, 2, 3]) {
    setFigure(
      `figure-escalations-${level}`,
      formatCount(o.openEscalationsByLevel.find((e) => e.level === level)?.count ?? 0),
    );
  }
  setFigure('figure-school-years-missed', formatCount(o.schoolYearsMissed));
  setFigure('figure-missing-school-year', formatCount(o.programmesMissingSchoolYear));
  setFigure('figure-mentor-pairings', formatCount(o.mentorPairings));
  setFigure('figure-repeat-reports', formatCount(total(o.indicatorsPerQuarter, (q) => q.repeatReports)));
  setFigure('figure-professionals-trained', formatCount(total(o.indicatorsPerQuarter, (q) => q.professionalsTrained)));
  setFigure('figure-schools-reached', formatCount(total(o.indicatorsPerQuarter, (q) => q.schoolsReached)));

  const perPhase = Object.fromEntries(
    PROGRAMME_PHASES.map((p) => [p, o.byPhase.find((b) => b.key === p)?.count ?? 0]),
  ) as Record<ProgrammePhase, number>;
  phaseChart?.update(perPhase);
  const phaseBody = document.querySelector('[data-testid="phase-table"] tbody')!;
  phaseBody.replaceChildren(
    ...PROGRAMME_PHASES.map((phase) => {
      const median = o.medianDaysInPhase?.find((m) => m.phase === phase);
      return h(
        'tr',
        {},
        h('th', { scope: 'row' }, swatch(PHASE_COLOURS[phase]), ` ${PHASE_LABELS[phase]}`),
        h('td', { class: 'num', 'data-testid': `figure-phase-${phase}` }, formatCount(perPhase[phase])),
        h(
          'td',
          { class: 'num', 'data-testid': `figure-median-days-${phase}` },
          o.medianDaysInPhase ? formatDays(median?.medianDays) : '—',
        ),
        h('td', { class: 'num' }, o.medianDaysInPhase ? formatCount(median?.programmes ?? 0) : '—'),
      );
    }),
  );

  const series = quarterSeries(o.startedPerQuarter);
  spreadChart?.update(series);
  document
    .querySelector('[data-testid="spread-table"] tbody')!
    .replaceChildren(
      ...series.map((p) =>
        h(
          'tr',
          { 'data-quarter': p.quarter },
          h('th', { scope: 'row' }, p.quarter),
          h('td', {}, formatCount(p.count)),
          h('td', {}, formatCount(p.cumulative)),
        ),
      ),
    );
}

function municipalitiesInFilter(): Municipality[] {
  return [...municipalities.values()].filter((m) => inFilter(m, filter));
}

function renderLegend(): void {
  const counts = new Map<MapPhase, number>(MAP_PHASES.map((p) => [p, 0]));
  for (const m of municipalitiesInFilter()) {
    const phase = mapPhaseOf(latest.get(m.code));
    counts.set(phase, counts.get(phase)! + 1);
  }
  byId('legend').replaceChildren(
    ...MAP_PHASES.map((phase) =>
      h(
        'li',
        { 'data-testid': `legend-${phase}`, 'data-phase': phase },
        swatch(PHASE_COLOURS[phase]),
        h('span', { class: 'legend-label' }, PHASE_LABELS[phase]),
        h(
          'span',
          { class: 'legend-count' },
          `${formatCount(counts.get(phase))} ${counts.get(phase) === 1 ? 'gemeente' : 'gemeenten'}`,
        ),
      ),
    ),
  );
  const inside = municipalitiesInFilter();
  const withProgramme = inside.filter((m) => latest.has(m.code)).length;
  const parts = [
    filter.province && `provincie ${filter.province}`,
    filter.veiligThuisRegion && `Veilig Thuis-regio ${filter.veiligThuisRegion}`,
    filter.jeugdregio && `jeugdregio ${filter.jeugdregio}`,
  ].filter(Boolean);
  byId('filter-summary').textContent = isFiltering(filter)
    ? `Selectie: ${parts.join(', ')}: ${formatCount(inside.length)} gemeenten, waarvan ${formatCount(withProgramme)} met een programma. De kerncijfers blijven landelijk.`
    : `Heel Nederland: ${formatCount(inside.length)} gemeenten, waarvan ${formatCount(withProgramme)} met een programma.`;
}

function municipalityButton(code: string): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'link-button', 'data-code': code }, nameOf(code));
  button.addEventListener('click', () => void openPanel(code, button));
  return button;
}

function emptyRow(columns: number, text: string): HTMLTableRowElement {
  return h('tr', { class: 'empty' }, h('td', { colspan: columns }, text));
}

function renderQueue(): void {
  const now = new Date();
  const queueBody = document.querySelector('[data-testid="escalation-queue"] tbody')!;
  const queue = lastQueue.escalationQueue;
  if (!queue) {
    queueBody.replaceChildren(emptyRow(8, 'De escalatiewachtrij is op deze server (nog) niet beschikbaar.'));
  } else {
    const rows = queue.filter((e) => inFilter(municipalities.get(e.municipalityCode), filter));
    queueBody.replaceChildren(
      ...(rows.length === 0
        ? [emptyRow(8, isFiltering(filter) ? 'Geen open escalaties in deze selectie.' : 'Geen open escalaties.')]
        : rows.map((e) =>
            h(
              'tr',
              { 'data-escalation-id': e.id, 'data-level': e.level },
              h(
                'td',
                { class: 'num' },
                h('span', { class: `level level-${e.level}` }, String(e.level)),
                ` ${label(ESCALATION_LEVEL_LABELS, String(e.level))}`,
              ),
              h('td', {}, municipalityButton(e.municipalityCode)),
              h('td', {}, label(ESCALATION_KIND_LABELS, e.kind)),
              h('td', {}, e.ruleId ?? '—'),
              h('td', { class: 'message' }, e.message),
              h(
                'td',
                {},
                h(
                  'time',
                  { datetime: e.raisedAt, title: formatDateTime(e.raisedAt) },
                  `${formatDate(e.raisedAt)} (${formatCount(daysBetween(e.raisedAt, now))} d)`,
                ),
              ),
              h('td', {}, label(ESCALATION_STATUS_LABELS, e.status)),
              h('td', {}, label(DELIVERY_LABELS, e.deliveryStatus)),
            ),
          )),
    );
  }

  const stalledBody = document.querySelector('[data-testid="stalled-programmes"] tbody')!;
  const stalled = lastQueue.stalledProgrammes;
  if (!stalled) {
    stalledBody.replaceChildren(emptyRow(5, 'De lijst met stilstand is op deze server (nog) niet beschikbaar.'));
    return;
  }
  const rows = stalled.filter((p) => inFilter(municipalities.get(p.municipalityCode), filter));
  stalledBody.replaceChildren(
    ...(rows.length === 0
      ? [emptyRow(5, isFiltering(filter) ? 'Geen stilstand in deze selectie.' : 'Geen programma’s met stilstand.')]
      : rows.map((p) =>
          h(
            'tr',
            { 'data-programme-id': p.id },
            h('td', {}, municipalityButton(p.municipalityCode)),
            h('td', {}, mapPhaseLabel(p.phase)),
            h('td', {}, label(STATUS_LABELS, p.status)),
            h('td', { class: 'num' }, String(p.openEscalationLevel)),
            h(
              'td',
              {},
              p.phaseEnteredAt
                ? `${formatDate(p.phaseEnteredAt)} (${formatCount(daysBetween(p.phaseEnteredAt, now))} d)`
                : '—',
            ),
          ),
        )),
  );
}

const mapPhaseLabel = (phase: string) => label(PHASE_LABELS, phase);

// ---- the map ---------------------------------------------------------------------------------

async function ensureMap(): Promise<void> {
  if (map) return;
  topology ??= fetch('/dashboard/municipalities.topo.json').then((res) => {
    if (!res.ok) throw new ApiError(`De kaart kon niet worden geladen (HTTP ${res.status}).`, 'NETWORK');
    return res.json() as Promise<Topology>;
  });
  let loaded: Topology;
  try {
    loaded = await topology;
  } catch (error) {
    topology = undefined;
    throw error;
  }
  if (map) return;
  map = new MunicipalityMap(byId<SVGSVGElement>('map'), byId('map-tooltip'), loaded, municipalities, {
    open: (code, origin) => void openPanel(code, origin),
    describe: (code) => {
      const m = municipalities.get(code);
      const p = latest.get(code);
      const lines = [nameOf(code)];
      if (!p) lines.push('Geen programma');
      else {
        lines.push(`Fase: ${mapPhaseLabel(p.phase)} · ${label(STATUS_LABELS, p.status)}`);
        lines.push(`Programma ${p.sequence}, gestart ${formatDate(p.startedAt)}`);
        if (p.openEscalationLevel > 0)
          lines.push(
            `Open escalatie niveau ${p.openEscalationLevel} (${label(ESCALATION_LEVEL_LABELS, String(p.openEscalationLevel))})`,
          );
      }
      if (m) lines.push(`${m.province} · Veilig Thuis ${m.veiligThuisRegion}`);
      lines.push('Klik of Enter: details');
      return lines;
    },
  });
  spreadChart = new SpreadChart(byId<HTMLCanvasElement>('spread-chart'));
  phaseChart = new PhaseChart(byId<HTMLCanvasElement>('phase-chart'));
}

function fillFilters(): void {
  const selects: Array<[string, keyof RegionFilter]> = [
    ['filter-province', 'province'],
    ['filter-vt', 'veiligThuisRegion'],
    ['filter-jr', 'jeugdregio'],
  ];
  for (const [id, key] of selects) {
    const select = byId<HTMLSelectElement>(id);
    select.append(...regionOptions([...municipalities.values()], key).map((value) => h('option', { value }, value)));
  }
  const form = byId<HTMLFormElement>('filters');
  const apply = () => {
    filter = {
      province: byId<HTMLSelectElement>('filter-province').value || undefined,
      veiligThuisRegion: byId<HTMLSelectElement>('filter-vt').value || undefined,
      jeugdregio: byId<HTMLSelectElement>('filter-jr').value || undefined,
    };
    map?.setFilter(filter);
    renderLegend();
    renderQueue();
  };
  form.addEventListener('change', apply);
  // 'reset' fires before the fields are cleared.
  form.addEventListener('reset', () => setTimeout(apply, 0));
  form.addEventListener('submit', (event) => event.preventDefault());
}

// ---- the programme panel ---------------------------------------------------------------------

let panelOrigin: Element | undefined;

async function openPanel(code: string, origin: Element): Promise<void> {
  const panel = byId<HTMLDialogElement>('panel');
  panelOrigin = origin;
  openCode = code;
  byId('panel-title').textContent = nameOf(code);
  byId('panel-body').replaceChildren(h('p', {}, 'Laden…'));
  if (!panel.open) panel.showModal();
  byId('panel-title').focus();
  await loadPanel(code, true);
}

async function loadPanel(code: string, first: boolean): Promise<void> {
  const current = session;
  if (!current) return;
  const request = ++panelRequest;
  const body = byId('panel-body');
  const m = municipalities.get(code);
  const row = latest.get(code);
  const facts = h('dl', { class: 'facts' });
  const fact = (term: string, value: string | Node, testId?: string) =>
    facts.append(h('dt', {}, term), h('dd', testId ? { 'data-testid': testId } : {}, value));
  if (m) {
    fact('Provincie', m.province);
    fact('Veilig Thuis-regio', m.veiligThuisRegion);
    fact('Jeugdregio', m.jeugdregio);
  }
  if (!row) {
    fact('Programma', 'Nog geen programma.', 'panel-phase');
    body.replaceChildren(facts);
    return;
  }
  let detail: ProgrammeDetail | null | undefined;
  try {
    detail = (await current.api.query(PROGRAMME_QUERY, { id: row.id })).programme;
  } catch (error) {
    if (request !== panelRequest) return;
    if (error instanceof ApiError && error.isAuthProblem) return logout(error.message);
    if (first)
      body.replaceChildren(
        facts,
        h(
          'p',
          { role: 'alert' },
          `Het programma kon niet worden geladen: ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
    return;
  }
  if (request !== panelRequest || session !== current) return;
  if (!detail) {
    body.replaceChildren(facts, h('p', {}, 'Dit programma is niet (meer) te zien.'));
    return;
  }
  fact('Programma', `${detail.id} (nummer ${detail.sequence})`);
  fact(
    'Fase',
    h('span', { class: 'phase-chip' }, swatch(PHASE_COLOURS[mapPhaseOf(detail)]), ` ${mapPhaseLabel(detail.phase)}`),
    'panel-phase',
  );
  fact('Status', label(STATUS_LABELS, detail.status));
  fact('Gestart', formatDateTime(detail.startedAt));
  fact('In deze fase sinds', formatDateTime(detail.phaseEnteredAt));
  fact(
    'Hoogste open escalatie',
    detail.openEscalationLevel > 0
      ? `niveau ${detail.openEscalationLevel} (${label(ESCALATION_LEVEL_LABELS, String(detail.openEscalationLevel))})`
      : 'geen',
  );
  fact('Risicosignalen', detail.riskFlags.length > 0 ? detail.riskFlags.join(', ') : 'geen');
  if ('mentor' in detail) {
    fact(
      'Mentor',
      detail.mentor
        ? `${detail.mentor.municipalityCode ? nameOf(detail.mentor.municipalityCode) : detail.mentor.kind} (sinds ${formatDate(detail.mentor.pairedAt)})`
        : 'nog geen',
    );
  }
  const others = programmes
    .filter((p) => p.municipalityCode === code && p.id !== detail!.id)
    .sort((a, b) => b.sequence - a.sequence);
  if (others.length > 0)
    fact(
      'Eerdere programma’s',
      others.map((p) => `${p.id}: ${mapPhaseLabel(p.phase)}, ${label(STATUS_LABELS, p.status)}`).join('; '),
    );

  const open = detail.escalations.filter((e) => e.status !== 'RESOLVED');
  const escalations = h(
    'section',
    { class: 'panel-section', 'aria-labelledby': 'panel-escalations' },
    h('h3', { id: 'panel-escalations' }, `Open escalaties (${open.length})`),
    open.length === 0
      ? h('p', {}, 'Geen.')
      : h(
          'ul',
          {},
          ...open.map((e) =>
            h(
              'li',
              {},
              h('strong', {}, `Niveau ${e.level} · ${label(ESCALATION_KIND_LABELS, e.kind)}`),
              ` ${e.message} `,
              h(
                'span',
                { class: 'muted' },
                `(${formatDateTime(e.raisedAt)}, ${label(ESCALATION_STATUS_LABELS, e.status)})`,
              ),
            ),
          ),
        ),
  );
  const entries = [...detail.timeline].reverse();
  const timeline = h(
    'section',
    { class: 'panel-section', 'aria-labelledby': 'panel-timeline' },
    h('h3', { id: 'panel-timeline' }, `Tijdlijn (${entries.length}, nieuwste eerst)`),
    h(
      'ol',
      { class: 'timeline', 'data-testid': 'timeline', reversed: true },
      ...entries.map((t) =>
        h(
          'li',
          { 'data-event': t.event },
          h('time', { datetime: t.at }, formatDateTime(t.at)),
          h('span', { class: 'actor' }, `${label(ROLE_LABELS, t.by.role)}${t.by.name ? ` (${t.by.name})` : ''}`),
          h('span', { class: 'summary' }, t.summary),
        ),
      ),
    ),
  );
  body.replaceChildren(facts, escalations, timeline);
}

function wirePanel(): void {
  const panel = byId<HTMLDialogElement>('panel');
  byId('panel-close').addEventListener('click', () => panel.close());
  panel.addEventListener('close', () => {
    openCode = undefined;
    panelRequest++;
    if (panelOrigin instanceof HTMLElement || panelOrigin instanceof SVGElement) panelOrigin.focus();
  });
  // A click on the backdrop (outside the dialog box) closes it too.
  panel.addEventListener('click', (event) => {
    if (event.target === panel) panel.close();
  });
}

// ---- downloads -------------------------------------------------------------------------------

async function download(path: string, filename: string, button: HTMLButtonElement): Promise<void> {
  if (!session) return;
  button.disabled = true;
  try {
    const blob = await session.api.download(path);
    const url = URL.createObjectURL(blob);
    const link = h('a', { href: url, download: filename, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    showAlert(undefined);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') return logout(error.message);
    showAlert(error instanceof Error ? error.message : String(error));
  } finally {
    button.disabled = false;
  }
}

// ---- start -----------------------------------------------------------------------------------

function init(): void {
  fillFilters();
  wirePanel();
  byId<HTMLFormElement>('login-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const token = byId<HTMLTextAreaElement>('token')
      .value.trim()
      .replace(/^Bearer\s+/i, '');
    if (!token) {
      showAlert('Vul een toegangstoken in.');
      byId('token').focus();
      return;
    }
    void login(token, true);
  });
  byId('logout').addEventListener('click', () => logout('U bent uitgelogd.'));
  const overviewButton = byId<HTMLButtonElement>('download-overview');
  overviewButton.addEventListener(
    'click',
    () => void download('/export/overview.csv', 'olievlek-overzicht.csv', overviewButton),
  );
  const programmesButton = byId<HTMLButtonElement>('download-programmes');
  programmesButton.addEventListener(
    'click',
    () => void download('/export/programmes.csv', 'olievlek-programmas.csv', programmesButton),
  );
  const saved = sessionStorage.getItem(TOKEN_KEY);
  if (saved) void login(saved);
  else showLogin();
}

// Municipalities sorted once for the selects and Tab order.
municipalityList.sort((a, b) => byDutchName(a.name, b.name));
init();
