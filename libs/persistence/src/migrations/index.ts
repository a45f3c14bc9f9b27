import { InitialSchema1763920000000 } from './1763920000000-InitialSchema';
import { SeedMunicipalities20251763920000001 } from './1763920000001-SeedMunicipalities2025';
import { LifecycleReadModel1763920000002 } from './1763920000002-LifecycleReadModel';
import { ProgrammeListing1763920000003 } from './1763920000003-ProgrammeListing';
import { NationalView1763920000004 } from './1763920000004-NationalView';
import { ProjectedAtStartedQuarter1763920000005 } from './1763920000005-ProjectedAtStartedQuarter';
import { MemberDirectory1763920000006 } from './1763920000006-MemberDirectory';
import { MailOutbox1763920000007 } from './1763920000007-MailOutbox';
import { Sessions1763920000008 } from './1763920000008-Sessions';
import { EscalationMail1763920000009 } from './1763920000009-EscalationMail';
import { CalendarFeeds1763920000010 } from './1763920000010-CalendarFeeds';
import { NotificationPreferences1763920000011 } from './1763920000011-NotificationPreferences';
import { MailOutboxProgramme1763920000012 } from './1763920000012-MailOutboxProgramme';
import { ReminderOffsets1763920000014 } from './1763920000014-ReminderOffsets';
import { CollectiveMembers1763920000015 } from './1763920000015-CollectiveMembers';
import { PeerComparison1763920000016 } from './1763920000016-PeerComparison';
import { MunicipalityValidity1763920000017 } from './1763920000017-MunicipalityValidity';
import { ScaleReadModel1763920000018 } from './1763920000018-ScaleReadModel';
import { NationalTally1763920000019 } from './1763920000019-NationalTally';

/** Every migration, in order. Listed explicitly so sources and the compiled build agree. */
export const MIGRATIONS = [
  InitialSchema1763920000000,
  SeedMunicipalities20251763920000001,
  LifecycleReadModel1763920000002,
  ProgrammeListing1763920000003,
  NationalView1763920000004,
  ProjectedAtStartedQuarter1763920000005,
  MemberDirectory1763920000006,
  MailOutbox1763920000007,
  Sessions1763920000008,
  EscalationMail1763920000009,
  CalendarFeeds1763920000010,
  NotificationPreferences1763920000011,
  MailOutboxProgramme1763920000012,
  ReminderOffsets1763920000014,
  CollectiveMembers1763920000015,
  PeerComparison1763920000016,
  MunicipalityValidity1763920000017,
  ScaleReadModel1763920000018,
  NationalTally1763920000019,
];
