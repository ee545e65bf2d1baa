# cmake -DPROGRAM=exe -DEXPECTED=file -P compare_output.cmake
# Runs PROGRAM and fails unless it exits 0 and its stdout equals EXPECTED.
execute_process(COMMAND "${PROGRAM}" OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
file(READ "${EXPECTED}" want)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} exited with ${rc}\nstderr:\n${err}")
endif()
if(NOT out STREQUAL want)
  message(FATAL_ERROR "output differs from ${EXPECTED}\n--- expected\n${want}\n--- got\n${out}")
endif()
