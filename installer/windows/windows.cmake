# SPDX-License-Identifier: Apache-2.0
# Windows: an NSIS installer (components app and server) with Qt and the
# other DLLs beside the programs. Not built by this project's CI (Debian
# only): installer/README.md says how to build it and what is untested.

# The app opens no console window.
set_target_properties(stampdesk PROPERTIES WIN32_EXECUTABLE ON)

# Qt's DLLs, plugins and QML modules come from windeployqt, run on each
# program with the project's QML folders so that it finds the modules they
# import. Qt 6.4's qt_generate_deploy_app_script passes no QML folder, and
# its qt_generate_deploy_qml_app_script scans the QML modules of the target,
# while ours are static libraries linked in (installer/README.md).
get_target_property(_qmake Qt6::qmake IMPORTED_LOCATION)
get_filename_component(_qt_bin "${_qmake}" DIRECTORY)
find_program(STAMPDESK_WINDEPLOYQT windeployqt HINTS "${_qt_bin}" REQUIRED)

foreach(_target stampdesk stampdesk-cli stampdesk-server)
    if(_target STREQUAL "stampdesk-server")
        set(_component server)
    else()
        set(_component app)
    endif()
    # The program and the non-Qt DLLs it links (ZXing, OpenSSL, the
    # compiler's runtime when not MSVC), found where their import targets
    # live; windeployqt brings Qt's own.
    install(TARGETS ${_target} COMPONENT ${_component}
        RUNTIME_DEPENDENCIES
            PRE_EXCLUDE_REGEXES "api-ms-.*" "ext-ms-.*" "Qt6.*"
            POST_EXCLUDE_REGEXES ".*[Ss]ystem32/.*\\.dll"
            DIRECTORIES $<TARGET_FILE_DIR:Qt6::Core> $ENV{PATH}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    # windeployqt at install time, in the folder CPack fills.
    install(CODE "
        execute_process(COMMAND \"${STAMPDESK_WINDEPLOYQT}\"
                --qmldir \"${PROJECT_SOURCE_DIR}/qml\"
                --qmldir \"${PROJECT_SOURCE_DIR}/src/scan/qml\"
                --no-compiler-runtime --no-system-d3d-compiler --no-opengl-sw
                \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/${_target}.exe\"
            RESULT_VARIABLE _result)
        if(_result)
            message(FATAL_ERROR \"windeployqt failed on ${_target}.exe: \${_result}\")
        endif()"
        COMPONENT ${_component})
endforeach()

# The compiler's runtime (MSVC), as the installer's own files.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT app)
include(InstallRequiredSystemLibraries)

set(CPACK_NSIS_DISPLAY_NAME "Stampdesk")
set(CPACK_NSIS_PACKAGE_NAME "Stampdesk ${PROJECT_VERSION}")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "maintainers@stampdesk.example")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/stampdesk.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\stampdesk.exe")
# A Start menu entry for the app.
set(CPACK_PACKAGE_EXECUTABLES "stampdesk" "Stampdesk")
set(CPACK_NSIS_MODIFY_PATH OFF)
