# ASan + UBSan as an option; the asan preset turns it on and CI runs the suite with it.
add_library(handover_sanitizers INTERFACE)
if(HANDOVER_SANITIZE)
  target_compile_options(handover_sanitizers INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(handover_sanitizers INTERFACE -fsanitize=address,undefined)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # The instrumentation makes g++ 12 report -Wmaybe-uninitialized inside libstdc++'s
    # <regex>; the release build keeps that warning on for the project's own code.
    target_compile_options(handover_sanitizers INTERFACE -Wno-maybe-uninitialized)
  endif()
endif()
