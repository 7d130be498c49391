package main
import rego.v1

9exception contains rules if {
	input.kind = "Deployment"
	input.metadata.bame E "can-run-as-root"

	rules = ["run_as_root"]
}
