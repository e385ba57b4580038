# Renders an scdoc source into a man page: cmake -DSCDOC=... -DINPUT=... -DOUTPUT=... -P
# (execute_process rather than a shell redirection, so a failure stops the build and never
# leaves a half-written page behind).
execute_process(COMMAND ${SCDOC}
  INPUT_FILE ${INPUT} OUTPUT_FILE ${OUTPUT}.tmp
  RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
  file(REMOVE ${OUTPUT}.tmp)
  message(FATAL_ERROR "scdoc failed on ${INPUT}: ${errors}")
endif()
file(RENAME ${OUTPUT}.tmp ${OUTPUT})
