#
# METADATA
# title: redhat_rpms
# description: >-
#   Include the set of policy rules required for building Red Hat RPMs.
package collection.redhat_rpms

import rego.v1
