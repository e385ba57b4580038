# Warnings for the project's own targets only; third-party headers are system includes.
add_library(handover_warnings INTERFACE)
target_compile_options(handover_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow
  -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wconversion
  -Wno-sign-conversion)
if(HANDOVER_WERROR)
  target_compile_options(handover_warnings INTERFACE -Werror)
endif()
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  # g++ 12 reports -Wrestrict inside libstdc++'s std::string operator+ at -O2 (GCC bug
  # 105329, fixed in 13); it is a false positive, not a finding in this code.
  target_compile_options(handover_warnings INTERFACE -Wno-restrict)
endif()
