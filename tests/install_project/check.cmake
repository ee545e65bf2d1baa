# cmake -DBUILD=yieldc-build-dir -DSOURCE=this-dir -DWORK=scratch [-DFLAGS=...] -P check.cmake
#
# FLAGS: compile and link flags the installed runtime library needs (the
# sanitizers, when yieldc was built with them).
# Installs yieldc from BUILD into a temporary prefix, then builds the outside
# project in SOURCE against it with find_package (Ninja and Unix Makefiles)
# and with a plain Makefile using pkg-config, and runs each program.
file(REMOVE_RECURSE "${WORK}")
set(prefix "${WORK}/prefix")
set(want "1\n4\n9\n16\n")

include(${CMAKE_CURRENT_LIST_DIR}/../step.cmake)

step("install" ${CMAKE_COMMAND} --install "${BUILD}" --prefix "${prefix}")

foreach(generator "Ninja" "Unix Makefiles")
  string(REPLACE " " "_" dir "${generator}")
  set(build "${WORK}/${dir}")
  step("configure (${generator})" ${CMAKE_COMMAND} -S "${SOURCE}" -B "${build}" -G "${generator}"
       -DCMAKE_PREFIX_PATH=${prefix} "-DCMAKE_C_FLAGS=${FLAGS}" "-DCMAKE_EXE_LINKER_FLAGS=${FLAGS}")
  step("build (${generator})" ${CMAKE_COMMAND} --build "${build}")
  step("run (${generator})" "${build}/app")
  if(NOT out STREQUAL want)
    message(FATAL_ERROR "${generator}: unexpected output:\n${out}")
  endif()
  if(NOT EXISTS "${build}/CMakeFiles/app.dir/main.c.yieldc.c" OR EXISTS "${build}/CMakeFiles/app.dir/util.c.yieldc.c")
    message(FATAL_ERROR "${generator}: yieldc_enable should transpile main.c and only main.c")
  endif()
endforeach()

# pkg-config gives normalised paths, and the tools' paths as variables
set(ENV{PKG_CONFIG_PATH} "${prefix}/lib/pkgconfig")
step("pkg-config" pkg-config --cflags --libs yieldc)
if(out MATCHES "/\\.\\./|//" OR NOT out MATCHES "-I${prefix}/include")
  message(FATAL_ERROR "pkg-config paths are not normalised: ${out}")
endif()
step("pkg-config yieldc_cc" pkg-config --variable=yieldc_cc yieldc)
string(STRIP "${out}" launcher)
if(NOT launcher STREQUAL "${prefix}/bin/yieldc-cc" OR NOT EXISTS "${launcher}")
  message(FATAL_ERROR "pkg-config --variable=yieldc_cc gives '${launcher}'")
endif()

# Makefile users: no yieldc rule, CC wrapped in yieldc-cc; a second make does nothing
file(COPY "${SOURCE}/main.c" "${SOURCE}/util.c" "${SOURCE}/util.h" "${SOURCE}/Makefile" "${SOURCE}/meson.build"
     DESTINATION "${WORK}/make")
step("make" make -C "${WORK}/make" "EXTRA=${FLAGS}")
step("run (make)" "${WORK}/make/app")
if(NOT out STREQUAL want)
  message(FATAL_ERROR "make: unexpected output:\n${out}")
endif()
step("make again" make -C "${WORK}/make" -q "EXTRA=${FLAGS}")

# yieldc.h needs C11 and says so to a C99 build
execute_process(COMMAND "${launcher}" cc -std=c99 -I${prefix}/include -c "${WORK}/make/main.c" -o "${WORK}/c99.o"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(rc EQUAL 0 OR NOT err MATCHES "yieldc.h needs C11")
  message(FATAL_ERROR "a C99 build of a generator did not say that C11 is needed (${rc}):\n${err}")
endif()

# Meson users: CC="yieldc-cc cc" and dependency('yieldc')
find_program(MESON meson)
if(MESON)
  set(ENV{CC} "${launcher} cc")
  set(ENV{CFLAGS} "${FLAGS}")
  set(ENV{LDFLAGS} "${FLAGS}")
  step("meson setup" ${MESON} setup "${WORK}/meson" "${WORK}/make")
  step("meson compile" ${MESON} compile -C "${WORK}/meson")
  step("run (meson)" "${WORK}/meson/app")
  if(NOT out STREQUAL want)
    message(FATAL_ERROR "meson: unexpected output:\n${out}")
  endif()
  set(built_with ", make and Meson with yieldc-cc")
else()
  set(built_with ", make with yieldc-cc (meson not installed)")
endif()
message(STATUS "installed; built with find_package under Ninja and Makefiles${built_with}")
