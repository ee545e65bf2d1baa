# cmake -DYIELDC=exe -DCC=compiler -DRUNTIME=dir -DGENERATED=dir -DLIBRARY=libyieldc.a
#       -DDOCS=dir-of-README -DWORK=scratch [-DFLAGS=extra;cc;flags] [-DVALGRIND=path]
#       -P programs.cmake
#
# The programs of the documentation, compiled and run, as rustdoc runs the
# examples of a crate's docs: a fenced ```c block of README.md or docs/*.md
# that defines `int main(` is a complete program, and the next fenced block
# of the file must be a ```text block holding exactly what it prints. Each
# program goes through yieldc, is compiled with -std=c11 -Wall -Wextra
# -pedantic -Werror against runtime/ and libyieldc, and runs with no input
# in a directory of its own; its standard output must equal the text block
# and its exit status must be 0. The test fails on the first problem of
# each program (all programs are tried), on a program without an output
# block, and when it finds no program at all. A ```c block right after a
# line `<!-- not a program -->` (the output of yieldc, shown) is skipped.
cmake_minimum_required(VERSION 3.20)
foreach(path IN ITEMS YIELDC RUNTIME GENERATED LIBRARY DOCS WORK)
  get_filename_component(${path} "${${path}}" ABSOLUTE)
endforeach()
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")

set(launcher "")
if(VALGRIND)
  set(launcher "${VALGRIND}" --error-exitcode=99 --leak-check=full
      --errors-for-leak-kinds=definite,indirect -q)
endif()

file(GLOB pages "${DOCS}/docs/*.md")
list(SORT pages)
list(PREPEND pages "${DOCS}/README.md")

set(failures "")
set(count 0)

# Runs program `name` (source text `code`, from `where`) and compares its output with `want`.
function(check_program name where code want)
  set(dir "${WORK}/${name}")
  file(MAKE_DIRECTORY "${dir}")
  file(WRITE "${dir}/${name}.c" "${code}")
  execute_process(COMMAND "${YIELDC}" "${name}.c" -o "${name}.yieldc.c" -- -std=c11 "-I${RUNTIME}" "-I${GENERATED}"
    WORKING_DIRECTORY "${dir}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    set(problem "yieldc rejected it (exit ${rc}):\n${err}")
  else()
    execute_process(COMMAND "${CC}" -std=c11 -Wall -Wextra -pedantic -Werror ${FLAGS}
                            "-I${RUNTIME}" "-I${GENERATED}" "${name}.yieldc.c" "${LIBRARY}" -o "${name}"
      WORKING_DIRECTORY "${dir}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
      set(problem "it does not compile:\n${out}${err}")
    else()
      execute_process(COMMAND ${launcher} "${dir}/${name}" INPUT_FILE /dev/null
        WORKING_DIRECTORY "${dir}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 30)
      if(NOT rc EQUAL 0)
        set(problem "it exited with ${rc}:\n${err}")
      elseif(NOT out STREQUAL want)
        set(problem "its output differs\n--- the text block\n${want}--- the program printed\n${out}")
      endif()
    endif()
  endif()
  if(DEFINED problem)
    set(failures "${failures}${where}: ${problem}\n" PARENT_SCOPE)
  endif()
endfunction()

foreach(page IN LISTS pages)
  file(READ "${page}" content)
  file(RELATIVE_PATH rel "${DOCS}" "${page}")
  get_filename_component(stem "${page}" NAME_WE)
  # one list element per line: CMake's list separator and brackets stand in for themselves
  string(REPLACE ";" "@SEMICOLON@" content "${content}")
  string(REPLACE "[" "@LBRACKET@" content "${content}")
  string(REPLACE "]" "@RBRACKET@" content "${content}")
  string(REPLACE "\n" ";" lines "${content}")

  set(n 0)
  set(fence "")          # the language of the open fence, "" outside one
  set(body "")
  set(pending "")        # the line of a program still waiting for its output block
  set(previous "")       # the line before, outside a fence
  foreach(line IN LISTS lines)
    math(EXPR n "${n} + 1")
    if(fence STREQUAL "")
      if(line MATCHES "^```([A-Za-z0-9_+-]*)")
        set(fence "${CMAKE_MATCH_1}")
        if(fence STREQUAL "")
          set(fence "plain")
        endif()
        # code yieldc wrote, shown as it is: <!-- not a program --> on the line before
        if(fence STREQUAL "c" AND previous MATCHES "^<!-- not a program")
          set(fence "shown")
        endif()
        set(start ${n})
        set(body "")
      endif()
      set(previous "${line}")
      continue()
    endif()
    if(NOT line STREQUAL "```")
      string(APPEND body "${line}\n")
      continue()
    endif()
    # a fence closes: the block is in body
    string(REPLACE "@SEMICOLON@" ";" body "${body}")
    string(REPLACE "@LBRACKET@" "[" body "${body}")
    string(REPLACE "@RBRACKET@" "]" body "${body}")
    if(NOT pending STREQUAL "")
      if(fence STREQUAL "text")
        math(EXPR count "${count} + 1")
        check_program("${stem}_${pending}" "${rel}:${pending}" "${program}" "${body}")
      else()
        string(APPEND failures "${rel}:${pending}: a program, but the next block (line ${start}) is ```${fence}, not the ```text block of its output\n")
      endif()
      set(pending "")
    endif()
    if(fence STREQUAL "c" AND body MATCHES "(^|\n)int main\\(")
      set(pending ${start})
      set(program "${body}")
    endif()
    set(fence "")
  endforeach()
  if(NOT pending STREQUAL "")
    string(APPEND failures "${rel}:${pending}: a program without a ```text block of its output after it\n")
  endif()
  if(NOT fence STREQUAL "")
    string(APPEND failures "${rel}:${start}: a fenced block that never closes\n")
  endif()
endforeach()

if(count EQUAL 0)
  message(FATAL_ERROR "no program found in README.md and docs/*.md: is this the right directory (${DOCS})?")
endif()
if(NOT failures STREQUAL "")
  message(FATAL_ERROR "programs of the documentation that fail:\n${failures}")
endif()
message(STATUS "${count} programs of the documentation compile and print what their text says")
