# cmake -DPROGRAM=exe (-DEXPECTED=file | -DREFERENCE=exe) -P compare_output.cmake
# Runs PROGRAM and fails unless it exits 0 and its stdout equals the file
# EXPECTED, or the stdout of the program REFERENCE (which must not be empty).
# With -DVALGRIND=path the programs run under valgrind: any memory error,
# leak or file descriptor left open fails the test.
set(launcher "")
if(VALGRIND)
  set(launcher "${VALGRIND}" --error-exitcode=99 --leak-check=full
      --errors-for-leak-kinds=definite,indirect --track-fds=yes -q)
endif()

function(run program var)
  execute_process(COMMAND ${launcher} "${program}" OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${program} exited with ${rc}\nstderr:\n${err}")
  endif()
  # a descriptor the program opened (valgrind shows where) is still open at exit;
  # those inherited from the test driver are not the program's
  if(VALGRIND AND err MATCHES "Open file descriptor [0-9]+:[^\n]*\n[^\n]*at 0x")
    message(FATAL_ERROR "${program} left a file descriptor open\nstderr:\n${err}")
  endif()
  set(${var} "${out}" PARENT_SCOPE)
endfunction()

run("${PROGRAM}" got)
if(DEFINED REFERENCE)
  run("${REFERENCE}" want)
  if(want STREQUAL "")
    message(FATAL_ERROR "the reference ${REFERENCE} printed nothing")
  endif()
  set(source "the reference program")
else()
  file(READ "${EXPECTED}" want)
  set(source "${EXPECTED}")
endif()
if(NOT got STREQUAL want)
  message(FATAL_ERROR "output differs from ${source}\n--- expected\n${want}\n--- got\n${got}")
endif()
