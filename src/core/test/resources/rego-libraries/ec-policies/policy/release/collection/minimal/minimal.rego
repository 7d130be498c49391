#
# METADATA
# title: minimal
# description: >-
#   Includes a minimal set of policy rules to ensure the build pipeline is
#   functioning as expected, and able to produce signed attestations of the
#   expected type.
package collection.minimal

import rego.v1
