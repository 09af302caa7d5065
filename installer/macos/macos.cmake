# SPDX-License-Identifier: Apache-2.0
# macOS: a disk image (DragNDrop) with stampdesk.app; stampdesk-cli inside
# the bundle (Contents/MacOS), Qt in Contents/Frameworks by macdeployqt.
# The server is for Linux (systemd) and is not in the image. Not built by
# this project's CI (Debian only): installer/README.md.

set_target_properties(stampdesk PROPERTIES
    MACOSX_BUNDLE ON
    MACOSX_BUNDLE_BUNDLE_NAME "Stampdesk"
    MACOSX_BUNDLE_GUI_IDENTIFIER "${STAMPDESK_APP_ID}"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_ICON_FILE stampdesk.icns
    MACOSX_BUNDLE_COPYRIGHT "Apache-2.0")

# The icon: made from the SVG's 256 px PNG with the system's iconutil when
# it is there (a bundle without one shows the generic icon).
find_program(STAMPDESK_ICONUTIL iconutil)
find_program(STAMPDESK_SIPS sips)
if(STAMPDESK_ICONUTIL AND STAMPDESK_SIPS)
    set(_iconset "${CMAKE_CURRENT_BINARY_DIR}/stampdesk.iconset")
    set(_icns "${CMAKE_CURRENT_BINARY_DIR}/stampdesk.icns")
    set(_png "${PROJECT_SOURCE_DIR}/resources/icons/hicolor")
    add_custom_command(OUTPUT "${_icns}"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${_iconset}"
        COMMAND ${CMAKE_COMMAND} -E copy "${_png}/16x16/stampdesk.png" "${_iconset}/icon_16x16.png"
        COMMAND ${CMAKE_COMMAND} -E copy "${_png}/32x32/stampdesk.png" "${_iconset}/icon_16x16@2x.png"
        COMMAND ${CMAKE_COMMAND} -E copy "${_png}/32x32/stampdesk.png" "${_iconset}/icon_32x32.png"
        COMMAND ${CMAKE_COMMAND} -E copy "${_png}/64x64/stampdesk.png" "${_iconset}/icon_32x32@2x.png"
        COMMAND ${CMAKE_COMMAND} -E copy "${_png}/128x128/stampdesk.png" "${_iconset}/icon_128x128.png"
        COMMAND ${CMAKE_COMMAND} -E copy "${_png}/256x256/stampdesk.png" "${_iconset}/icon_128x128@2x.png"
        COMMAND ${CMAKE_COMMAND} -E copy "${_png}/256x256/stampdesk.png" "${_iconset}/icon_256x256.png"
        COMMAND ${STAMPDESK_ICONUTIL} -c icns -o "${_icns}" "${_iconset}"
        DEPENDS "${_png}/256x256/stampdesk.png"
        VERBATIM)
    target_sources(stampdesk PRIVATE "${_icns}")
    set_source_files_properties("${_icns}" PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
endif()

# stampdesk-cli goes into the bundle, where macdeployqt fixes its links to
# the same frameworks; then Qt's frameworks, plugins and the QML modules
# the QML folders import.
get_target_property(_qmake Qt6::qmake IMPORTED_LOCATION)
get_filename_component(_qt_bin "${_qmake}" DIRECTORY)
find_program(STAMPDESK_MACDEPLOYQT macdeployqt HINTS "${_qt_bin}" REQUIRED)
install(CODE "
    set(_app \"\${CMAKE_INSTALL_PREFIX}/stampdesk.app\")
    file(RENAME \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/stampdesk-cli\"
        \"\${_app}/Contents/MacOS/stampdesk-cli\")
    file(REMOVE_RECURSE \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
    execute_process(COMMAND \"${STAMPDESK_MACDEPLOYQT}\" \"\${_app}\"
            \"-qmldir=${PROJECT_SOURCE_DIR}/qml\"
            \"-qmldir=${PROJECT_SOURCE_DIR}/src/scan/qml\"
            \"-executable=\${_app}/Contents/MacOS/stampdesk-cli\"
            -always-overwrite
        RESULT_VARIABLE _result)
    if(_result)
        message(FATAL_ERROR \"macdeployqt failed: \${_result}\")
    endif()"
    COMPONENT app)

set(CPACK_DMG_VOLUME_NAME "Stampdesk ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
# One image with the app; DragNDrop makes one per component otherwise.
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
