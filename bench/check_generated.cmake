# Generates a small input twice and has `handover check` read it: exit 0 or 1 (a plan
# with or without errors) is fine, 2 means the generator wrote something invalid.
foreach(run a b)
  execute_process(
    COMMAND ${GENERATE} --clients 300 --seed 7 --out ${WORK_DIR}/check-${run}.json
    RESULT_VARIABLE status ERROR_QUIET)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "handover_generate failed: ${status}")
  endif()
endforeach()
file(SHA256 ${WORK_DIR}/check-a.json hash_a)
file(SHA256 ${WORK_DIR}/check-b.json hash_b)
if(NOT hash_a STREQUAL hash_b)
  message(FATAL_ERROR "handover_generate is not deterministic for a seed")
endif()
execute_process(COMMAND ${HANDOVER} check ${WORK_DIR}/check-a.json
  RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT (status EQUAL 0 OR status EQUAL 1))
  message(FATAL_ERROR "handover check rejected the generated input (${status}):\n${err}")
endif()
