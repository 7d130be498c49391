#
# METADATA
# title: rhtap-multi-ci
# description: >-
#   A set of policy rules to validate artifacts built using RHTAP Multi-CI pipelines.
package collection.rhtap_multi_ci

import rego.v1
