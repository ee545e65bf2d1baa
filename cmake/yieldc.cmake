# yieldc.cmake - the CMake function users call to run yieldc in their build.
#
#   yieldc_enable(<target>)
#   yieldc_transpile(<target> <source>...)
#   yieldc_header(<target> <source>...)
#
# yieldc_header generates <name>.yieldc.h for each source: the frames and
# constructors of its generators, so that the target's plain C files can
# #include "<name>.yieldc.h" and create and drive them.
#
# yieldc_enable sends every C source of <target> that uses GENERATOR, YIELD
# or FOREACH through yieldc (a source is looked at again whenever it
# changes); yieldc_transpile does it for the sources named.
#
# Adds each <source> (a .c file that defines GENERATOR functions or uses
# FOREACH) to <target> through yieldc: at build time the source is
# transpiled to ${CMAKE_CURRENT_BINARY_DIR}/yieldc/<name>.c, which the target
# compiles instead. Editing the source, or any header its parse read (yieldc
# writes a depfile), re-runs yieldc. The target's include
# directories and compile definitions reach yieldc's parser, and the target
# is linked with the yieldc runtime.
#
# YIELDC_EXECUTABLE names the yieldc program (a path or the yieldc target);
# without it, yieldc is searched on the PATH.
#
# The runtime, yieldc::runtime, is the header yieldc.h and the static
# library of the adapters (libyieldc). An installed package imports it;
# otherwise (yieldc's own build, or this file used from a source tree) it
# is built here from the runtime/ directory next to this file: the library
# target yieldc_runtime, whose yieldc_adapters.c goes through yieldc, and
# yieldc_adapters.h, the header yieldc writes from it and yieldc.h
# includes (yieldc's own parse never reads it).

if(NOT YIELDC_EXECUTABLE)
  find_program(YIELDC_EXECUTABLE yieldc REQUIRED)
endif()
# kept for the functions' callers in other directories (add_subdirectory(yieldc))
set_property(GLOBAL PROPERTY YIELDC_EXECUTABLE "${YIELDC_EXECUTABLE}")

# Adds to <target> the yieldc run that writes <out> from <source>, with the
# target's include directories, definitions and C standard, and its depfile.
function(_yieldc_add_run target source out comment)
  set(_inc "$<TARGET_PROPERTY:${target},INCLUDE_DIRECTORIES>")
  set(_def "$<TARGET_PROPERTY:${target},COMPILE_DEFINITIONS>")
  set(_std "$<TARGET_PROPERTY:${target},C_STANDARD>")
  get_filename_component(_outdir "${out}" DIRECTORY)
  file(MAKE_DIRECTORY "${_outdir}")    # Makefiles do not make it
  get_property(YIELDC_EXECUTABLE GLOBAL PROPERTY YIELDC_EXECUTABLE)
  add_custom_command(
    OUTPUT "${out}"
    COMMAND "${YIELDC_EXECUTABLE}" ${ARGN} "${source}" -o "${out}" --depfile "${out}.d" --
            "$<$<BOOL:${_inc}>:-I$<JOIN:${_inc},;-I>>"
            "$<$<BOOL:${_def}>:-D$<JOIN:${_def},;-D>>"
            "$<$<BOOL:${_std}>:-std=c${_std}>"
    DEPENDS "${source}" ${YIELDC_EXECUTABLE}
    DEPFILE "${out}.d"
    COMMENT "${comment}"
    COMMAND_EXPAND_LISTS
    VERBATIM)
  target_sources(${target} PRIVATE "${out}")
endfunction()

# The runtime built from the sources in `dir`: the library `target`
# (libyieldc, alias yieldc::runtime) and, in `gen`, yieldc_adapters.c as
# transpiled and the header yieldc_adapters.h. Both runs parse with
# YIELDC_ADAPTERS_BUILDING (the file defines it), under which yieldc.h does
# not include the header they make.
function(_yieldc_add_runtime target dir gen)
  if(NOT EXISTS "${dir}/yieldc_adapters.c")
    message(FATAL_ERROR "yieldc: no runtime sources in ${dir}; use find_package(yieldc) with an installed yieldc")
  endif()
  add_library(${target} STATIC)
  add_library(yieldc::runtime ALIAS ${target})
  set_target_properties(${target} PROPERTIES OUTPUT_NAME yieldc C_STANDARD 11 C_STANDARD_REQUIRED ON)
  target_include_directories(${target} PUBLIC "$<BUILD_INTERFACE:${dir}>" "$<BUILD_INTERFACE:${gen}>")
  file(MAKE_DIRECTORY "${gen}")
  _yieldc_add_run(${target} "${dir}/yieldc_adapters.c" "${gen}/yieldc_adapters.c" "yieldc yieldc_adapters.c")
  _yieldc_add_run(${target} "${dir}/yieldc_adapters.c" "${gen}/yieldc_adapters.h"
                  "yieldc --emit=header yieldc_adapters.c" --emit=header)
  set_property(GLOBAL PROPERTY YIELDC_RUNTIME_HEADER "${gen}/yieldc_adapters.h")
endfunction()

if(NOT TARGET yieldc::runtime)
  get_filename_component(_yieldc_runtime_dir "${CMAKE_CURRENT_LIST_DIR}/../runtime" ABSOLUTE)
  _yieldc_add_runtime(yieldc_runtime "${_yieldc_runtime_dir}" "${CMAKE_CURRENT_BINARY_DIR}/yieldc_runtime")
endif()

function(yieldc_transpile target)
  if(NOT TARGET ${target})
    message(FATAL_ERROR "yieldc_transpile: '${target}' is not a target")
  endif()
  foreach(_src IN LISTS ARGN)
    get_filename_component(_abs "${_src}" ABSOLUTE)
    get_filename_component(_name "${_src}" NAME_WE)
    set(_out "${CMAKE_CURRENT_BINARY_DIR}/yieldc/${target}/${_name}.c")
    _yieldc_add_run(${target} "${_abs}" "${_out}" "yieldc ${_src}")
    target_link_libraries(${target} PRIVATE yieldc::runtime)
    # the output lives in the build tree: `#include "x.h"` must still find
    # the headers next to the source
    get_filename_component(_srcdir "${_abs}" DIRECTORY)
    set_source_files_properties("${_out}" TARGET_DIRECTORY ${target} PROPERTIES INCLUDE_DIRECTORIES "${_srcdir}")
  endforeach()
endfunction()

function(yieldc_enable target)
  if(NOT TARGET ${target})
    message(FATAL_ERROR "yieldc_enable: '${target}' is not a target")
  endif()
  get_target_property(_sources ${target} SOURCES)
  get_target_property(_dir ${target} SOURCE_DIR)
  set(_use "")
  foreach(_src IN LISTS _sources)
    if(NOT _src MATCHES "\\.c$" OR _src MATCHES "^\\$<")
      continue()
    endif()
    get_filename_component(_abs "${_src}" ABSOLUTE BASE_DIR "${_dir}")
    if(NOT EXISTS "${_abs}")
      continue()
    endif()
    # look again when the file changes: it may start or stop using YIELD
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_abs}")
    file(STRINGS "${_abs}" _hits REGEX "(^|[^A-Za-z0-9_])(GENERATOR|YIELD|FOREACH)[ \t]*\\(")
    if(_hits)
      set_source_files_properties("${_abs}" TARGET_DIRECTORY ${target} PROPERTIES HEADER_FILE_ONLY ON)
      list(APPEND _use "${_abs}")
    endif()
  endforeach()
  if(_use)
    yieldc_transpile(${target} ${_use})
  else()
    target_link_libraries(${target} PRIVATE yieldc::runtime)
  endif()
endfunction()

function(yieldc_header target)
  if(NOT TARGET ${target})
    message(FATAL_ERROR "yieldc_header: '${target}' is not a target")
  endif()
  set(_dir "${CMAKE_CURRENT_BINARY_DIR}/yieldc/${target}")
  foreach(_src IN LISTS ARGN)
    get_filename_component(_abs "${_src}" ABSOLUTE)
    get_filename_component(_name "${_src}" NAME_WE)
    _yieldc_add_run(${target} "${_abs}" "${_dir}/${_name}.yieldc.h" "yieldc --emit=header ${_src}" --emit=header)
  endforeach()
  target_link_libraries(${target} PRIVATE yieldc::runtime)
  target_include_directories(${target} PRIVATE "${_dir}")
endfunction()
