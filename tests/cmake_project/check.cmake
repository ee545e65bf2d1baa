# cmake -DYIELDC=exe -DSOURCE=dir -DWORK=dir -DYIELDC_CMAKE_DIR=dir -P check.cmake
#
# Builds the project in SOURCE (copied to WORK) with yieldc_transpile and checks
# that the program runs, that editing the source re-runs yieldc, and that a
# build with nothing changed does no work.
file(REMOVE_RECURSE "${WORK}")
file(COPY "${SOURCE}/" DESTINATION "${WORK}/src")

include(${CMAKE_CURRENT_LIST_DIR}/../step.cmake)

step("configure" ${CMAKE_COMMAND} -S "${WORK}/src" -B "${WORK}/build" -G Ninja
     -DYIELDC_EXECUTABLE=${YIELDC} -DYIELDC_CMAKE_DIR=${YIELDC_CMAKE_DIR})
step("build" ${CMAKE_COMMAND} --build "${WORK}/build")
step("run" "${WORK}/build/app")
if(NOT out STREQUAL "hello\nhello\nhello\n")
  message(FATAL_ERROR "unexpected output:\n${out}")
endif()

# nothing changed: nothing to do
step("rebuild" ${CMAKE_COMMAND} --build "${WORK}/build")
if(NOT out MATCHES "no work to do")
  message(FATAL_ERROR "a build with nothing changed did work:\n${out}")
endif()

# an edit re-runs yieldc (through the launcher: the compile of main.c)
file(READ "${WORK}/src/main.c" text)
string(REPLACE "YIELD(GREETING);" "YIELD(\"edited\");" text "${text}")
file(WRITE "${WORK}/src/main.c" "${text}")
step("build after edit" ${CMAKE_COMMAND} --build "${WORK}/build")
if(NOT out MATCHES "main.c.o")
  message(FATAL_ERROR "editing main.c did not re-run yieldc:\n${out}")
endif()
step("run after edit" "${WORK}/build/app")
if(NOT out STREQUAL "edited\nedited\nedited\n")
  message(FATAL_ERROR "unexpected output after the edit:\n${out}")
endif()
# editing a header the source includes re-runs yieldc (through the depfile)
file(WRITE "${WORK}/src/include/greeting.h" "#define GREETING \"hi\"\n")
step("build after header edit" ${CMAKE_COMMAND} --build "${WORK}/build")
if(NOT out MATCHES "main.c.o")
  message(FATAL_ERROR "editing greeting.h did not re-run yieldc:\n${out}")
endif()
step("rebuild after header edit" ${CMAKE_COMMAND} --build "${WORK}/build")
if(NOT out MATCHES "no work to do")
  message(FATAL_ERROR "a second build after the header edit did work:\n${out}")
endif()

# yieldc -p takes the flags from a compile database
file(WRITE "${WORK}/db/compile_commands.json" "[{\"directory\": \"${WORK}/src\", \"file\": \"${WORK}/src/main.c\",
  \"arguments\": [\"cc\", \"-Iinclude\", \"-DGREETING_COUNT=2\", \"-c\", \"main.c\", \"-o\", \"main.o\"]}]\n")
execute_process(COMMAND ${YIELDC} "${WORK}/src/main.c" -o "${WORK}/db/main.c"
  RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
if(rc EQUAL 0)
  message(FATAL_ERROR "without its flags main.c should not parse")
endif()
step("yieldc -p" ${YIELDC} -p "${WORK}/db" "${WORK}/src/main.c" -o "${WORK}/db/main.c")

message(STATUS "built; rebuilt after editing the source and a header; nothing to do when nothing "
               "changed; yieldc -p read the compile database")
