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
  if(NOT EXISTS "${build}/yieldc/app/main.c" OR EXISTS "${build}/yieldc/app/util.c")
    message(FATAL_ERROR "${generator}: yieldc_enable should transpile main.c and only main.c")
  endif()
endforeach()

# Makefile users: yieldc on the PATH, the runtime's flags from pkg-config
file(COPY "${SOURCE}/main.c" "${SOURCE}/util.c" "${SOURCE}/util.h" "${SOURCE}/Makefile"
     DESTINATION "${WORK}/make")
set(ENV{PATH} "${prefix}/bin:$ENV{PATH}")
set(ENV{PKG_CONFIG_PATH} "${prefix}/lib/pkgconfig")
step("make" make -C "${WORK}/make" "EXTRA=${FLAGS}")
step("run (make)" "${WORK}/make/app")
if(NOT out STREQUAL want)
  message(FATAL_ERROR "make: unexpected output:\n${out}")
endif()
message(STATUS "installed; built with find_package under Ninja and Makefiles, and with make + pkg-config")
