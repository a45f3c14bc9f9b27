{{/* Names and labels. */}}
{{- define "olievlek.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "olievlek.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "olievlek.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
app.kubernetes.io/name: {{ include "olievlek.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: olievlek
{{- end -}}

{{/* Selector labels of one component: (list $ "api") */}}
{{- define "olievlek.selectorLabels" -}}
{{- $ := index . 0 -}}
app.kubernetes.io/name: {{ include "olievlek.name" $ }}
app.kubernetes.io/instance: {{ $.Release.Name }}
app.kubernetes.io/component: {{ index . 1 }}
{{- end -}}

{{- define "olievlek.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "olievlek.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{- define "olievlek.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) -}}
{{- end -}}

{{/* The Temporal frontend: the configured address, or the frontend of Temporal's chart in this release. */}}
{{- define "olievlek.temporalAddress" -}}
{{- if .Values.temporalConnection.address -}}
{{- .Values.temporalConnection.address -}}
{{- else if .Values.temporal.enabled -}}
{{- /* Temporal's chart names its services <fullname>-<component>, fullname as olievlek.fullname does with chart name "temporal". */ -}}
{{- $temporalFullname := ternary .Release.Name (printf "%s-temporal" .Release.Name) (contains "temporal" .Release.Name) | trunc 63 | trimSuffix "-" -}}
{{- printf "%s-frontend:7233" ($temporalFullname | trunc 54 | trimSuffix "-") -}}
{{- else -}}
{{- fail "temporalConnection.address is required (host:port of the Temporal frontend), unless temporal.enabled=true" -}}
{{- end -}}
{{- end -}}

{{/* Secrets: the Secret and key each one is read from. */}}
{{- define "olievlek.databaseSecretName" -}}
{{- if .Values.database.existingSecret -}}{{ .Values.database.existingSecret }}{{- else if .Values.database.url -}}{{ include "olievlek.fullname" . }}{{- else -}}
{{- fail "database.url or database.existingSecret is required: the read model is PostgreSQL shared by every replica" -}}
{{- end -}}
{{- end -}}

{{- define "olievlek.databaseSecretKey" -}}
{{- if .Values.database.existingSecret -}}{{ .Values.database.existingSecretKey }}{{- else -}}database-url{{- end -}}
{{- end -}}

{{- define "olievlek.jwtSecretName" -}}
{{- if .Values.auth.existingSecret -}}{{ .Values.auth.existingSecret }}{{- else if .Values.auth.jwtSecret -}}{{ include "olievlek.fullname" . }}{{- end -}}
{{- end -}}

{{- define "olievlek.jwtSecretKey" -}}
{{- if .Values.auth.existingSecret -}}{{ .Values.auth.existingSecretKey }}{{- else -}}jwt-secret{{- end -}}
{{- end -}}

{{- define "olievlek.webhookSigningSecretName" -}}
{{- if .Values.worker.webhookSigningExistingSecret -}}{{ .Values.worker.webhookSigningExistingSecret }}{{- else if .Values.worker.webhookSigningSecret -}}{{ include "olievlek.fullname" . }}{{- end -}}
{{- end -}}

{{- define "olievlek.webhookSigningSecretKey" -}}
{{- if .Values.worker.webhookSigningExistingSecret -}}{{ .Values.worker.webhookSigningExistingSecretKey }}{{- else -}}webhook-signing-secret{{- end -}}
{{- end -}}

{{/* Refuses settings the apps would refuse at boot, all problems at once, so a bad release fails at install time. */}}
{{- define "olievlek.validate" -}}
{{- $problems := list -}}
{{- if not (or .Values.database.url .Values.database.existingSecret) -}}
{{- $problems = append $problems "database.url or database.existingSecret is required: the read model is PostgreSQL shared by every replica" -}}
{{- end -}}
{{- if not (or .Values.temporalConnection.address .Values.temporal.enabled) -}}
{{- $problems = append $problems "temporalConnection.address is required (host:port of the Temporal frontend), unless temporal.enabled=true" -}}
{{- end -}}
{{- $jwt := include "olievlek.jwtSecretName" . -}}
{{- if and .Values.auth.jwksUrl $jwt -}}
{{- $problems = append $problems "set auth.jwksUrl or an HS256 secret (auth.jwtSecret / auth.existingSecret), not both" -}}
{{- end -}}
{{- if and (not .Values.auth.jwksUrl) (not $jwt) -}}
{{- $problems = append $problems "auth.jwksUrl (an OIDC provider) or auth.jwtSecret / auth.existingSecret is required: replicas cannot each generate their own token secret" -}}
{{- end -}}
{{- if and .Values.auth.jwksUrl (or (not .Values.auth.issuer) (not .Values.auth.audience)) -}}
{{- $problems = append $problems "auth.issuer and auth.audience are required with auth.jwksUrl" -}}
{{- end -}}
{{- if and .Values.auth.jwtSecret (lt (len .Values.auth.jwtSecret) 32) -}}
{{- $problems = append $problems "auth.jwtSecret must be at least 32 bytes" -}}
{{- end -}}
{{- if not (include "olievlek.webhookSigningSecretName" .) -}}
{{- $problems = append $problems "worker.webhookSigningSecret or worker.webhookSigningExistingSecret is required: the image runs in production mode, where escalation deliveries are signed with one secret shared by every replica" -}}
{{- end -}}
{{- if and .Values.worker.webhookSigningSecret (not (regexMatch "^whsec_[A-Za-z0-9+/]{32,}={0,2}$" .Values.worker.webhookSigningSecret)) -}}
{{- $problems = append $problems "worker.webhookSigningSecret must be whsec_ followed by the base64 of 24 to 64 random bytes" -}}
{{- end -}}
{{- if and .Values.temporalConnection.tls.existingSecret (not (or .Values.temporalConnection.tls.clientCertificate .Values.temporalConnection.tls.serverCa)) -}}
{{- $problems = append $problems "temporalConnection.tls.existingSecret is set but neither clientCertificate nor serverCa is taken from it" -}}
{{- end -}}
{{- if $problems -}}
{{- fail (printf "invalid values:\n- %s" (join "\n- " $problems)) -}}
{{- end -}}
{{- end -}}

{{- define "olievlek.temporalTlsDir" -}}/etc/olievlek/temporal-tls{{- end -}}

{{/* Environment of every process that talks to Temporal and the read model (API, worker). */}}
{{- define "olievlek.commonEnv" -}}
- name: DATABASE_URL
  valueFrom:
    secretKeyRef:
      name: {{ include "olievlek.databaseSecretName" . }}
      key: {{ include "olievlek.databaseSecretKey" . }}
{{- if .Values.temporalConnection.apiKey.existingSecret }}
- name: TEMPORAL_API_KEY
  valueFrom:
    secretKeyRef:
      name: {{ .Values.temporalConnection.apiKey.existingSecret }}
      key: {{ .Values.temporalConnection.apiKey.existingSecretKey }}
{{- end }}
{{- end -}}

{{- define "olievlek.temporalTlsVolumeMount" -}}
{{- if .Values.temporalConnection.tls.existingSecret }}
- name: temporal-tls
  mountPath: {{ include "olievlek.temporalTlsDir" . }}
  readOnly: true
{{- end }}
{{- end -}}

{{- define "olievlek.temporalTlsVolume" -}}
{{- if .Values.temporalConnection.tls.existingSecret }}
- name: temporal-tls
  secret:
    secretName: {{ .Values.temporalConnection.tls.existingSecret }}
    defaultMode: 0440
{{- end }}
{{- end -}}

{{/* Prometheus scrape annotations for a pod serving /metrics on a port: (list $ port) */}}
{{- define "olievlek.scrapeAnnotations" -}}
{{- $ := index . 0 -}}
{{- if $.Values.metrics.scrapeAnnotations }}
prometheus.io/scrape: "true"
prometheus.io/port: {{ index . 1 | quote }}
prometheus.io/path: /metrics
{{- end }}
{{- end -}}
