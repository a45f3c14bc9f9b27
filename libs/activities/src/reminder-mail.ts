import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { existingMessageIds, readMailCutoff } from './mail-queue';
import {
  checklist,
  DEFAULT_REMINDER_POLICY,
  reminderPolicyOf,
  remindersDue,
  type ProgrammeState,
  type Reminder,
  type ReminderPolicy,
  type RuleId,
} from '../../domain/src';
import {
  enqueueMail,
  outgoingMailProblem,
  renderReminder,
  type OutgoingMail,
  type ReminderFacts,
} from '../../mail/src';
import {
  inTransaction,
  MemberDirectory,
  MunicipalityEntity,
  ProgrammeEntity,
  ReminderOffsetsStore,
} from '../../persistence/src';

// Reminders before deadlines (issue 16; docs/rules.md "School-year deadlines"). The worker scans
// the running programmes of the read model every few minutes (apps/worker/src/reminder-scan.ts);
// for each reminder due (due <= now < deadline, libs/domain remindersDue) each project lead who
// wants immediate mail gets one message, keyed by a Message-ID derived from (programme, kind, step,
// deadline, days before, address) and inserted only when absent: scans, restarts and several
// workers never send one twice. No workflow change: the state the projection wrote is enough.
// The days before are the programme's own offsets (migration 0014, set through the API within
// national policy) or the default; the offset is part of the Message-ID, so a change of offsets
// never repeats a reminder already sent for the same deadline and offset.

export interface ReminderMailOptions {
  /** Right-hand side of the Message-IDs (MAIL_MESSAGE_ID_DOMAIN / MAIL_FROM's domain). */
  messageIdDomain: string;
  /** The workspace's address (PUBLIC_URL): links go to `<publicUrl>/programmas/<programmeId>`. */
  publicUrl: string;
  /** Days before and hour; issue 16's default (14 and 2 days, 08:00) when unset. A programme's own offsets replace the days. */
  policy?: ReminderPolicy;
  logger?: { warn(obj: object, msg: string): void };
}

/** What one scan did. */
export interface ReminderScanRun {
  /** Running (ACTIVE) programmes looked at. */
  programmes: number;
  /** Reminders due (per programme and deadline), before recipients. */
  due: number;
  queued: number;
  /** Already in the outbox (an earlier scan, another worker). */
  alreadyQueued: number;
  /** No usable address, or refused by the outbox's checks. */
  skipped: number;
}

/**
 * The part before the @ of a reminder's Message-ID: readable (kind, programme, deadline day, days
 * before) and unique through a hash of the exact (programme, kind, step, deadline instant, days
 * before, address). Never random.
 */
export function reminderMessageIdLocalPart(r: Reminder, address: string): string {
  const hash = createHash('sha256')
    .update(
      [r.programmeId, r.kind, r.step, r.deadlineAt, String(r.daysBefore), address.trim().toLowerCase()].join('\n'),
    )
    .digest('hex')
    .slice(0, 32);
  const readable =
    `reminder.${r.kind.toLowerCase().replace(/_/g, '-')}.${r.programmeId}.${r.deadlineDate}.${r.daysBefore}d`
      .replace(/[^A-Za-z0-9.-]+/g, '-')
      .slice(0, 150);
  return `${readable}.${hash}`;
}

/** The checklist's open items that the reminder's step would resolve. */
function openItemsFor(state: ProgrammeState, r: Reminder): { ruleId: RuleId; label: string; missing?: string }[] {
  const rule: RuleId | undefined = r.step === 'TRAINING' ? 'R3.1' : r.step.startsWith('ACTION:') ? 'R3.2' : undefined;
  return checklist(state)
    .filter((i) => !i.done && i.blocking && (rule ? i.ruleId === rule : r.step === state.phase))
    .map((i) => ({ ruleId: i.ruleId, label: i.label, ...(i.missing ? { missing: i.missing } : {}) }));
}

/** The facts of one reminder's message, from the state the read model holds. */
export function reminderFacts(
  state: ProgrammeState,
  r: Reminder,
  municipalityName: string,
  publicUrl: string,
): ReminderFacts {
  // An action's own clock, or R4.5's successor step of its embedding, is named by the action's title.
  const actionTitle =
    r.step.startsWith('ACTION:') || r.step.startsWith('SUCCESSOR:')
      ? state.agenda.actions.find((a) => `ACTION:${a.id}` === r.step || `SUCCESSOR:${a.id}` === r.step)?.title
      : undefined;
  return {
    programmeId: state.programmeId,
    municipalityName,
    phase: state.phase,
    reminder: {
      kind: r.kind,
      step: r.step,
      ...(actionTitle ? { actionTitle } : {}),
      deadlineDate: r.deadlineDate,
      deadlineAt: r.deadlineAt,
      ...(r.targetYear !== undefined ? { targetYear: r.targetYear } : {}),
    },
    openItems: openItemsFor(state, r),
    url: `${publicUrl.replace(/\/+$/, '')}/programmas/${encodeURIComponent(state.programmeId)}`,
  };
}

/** Queues the reminders due at `now` for every running programme (see the top of this file). */
export class ReminderMailer {
  private since?: string;
  private readonly warned = new Set<string>();
  private readonly directory: MemberDirectory;
  private readonly offsets: ReminderOffsetsStore;

  constructor(
    private readonly dataSource: DataSource,
    private readonly o: ReminderMailOptions,
  ) {
    this.directory = new MemberDirectory(dataSource);
    this.offsets = new ReminderOffsetsStore(dataSource);
  }

  async scan(now: Date = new Date()): Promise<ReminderScanRun> {
    const run: ReminderScanRun = { programmes: 0, due: 0, queued: 0, alreadyQueued: 0, skipped: 0 };
    const since = await this.cutoff();
    if (since === undefined) return run;
    const nowMs = now.getTime();
    const rows = await this.dataSource.manager.find(ProgrammeEntity, {
      select: { id: true, municipalityCode: true, state: true },
      where: { status: 'ACTIVE' },
      order: { id: 'ASC' },
    });
    run.programmes = rows.length;
    const own = await this.offsets.all();
    const base = this.o.policy ?? DEFAULT_REMINDER_POLICY;
    const due: { state: ProgrammeState; reminders: Reminder[] }[] = [];
    for (const row of rows) {
      const state = JSON.parse(row.state) as ProgrammeState;
      // Rows projected before the lifecycle engine hold a snapshot without settings: nothing to remind.
      if (typeof state.settings !== 'object' || state.status !== 'ACTIVE') continue;
      // Due before migration 0009 (an upgrade): old news, never sent. A programme registered since
      // has no old news: a reminder due before its (back-dated, issue 15) registration but not moot
      // is still ahead of its deadline, and only the latest due of each deadline is sent.
      const registeredSince = (state.registeredAt ?? state.startedAt) >= since;
      const reminders = remindersDue(state, nowMs, reminderPolicyOf(own.get(row.id), base)).filter(
        (r) => registeredSince || r.dueAt >= since,
      );
      if (reminders.length) due.push({ state, reminders });
    }
    for (const { state, reminders } of due) {
      run.due += reminders.length;
      await this.queue(state, reminders, run);
    }
    return run;
  }

  private async queue(state: ProgrammeState, reminders: Reminder[], run: ReminderScanRun): Promise<void> {
    const leads = await this.projectLeads(state.programmeId);
    const wanted = reminders.flatMap((r) =>
      leads.map((to) => {
        const local = reminderMessageIdLocalPart(r, to.address);
        return { r, to, local, messageId: `<${local}@${this.o.messageIdDomain}>` };
      }),
    );
    if (wanted.length === 0) return;
    const existing = await this.existing(wanted.map((w) => w.messageId));
    const missing = wanted.filter((w) => !existing.has(w.messageId));
    run.alreadyQueued += wanted.length - missing.length;
    if (missing.length === 0) return;

    const municipality = await this.dataSource.manager.findOneBy(MunicipalityEntity, { code: state.municipalityCode });
    const municipalityName = municipality?.name ?? state.municipalityCode;
    const mails = missing.flatMap((w) => {
      const mail: OutgoingMail = {
        kind: 'REMINDER',
        programmeId: state.programmeId,
        to: w.to.address,
        language: w.to.language,
        ...renderReminder(reminderFacts(state, w.r, municipalityName, this.o.publicUrl), w.to),
      };
      const problem = outgoingMailProblem(mail);
      if (!problem) return [{ w, mail }];
      run.skipped += 1;
      this.warnOnce(w.messageId, { messageId: w.messageId, problem }, 'reminder e-mail skipped');
      return [];
    });
    await inTransaction(this.dataSource, async (manager) => {
      for (const { w, mail } of mails) {
        // Queued (and sendable) from the moment it is written, whatever `now` the scan was asked about.
        const { created } = await enqueueMail(manager, mail, this.o.messageIdDomain, new Date(), {
          messageIdLocalPart: w.local,
        });
        if (created) run.queued += 1;
        else run.alreadyQueued += 1;
      }
    });
  }

  /**
   * The programme's project leads who want mail as it happens (IMMEDIATE or BOTH; DIGEST-only
   * people see the deadline in their weekly digest), reachable and not erased (P4). One per address.
   */
  private async projectLeads(programmeId: string) {
    const memberships = (await this.directory.activeMembershipsOf(programmeId)).filter(
      (m) => m.role === 'PROJECT_LEAD',
    );
    const members = await this.directory.membersByIds(memberships.map((m) => m.memberId));
    const seen = new Set<string>();
    return memberships.flatMap((m) => {
      const member = members.get(m.memberId);
      if (!member || member.erasedAt || member.notificationMode === 'DIGEST') return [];
      const address = member.email.trim().toLowerCase();
      if (address === '' || seen.has(address)) return [];
      seen.add(address);
      return [{ address, language: member.language, name: member.name }];
    });
  }

  private existing(messageIds: string[]): Promise<Set<string>> {
    return existingMessageIds(this.dataSource, messageIds);
  }

  /** The instant stored by migration 0009 (the escalation e-mail's cutoff), read until found. */
  private async cutoff(): Promise<string | undefined> {
    if (this.since !== undefined) return this.since;
    this.since = await readMailCutoff(this.dataSource);
    if (this.since === undefined)
      this.warnOnce('cutoff', {}, 'no escalation-mail-since setting (migration 0009): no reminders are mailed');
    return this.since;
  }

  private warnOnce(key: string, obj: object, msg: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.o.logger?.warn(obj, msg);
  }
}
