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

package templates.gcp.GCPVPCSCAllowedRegionsConstraintV2

import data.validator.gcp.lib as lib

all_violations[violation] {
	resource := data.test.fixtures.vpc_sc_allowlist_regions.assets[_]
	constraint := data.test.fixtures.vpc_sc_allowlist_regions.constraints

	issues := deny with input.asset as resource
		 with input.constraint as constraint

	violation := issues[_]
}

test_violations_basic {
	violation_resources := {r | r = all_violations[_].details.access_level_name}
	violation_resources == {"accessPolicies/1008882730433/accessLevels/bad"}
}
