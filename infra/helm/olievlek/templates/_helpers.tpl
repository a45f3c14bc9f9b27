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

{{/* The Secret holding the browser sign-in secrets (client and cookie), or nothing without them. */}}
{{- define "olievlek.oidcSecretName" -}}
{{- if .Values.oidc.existingSecret -}}{{ .Values.oidc.existingSecret }}{{- else if or .Values.oidc.clientSecret .Values.oidc.cookieSecret -}}{{ include "olievlek.fullname" . }}{{- end -}}
{{- end -}}

{{- define "olievlek.oidcClientSecretKey" -}}
{{- if .Values.oidc.existingSecret -}}{{ .Values.oidc.existingSecretClientSecretKey }}{{- else if .Values.oidc.clientSecret -}}oidc-client-secret{{- end -}}
{{- end -}}

{{- define "olievlek.oidcCookieSecretKey" -}}
{{- if .Values.oidc.existingSecret -}}{{ .Values.oidc.existingSecretCookieSecretKey }}{{- else if .Values.oidc.cookieSecret -}}oidc-cookie-secret{{- end -}}
{{- end -}}

{{- define "olievlek.mailSecretName" -}}
{{- if .Values.mail.existingSecret -}}{{ .Values.mail.existingSecret }}{{- else if .Values.mail.smtpUrl -}}{{ include "olievlek.fullname" . }}{{- end -}}
{{- end -}}

{{- define "olievlek.mailSecretKey" -}}
{{- if .Values.mail.existingSecret -}}{{ .Values.mail.existingSecretKey }}{{- else -}}mail-smtp-url{{- end -}}
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
{{- /* Tokens: the OpenID Connect provider only; the image (NODE_ENV=production) refuses the local issuer. */ -}}
{{- $auth := .Values.auth -}}
{{- if or $auth.jwtSecret $auth.existingSecret -}}
{{- $problems = append $problems "auth.jwtSecret / auth.existingSecret are no longer supported: the local HS256 issuer (olievlek-local) is for development only and the image (NODE_ENV=production) refuses it; bearer tokens come from the OpenID Connect provider of auth.jwksUrl, auth.issuer and auth.audience" -}}
{{- end -}}
{{- if not $auth.jwksUrl -}}
{{- $problems = append $problems "auth.jwksUrl is required: the https URL of the OpenID Connect provider's signing keys (with NODE_ENV=production, the image's, bearer tokens come only from that provider)" -}}
{{- else if not (regexMatch "^https://[^/?#\\s]+" $auth.jwksUrl) -}}
{{- $problems = append $problems "auth.jwksUrl must be an https URL" -}}
{{- end -}}
{{- if not $auth.issuer -}}
{{- $problems = append $problems "auth.issuer is required: the iss claim of the provider's tokens" -}}
{{- else if eq $auth.issuer "olievlek-local" -}}
{{- $problems = append $problems "auth.issuer must not be olievlek-local, the local development issuer" -}}
{{- end -}}
{{- if not $auth.audience -}}
{{- $problems = append $problems "auth.audience is required: the aud claim the provider puts in tokens for this API" -}}
{{- end -}}
{{- /* PUBLIC_URL: invitation links (P2) and the sign-in callback; the API requires https in production. */ -}}
{{- if not .Values.publicUrl -}}
{{- $problems = append $problems "publicUrl is required: the https address of the API (https://olievlek.example.nl), from which invitation links and the sign-in callback are built" -}}
{{- else if not (hasPrefix "https://" .Values.publicUrl) -}}
{{- $problems = append $problems "publicUrl must be an https URL: the image runs with NODE_ENV=production, where sign-in cookies are Secure" -}}
{{- else if not (regexMatch "^https://[^/?#@\\s]+/?$" .Values.publicUrl) -}}
{{- $problems = append $problems "publicUrl must be an origin only (https://host[:port]), without a path, query or credentials" -}}
{{- end -}}
{{- $oidc := .Values.oidc -}}
{{- if $oidc.issuerUrl -}}
{{- if not (regexMatch "^https://[^/?#\\s]+" $oidc.issuerUrl) -}}
{{- $problems = append $problems "oidc.issuerUrl must be an https URL" -}}
{{- end -}}
{{- if not $oidc.clientId -}}
{{- $problems = append $problems "oidc.clientId is required with oidc.issuerUrl" -}}
{{- end -}}
{{- if not (include "olievlek.oidcCookieSecretKey" .) -}}
{{- $problems = append $problems "oidc.cookieSecret or oidc.existingSecret is required with oidc.issuerUrl: every API replica must sign the login cookie with the same secret, since a sign-in begun on one may end on another" -}}
{{- end -}}
{{- else if or $oidc.clientId $oidc.clientSecret $oidc.cookieSecret $oidc.existingSecret -}}
{{- $problems = append $problems "oidc.* is set but oidc.issuerUrl is empty: set the provider's issuer URL to turn browser sign-in on, or leave the oidc values empty" -}}
{{- end -}}
{{- if and $oidc.existingSecret (or $oidc.clientSecret $oidc.cookieSecret) -}}
{{- $problems = append $problems "set oidc.existingSecret or oidc.clientSecret / oidc.cookieSecret, not both" -}}
{{- end -}}
{{- if and $oidc.cookieSecret (lt (len $oidc.cookieSecret) 32) -}}
{{- $problems = append $problems "oidc.cookieSecret must be at least 32 bytes" -}}
{{- end -}}
{{- $mail := .Values.mail -}}
{{- if and $mail.smtpUrl $mail.existingSecret -}}
{{- $problems = append $problems "set mail.smtpUrl or mail.existingSecret, not both" -}}
{{- end -}}
{{- if $mail.smtpUrl -}}
{{- if not (regexMatch "^smtps?://[^/?#\\s]+" $mail.smtpUrl) -}}
{{- $problems = append $problems "mail.smtpUrl must be an smtps:// or smtp:// URL naming a host" -}}
{{- else if not (or (hasPrefix "smtps://" $mail.smtpUrl) (regexMatch "[?&]requireTLS=true(&|$)" $mail.smtpUrl)) -}}
{{- $problems = append $problems "mail.smtpUrl must be smtps://… or smtp://…?requireTLS=true: the image (NODE_ENV=production) never sends invitation links in clear text" -}}
{{- end -}}
{{- if regexMatch "[?&](ignoreTLS=true|tls\\.rejectUnauthorized=false)(&|$)" $mail.smtpUrl -}}
{{- $problems = append $problems "mail.smtpUrl may not turn off TLS or its certificate check" -}}
{{- end -}}
{{- end -}}
{{- if and (include "olievlek.mailSecretName" .) (not $mail.from) -}}
{{- $problems = append $problems "mail.from is required with an SMTP relay: the From address of invitations (Name <address>)" -}}
{{- end -}}
{{- $days := toString .Values.invitationValidDays -}}
{{- if not (and (regexMatch "^[0-9]+$" $days) (ge (atoi $days) 1) (le (atoi $days) 90)) -}}
{{- $problems = append $problems "invitationValidDays must be a whole number of days from 1 to 90" -}}
{{- end -}}
{{- range .Values.temporalUiOrigins -}}
{{- if not (regexMatch "^https?://[^/?#]+$" (toString .)) -}}
{{- $problems = append $problems (printf "temporalUiOrigins: %s is not an origin (scheme, host and port only)" (toString .)) -}}
{{- end -}}
{{- end -}}
{{- /* Settings the values above own: never overridden through api.env / worker.env, so secrets stay in Secrets. */ -}}
{{- $owned := list "NODE_ENV" "DATABASE_URL" "AUTH_JWKS_URL" "AUTH_ISSUER" "AUTH_AUDIENCE" "AUTH_LOCAL_ISSUER" "AUTH_JWT_SECRET" "PUBLIC_URL" "OIDC_ISSUER_URL" "OIDC_CLIENT_ID" "OIDC_CLIENT_SECRET" "OIDC_COOKIE_SECRET" "OIDC_SCOPES" "SESSION_TTL_HOURS" "SESSION_IDLE_MINUTES" "MAIL_SMTP_URL" "MAIL_FROM" "MAIL_MESSAGE_ID_DOMAIN" "INVITATION_VALID_DAYS" "TEMPORAL_UI_ORIGINS" "WEBHOOK_ALLOWED_HOSTS" "WEBHOOK_SIGNING_SECRET" "TEMPORAL_API_KEY" -}}
{{- range $component := list "api" "worker" -}}
{{- range $name, $_ := (index $.Values $component).env -}}
{{- if has $name $owned -}}
{{- $problems = append $problems (printf "%s.env.%s: set by the chart from its own values (see values.yaml); secrets only through Secrets" $component $name) -}}
{{- end -}}
{{- end -}}
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
