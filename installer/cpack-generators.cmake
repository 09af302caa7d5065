# SPDX-License-Identifier: Apache-2.0
# Read by CPack for each generator (CPACK_PROJECT_CONFIG_FILE): what differs
# between them.
if(CPACK_GENERATOR STREQUAL "TGZ")
    # The archives hold the tree from / (usr/..., etc/...), as the .deb does.
    set(CPACK_PACKAGING_INSTALL_PREFIX "/")
endif()
