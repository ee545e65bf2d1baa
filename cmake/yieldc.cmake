# yieldc.cmake - the CMake functions users call to run yieldc in their build.
#
#   yieldc_enable(<target>)
#   yieldc_transpile(<target> <source>...)
#   yieldc_header(<target> <source>...)
#
# yieldc_enable makes yieldc-cc the target's C compiler launcher (before
# any launcher it already has, such as ccache): every C source of the
# target, including those added later, is compiled through it. yieldc-cc
# transpiles the sources that use GENERATOR, YIELD, FOREACH and the other
# pseudo-keywords with the very flags the compiler gets for them (every
# definition, option, per-configuration flag, -std with or without
# extensions, -include), and passes every other source to the compiler
# untouched. The target is linked with the yieldc runtime, once, and
# compiled as C11 at least, which yieldc.h needs.
#
# The target's entries in compile_commands.json are turned on: they name the
# original sources, so an editor (clangd) opens, checks and navigates the
# files the user edits, never the generated ones.
#
# A source with the property SKIP_YIELDC set is compiled untouched, as
# SKIP_AUTOMOC does for moc:
#   set_source_files_properties(legacy.c PROPERTIES SKIP_YIELDC ON)
#
# yieldc_transpile adds the sources to the target and enables yieldc on it.
#
# yieldc_header generates <name>.yieldc.h for each source: the frames and
# constructors of its generators, so that the target's plain C files can
# #include "<name>.yieldc.h" and create and drive them. Its parse takes the
# source's flags from the build's compile_commands.json, which it turns on
# for the target; a header whose content did not change is not rewritten,
# so a comment-only edit of the source rebuilds nothing that includes it.
#
# YIELDC_EXECUTABLE names the yieldc program (a path or the yieldc target);
# without it, yieldc is searched on the PATH. yieldc-cc is next to it.
#
# The runtime, yieldc::runtime, is the header yieldc.h and the static
# library of the adapters (libyieldc). An installed package imports it;
# otherwise (yieldc's own build, or this file used from a source tree) it
# is built here from the runtime/ directory next to this file: the library
# target yieldc_runtime, whose yieldc_adapters.c goes through yieldc, and
# yieldc_adapters.h, the header yieldc writes from it and yieldc.h
# includes (yieldc's own parse never reads it), and yieldc_gdb.h, which
# carries the gdb helper into the programs.

if(CMAKE_VERSION VERSION_LESS 3.21)
  message(FATAL_ERROR "yieldc needs CMake 3.21 or newer (its compiler launcher is named by a generator expression)")
endif()
if(NOT YIELDC_EXECUTABLE)
  find_program(YIELDC_EXECUTABLE yieldc REQUIRED)
endif()
# kept for the functions' callers in other directories (add_subdirectory(yieldc))
set_property(GLOBAL PROPERTY YIELDC_EXECUTABLE "${YIELDC_EXECUTABLE}")

# The yieldc program, and yieldc-cc next to it, as generator expressions.
function(_yieldc_programs program launcher)
  get_property(_exe GLOBAL PROPERTY YIELDC_EXECUTABLE)
  if(TARGET ${_exe})
    set(${program} "$<TARGET_FILE:${_exe}>" PARENT_SCOPE)
    set(${launcher} "$<TARGET_FILE_DIR:${_exe}>/yieldc-cc" PARENT_SCOPE)
  else()
    get_filename_component(_dir "${_exe}" DIRECTORY)
    set(${program} "${_exe}" PARENT_SCOPE)
    set(${launcher} "${_dir}/yieldc-cc" PARENT_SCOPE)
  endif()
endfunction()

# At the end of the target's directory, when every source and property is
# known: the sources marked SKIP_YIELDC tell the launcher so on their
# command line; with a yieldc built in this tree, the others depend on it.
function(_yieldc_mark_skipped target)
  get_target_property(_sources ${target} SOURCES)
  get_property(_exe GLOBAL PROPERTY YIELDC_EXECUTABLE)
  set(_yieldc_file "")
  if(TARGET ${_exe} AND NOT CMAKE_CONFIGURATION_TYPES)
    get_target_property(_imported ${_exe} IMPORTED)
    if(NOT _imported)     # OBJECT_DEPENDS takes no generator expression: its path, by hand
      get_target_property(_dir ${_exe} RUNTIME_OUTPUT_DIRECTORY)
      if(NOT _dir)
        get_target_property(_dir ${_exe} BINARY_DIR)
      endif()
      set(_yieldc_file "${_dir}/${_exe}${CMAKE_EXECUTABLE_SUFFIX}")
    endif()
  endif()
  foreach(_src IN LISTS _sources)
    get_source_file_property(_skip "${_src}" TARGET_DIRECTORY ${target} SKIP_YIELDC)
    if(_skip)
      set_property(SOURCE "${_src}" TARGET_DIRECTORY ${target} APPEND PROPERTY COMPILE_DEFINITIONS YIELDC_SKIP)
    elseif(_yieldc_file AND _src MATCHES "\\.c$")
      # a yieldc built in this tree: its objects are its output, rebuilt when it changes
      set_property(SOURCE "${_src}" TARGET_DIRECTORY ${target} APPEND PROPERTY OBJECT_DEPENDS
                   "${_yieldc_file}")
    endif()
  endforeach()
endfunction()

function(yieldc_enable target)
  if(NOT TARGET ${target})
    message(FATAL_ERROR "yieldc_enable: '${target}' is not a target")
  endif()
  get_target_property(_done ${target} YIELDC_ENABLED)
  if(_done)
    return()
  endif()
  # compile_commands.json lists the target's original sources with their
  # flags: what editors (clangd) read, and what yieldc_header parses with
  set_target_properties(${target} PROPERTIES YIELDC_ENABLED ON EXPORT_COMPILE_COMMANDS ON)
  _yieldc_programs(_yieldc _launcher)
  get_target_property(_previous ${target} C_COMPILER_LAUNCHER)
  if(_previous)
    set(_launcher "${_launcher};${_previous}")
  endif()
  set_target_properties(${target} PROPERTIES C_COMPILER_LAUNCHER "${_launcher}")
  get_property(_exe GLOBAL PROPERTY YIELDC_EXECUTABLE)
  if(TARGET ${_exe})
    get_target_property(_imported ${_exe} IMPORTED)
    if(NOT _imported)
      add_dependencies(${target} ${_exe})     # built before it compiles anything
    endif()
  endif()
  if(NOT target STREQUAL "yieldc_runtime")
    target_link_libraries(${target} PRIVATE yieldc::runtime)
  endif()
  cmake_language(EVAL CODE "cmake_language(DEFER CALL _yieldc_mark_skipped [[${target}]])")
endfunction()

function(yieldc_transpile target)
  if(NOT TARGET ${target})
    message(FATAL_ERROR "yieldc_transpile: '${target}' is not a target")
  endif()
  target_sources(${target} PRIVATE ${ARGN})
  yieldc_enable(${target})
endfunction()

# Adds to <target> the rule that writes the header <out> from <source>,
# parsed with the flags compile_commands.json gives the source.
function(_yieldc_add_header target source out)
  _yieldc_programs(_yieldc _launcher)
  set_target_properties(${target} PROPERTIES EXPORT_COMPILE_COMMANDS ON)
  get_filename_component(_name "${source}" NAME)
  add_custom_command(
    OUTPUT "${out}"
    COMMAND "${_yieldc}" --emit=header -p "${CMAKE_BINARY_DIR}" "${source}" -o "${out}" --depfile "${out}.d"
    DEPENDS "${source}" "${_yieldc}" "${CMAKE_BINARY_DIR}/compile_commands.json"
    DEPFILE "${out}.d"
    COMMENT "yieldc --emit=header ${_name}"
    VERBATIM)
  target_sources(${target} PRIVATE "${out}")
endfunction()

function(yieldc_header target)
  if(NOT TARGET ${target})
    message(FATAL_ERROR "yieldc_header: '${target}' is not a target")
  endif()
  set(_dir "${CMAKE_CURRENT_BINARY_DIR}/yieldc/${target}")
  file(MAKE_DIRECTORY "${_dir}")
  foreach(_src IN LISTS ARGN)
    get_filename_component(_abs "${_src}" ABSOLUTE)
    get_filename_component(_name "${_src}" NAME_WE)
    _yieldc_add_header(${target} "${_abs}" "${_dir}/${_name}.yieldc.h")
  endforeach()
  yieldc_enable(${target})
  target_include_directories(${target} PRIVATE "${_dir}")
endfunction()

# The runtime built from the sources in `dir`: the library `target`
# (libyieldc, alias yieldc::runtime) with yieldc_adapters.c compiled through
# yieldc, and, in `gen`, the header yieldc_adapters.h made from it. The
# parse of that file sees YIELDC_ADAPTERS_BUILDING (the file defines it),
# under which yieldc.h does not include the header it makes.
function(_yieldc_add_runtime target dir gen)
  if(NOT EXISTS "${dir}/yieldc_adapters.c")
    message(FATAL_ERROR "yieldc: no runtime sources in ${dir}; use find_package(yieldc) with an installed yieldc")
  endif()
  add_library(${target} STATIC "${dir}/yieldc_adapters.c")
  add_library(yieldc::runtime ALIAS ${target})
  set_target_properties(${target} PROPERTIES OUTPUT_NAME yieldc C_STANDARD 11 C_STANDARD_REQUIRED ON)
  target_include_directories(${target} PUBLIC "$<BUILD_INTERFACE:${dir}>" "$<BUILD_INTERFACE:${gen}>")
  # yieldc.h is C11: whatever uses it compiles as C11 or later
  target_compile_features(${target} PUBLIC c_std_11)
  file(MAKE_DIRECTORY "${gen}")
  yieldc_enable(${target})
  _yieldc_add_header(${target} "${dir}/yieldc_adapters.c" "${gen}/yieldc_adapters.h")
  set_property(GLOBAL PROPERTY YIELDC_RUNTIME_HEADER "${gen}/yieldc_adapters.h")
  # the gdb helper, which yieldc.h puts into every program (.debug_gdb_scripts)
  get_filename_component(_script "${dir}/../tool/yieldc_gdb.py" ABSOLUTE)
  if(EXISTS "${_script}")
    add_custom_command(OUTPUT "${gen}/yieldc_gdb.h"
      COMMAND ${CMAKE_COMMAND} -DSCRIPT=${_script} -DOUT=${gen}/yieldc_gdb.h
              -P ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/gdb_script_header.cmake
      DEPENDS "${_script}" "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/gdb_script_header.cmake"
      COMMENT "gdb helper for yieldc.h" VERBATIM)
    target_sources(${target} PRIVATE "${gen}/yieldc_gdb.h")
    set_property(GLOBAL PROPERTY YIELDC_GDB_HEADER "${gen}/yieldc_gdb.h")
  endif()
endfunction()

if(NOT TARGET yieldc::runtime)
  get_filename_component(_yieldc_runtime_dir "${CMAKE_CURRENT_LIST_DIR}/../runtime" ABSOLUTE)
  _yieldc_add_runtime(yieldc_runtime "${_yieldc_runtime_dir}" "${CMAKE_CURRENT_BINARY_DIR}/yieldc_runtime")
endif()
