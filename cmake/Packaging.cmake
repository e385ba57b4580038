# `cpack` (scripts/package) turns the install rules into a Debian package,
# build/release/handover_<version>_<arch>.deb. Its Depends line is computed by
# dpkg-shlibdeps from the libraries the binary really links (libstdc++, libgcc, libc),
# so it is right on the machine that builds it.
set(HANDOVER_PACKAGE_MAINTAINER "handover maintainers <handover@localhost>"
    CACHE STRING "Maintainer field of the Debian package")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME handover)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "handover")
set(CPACK_PACKAGE_CONTACT "${HANDOVER_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# The long description, wrapped for `apt show` (CPack indents each line for the control file).
set(CPACK_PACKAGE_DESCRIPTION [=[
handover reads one clients.json (you, your manager, your successor, your last
working day and your clients with their deal stages and close dates) and plans
the handover: when to talk to the manager, when and how to tell each client,
the handover documents and the introduction of the successor, each dated and
explained. The plan is printed in the terminal or written as Markdown, JSON,
iCalendar or CSV, in English or Japanese.]=])
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${HANDOVER_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
# Only the binary package; sources are the git repository.
set(CPACK_SOURCE_GENERATOR "")

include(CPack)
