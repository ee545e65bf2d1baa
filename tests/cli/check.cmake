# cmake -DYIELDC=exe -DDIR=this-dir -DWORK=scratch -DRUNTIME=dir -P check.cmake
#
# The command line's contract: --help and --version, exit status 2 for usage
# errors, the input never overwritten, --emit=header refusing a frame whose
# type only the .c file declares (exit 1, no output), unknown --emit kinds.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")

function(expect rc_want what)
  execute_process(COMMAND ${YIELDC} ${ARGN} WORKING_DIRECTORY "${DIR}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL rc_want)
    message(FATAL_ERROR "${what}: exit ${rc}, wanted ${rc_want}\n${out}${err}")
  endif()
  set(out "${out}" PARENT_SCOPE)
  set(err "${err}" PARENT_SCOPE)
endfunction()

expect(0 "--help" --help)
foreach(word "--emit=WHAT" "--check" "--depfile" "-p DIR" "exit status")
  string(FIND "${out}" "${word}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "--help does not mention ${word}:\n${out}")
  endif()
endforeach()
expect(0 "--version" --version)
if(NOT out MATCHES "^yieldc [0-9]+\\.[0-9]+\\.[0-9]+\n$")
  message(FATAL_ERROR "--version printed: ${out}")
endif()

expect(2 "no input")
expect(2 "no output" local_type.c)
expect(2 "unknown option" --frobnicate local_type.c -o -)
expect(2 "unknown --emit kind" --emit=pdf local_type.c -o -)
expect(2 "two inputs" local_type.c local_type.c -o -)

file(READ "${DIR}/local_type.c" before)
expect(2 "writing over the input" local_type.c -o local_type.c -- -I${RUNTIME})
file(READ "${DIR}/local_type.c" after)
if(NOT before STREQUAL after)
  message(FATAL_ERROR "the input was changed")
endif()

expect(1 "--emit=header with a file-local frame type"
       --emit=header local_type.c -o "${WORK}/local_type.yieldc.h" -- -I${RUNTIME})
if(EXISTS "${WORK}/local_type.yieldc.h")
  message(FATAL_ERROR "--emit=header wrote a header despite the error")
endif()
if(NOT err MATCHES "local_type.c:5:8: error: the frame of generator 'walk' needs this type, which local_type.c declares itself; declare it in a header for --emit=header")
  message(FATAL_ERROR "unexpected diagnostic:\n${err}")
endif()

expect(0 "a plain transpile of the same file" local_type.c -o "${WORK}/local_type.c" -- -I${RUNTIME})
message(STATUS "help, version, usage errors, input protection and --emit=header checks hold")
