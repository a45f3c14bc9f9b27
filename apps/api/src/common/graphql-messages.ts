// graphql-js refuses a document in English ("Value "CARE" does not exist in "Theme" enum."). A
// Dutch answer says the same in Dutch (issue 15: no English validator text inside a Dutch sentence);
// names from the request and the schema (fields, arguments, types) are quoted as the client wrote
// them. English readers keep graphql-js's own sentence.

type Rule = [RegExp, (m: RegExpExecArray) => string];

const RULES: readonly Rule[] = [
  [
    // graphql-js writes "more that".
    /^Syntax Error: Document contains more th(?:an|at) (\d+) tokens/,
    (m) => `de aanvraag is te lang: meer dan ${m[1]} tokens (woorden en tekens van GraphQL).`,
  ],
  [
    /^Syntax Error: (.*)$/s,
    () => 'de tekst is geen geldige GraphQL (syntaxfout); controleer haakjes en aanhalingstekens.',
  ],
  [
    /^Value "?(.*?)"? does not exist in "(\w+)" enum\./s,
    (m) => `"${m[1]}" is geen van de toegestane waarden van ${m[2]}.`,
  ],
  [/^Cannot query field "(\w+)" on type "(\w+)"\./, (m) => `het veld "${m[1]}" bestaat niet bij ${m[2]}.`],
  [
    /^Field "([\w.]+)" argument "(\w+)" of type "([\w!\][]+)" is required, but it was not provided\./,
    (m) => `bij "${m[1]}" ontbreekt het verplichte argument "${m[2]}".`,
  ],
  [
    /^Field "([\w.]+)" of required type "([\w!\][]+)" was not provided\./,
    (m) => `het verplichte veld "${m[1]}" ontbreekt.`,
  ],
  [/^Field "(\w+)" is not defined by type "(\w+)"\./, (m) => `het veld "${m[1]}" bestaat niet in ${m[2]}.`],
  [/^Unknown argument "(\w+)" on field "([\w.]+)"\./, (m) => `het argument "${m[1]}" bestaat niet bij "${m[2]}".`],
  [/^Unknown type "(\w+)"\./, (m) => `het type "${m[1]}" bestaat niet.`],
  [
    /^Field "(\w+)" of type "([\w!\][]+)" must have a selection of subfields\./,
    (m) => `kies bij "${m[1]}" welke velden u terug wilt krijgen.`,
  ],
  [
    /^Field "(\w+)" must not have a selection since type "([\w!\][]+)" has no subfields\./,
    (m) => `"${m[1]}" is een enkele waarde: vraag er geen velden van op.`,
  ],
  [
    /^Variable "\$(\w+)" got invalid value/,
    (m) => `de variabele $${m[1]} heeft een waarde die niet past bij zijn type.`,
  ],
  [
    /^Variable "\$(\w+)" of required type "([\w!\][]+)" was not provided\./,
    (m) => `de verplichte variabele $${m[1]} ontbreekt.`,
  ],
  [/^Variable "\$(\w+)" is not defined/, (m) => `de variabele $${m[1]} wordt gebruikt maar niet gedeclareerd.`],
  [/^Variable "\$(\w+)" is never used/, (m) => `de variabele $${m[1]} wordt gedeclareerd maar niet gebruikt.`],
  [
    /^Variable "\$(\w+)" of type "([\w!\][]+)" used in position expecting type "([\w!\][]+)"\./,
    (m) => `de variabele $${m[1]} heeft type ${m[2]}, maar hier is ${m[3]} nodig.`,
  ],
  [
    /^(\w+) cannot represent (?:a )?(?:non[- ])?[\w -]*value: (.*)$/s,
    (m) => `de waarde ${m[2]} past niet bij het type ${m[1]}.`,
  ],
  [
    /^Expected value of type "([\w!\][]+)", found (.*?)(;.*)?$/s,
    (m) => `de waarde ${m[2]} past niet bij het type ${m[1]}.`,
  ],
  [/^Unknown fragment "(\w+)"\./, (m) => `het fragment "${m[1]}" bestaat niet.`],
  [/^Fragment "(\w+)" is never used\./, (m) => `het fragment "${m[1]}" wordt niet gebruikt.`],
  [/^There can be only one operation named "(\w+)"\./, (m) => `er zijn meer operaties met de naam "${m[1]}".`],
  [
    /^This anonymous operation must be the only defined operation\./,
    () => 'een naamloze operatie moet de enige in de aanvraag zijn.',
  ],
  [/^Unknown operation named "(\w+)"\./, (m) => `er is geen operatie met de naam "${m[1]}".`],
  [/^Must provide (?:query string|Query string|document)/i, () => 'de aanvraag bevat geen GraphQL-tekst.'],
  [
    /^Must provide operation name if query contains multiple operations\./,
    () => 'de aanvraag bevat meer operaties: geef de naam van de operatie die moet worden uitgevoerd.',
  ],
  [
    /^Subscription "(\w+)" must select only one top level field\./,
    (m) => `het abonnement "${m[1]}" mag maar één veld op het hoogste niveau hebben.`,
  ],
];

/**
 * graphql-js's message in Dutch, starting in lower case (it follows "De GraphQL-aanvraag is
 * ongeldig:"); a message we have no words for becomes a general Dutch sentence, never English.
 */
export function dutchGraphqlProblem(message: string): string {
  // graphql-js's hint comes last; it becomes "Bedoelt u …?", which hardenErrorFormatter drops
  // like the English one when introspection is off.
  const hint = SUGGESTION.exec(message);
  const problem = hint ? message.slice(0, hint.index) : message;
  const suggestion = hint
    ? ` Bedoelt u ${hint[1]!
        .replace(/the enum value /g, 'de waarde ')
        .replace(/, or /g, ' of ')
        .replace(/ or /g, ' of ')}?`
    : '';
  for (const [re, say] of RULES) {
    const m = re.exec(problem);
    if (m) return `${say(m)}${suggestion}`;
  }
  return 'de aanvraag past niet bij het schema van de API (zie de Engelse foutmelding met Accept-Language: en).';
}

const SUGGESTION = /\s*Did you mean ([^?]*)\?\s*$/;
