#
# Copyright 2019 Google LLC
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#      http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.
#

package templates.gcp.GCPNetworkEnableFlowLogsConstraintV1

import data.validator.gcp.lib as lib

deny[{
	"msg": message,
	"details": metadata,
}] {
	constraint := input.constraint
	asset := input.asset
	asset.asset_type == "compute.googleapis.com/Subnetwork"

	network := asset.resource.data
	legacy_enable_flow_logs := lib.get_default(network, "enableFlowLogs", false)
	log_config := lib.get_default(network, "logConfig", {})
	log_config_enable_flow_logs := lib.get_default(log_config, "enable", false)
	purpose := lib.get_default(network, "purpose", "PRIVATE")

	log_config_enable_flow_logs != true
	legacy_enable_flow_logs != true
	purpose != "REGIONAL_MANAGED_PROXY"
	purpose != "INTERNAL_HTTPS_LOAD_BALANCER"

	message := sprintf("Flow logs are disabled in subnetwork %v.", [asset.name])
	metadata := {"resource": asset.name}
}
