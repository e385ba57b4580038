# cmake -DLAYER=engine -DALLOWED="base;input;calendar;engine" -DFILES="a.cpp;b.hpp"
#       [-DSTAMP=file] -P CheckLayerIncludes.cmake
#
# Fails, naming the file, the line and the layers allowed, when one of FILES includes a
# header of a layer that is not in ALLOWED (cmake/Layers.cmake). Touches STAMP on success.
cmake_minimum_required(VERSION 3.25)

foreach(var LAYER ALLOWED FILES)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "CheckLayerIncludes.cmake needs -D${var}=...")
  endif()
endforeach()

set(problems "")
foreach(path IN LISTS FILES)
  file(STRINGS "${path}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[\"<]handover/")
  foreach(line IN LISTS lines)
    if(line MATCHES "handover/([a-z_]+)/")
      set(used "${CMAKE_MATCH_1}")
      if(NOT used IN_LIST ALLOWED)
        string(APPEND problems "\n  ${path}: ${line}")
      endif()
    elseif(NOT line MATCHES "handover/version\\.hpp")
      # Every header names its layer; only the generated version header has none.
      string(APPEND problems "\n  ${path}: ${line} (a header outside the layer folders)")
    endif()
  endforeach()
endforeach()

if(problems)
  string(REPLACE ";" ", " allowed_text "${ALLOWED}")
  message(FATAL_ERROR "the ${LAYER} layer may include headers of ${allowed_text} only:"
                      "${problems}")
endif()
if(DEFINED STAMP)
  file(TOUCH "${STAMP}")
endif()
