# cmake -DLAUNCHER=yieldc-cc -DDIR=this-dir -DWORK=scratch -DRUNTIME=dir -DGENERATED=dir -P launcher.cmake
#
# yieldc-cc on real compiler command lines: a compile and link of several
# inputs in one command (one with a generator whose header is next to it,
# one without, untouched), -E passed through, a dependency file that names
# the original when the compiler chooses its name, and exit statuses passed on.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
include(${CMAKE_CURRENT_LIST_DIR}/../step.cmake)
set(cc ${LAUNCHER} cc -std=c11 -I${RUNTIME} -I${GENERATED})

step("compile and link two inputs" ${cc} ${DIR}/launcher_gen.c ${DIR}/launcher_plain.c -o ${WORK}/app)
step("run" ${WORK}/app)
if(NOT out STREQUAL "61\n")
  message(FATAL_ERROR "the program printed '${out}'")
endif()

step("-E" ${cc} -E ${DIR}/launcher_gen.c)
if(NOT out MATCHES "yieldc_YIELD_not_transpiled_" OR out MATCHES "upto_resume")
  message(FATAL_ERROR "-E did not preprocess the original untouched")
endif()

# no -o, no -MF: the compiler names the object and the depfile after the input
execute_process(COMMAND ${cc} -MD -c ${DIR}/launcher_gen.c WORKING_DIRECTORY ${WORK} RESULT_VARIABLE rc)
file(READ "${WORK}/launcher_gen.d" deps)
if(NOT rc EQUAL 0 OR NOT EXISTS "${WORK}/launcher_gen.o" OR NOT deps MATCHES "^launcher_gen.o: ${DIR}/launcher_gen.c"
   OR NOT deps MATCHES "launcher_gen.h" OR deps MATCHES "yieldc-cc\\.")
  message(FATAL_ERROR "the object or the depfile of a compile without -o is wrong (${rc}):\n${deps}")
endif()
file(GLOB left "${WORK}/launcher_gen.yieldc.c")
if(left)
  message(FATAL_ERROR "a compile without -o left its intermediate behind: ${left}")
endif()

# the plain file went to the compiler as it is: no intermediate beside its object
step("plain" ${cc} -c ${DIR}/launcher_plain.c -o ${WORK}/plain.o)
if(EXISTS "${WORK}/plain.yieldc.c")
  message(FATAL_ERROR "a file without generators went through yieldc")
endif()

# exit statuses: the compiler's, and yieldc's for an error in a generator
file(WRITE "${WORK}/broken.c" "int f(void) { return undeclared; }\n")
execute_process(COMMAND ${cc} -c ${WORK}/broken.c -o ${WORK}/broken.o RESULT_VARIABLE rc ERROR_VARIABLE err)
if(rc EQUAL 0 OR NOT err MATCHES "undeclared")
  message(FATAL_ERROR "a failing compile gave ${rc}")
endif()
file(WRITE "${WORK}/bad_generator.c" "#include <yieldc.h>\nint f(void) { YIELD(1); return 0; }\n")
execute_process(COMMAND ${cc} -c ${WORK}/bad_generator.c -o ${WORK}/bad.o RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 1 OR NOT err MATCHES "bad_generator.c:2:[0-9]+: error: YIELD in function 'f', which is not a generator")
  message(FATAL_ERROR "yieldc's error in a launched compile (${rc}):\n${err}")
endif()
# a FOREACH over a generator of another file, without the header generated from that file
file(WRITE "${WORK}/no_header.c" "#include <yieldc.h>\nGENERATOR(int) elsewhere(int n);\n"
     "int sum(void)\n{\n    int s = 0;\n    FOREACH (int v, elsewhere(3))\n        s += v;\n    return s;\n}\n")
execute_process(COMMAND ${cc} -c ${WORK}/no_header.c -o ${WORK}/no_header.o RESULT_VARIABLE rc ERROR_VARIABLE err)
if(rc EQUAL 0 OR NOT err MATCHES "no_header.c:6:[0-9]+: error: #error \"generator 'elsewhere' is defined in another file: the compiler must see the header yieldc generates from that file")
  message(FATAL_ERROR "a FOREACH over another file's generator without its header (${rc}):\n${err}")
endif()
message(STATUS "yieldc-cc: several inputs, -E, a depfile named by the compiler, untouched plain files, exit statuses, "
               "a missing generated header")
