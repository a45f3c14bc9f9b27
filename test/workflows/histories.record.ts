import { existsSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  getProgrammeStateQuery,
  PROGRAMME_LIFECYCLE_WORKFLOW,
  recordMunicipalityMergerUpdate,
} from '../../libs/contracts/src';
import { addIsoDays, amsterdamDate, WEEK_MS } from '../../libs/domain/src';
import { applyReferenceYear } from '../../libs/persistence/src';
import { ALDERMAN, KWARTIERMAKER, ProgrammeHarness } from '../support/programme-harness';
import { FIXTURE_YEAR_2099 } from '../support/reference-year-fixture';
import { createTimeSkippingEnv, workflowBundle } from '../support/temporal';
import { freePort } from '../support/free-port';
import { temporalDataConverter } from '../../libs/platform/src';

// Histories are exported with the Temporal CLI, in the same JSON form as `temporal workflow show`.
// (The SDK's historyToJSON fails here: @temporalio/common and @temporalio/proto each get their
// own nested copy of protobufjs 8, and its type checks do not cross copies.)
let port: number;
function exportHistory(workflowId: string, file: string, runId?: string): void {
  const json = execFileSync(
    process.env.OLIEVLEK_TEMPORAL_CLI as string,
    [
      'workflow',
      'show',
      '-w',
      workflowId,
      ...(runId ? ['-r', runId] : []),
      '-o',
      'json',
      '--address',
      `127.0.0.1:${port}`,
    ],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  writeFileSync(historyPath(file), json.endsWith('\n') ? json : `${json}\n`);
}
const historyPath = (file: string) => join(__dirname, 'histories', file);
/** A committed history is never re-recorded: it stands for programmes already running. */
const recordOnce = (file: string) => it.skipIf(existsSync(historyPath(file)));

// Records the histories that replay.spec.ts replays. Run it when adding a history, never to
// "fix" a failing replay: a committed history stands for programmes already running.
let env: TestWorkflowEnvironment;
beforeAll(async () => {
  port = await freePort();
  env = await createTimeSkippingEnv(port);
});
afterAll(async () => {
  await env?.teardown();
});

recordOnce('programme-started-v1.json')('records: a programme started and projected (v1)', async () => {
  const worker = await Worker.create({
    connection: env.nativeConnection,
    dataConverter: temporalDataConverter,
    taskQueue: 'record',
    workflowBundle: await workflowBundle(),
    activities: { async projectProgramme() {} },
  });
  await worker.runUntil(async () => {
    const handle = await env.client.workflow.start(PROGRAMME_LIFECYCLE_WORKFLOW, {
      taskQueue: 'record',
      workflowId: 'programme-GM0363-1',
      args: [{ programmeId: 'programme-GM0363-1', municipalityCode: 'GM0363', sequence: 1 }],
    });
    await handle.query(getProgrammeStateQuery);
    // Let the projection activity complete so the history holds its result.
    await expect
      .poll(async () => (await handle.fetchHistory()).events?.some((e) => e.activityTaskCompletedEventAttributes))
      .toBe(true);
    exportHistory('programme-GM0363-1', 'programme-started-v1.json');
    await handle.terminate('recorded');
  });
});

recordOnce('programme-full-lifecycle-v2.json')(
  'records: a whole lifecycle with stalls, school-year deadlines, outbox deliveries and a lead departure (v2)',
  async () => {
    const harness = await ProgrammeHarness.create(env);
    try {
      const sut = await harness.start('GM0917', { province: 'Limburg', schoolHolidayRegion: 'zuid' });
      // Stall ladder on COMMITMENT, delivered through the outbox.
      await env.sleep(7 * WEEK_MS);
      await sut.commit('EXTERNAL');
      await harness.sleepUntil('2027-02-10', '10:00');
      const adopted = await sut.adoptAgenda(true);
      // Due on 10 February 2027: window open and 1 February passed, both fire at once.
      await sut.step('startSchoolBoardTalks', {});
      await sut.step('startSchoolTalks', {});
      await sut.step('fixTrainingCalendar', {});
      const planned = await sut.step('planTrainingSession', { date: '2027-09-20', title: 'Signaleren in de klas' });
      await harness.sleepUntil('2027-09-21', '09:00');
      await sut.step('recordTrainingDelivered', {
        sessionId: planned.training!.sessions[0]!.id,
        schoolsReached: 12,
        staffTrained: 85,
      });
      for (const action of adopted.agenda.actions)
        await sut.step('updateActionStatus', { actionId: action.id, status: 'DONE' });
      await sut.step('completeExecution', {});
      await sut.step('recordLeadDeparture', {});
      await sut.step('appointProjectLead', { kind: 'INTERNAL' });
      await sut.step('nameEmbeddingOwner', { role: 'beleidsambtenaar jeugd' });
      for (const action of adopted.agenda.actions) {
        await sut.step('recordEmbedding', {
          actionId: action.id,
          instrument: 'SCHOOL_BOARD_TRAINING_PROGRAMME',
          instrumentName: 'Scholingsprogramma onderwijsbesturen',
          takenOverBy: 'Stichting Onderwijs',
          responsibleRole: 'bestuurder',
        });
      }
      const acknowledged = (await sut.view()).escalations.find((e) => e.status === 'OPEN');
      if (acknowledged)
        await sut.step(
          'acknowledgeEscalation',
          { escalationId: acknowledged.id, decision: 'NOTE', note: 'Gezien' },
          KWARTIERMAKER,
        );
      await sut.step('completeEmbedding', {});
      await sut.step('recordCheckIn', { year: 2028, repeatReports: 7 });
      await sut.step('closeProgramme', {});
      await sut.handle.result();
      exportHistory(sut.id, 'programme-full-lifecycle-v2.json');
    } finally {
      await harness.dispose();
    }
  },
);

recordOnce('programme-continued-as-new-v2.json')('records: a run that hands over by continue-as-new (v2)', async () => {
  const harness = await ProgrammeHarness.create(env);
  try {
    const sut = await harness.start('GM0034', { maxHistoryEvents: 40 });
    const firstRun = (await sut.handle.describe()).runId;
    await env.sleep(6 * WEEK_MS + 60_000);
    await sut.commit();
    await expect.poll(async () => (await sut.handle.describe()).runId, { timeout: 20_000 }).not.toBe(firstRun);
    exportHistory(sut.id, 'programme-continued-as-new-v2.json', firstRun);
    await sut.handle.terminate('recorded');
  } finally {
    await harness.dispose();
  }
});

recordOnce('programme-national-v3.json')(
  'records: a programme registered with its real start day, paired with a mentor, into AGENDA (v3)',
  async () => {
    const harness = await ProgrammeHarness.create(env);
    try {
      const sut = await harness.start('GM0014', {
        province: 'Groningen',
        schoolHolidayRegion: 'noord',
        startedOn: '2016-03-01',
      });
      await sut.step(
        'recordMentorPairing',
        {
          kind: 'PIONEER',
          municipalityCode: 'GM0080',
          name: 'Collectief Leeuwarden/Weststellingwerf',
          note: 'Dichtstbij',
        },
        KWARTIERMAKER,
      );
      await env.sleep(2 * WEEK_MS);
      await sut.commit();
      await expect
        .poll(
          async () =>
            (await sut.handle.fetchHistory()).events?.filter((e) => e.activityTaskCompletedEventAttributes).length ?? 0,
        )
        .toBeGreaterThan(3);
      exportHistory(sut.id, 'programme-national-v3.json');
      await sut.handle.terminate('recorded');
    } finally {
      await harness.dispose();
    }
  },
);

recordOnce('programme-settings-loosened-v3.json')(
  'records: a municipality loosening its stall thresholds beyond the national bounds, before they existed (v3)',
  async () => {
    const harness = await ProgrammeHarness.create(env);
    try {
      const sut = await harness.start('GM0363', { province: 'Noord-Holland', schoolHolidayRegion: 'noord' });
      // Before settings-policy-bounds a project lead could set a threshold of years (docs/rules.md).
      await sut.step('changeSettings', { stallThresholdWeeks: { COMMITMENT: 104 }, escalationIntervalWeeks: 26 });
      await sut.step('changeSettings', { stallThresholdWeeks: { COMMITMENT: 3 } }, KWARTIERMAKER);
      await env.sleep(4 * WEEK_MS);
      await expect
        .poll(
          async () =>
            (await sut.handle.fetchHistory()).events?.filter((e) => e.activityTaskCompletedEventAttributes).length ?? 0,
        )
        .toBeGreaterThan(2);
      exportHistory(sut.id, 'programme-settings-loosened-v3.json');
      await sut.handle.terminate('recorded');
    } finally {
      await harness.dispose();
    }
  },
);

recordOnce('programme-past-phases-v4.json')(
  'records: a programme registered with its past phase dates, really in AGENDA long enough for levels 1–3 (v4)',
  async () => {
    const harness = await ProgrammeHarness.create(env);
    try {
      const today = amsterdamDate(await harness.now());
      const sut = await harness.start('GM0664', {
        province: 'Zeeland',
        schoolHolidayRegion: 'zuid',
        startedOn: addIsoDays(today, -40 * 7),
        pastPhases: [{ phase: 'COMMITMENT', endedOn: addIsoDays(today, -22 * 7) }],
      });
      await sut.commit();
      await expect.poll(() => harness.webhook.distinctKeys().length, { timeout: 15_000 }).toBe(3);
      await expect
        .poll(async () => (await sut.view()).escalations.every((e) => e.delivery.status === 'DELIVERED'))
        .toBe(true);
      exportHistory(sut.id, 'programme-past-phases-v4.json');
      await sut.handle.terminate('recorded');
    } finally {
      await harness.dispose();
    }
  },
);

recordOnce('programme-school-days-v5.json')(
  'records: training sessions planned on school days only, a Sunday and the Christmas holiday refused (R3.3, v5)',
  async () => {
    const harness = await ProgrammeHarness.create(env);
    try {
      const sut = await harness.start('GM0014', { province: 'Groningen', schoolHolidayRegion: 'noord' });
      await sut.commit();
      await harness.sleepUntil('2027-02-10', '10:00');
      await sut.adoptAgenda(true);
      await sut.step('startSchoolBoardTalks', {});
      await sut.step('fixTrainingCalendar', {});
      // R3.3 refusals leave no history; the accepted step carries the training-school-days marker.
      const sunday = await sut.refused('planTrainingSession', { date: '2027-10-03', title: 'Op zondag' });
      expect(sunday.ruleId).toBe('R3.3');
      const christmas = await sut.refused('planTrainingSession', { date: '2027-12-28', title: 'In de kerstvakantie' });
      expect(christmas.ruleId).toBe('R3.3');
      const planned = await sut.step('planTrainingSession', { date: '2027-10-25', title: 'Na de herfstvakantie' });
      expect(planned.training!.sessions).toMatchObject([{ date: '2027-10-25' }]);
      await expect
        .poll(
          async () =>
            (await sut.handle.fetchHistory()).events?.filter((e) => e.activityTaskCompletedEventAttributes).length ?? 0,
        )
        .toBeGreaterThan(3);
      exportHistory(sut.id, 'programme-school-days-v5.json');
      await sut.handle.terminate('recorded');
    } finally {
      await harness.dispose();
    }
  },
);

recordOnce('programme-collective-v5.json')(
  'records: a collective (C1–C4) — Amsterdam with Amstelveen and Diemen, Aalsmeer joining, Diemen leaving (v5)',
  async () => {
    const harness = await ProgrammeHarness.create(env);
    try {
      const sut = await harness.start('GM0363', {
        province: 'Noord-Holland',
        schoolHolidayRegion: 'noord',
        members: ['GM0362', 'GM0384'],
      });
      await sut.step('designateAdministrativeLead', { name: 'Wethouder Jeugd' });
      await sut.step('commitPartner', { organisation: 'Veilig Thuis', domain: 'CARE' });
      await sut.step('commitPartner', { organisation: 'Stichting Onderwijs', domain: 'EDUCATION' });
      await sut.step('commitPartner', { organisation: 'Politie', domain: 'JUSTICE' });
      await sut.step('appointProjectLead', { kind: 'INTERNAL' });
      // C2: refused (leaves no history) until each member's own alderman confirmed.
      expect((await sut.refused('confirmCommitment', {}, ALDERMAN)).ruleId).toBe('C2');
      await sut.step('confirmMemberCommitment', { municipalityCode: 'GM0362' }, ALDERMAN);
      await sut.step('confirmMemberCommitment', { municipalityCode: 'GM0384' }, ALDERMAN);
      await sut.step('confirmCommitment', {}, ALDERMAN);
      await sut.step('addCollectiveMember', { municipalityCode: 'GM0358' });
      await sut.adoptAgenda(false);
      const actionId = (await sut.view()).agenda.actions[0]!.id;
      await sut.step('updateActionStatus', { actionId, status: 'DONE' });
      await sut.step('completeExecution', {});
      const embed = {
        actionId,
        instrument: 'REGIONAL_APPROACH_PLAN',
        instrumentName: 'Regionale aanpak Amsterdam-Amstelland',
        takenOverBy: 'Veilig Thuis',
        responsibleRole: 'teamleider',
      } as const;
      await sut.step('recordEmbedding', embed);
      await sut.step('recordEmbedding', { ...embed, municipalityCode: 'GM0362' });
      await sut.step('recordEmbedding', { ...embed, municipalityCode: 'GM0384' });
      await sut.step('removeCollectiveMember', { municipalityCode: 'GM0384' });
      await sut.step('confirmMemberCommitment', { municipalityCode: 'GM0358' }, ALDERMAN);
      await sut.step('recordEmbedding', { ...embed, municipalityCode: 'GM0358' });
      expect((await sut.step('completeEmbedding', {})).phase).toBe('CONTINUATION');
      await expect
        .poll(
          async () =>
            (await sut.handle.fetchHistory()).events?.filter((e) => e.activityTaskCompletedEventAttributes).length ?? 0,
        )
        .toBeGreaterThan(3);
      exportHistory(sut.id, 'programme-collective-v5.json');
      await sut.handle.terminate('recorded');
    } finally {
      await harness.dispose();
    }
  },
);

recordOnce('programme-merger-v5.json')(
  'records: a programme in AGENDA whose municipality merged on 1 January continues under its successor (herindeling, v5)',
  async () => {
    const harness = await ProgrammeHarness.create(env);
    try {
      const sut = await harness.start('GM0060', { province: 'Fryslân', schoolHolidayRegion: 'noord' });
      await sut.commit();
      const year = Number(amsterdamDate(await harness.now()).slice(0, 4)) + 1;
      // The fixture merger as next year's division, so the read model knows the successor.
      const q = harness.dataSource.createQueryRunner();
      await applyReferenceYear(q, { ...FIXTURE_YEAR_2099, year });
      await q.release();
      await harness.sleepUntil(`${year}-01-05`, '09:00');
      const merged = await sut.handle.executeUpdate(recordMunicipalityMergerUpdate, {
        args: [
          {
            successorCode: 'GM9901',
            effectiveOn: `${year}-01-01`,
            sequence: 1,
            formerName: 'Ameland',
            successorName: 'Waddeneilanden-Oost',
            province: 'Fryslân',
            schoolHolidayRegion: 'noord',
          },
        ],
        updateId: `municipality-merger:${sut.id}:GM9901`,
      });
      expect(merged.municipalityCode).toBe('GM9901');
      await sut.step('recordBottleneck', { description: 'Eilanden delen geen signalen', domain: 'CARE' });
      await expect
        .poll(async () => (await harness.dataSource.query(`SELECT municipality_code FROM programme`)) as unknown[])
        .toEqual([{ municipality_code: 'GM9901' }]);
      exportHistory(sut.id, 'programme-merger-v5.json');
      await sut.handle.terminate('recorded');
    } finally {
      await harness.dispose();
    }
  },
);

recordOnce('programme-recommitment-v5.json')(
  'records: a new alderman in AGENDA re-confirms after level 1, and again 16 weeks after an election day (R1.6, v5)',
  async () => {
    const harness = await ProgrammeHarness.create(env);
    try {
      const sut = await harness.start('GM0034', {
        province: 'Flevoland',
        schoolHolidayRegion: 'midden',
        nextElectionDay: '2027-03-17',
      });
      await sut.commit();
      // R1.6: a new alderman past COMMITMENT; the phase stays, the 12 weeks run (and level 1 fires).
      const due = await sut.step('designateAdministrativeLead', { name: 'Nieuwe Wethouder', memberId: 'member-new' });
      expect(due.riskFlags).toContain('RECOMMITMENT_DUE');
      await harness.sleepUntil(addIsoDays(amsterdamDate(await harness.now()), 7 * 13), '10:00');
      const done = await sut.step('reconfirmCommitment', {}, { role: 'ADMINISTRATIVE_LEAD', memberId: 'member-new' });
      expect(done.riskFlags).not.toContain('RECOMMITMENT_DUE');
      // The configured election day 2027-03-17 follows that re-confirmation: 16 weeks later it is due again.
      await harness.sleepUntil('2027-07-10', '10:00');
      expect((await sut.view()).commitment.recommitment).toMatchObject({
        reason: 'ELECTION',
        electionDay: '2027-03-17',
      });
      await sut.step('reconfirmCommitment', {}, { role: 'ADMINISTRATIVE_LEAD', memberId: 'member-new' });
      await expect
        .poll(
          async () =>
            (await sut.handle.fetchHistory()).events?.filter((e) => e.activityTaskCompletedEventAttributes).length ?? 0,
        )
        .toBeGreaterThan(3);
      exportHistory(sut.id, 'programme-recommitment-v5.json');
      await sut.handle.terminate('recorded');
    } finally {
      await harness.dispose();
    }
  },
);

recordOnce('programme-successor-instrument-v5.json')(
  'records: an embedding in an instrument that ran out (2015–2020) and its successors (R4.5, v5)',
  async () => {
    const harness = await ProgrammeHarness.create(env);
    try {
      const sut = await harness.start('GM0034', { province: 'Flevoland', schoolHolidayRegion: 'midden' });
      await sut.commit();
      const adopted = await sut.adoptAgenda(false);
      const actionId = adopted.agenda.actions[0]!.id;
      await sut.step('updateActionStatus', { actionId, status: 'DONE' });
      await sut.step('completeExecution', {});
      // R4.5: ended long ago, so the successor step opens at once, as far up its ladder as its dates say.
      const embedded = await sut.step('recordEmbedding', {
        actionId,
        instrument: 'REGIONAL_APPROACH_PLAN',
        instrumentName: 'Regioaanpak Flevoland 2015–2020',
        takenOverBy: 'Veilig Thuis Flevoland',
        responsibleRole: 'manager',
        period: { from: 2015, to: 2020 },
      });
      expect(embedded.escalations.filter((e) => e.ruleId === 'R4.5').map((e) => e.level)).toEqual([1, 2, 3]);
      await sut.step('completeEmbedding', {});
      const year = Number(amsterdamDate(await harness.now()).slice(0, 4));
      // Refused (no history): an ended instrument cannot be confirmed in force.
      const refusal = await sut.refused('recordCheckIn', { year, embeddings: [{ actionId, inForce: true }] });
      expect(refusal.ruleId).toBe('R4.5');
      await sut.step('recordSuccessorInstrument', {
        actionId,
        instrumentName: `Regioaanpak Flevoland 2021–${year}`,
        period: { from: 2021, to: year },
      });
      // That period ends on 1 January: the step opens again by the time engine's own timer.
      await harness.sleepUntil(`${year + 1}-01-01`, '00:05');
      expect((await sut.view()).agenda.actions[0]!.embedding!.ended?.by).toBe('PERIOD');
      await sut.step('recordCheckIn', {
        year: year + 1,
        embeddings: [
          {
            actionId,
            inForce: false,
            successor: { instrumentName: 'Regiovisie Flevoland', period: { from: year + 1 } },
          },
        ],
      });
      await expect
        .poll(
          async () =>
            (await sut.handle.fetchHistory()).events?.filter((e) => e.activityTaskCompletedEventAttributes).length ?? 0,
        )
        .toBeGreaterThan(3);
      exportHistory(sut.id, 'programme-successor-instrument-v5.json');
      await sut.handle.terminate('recorded');
    } finally {
      await harness.dispose();
    }
  },
);

recordOnce('programme-shorter-runs-v6.json')(
  'records: a run handed over at 250 events (patch shorter-runs), its large payloads compressed (issue 18.2, v6)',
  async () => {
    const harness = await ProgrammeHarness.create(env);
    try {
      const sut = await harness.start('GM0037', { province: 'Utrecht', schoolHolidayRegion: 'midden' });
      const domains = ['CARE', 'EDUCATION', 'JUSTICE'] as const;
      for (let n = 0; n < 36; n++)
        await sut.step('commitPartner', { organisation: `Partner ${n + 1}`, domain: domains[n % 3]! });
      await expect
        .poll(async () => (await sut.handle.describe()).runId, { timeout: 20_000 })
        .not.toBe(sut.handle.firstExecutionRunId);
      exportHistory(sut.id, 'programme-shorter-runs-v6.json', sut.handle.firstExecutionRunId);
      await sut.handle.terminate('recorded');
    } finally {
      await harness.dispose();
    }
  },
);
