# Tests of what gets installed: the layout `cmake --install` produces, the man page (renders
# cleanly, documents every option) and the shell completions (loaded by the real shells).
set(HANDOVER_INSTALL_TESTS ${PROJECT_SOURCE_DIR}/tests/install)
set(HANDOVER_MAN_PAGE ${HANDOVER_DOC_BUILD_DIR}/handover.1)

add_test(NAME "install: cmake --install lays out the program, man page, completions and docs"
  COMMAND bash ${HANDOVER_INSTALL_TESTS}/install_layout.sh ${CMAKE_COMMAND} ${PROJECT_BINARY_DIR})

add_test(NAME "man: the page renders without groff warnings"
  COMMAND bash ${HANDOVER_INSTALL_TESTS}/man_warnings.sh ${HANDOVER_MAN_PAGE})

add_test(NAME "man: the page documents every long option of every --help, and no other"
  COMMAND /usr/bin/python3 ${HANDOVER_INSTALL_TESTS}/man_options.py
          $<TARGET_FILE:handover> ${HANDOVER_MAN_PAGE})

add_test(NAME "completion: bash completes commands, option values and task ids"
  COMMAND bash ${HANDOVER_INSTALL_TESTS}/bash_completion.sh
          ${PROJECT_SOURCE_DIR}/contrib/completion/handover.bash $<TARGET_FILE_DIR:handover>
          ${PROJECT_SOURCE_DIR}/examples)

find_program(HANDOVER_FISH fish)
if(HANDOVER_FISH)
  add_test(NAME "completion: fish completes commands, option values and task ids"
    COMMAND bash ${HANDOVER_INSTALL_TESTS}/fish_completion.sh ${HANDOVER_FISH}
            ${PROJECT_SOURCE_DIR}/contrib/completion/handover.fish $<TARGET_FILE_DIR:handover>
            ${PROJECT_SOURCE_DIR}/examples)
endif()

find_program(HANDOVER_ZSH zsh)
if(HANDOVER_ZSH)
  add_test(NAME "completion: zsh completes commands, option values and task ids"
    COMMAND bash ${HANDOVER_INSTALL_TESTS}/zsh_completion.sh ${HANDOVER_ZSH}
            ${PROJECT_SOURCE_DIR}/contrib/completion $<TARGET_FILE_DIR:handover>
            ${PROJECT_SOURCE_DIR}/examples)
endif()
