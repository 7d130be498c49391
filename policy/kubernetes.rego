# Kubernetes manifest policy (conftest input: one manifest document, e.g. from helm template).
#   helm template ... | conftest test --namespace kubernetes --policy policy -
package kubernetes

import rego.v1

# Registries images may come from; override with data.allowed_registries (conftest --data).
default allowed_registries := ["ghcr.io/intelgraph/", "gcr.io/distroless/", "registry.k8s.io/"]

allowed_registries := data.allowed_registries

workload_kinds := {"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job"}

pod_spec := input.spec.template.spec if input.kind in workload_kinds

pod_spec := input.spec.jobTemplate.spec.template.spec if input.kind == "CronJob"

pod_spec := input.spec if input.kind == "Pod"

name := sprintf("%s/%s", [input.kind, input.metadata.name])

containers contains c if {
	some c in pod_spec.containers
}

containers contains c if {
	some c in pod_spec.initContainers
}

pod_security := object.get(pod_spec, "securityContext", {})

deny contains msg if {
	some c in containers
	not object.get(object.get(c, "securityContext", {}), "runAsNonRoot", object.get(pod_security, "runAsNonRoot", false))
	msg := sprintf("%s: container %s must set runAsNonRoot: true", [name, c.name])
}

deny contains msg if {
	some c in containers
	not object.get(c, ["securityContext", "readOnlyRootFilesystem"], false)
	msg := sprintf("%s: container %s must set readOnlyRootFilesystem: true", [name, c.name])
}

deny contains msg if {
	some c in containers
	object.get(c, ["securityContext", "privileged"], false)
	msg := sprintf("%s: container %s must not be privileged", [name, c.name])
}

deny contains msg if {
	some c in containers
	object.get(c, ["securityContext", "allowPrivilegeEscalation"], true)
	msg := sprintf("%s: container %s must set allowPrivilegeEscalation: false", [name, c.name])
}

deny contains msg if {
	some field in ["hostNetwork", "hostPID", "hostIPC"]
	object.get(pod_spec, field, false)
	msg := sprintf("%s must not use %s", [name, field])
}

deny contains msg if {
	some volume in pod_spec.volumes
	volume.hostPath
	msg := sprintf("%s: volume %s must not mount a hostPath", [name, volume.name])
}

deny contains msg if {
	some c in pod_spec.containers
	some kind in ["requests", "limits"]
	some resource in ["cpu", "memory"]
	not object.get(c, ["resources", kind, resource], false)
	msg := sprintf("%s: container %s has no %s.%s", [name, c.name, kind, resource])
}

deny contains msg if {
	some c in pod_spec.containers
	some probe in ["livenessProbe", "readinessProbe"]
	not c[probe]
	msg := sprintf("%s: container %s has no %s", [name, c.name, probe])
}

image_tag(image) := "" if {
	not regex.match(`:[^/]+$`, image)
} else := t if {
	parts := split(image, ":")
	t := parts[count(parts) - 1]
}

deny contains msg if {
	some c in containers
	not contains(c.image, "@sha256:")
	image_tag(c.image) in {"", "latest"}
	msg := sprintf("%s: container %s image %s must be pinned to a version or digest, not latest", [name, c.name, c.image])
}

deny contains msg if {
	some c in containers
	not from_allowed_registry(c.image)
	msg := sprintf("%s: container %s image %s is not from an allowed registry (%s)", [
		name, c.name, c.image, concat(", ", allowed_registries),
	])
}

from_allowed_registry(image) if {
	some registry in allowed_registries
	startswith(image, registry)
}
