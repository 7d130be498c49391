{{/* Names and the labels the HUD's safety guard relies on. */}}

{{/*
The PR number: pr.number when set, else N of the namespace pr-N, so the plain
`helm upgrade --install intelgraph-pr-N helm/intelgraph --namespace pr-N --create-namespace`
with only the image tags renders PR N's preview. A namespace that is not pr-N needs pr.number;
a pr.number that contradicts its pr-N namespace is refused (the schema refuses 0 and below):
objects named for one PR inside another PR's namespace would mislead the HUD's guards.
*/}}
{{- define "intelgraph.prNumber" -}}
{{- $namespace := .Release.Namespace -}}
{{- $fromNamespace := "" -}}
{{- if regexMatch "^pr-[1-9][0-9]*$" $namespace -}}
{{- $fromNamespace = trimPrefix "pr-" $namespace -}}
{{- end -}}
{{- if kindIs "invalid" .Values.pr.number -}}
{{- if not $fromNamespace -}}
{{- fail (printf "pr.number is not set and namespace %q is not pr-<number>: set pr.number (1 or more) or install into namespace pr-<number>" $namespace) -}}
{{- end -}}
{{- $fromNamespace -}}
{{- else -}}
{{- $number := int64 .Values.pr.number -}}
{{- if lt $number 1 -}}
{{- fail (printf "pr.number is %v: a PR number is 1 or more" .Values.pr.number) -}}
{{- end -}}
{{- if and $fromNamespace (ne (toString $number) $fromNamespace) -}}
{{- fail (printf "pr.number is %d but the namespace is %s: PR %d's preview belongs in namespace pr-%d" $number $namespace $number $number) -}}
{{- end -}}
{{- $number -}}
{{- end -}}
{{- end -}}

{{- define "intelgraph.fullname" -}}
{{- printf "intelgraph-pr-%s" (include "intelgraph.prNumber" .) | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "intelgraph.host" -}}
{{- printf "pr-%s.%s" (include "intelgraph.prNumber" .) .Values.ingress.baseDomain -}}
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
maestro.intelgraph.io/pr: {{ include "intelgraph.prNumber" . | quote }}
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
