# METADATA
# scope: subpackages
# authors:
#   - Styra
# related_resources:
#   - https://www.styra.com
#   - https://docs.styra.com/regal
# schemas:
#   - input: schema.regal.ast
package regal
