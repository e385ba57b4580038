# Warnings for the project's own targets only; third-party headers are system includes.
add_library(handover_warnings INTERFACE)
target_compile_options(handover_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow
  -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wconversion
  -Wno-sign-conversion)
if(HANDOVER_WERROR)
  target_compile_options(handover_warnings INTERFACE -Werror)
endif()
