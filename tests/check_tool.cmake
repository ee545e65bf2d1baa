# cmake -DYIELDC=exe -DCASE=name -DMODE=golden|identical|error -DDIR=cases -DWORK=scratch -P check_tool.cmake
#
# golden: `yieldc NAME.c -o -` run in DIR must print exactly NAME.out.c (and
#         `--emit=json` NAME.json, `--emit=dot` NAME.dot and `--emit=header` NAME.yieldc.h where they
#         exist); `--check` must pass quietly.
# identical: `yieldc --no-line NAME.c -o -` must print NAME.c unchanged.
# error:  `yieldc NAME.c -o WORK/NAME.c` must exit 1, print exactly NAME.err
#         on stderr, and leave no output file behind; `--check` must say the same.
set(flags -- -I${CMAKE_CURRENT_LIST_DIR}/../runtime)
# With -DVALGRIND=path yieldc runs under valgrind: memory errors and leaks fail.
if(VALGRIND)
  set(YIELDC "${VALGRIND}" --error-exitcode=99 --leak-check=full
      --errors-for-leak-kinds=definite,indirect -q "${YIELDC}")
endif()
file(MAKE_DIRECTORY "${WORK}")
if(MODE STREQUAL "golden")
  execute_process(COMMAND ${YIELDC} ${CASE}.c -o - ${flags}
    WORKING_DIRECTORY "${DIR}" OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "yieldc failed (${rc}):\n${err}")
  endif()
  file(READ "${DIR}/${CASE}.out.c" want)
  if(NOT out STREQUAL want)
    file(WRITE "${WORK}/${CASE}.out.c" "${out}")
    message(FATAL_ERROR "output differs from ${DIR}/${CASE}.out.c; got ${WORK}/${CASE}.out.c\n"
                        "(diff -u ${DIR}/${CASE}.out.c ${WORK}/${CASE}.out.c)")
  endif()
  if(VALGRIND)     # the other outputs are checked without valgrind
    return()
  endif()
  # the description, the state graph and the header, where there are ones to compare with
  foreach(kind json dot header)
    set(file "${CASE}.${kind}")
    if(kind STREQUAL "header")
      set(file "${CASE}.yieldc.h")
    endif()
    if(EXISTS "${DIR}/${file}")
      execute_process(COMMAND ${YIELDC} --emit=${kind} ${CASE}.c -o - ${flags}
        WORKING_DIRECTORY "${DIR}" OUTPUT_VARIABLE out RESULT_VARIABLE rc)
      file(READ "${DIR}/${file}" want)
      if(NOT rc EQUAL 0 OR NOT out STREQUAL want)
        message(FATAL_ERROR "--emit=${kind} differs from ${file}:\n${out}")
      endif()
    endif()
  endforeach()
  # --check accepts it and prints nothing
  execute_process(COMMAND ${YIELDC} --check ${CASE}.c ${flags}
    WORKING_DIRECTORY "${DIR}" OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0 OR NOT out STREQUAL "" OR NOT err STREQUAL "")
    message(FATAL_ERROR "yieldc --check failed (exit ${rc}):\n${out}${err}")
  endif()
elseif(MODE STREQUAL "identical")
  execute_process(COMMAND ${YIELDC} --no-line ${CASE}.c -o - ${flags}
    WORKING_DIRECTORY "${DIR}" OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
  file(READ "${DIR}/${CASE}.c" want)
  if(NOT rc EQUAL 0 OR NOT out STREQUAL want)
    message(FATAL_ERROR "yieldc --no-line changed ${CASE}.c (exit ${rc})\n${err}")
  endif()
elseif(MODE STREQUAL "error")
  set(output "${WORK}/${CASE}.c")
  file(REMOVE "${output}")
  execute_process(COMMAND ${YIELDC} ${CASE}.c -o "${output}" ${flags}
    WORKING_DIRECTORY "${DIR}" OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
  file(READ "${DIR}/${CASE}.err" want)
  if(NOT rc EQUAL 1)
    message(FATAL_ERROR "expected exit status 1, got ${rc}\n${err}")
  endif()
  if(NOT err STREQUAL want)
    message(FATAL_ERROR "diagnostics differ from ${CASE}.err\n--- expected\n${want}--- got\n${err}")
  endif()
  if(EXISTS "${output}")
    message(FATAL_ERROR "an output file was written despite the error")
  endif()
  # --check reports the same and writes nothing (checked once, not again under valgrind)
  if(VALGRIND)
    return()
  endif()
  execute_process(COMMAND ${YIELDC} --check ${CASE}.c ${flags}
    WORKING_DIRECTORY "${DIR}" OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc EQUAL 1 OR NOT err STREQUAL want OR NOT out STREQUAL "")
    message(FATAL_ERROR "yieldc --check differs (exit ${rc}):\n${out}${err}")
  endif()
else()
  message(FATAL_ERROR "unknown MODE '${MODE}'")
endif()
