# cmake -DYIELDC=exe -DDIR=this-dir -DWORK=scratch -DRUNTIME=dir -P check.cmake
#
# The command line's contract: --help and --version, exit status 2 for usage
# errors (a compiler flag before -- explained), -p on a missing directory
# without libclang's noise, a failed write or parse that names its cause,
# the man page made from --help, the input never overwritten, --emit=header refusing a frame whose
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
set(help "${out}")
foreach(word "--emit=WHAT" "--check" "--depfile" "-p DIR" "exit status")
  string(FIND "${out}" "${word}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "--help does not mention ${word}:\n${out}")
  endif()
endforeach()
expect(0 "--version" --version)
if(NOT out MATCHES "^yieldc [0-9]+\\.[0-9]+\\.[0-9]+ \\([^\n]*clang version [0-9]+[^\n]*\\)\n$")
  message(FATAL_ERROR "--version does not name yieldc's and libclang's versions: ${out}")
endif()

# the man page is made from --help: every option of the help is in it
file(READ "${MANPAGE}" man)
string(REPLACE "\\-" "-" man "${man}")
string(REGEX MATCHALL "\n  -[-a-z=]+" options "${help}")
foreach(option IN LISTS options)
  string(STRIP "${option}" option)
  string(FIND "${man}" "${option}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the man page lacks ${option}")
  endif()
endforeach()
foreach(word "header" "dot" "yieldc-cc")
  string(FIND "${man}" "${word}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the man page does not mention ${word}")
  endif()
endforeach()

expect(2 "no input")
expect(2 "no output" local_type.c)
expect(2 "unknown option" --frobnicate local_type.c -o -)
expect(2 "a compiler flag before --" -DLIMIT=3 local_type.c -o -)
if(NOT err MATCHES "unknown option '-DLIMIT=3': compiler flags go after --")
  message(FATAL_ERROR "a compiler flag before -- is not explained:\n${err}")
endif()
expect(1 "-p without a compile database" -p "${WORK}/nowhere" local_type.c -o -)
if(NOT err STREQUAL "yieldc: error: no compile_commands.json in '${WORK}/nowhere'\n")
  message(FATAL_ERROR "-p on a missing directory printed more than yieldc's message:\n${err}")
endif()
expect(1 "a write into a missing directory" local_type.c -o "${WORK}/missing/out.c" -- -I${RUNTIME})
if(NOT err MATCHES "^yieldc: error: cannot write '${WORK}/missing/out.c': No such file")
  message(FATAL_ERROR "a failed write does not name the real path:\n${err}")
endif()
# an output that is a pipe (or a device such as /dev/null) is written into, not replaced
find_program(MKFIFO mkfifo)
if(MKFIFO)
  execute_process(COMMAND ${MKFIFO} "${WORK}/pipe")
  execute_process(COMMAND sh -c "cat '${WORK}/pipe' > '${WORK}/from_pipe.c' & \"$0\" local_type.c -o '${WORK}/pipe' -- -I$1; s=$?; wait; exit $s"
                          ${YIELDC} ${RUNTIME}
    WORKING_DIRECTORY "${DIR}" RESULT_VARIABLE rc ERROR_VARIABLE err TIMEOUT 60)
  file(READ "${WORK}/from_pipe.c" piped)
  execute_process(COMMAND test -p "${WORK}/pipe" RESULT_VARIABLE still_pipe)
  if(NOT rc EQUAL 0 OR NOT piped MATCHES "struct walk_frame" OR NOT still_pipe EQUAL 0)
    message(FATAL_ERROR "writing to a pipe replaced it or lost the text (${rc}, pipe ${still_pipe}):\n${err}")
  endif()
endif()
expect(1 "a flag libclang rejects" local_type.c -o - -- -I${RUNTIME} -std=c99x)
if(NOT err MATCHES "libclang could not parse 'local_type.c': [^\n]*clang version [^\n]* rejects '-std=c99x'")
  message(FATAL_ERROR "a failed parse does not give libclang's reason:\n${err}")
endif()
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

# --emit=dot: one graph of the file, a cluster per generator, the flow of
# loops without an exit and of YIELDs whose value is used; Graphviz renders it
expect(0 "--emit=dot" --emit=dot state_graph_loops.c -o - -- -I${RUNTIME})
file(READ "${DIR}/state_graph_loops.dot" want)
if(NOT out STREQUAL want)
  message(FATAL_ERROR "--emit=dot differs from state_graph_loops.dot:\n${out}")
endif()
find_program(DOT dot)
if(DOT)
  execute_process(COMMAND ${DOT} -Tsvg "${DIR}/state_graph_loops.dot" -o "${WORK}/state_graph_loops.svg"
    RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dot -Tsvg failed on the state graph:\n${err}")
  endif()
endif()

expect(0 "a plain transpile of the same file" local_type.c -o "${WORK}/local_type.c" -- -I${RUNTIME})
message(STATUS "help, version, usage errors, input protection and --emit=header checks hold")
