# The core is a stack of static libraries, each a folder under src/ with its public headers
# under include/handover/<layer>/ (docs/architecture.md):
#
#   base -> input -> calendar -> engine -> render -> progress -> cli
#
# A layer links only the layer right below it (and so, through it, every lower one), and
# its files may include only headers of its own and lower layers. The include rule is
# checked before the layer compiles (cmake/CheckLayerIncludes.cmake), so an upward arrow
# fails the build with the file and line that draws it; an upward call that slipped past
# it would still fail to link, since a static library's undefined symbols are looked up
# only in the libraries after it on the link line.
set(HANDOVER_LAYERS base input calendar engine render progress cli)

# handover_layer(NAME SOURCES file.cpp... [PUBLIC lib...] [PRIVATE lib...])
function(handover_layer name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "SOURCES;PUBLIC;PRIVATE")
  list(FIND HANDOVER_LAYERS ${name} index)
  if(index LESS 0)
    message(FATAL_ERROR "handover_layer: ${name} is not one of: ${HANDOVER_LAYERS}")
  endif()
  math(EXPR count "${index} + 1")
  list(SUBLIST HANDOVER_LAYERS 0 ${count} allowed)

  add_library(handover_${name} STATIC ${arg_SOURCES})
  target_include_directories(handover_${name} PUBLIC ${PROJECT_SOURCE_DIR}/include)
  if(index GREATER 0)
    math(EXPR below "${index} - 1")
    list(GET HANDOVER_LAYERS ${below} lower)
    target_link_libraries(handover_${name} PUBLIC handover_${lower})
  endif()
  target_link_libraries(handover_${name} PUBLIC ${arg_PUBLIC}
    PRIVATE ${arg_PRIVATE} handover_warnings handover_sanitizers)

  file(GLOB headers CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/include/handover/${name}/*.hpp ${CMAKE_CURRENT_SOURCE_DIR}/*.hpp)
  list(TRANSFORM arg_SOURCES PREPEND ${CMAKE_CURRENT_SOURCE_DIR}/)
  set(files ${arg_SOURCES} ${headers})
  set(script ${PROJECT_SOURCE_DIR}/cmake/CheckLayerIncludes.cmake)
  set(stamp ${CMAKE_CURRENT_BINARY_DIR}/includes-checked)
  add_custom_command(OUTPUT ${stamp}
    COMMAND ${CMAKE_COMMAND} -DLAYER=${name} "-DALLOWED=${allowed}" "-DFILES=${files}"
            -DSTAMP=${stamp} -P ${script}
    DEPENDS ${files} ${script}
    COMMENT "Checking that the ${name} layer includes only ${allowed}"
    VERBATIM)
  add_custom_target(handover_${name}_includes DEPENDS ${stamp})
  add_dependencies(handover_${name} handover_${name}_includes)
endfunction()
