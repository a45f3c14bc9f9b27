// The workspace's own sentences, Dutch first, in ICU message syntax (plurals through `{n, plural, …}`,
// never "actie(s)"), one file per area of the app (./messages/*.ts, each with `nl` and a complete `en`).
// Codes of the API get their words from ./labels (one per enum value).
import { codeMessages } from './labels';
import * as collective from './messages/collective';
import * as embeddings from './messages/embeddings';
import * as national from './messages/national';
import * as peers from './messages/peers';
import * as programmeSections from './messages/programme-sections';
import * as programme from './messages/programme';
import * as roles from './messages/roles';
import * as shell from './messages/shell';
import * as steps from './messages/steps';
import * as tasks from './messages/tasks';

export type Language = 'nl' | 'en';

const areas = [shell, tasks, programme, steps, programmeSections, roles, national, collective, peers, embeddings];

export const messages: Record<Language, Record<string, string>> = {
  nl: Object.assign({}, codeMessages.nl, ...areas.map((a) => a.nl)) as Record<string, string>,
  en: Object.assign({}, codeMessages.en, ...areas.map((a) => a.en)) as Record<string, string>,
};
