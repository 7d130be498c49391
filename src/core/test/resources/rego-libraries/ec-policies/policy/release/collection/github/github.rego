#
# METADATA
# title: github
# description: >-
#   A set of policy rules to validate artifacts built on GitHub.
package collection.github

import rego.v1
