# Installs handover the way a Debian tool is laid out (GNUInstallDirs, prefix /usr in the
# package): the program, its man page, shell completions, the example inputs and the JSON
# Schema of the input. Included at the end of the top-level CMakeLists.txt; it names the
# `handover` executable target only, wherever that target is defined.
include(GNUInstallDirs)

set(HANDOVER_DOC_BUILD_DIR ${PROJECT_BINARY_DIR}/share)

# The man page is written once, in scdoc (docs/handover.1.scd), and rendered at build time.
find_program(HANDOVER_SCDOC scdoc)
if(NOT HANDOVER_SCDOC)
  message(FATAL_ERROR "scdoc not found: the man page is rendered with it. "
                      "Install Debian's scdoc package (scripts/setup does).")
endif()
configure_file(${PROJECT_SOURCE_DIR}/docs/handover.1.scd
               ${HANDOVER_DOC_BUILD_DIR}/handover.1.scd @ONLY)
add_custom_command(
  OUTPUT ${HANDOVER_DOC_BUILD_DIR}/handover.1
  COMMAND ${CMAKE_COMMAND} -DSCDOC=${HANDOVER_SCDOC}
          -DINPUT=${HANDOVER_DOC_BUILD_DIR}/handover.1.scd
          -DOUTPUT=${HANDOVER_DOC_BUILD_DIR}/handover.1
          -P ${PROJECT_SOURCE_DIR}/cmake/RenderManPage.cmake
  DEPENDS ${HANDOVER_DOC_BUILD_DIR}/handover.1.scd ${PROJECT_SOURCE_DIR}/cmake/RenderManPage.cmake
  COMMENT "Rendering the man page handover.1 with scdoc"
  VERBATIM)

# The JSON Schema is the program's own `handover schema`, so it never drifts from the reader.
add_custom_command(
  OUTPUT ${HANDOVER_DOC_BUILD_DIR}/clients.schema.json
  COMMAND handover schema --lang en -o ${HANDOVER_DOC_BUILD_DIR}/clients.schema.json
  DEPENDS handover
  COMMENT "Writing the input's JSON Schema (handover schema)"
  VERBATIM)

add_custom_target(handover_docs ALL
  DEPENDS ${HANDOVER_DOC_BUILD_DIR}/handover.1 ${HANDOVER_DOC_BUILD_DIR}/clients.schema.json)

set(HANDOVER_COMPLETION_DIR ${PROJECT_SOURCE_DIR}/contrib/completion)
file(GLOB HANDOVER_EXAMPLES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/examples/*.json)

install(TARGETS handover RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${HANDOVER_DOC_BUILD_DIR}/handover.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${HANDOVER_COMPLETION_DIR}/handover.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME handover)
install(FILES ${HANDOVER_COMPLETION_DIR}/_handover
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${HANDOVER_COMPLETION_DIR}/handover.fish
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)
install(FILES ${HANDOVER_EXAMPLES} DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)
install(FILES ${HANDOVER_DOC_BUILD_DIR}/clients.schema.json ${PROJECT_SOURCE_DIR}/README.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
# Debian puts the licence of every package in /usr/share/doc/<package>/copyright.
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME copyright)

include(${CMAKE_CURRENT_LIST_DIR}/Packaging.cmake)

if(HANDOVER_BUILD_TESTS)
  include(${CMAKE_CURRENT_LIST_DIR}/InstallTests.cmake)
endif()
