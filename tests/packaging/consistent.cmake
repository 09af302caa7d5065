# SPDX-License-Identifier: Apache-2.0
# cmake -DSOURCE_DIR= -DAPP_ID= -DVERSION= -P consistent.cmake: the desktop
# file, the AppStream metadata and the icons name each other, and the
# metadata's newest release is the project's version.
set(linux "${SOURCE_DIR}/installer/linux")
file(READ "${linux}/${APP_ID}.metainfo.xml" metainfo)
file(READ "${linux}/${APP_ID}.desktop" desktop)

if(NOT metainfo MATCHES "<id>${APP_ID}</id>")
    message(FATAL_ERROR "${APP_ID}.metainfo.xml: <id> is not ${APP_ID}")
endif()
if(NOT metainfo MATCHES "<launchable type=\"desktop-id\">${APP_ID}.desktop</launchable>")
    message(FATAL_ERROR "${APP_ID}.metainfo.xml: <launchable> is not ${APP_ID}.desktop")
endif()
if(NOT metainfo MATCHES "<releases>[ \n]*<release version=\"([^\"]+)\"")
    message(FATAL_ERROR "${APP_ID}.metainfo.xml: no <release>")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    message(FATAL_ERROR "${APP_ID}.metainfo.xml: the newest release is ${CMAKE_MATCH_1}, "
        "the project's version is ${VERSION}: add a <release> for it")
endif()
if(NOT desktop MATCHES "\nIcon=([^\n]+)")
    message(FATAL_ERROR "${APP_ID}.desktop: no Icon=")
endif()
set(icon "${CMAKE_MATCH_1}")
foreach(size 16 24 32 48 64 128 256)
    if(NOT EXISTS "${SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/${icon}.png")
        message(FATAL_ERROR "no icon ${icon}.png at ${size}x${size}: resources/icons/render.sh")
    endif()
endforeach()
if(NOT EXISTS "${SOURCE_DIR}/resources/icons/${icon}.svg")
    message(FATAL_ERROR "no icon resources/icons/${icon}.svg")
endif()
message(STATUS "${APP_ID}: desktop file, metadata (release ${VERSION}) and icons agree")
