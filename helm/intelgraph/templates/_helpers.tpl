{{/* Names and the labels the HUD's safety guard relies on. */}}

{{- define "intelgraph.fullname" -}}
{{- printf "intelgraph-pr-%v" (required "pr.number is required" .Values.pr.number) | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "intelgraph.host" -}}
{{- printf "pr-%v.%s" .Values.pr.number .Values.ingress.baseDomain -}}
{{- end -}}

{{/* Label values cannot hold "/": owner/name becomes owner.name. */}}
{{- define "intelgraph.repoLabel" -}}
{{- .Values.pr.repo | replace "/" "." | trunc 63 | trimSuffix "." -}}
{{- end -}}

{{- define "intelgraph.labels" -}}
app.kubernetes.io/name: intelgraph
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: maestro-preview
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
maestro.intelgraph.io/preview: "true"
maestro.intelgraph.io/pr: {{ .Values.pr.number | quote }}
maestro.intelgraph.io/repo: {{ include "intelgraph.repoLabel" . | quote }}
{{- end -}}

{{- define "intelgraph.annotations" -}}
maestro.intelgraph.io/ttl-hours: {{ .Values.pr.ttlHours | quote }}
{{- with .Values.pr.expiresAt }}
maestro.intelgraph.io/expires-at: {{ . | quote }}
{{- end }}
maestro.intelgraph.io/head-sha: {{ .Values.pr.headSha | quote }}
{{- end -}}

{{- define "intelgraph.selector" -}}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{- define "intelgraph.image" -}}
{{- $tag := required (printf "image.%s.tag is required (the PR head SHA)" .component) .image.tag -}}
{{- printf "%s/%s:%s" .registry .image.repository $tag -}}
{{- end -}}
