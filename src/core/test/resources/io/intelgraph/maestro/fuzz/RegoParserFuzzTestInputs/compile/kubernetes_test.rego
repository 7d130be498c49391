package kubernetes

import rego.v1

good := {
	"apiVersion": "apps/v1",
	"kind": "Deployment",
	"metadata": {"name": "web"},
	"spec": {"template": {"spec": {
		"securityContext": {"runAsNonRoot": true},
		"containers": [{
			"name": "web",
			"image": "ghcr.io/intelgraph/web:1.4.2",
			"securityContext": {"readOnlyRootFilesystem": true, "allowPrivilegeEscalation": false, "privileged": false},
			"resources": {"requests": {"cpu": "100m", "memory": "128Mi"}, "limits": {"cpu": "500m", "memory": "256Mi"}},
			"livenessProbe": {"httpGet": {"path": "/healthz", "port": 8080}},
			"readinessProbe": {"httpGet": {"path": "/readyz", "port": 8080}},
		}],
	}}},
}

# Shallow replacement of fields (object.union would merge nested objects instead).
replace(obj, patch) := object.union(object.remove(obj, object.keys(patch)), patch)

with_pod(patch) := replace(good, {"spec": {"template": {"spec": replace(good.spec.template.spec, patch)}}})

with_container(patch) := with_pod({"containers": [replace(good.spec.template.spec.containers[0], patch)]})

test_hardened_deployment_passes if {
	count(deny) == 0 with input as good
}

test_services_are_not_workloads if {
	count(deny) == 0 with input as {"kind": "Service", "metadata": {"name": "web"}, "spec": {"ports": [{"port": 80}]}}
}

test_run_as_root_denied if {
	bad := with_pod({"securityContext": {}})
	"Deployment/web: container web must set runAsNonRoot: true" in deny with input as bad
}

test_container_level_non_root_is_enough if {
	container := object.union(good.spec.template.spec.containers[0], {"securityContext": {"runAsNonRoot": true}})
	ok := object.union(good, {"spec": {"template": {"spec": {"securityContext": {}, "containers": [container]}}}})
	count(deny) == 0 with input as ok
}

test_pod_level_root_override_is_denied if {
	container := object.union(good.spec.template.spec.containers[0], {"securityContext": {"runAsNonRoot": false}})
	bad := object.union(good, {"spec": {"template": {"spec": {"containers": [container]}}}})
	"Deployment/web: container web must set runAsNonRoot: true" in deny with input as bad
}

test_writable_root_denied if {
	bad := with_container({"securityContext": {"allowPrivilegeEscalation": false}})
	"Deployment/web: container web must set readOnlyRootFilesystem: true" in deny with input as bad
}

test_privileged_denied if {
	bad := with_container({"securityContext": {"readOnlyRootFilesystem": true, "allowPrivilegeEscalation": false, "privileged": true}})
	"Deployment/web: container web must not be privileged" in deny with input as bad
}

test_privilege_escalation_denied if {
	bad := with_container({"securityContext": {"readOnlyRootFilesystem": true}})
	"Deployment/web: container web must set allowPrivilegeEscalation: false" in deny with input as bad
}

test_host_network_denied if {
	"Deployment/web must not use hostNetwork" in deny with input as with_pod({"hostNetwork": true})
}

test_host_path_denied if {
	bad := with_pod({"volumes": [{"name": "docker", "hostPath": {"path": "/var/run/docker.sock"}}]})
	"Deployment/web: volume docker must not mount a hostPath" in deny with input as bad
}

test_missing_limits_denied if {
	bad := with_container({"resources": {"requests": {"cpu": "100m", "memory": "128Mi"}}})
	denials := deny with input as bad
	"Deployment/web: container web has no limits.cpu" in denials
	"Deployment/web: container web has no limits.memory" in denials
}

test_missing_probes_denied if {
	bad := object.union(good, {"spec": {"template": {"spec": object.union(good.spec.template.spec, {
		"containers": [object.remove(good.spec.template.spec.containers[0], ["livenessProbe"])],
	})}}})
	"Deployment/web: container web has no livenessProbe" in deny with input as bad
}

test_latest_image_denied if {
	bad := with_container({"image": "ghcr.io/intelgraph/web:latest"})
	"Deployment/web: container web image ghcr.io/intelgraph/web:latest must be pinned to a version or digest, not latest" in deny with input as bad
}

test_untagged_image_denied if {
	bad := with_container({"image": "ghcr.io/intelgraph/web"})
	"Deployment/web: container web image ghcr.io/intelgraph/web must be pinned to a version or digest, not latest" in deny with input as bad
}

test_foreign_registry_denied if {
	bad := with_container({"image": "docker.io/library/nginx:1.27"})
	some msg in deny with input as bad
	startswith(msg, "Deployment/web: container web image docker.io/library/nginx:1.27 is not from an allowed registry")
}

test_registries_can_be_configured if {
	ok := with_container({"image": "docker.io/library/nginx:1.27"})
	count(deny) == 0 with input as ok with data.allowed_registries as ["docker.io/library/"]
}
