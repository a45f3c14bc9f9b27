#!/usr/bin/env bash
# A programme manager takes a municipality from startProgramme to CONTINUATION with GraphQL calls,
# against a running `npm start`. Usage: bash infra/walkthrough.sh [GMxxxx|auto] [api-url]
# Prints each request's answer; stops at the first GraphQL error.
#
# P1: a step's role comes from the person's programme memberships. Starting the programme makes the
# token's person its project lead; for the alderman's steps and the partner's support (R2.4) the
# script then gives that person those roles too with `npm run members -- grant` (the directory of
# the same data folder: OLIEVLEK_DATA_DIR / DATABASE_URL as for npm start), where a real programme
# would invite the alderman and the partner's contacts. WALKTHROUGH_TOKEN, when given, must be a
# local token (npm run token).
#
# Without a code (or with `auto`) it picks a municipality that `npm run seed:demo` never uses
# (Haarlemmermeer, GM0394, unless that one has a running programme: then the next free one in the
# municipality list), so the walk-through and the demo seed work in either order and the
# walk-through can be run again. It prints the programme it uses on stderr.
set -euo pipefail
cd "$(dirname "$0")/.."

CODE="${1:-auto}"
API="${2:-http://127.0.0.1:${PORT:-3000}/graphql}"
if [ "$CODE" = auto ]; then
  # A kwartiermaker sees every programme: the latest of a municipality says whether it runs.
  LOOKUP_TOKEN="$(npm run --silent token -- --role KWARTIERMAKER --subject walkthrough)"
  read -r CODE SEQ < <(node -e '
    const [api, token] = process.argv.slice(1);
    const fs = require("node:fs");
    const demo = new Set(require("./dist/apps/seed/src/demo-plan.js").DEMO_PLAN.map((p) => p.municipalityCode));
    const codes = fs.readFileSync("libs/reference-data/municipalities.csv", "utf8").split("\n").slice(1).map((l) => l.split(",")[0]).filter(Boolean);
    const candidates = ["GM0394", ...codes.filter((c) => c !== "GM0394")].filter((c) => !demo.has(c));
    (async () => {
      for (const code of candidates) {
        const res = await fetch(api, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: `{ programme(municipalityCode: "${code}") { sequence status } }` }),
        });
        const answer = await res.json();
        if (answer.errors) throw new Error(JSON.stringify(answer.errors));
        const latest = answer.data.programme;
        if (!latest) return console.log(code, 1);
        if (latest.status !== "ACTIVE" && latest.status !== "PAUSED") return console.log(code, latest.sequence + 1);
      }
      throw new Error("every municipality outside the demo plan has a running programme");
    })().catch((e) => { console.error(e.message); process.exit(1); });
  ' "$API" "$LOOKUP_TOKEN")
else
  # The municipality's next programme number: 1 unless it had programmes before.
  SEQ="${WALKTHROUGH_SEQUENCE:-1}"
fi
[ -n "${CODE:-}" ] && [ -n "${SEQ:-}" ] || { echo "walkthrough: no municipality to use" >&2; exit 1; }
PROGRAMME="programme-${CODE}-${SEQ}"
echo "== walk-through with ${PROGRAMME}" >&2
TOKEN="${WALKTHROUGH_TOKEN:-$(npm run --silent token -- --role PROGRAMME_MANAGER --programme "$PROGRAMME" --subject walkthrough)}"

# gql '<query>' [jsonpath-of-value-to-print]
gql() {
  local body
  body=$(node -e 'process.stdout.write(JSON.stringify({ query: process.argv[1] }))' "$1")
  local answer
  answer=$(curl -sS "$API" -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" -d "$body")
  node -e '
    const a = JSON.parse(process.argv[1]);
    if (a.errors) { console.error(JSON.stringify(a.errors, null, 2)); process.exit(1); }
    const path = process.argv[2];
    if (path) { let v = a.data; for (const k of path.split(".")) v = v?.[k]; console.log(v); }
    else console.error(JSON.stringify(a.data));
  ' "$answer" "${2:-}"
}

P="programmeId: \"$PROGRAMME\""
FIELDS='id phase status checklist { ruleId done missing } openEscalationLevel'

# The token's own subject and issuer (unverified: the API verifies it), for the membership grant.
read -r ISSUER SUBJECT < <(node -e '
  const c = JSON.parse(Buffer.from((process.argv[1].split(".")[1] ?? ""), "base64url").toString("utf8"));
  console.log(c.iss, c.sub);
' "$TOKEN")
[ "${ISSUER:-}" = olievlek-local ] || { echo "walkthrough: WALKTHROUGH_TOKEN must be a local token (npm run token), not one of ${ISSUER:-no issuer}" >&2; exit 1; }

echo "== start ${CODE}" >&2
gql "mutation { startProgramme(municipalityCode: \"$CODE\") { id phase municipality { name } } }"

echo "== roles: ${SUBJECT} is project lead (the starter); also alderman and Veilig Thuis's contact (P1, R2.4)" >&2
npm run --silent members -- grant --programme "$PROGRAMME" --subject "$SUBJECT" --role ADMINISTRATIVE_LEAD \
  --partner "Veilig Thuis:CARE:PROFESSIONAL" --partner "Veilig Thuis:CARE:MANAGEMENT" >&2

echo "== P1 commitment (R1.1–R1.3)" >&2
gql "mutation { designateAdministrativeLead($P, input: { name: \"Wethouder Jeugd\" }) { phase } }"
gql "mutation { commitPartner($P, input: { organisation: \"Veilig Thuis\", domain: CARE }) { phase } }"
gql "mutation { commitPartner($P, input: { organisation: \"Stichting Primair Onderwijs\", domain: EDUCATION }) { phase } }"
gql "mutation { commitPartner($P, input: { organisation: \"Politie\", domain: JUSTICE }) { phase } }"
gql "mutation { appointProjectLead($P, input: { kind: INTERNAL }) { riskFlags } }"
gql "mutation { recordRecommendation($P, input: { item: MAYOR_CONSULTED }) { phase } }"
gql "mutation { confirmCommitment($P, actingAs: ADMINISTRATIVE_LEAD) { $FIELDS } }"

echo "== P2 agenda (R2.1–R2.5)" >&2
gql "mutation { recordBottleneck($P, input: { description: \"Signalen van ouders worden niet gedeeld\", domain: CARE }) { phase } }"
gql "mutation { recordBottleneck($P, input: { description: \"Leerkrachten weten niet wanneer ze moeten melden\", domain: EDUCATION }) { phase } }"
gql "mutation { recordBottleneck($P, input: { description: \"Zorg en straf werken langs elkaar heen\", domain: JUSTICE }) { phase } }"
gql "mutation { selectTheme($P, input: { theme: COLLABORATION }) { agenda { themes } } }"
ACTION=$(gql "mutation { addAction($P, input: { title: \"Zorg-strafoverleg twee keer per week\", theme: COLLABORATION, ownerOrganisation: \"Veilig Thuis\" }) { agenda { actions { id } } } }" 'addAction.agenda.actions.0.id')
gql "mutation { confirmSupport($P, input: { organisation: \"Veilig Thuis\", level: PROFESSIONAL }) { phase } }"
gql "mutation { confirmSupport($P, input: { organisation: \"Veilig Thuis\", level: MANAGEMENT }) { phase } }"
gql "mutation { adoptAgenda($P, actingAs: ADMINISTRATIVE_LEAD) { $FIELDS } }"

echo "== P3 execution (R3.2)" >&2
gql "mutation { updateActionStatus($P, input: { actionId: \"$ACTION\", status: IN_PROGRESS }) { phase } }"
gql "mutation { updateActionStatus($P, input: { actionId: \"$ACTION\", status: DONE }) { phase } }"
gql "mutation { completeExecution($P) { $FIELDS } }"

echo "== P4 embedding (R4.1–R4.4)" >&2
gql "mutation { recordEmbedding($P, input: { actionId: \"$ACTION\", instrument: REGIONAL_APPROACH_PLAN, instrumentName: \"Regioaanpak huiselijk geweld en kindermishandeling\", takenOverBy: \"Veilig Thuis\", responsibleRole: \"teamleider\" }) { phase } }"
gql "mutation { completeEmbedding($P) { $FIELDS } }"

echo "== P5 continuation" >&2
gql "{ programme(id: \"$PROGRAMME\") { phase timeline { at by { role } event } } }" 'programme.phase'
