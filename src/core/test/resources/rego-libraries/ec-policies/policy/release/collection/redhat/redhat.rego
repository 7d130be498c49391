#
# METADATA
# title: redhat
# description: >-
#   Include the set of policy rules required for Red Hat products.
package collection.redhat

import rego.v1
