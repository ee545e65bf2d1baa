# cmake -DBUILD=yieldc-build-dir -DSOURCE=this-dir/src -DWORK=scratch [-DFLAGS=...] [-DCLANGD=clangd] -P check.cmake
#
# Installs yieldc, then builds the outside project in SOURCE in Release and
# checks what each of its targets shows:
#   ndebug       the parse sees -DNDEBUG of CMAKE_C_FLAGS_RELEASE
#   options      target_compile_options, -funsigned-char, -include, a generator expression
#   dialect_*    CMAKE_C_STANDARD 11, 17 and 23, with and without extensions
#   c99          a C99 target builds (the runtime asks for C11)
#   twins        a/util.c and b/util.c, a source added by cmake_language(DEFER),
#                a source with SKIP_YIELDC left alone, one whose keywords are
#                in comments and strings left alone; the depfile names originals
#   header       the generated header names the user's header relatively, is
#                not rewritten when its content did not change, and the
#                runtime is on the link line once
#   editor       clangd finds no error in the original generator file nor in a
#                consumer, and compile_commands.json lists the originals
file(REMOVE_RECURSE "${WORK}")
set(prefix "${WORK}/prefix")
set(build "${WORK}/build")
include(${CMAKE_CURRENT_LIST_DIR}/../step.cmake)

function(expect_output program want)
  step("run ${program}" "${build}/${program}")
  if(NOT out STREQUAL want)
    message(FATAL_ERROR "${program} printed '${out}', wanted '${want}'")
  endif()
endfunction()

step("install" ${CMAKE_COMMAND} --install "${BUILD}" --prefix "${prefix}")
file(COPY "${SOURCE}/" DESTINATION "${WORK}/src")
step("configure" ${CMAKE_COMMAND} -S "${WORK}/src" -B "${build}" -G Ninja -DCMAKE_BUILD_TYPE=Release
     -DCMAKE_PREFIX_PATH=${prefix} "-DCMAKE_C_FLAGS=${FLAGS}" "-DCMAKE_EXE_LINKER_FLAGS=${FLAGS}")
step("build" ${CMAKE_COMMAND} --build "${build}")

expect_output(ndebug "1 3 6 10 \n")
expect_output(options "3 4 1 5 \n")
foreach(std 11 17 23)
  foreach(ext ON OFF)
    step("run dialect_${std}_${ext}" "${build}/dialect_${std}_${ext}")
    if(NOT out MATCHES "^42 ")
      message(FATAL_ERROR "dialect_${std}_${ext} printed ${out}")
    endif()
  endforeach()
endforeach()
expect_output(c99 "1 3 6 10 \n")
expect_output(twins "1122\n")
if(NOT EXISTS "${build}/CMakeFiles/twins.dir/a/util.c.yieldc.c" OR NOT EXISTS "${build}/CMakeFiles/twins.dir/late.c.yieldc.c"
   OR EXISTS "${build}/CMakeFiles/twins.dir/skipped.c.yieldc.c")
  message(FATAL_ERROR "twins: a/util.c and late.c should go through yieldc, skipped.c not")
endif()
if(EXISTS "${build}/CMakeFiles/twins.dir/commented.c.yieldc.c")
  message(FATAL_ERROR "twins: commented.c has keywords only in comments and strings, yet went through yieldc")
endif()
# ninja's record of the depfile: the original source, never the intermediate
step("ninja deps" ninja -C "${build}" -t deps CMakeFiles/ndebug.dir/ndebug.c.o)
if(NOT out MATCHES "src/ndebug.c\n" OR out MATCHES "yieldc\.c" OR NOT out MATCHES "/yieldc-cc|/yieldc\n")
  message(FATAL_ERROR "the dependencies of ndebug.c.o should name the original, and yieldc:\n${out}")
endif()
expect_output(header "1 2 3 10\n")

file(READ "${build}/yieldc/header/counters.yieldc.h" generated)
if(NOT generated MATCHES "#include <yieldc.h>" OR generated MATCHES "#include \"/")
  message(FATAL_ERROR "the generated header names a user header by an absolute path:\n${generated}")
endif()
file(STRINGS "${build}/build.ninja" link REGEX "^build header:")
file(STRINGS "${build}/build.ninja" lines)
set(in_link OFF)
set(runtimes 0)
foreach(line IN LISTS lines)
  if(line MATCHES "^build header:")
    set(in_link ON)
  elseif(in_link AND line MATCHES "^  LINK_LIBRARIES = (.*)")
    string(REGEX MATCHALL "libyieldc\\.a" found "${CMAKE_MATCH_1}")
    list(LENGTH found runtimes)
    break()
  endif()
endforeach()
if(NOT runtimes EQUAL 1)
  message(FATAL_ERROR "the runtime is ${runtimes} times on the link line of 'header'")
endif()

step("rebuild" ${CMAKE_COMMAND} --build "${build}")
if(NOT out MATCHES "no work to do")
  message(FATAL_ERROR "a build with nothing changed did work:\n${out}")
endif()
# a comment-only edit of counters.c: its object is rebuilt, plain.c's is not
file(APPEND "${WORK}/src/counters.c" "/* a comment */\n")
step("build after a comment" ${CMAKE_COMMAND} --build "${build}")
if(NOT out MATCHES "counters.c.o" OR out MATCHES "plain.c.o")
  message(FATAL_ERROR "a comment in counters.c should rebuild counters.c.o and not plain.c.o:\n${out}")
endif()

# the editor: the compile database lists the originals; clangd checks them clean
file(READ "${build}/compile_commands.json" db)
if(NOT db MATCHES "src/editor.c\"" OR db MATCHES "yieldc\\.c")
  message(FATAL_ERROR "compile_commands.json should list the original sources only")
endif()
if(CLANGD)
  foreach(file editor.c consumer.c)
    execute_process(COMMAND ${CLANGD} --compile-commands-dir=${build} --check=${WORK}/src/${file}
      RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0 OR NOT err MATCHES "All checks completed, 0 errors")
      message(FATAL_ERROR "clangd reports errors in ${file}:\n${err}")
    endif()
  endforeach()
  set(editor ", clangd checked the originals clean")
endif()
message(STATUS "Release build with the compile's flags, -std 11/17/23 with and without extensions, C99, "
               "same-named, deferred and skipped sources, a relative and stable generated header, one runtime${editor}")
