# SPDX-License-Identifier: Apache-2.0
# Packages and installers (installer/README.md), included by the top-level
# CMakeLists.txt after the targets. Two components:
#   app     stampdesk + stampdesk-cli and the desktop integration
#   server  stampdesk-server and its systemd unit
# Debian packages (DEB) and .tar.gz archives (TGZ) per component on Linux,
# NSIS on Windows (windows/windows.cmake), DragNDrop on macOS
# (macos/macos.cmake). The version is project()'s, set in one place.

# The desktop id: the name of the desktop file and of the AppStream
# component; the app passes it to QGuiApplication::setDesktopFileName.
set(STAMPDESK_APP_ID "example.stampdesk.Stampdesk")
set(_installer "${CMAKE_CURRENT_LIST_DIR}")

if(UNIX AND NOT APPLE)
    # --- The app: desktop file, icons, AppStream metadata ---
    install(FILES "${_installer}/linux/${STAMPDESK_APP_ID}.desktop"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT app)
    install(FILES "${_installer}/linux/${STAMPDESK_APP_ID}.metainfo.xml"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT app)
    foreach(size 16 24 32 48 64 128 256)
        install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/stampdesk.png"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps COMPONENT app)
    endforeach()
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/stampdesk.svg"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT app)

    # --- The server: systemd unit, its start script, its settings ---
    # /usr/lib/systemd/system (= /lib/systemd/system on Debian 12's merged
    # /usr), not GNUInstallDirs' multiarch LIBDIR.
    install(FILES "${_installer}/linux/stampdesk-server.service"
        DESTINATION lib/systemd/system COMPONENT server)
    install(PROGRAMS "${_installer}/linux/stampdesk-server-start"
        DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/stampdesk-server COMPONENT server)
    # An absolute destination: /etc, whatever the prefix (CPACK_SET_DESTDIR
    # below puts it into the package, not onto the build machine).
    install(FILES "${_installer}/linux/default/stampdesk-server"
        DESTINATION /etc/default COMPONENT server)
elseif(WIN32)
    include("${_installer}/windows/windows.cmake")
elseif(APPLE)
    include("${_installer}/macos/macos.cmake")
endif()

# --- CPack: what every generator shares ---
set(CPACK_PACKAGE_NAME "stampdesk")
set(CPACK_PACKAGE_VENDOR "Stampdesk maintainers")
set(CPACK_PACKAGE_CONTACT "Stampdesk maintainers <maintainers@stampdesk.example>")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Stampdesk")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
if(APPLE)
    set(CPACK_COMPONENTS_ALL app)
else()
    set(CPACK_COMPONENTS_ALL app server)
endif()
# Linux: paths made absolute at install time (/etc/default) land in the
# package's tree, and the archives hold the same tree as the Debian
# packages (usr/..., etc/...), whatever CMAKE_INSTALL_PREFIX the build has.
if(UNIX AND NOT APPLE)
    set(CPACK_SET_DESTDIR ON)
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
    set(CPACK_INSTALL_PREFIX /usr)
endif()
set(CPACK_PROJECT_CONFIG_FILE "${_installer}/cpack-generators.cmake")
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}/packages")

set(CPACK_COMPONENT_APP_DISPLAY_NAME "Stampdesk (the register's app)")
set(CPACK_COMPONENT_APP_DESCRIPTION
    "Stampdesk: stamp cards and vouchers at the register.
The staff app of a stamp-card loyalty programme with Smart Vouchers: scan a
customer's card with a webcam or a barcode gun, add stamps, redeem vouchers.
Works offline on its own SQLite database; pairs with the shop's server.
Includes stampdesk-cli, the same work from the command line.")
set(CPACK_COMPONENT_SERVER_DISPLAY_NAME "Stampdesk server (the shop's backend)")
set(CPACK_COMPONENT_SERVER_DESCRIPTION
    "Stampdesk server: the shop's wallet-pass backend.
The reference backend that Stampdesk registers pair with and sync to: it
signs cards, accepts the registers' events and settles vouchers redeemed at
several registers. Runs as the systemd service stampdesk-server under its
own system user, with its data in /var/lib/stampdesk-server.")

if(WIN32)
    set(CPACK_GENERATOR NSIS)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB TGZ)
endif()

# --- Archives: one .tar.gz per component ---
set(CPACK_ARCHIVE_COMPONENT_INSTALL ON)
set(CPACK_ARCHIVE_APP_FILE_NAME "stampdesk-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}")
set(CPACK_ARCHIVE_SERVER_FILE_NAME "stampdesk-server-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}")

# --- Debian packages: stampdesk and stampdesk-server ---
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The libraries the binaries link, with versions (dpkg-shlibdeps, dpkg-dev).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_APP_PACKAGE_NAME stampdesk)
set(CPACK_DEBIAN_APP_PACKAGE_SECTION misc)
# What the app loads at run time, which dpkg-shlibdeps cannot see:
# - the QML modules it imports (qml/, src/scan/qml: QtQuick, QtQuick.Controls
#   with the Fusion style, QtQuick.Layouts, QtMultimedia) and what they import;
# - the SQLite driver of Qt SQL;
# - GStreamer's plugins for the webcam (v4l2src) and video files: Qt
#   Multimedia's GStreamer backend (in libqt6multimedia6, which shlibdeps
#   finds) needs them;
# - a font with Vietnamese glyphs.
# The X11 platform plugin (xcb) is in libqt6gui6 (shlibdeps); Debian 12's
# qt6-qpa-plugins holds only VNC and TUIO, so it is not needed.
set(CPACK_DEBIAN_APP_PACKAGE_DEPENDS
    "qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-templates, \
qml6-module-qtquick-layouts, qml6-module-qtquick-window, qml6-module-qtqml, \
qml6-module-qtqml-models, qml6-module-qtqml-workerscript, qml6-module-qtmultimedia, \
libqt6sql6-sqlite, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good, fonts-dejavu-core")
# Decoders for video files given with --camera-file; Wayland sessions natively.
set(CPACK_DEBIAN_APP_PACKAGE_RECOMMENDS "gstreamer1.0-libav, qt6-wayland")
# No maintainer scripts: the icon and desktop caches are refreshed by the
# dpkg triggers of hicolor-icon-theme and desktop-file-utils.

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME stampdesk-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
# adduser: postinst makes the system user; the SQLite driver is loaded at run time.
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    "${_installer}/linux/stampdesk-server/conffiles;${_installer}/linux/stampdesk-server/postinst;\
${_installer}/linux/stampdesk-server/prerm;${_installer}/linux/stampdesk-server/postrm")

include(CPack)
cpack_add_component(app DISPLAY_NAME "${CPACK_COMPONENT_APP_DISPLAY_NAME}"
    DESCRIPTION "${CPACK_COMPONENT_APP_DESCRIPTION}")
cpack_add_component(server DISPLAY_NAME "${CPACK_COMPONENT_SERVER_DISPLAY_NAME}"
    DESCRIPTION "${CPACK_COMPONENT_SERVER_DESCRIPTION}")
