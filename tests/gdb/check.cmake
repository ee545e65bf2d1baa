# cmake -DGDB=gdb -DPROGRAM=exe -P check.cmake
#
# Debugs the transpiled accumulate.c in gdb (batch mode), with the helper
# that gdb loads from the program itself (.debug_gdb_scripts):
#   - a breakpoint on a line of the generator's body stops there on each
#     resume; `print` and `info locals` show the frame's variables by their
#     original names; `next` steps over a YIELD;
#   - `step` on the FOREACH goes through yieldc.h's functions and the
#     constructor into the generator's body;
#   - `break accumulate` stops in the body, where the generator resumes.
get_filename_component(dir "${PROGRAM}" DIRECTORY)

function(debug)
  execute_process(COMMAND "${GDB}" -batch -nx -iex "add-auto-load-safe-path ${dir}" ${ARGN} "${PROGRAM}"
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
  set(out "${out}" PARENT_SCOPE)
  set(err "${err}" PARENT_SCOPE)
endfunction()

# each regular expression must match `out`, in this order
function(expect_in_order)
  set(rest "${out}")
  foreach(piece IN LISTS ARGN)
    if(NOT rest MATCHES "${piece}")
      message(FATAL_ERROR "gdb output lacks /${piece}/ (in order):\n${out}\n${err}")
    endif()
    string(REGEX MATCH "${piece}" matched "${rest}")
    string(FIND "${rest}" "${matched}" at)
    string(LENGTH "${matched}" len)
    math(EXPR at "${at} + ${len}")
    string(SUBSTRING "${rest}" ${at} -1 rest)
  endforeach()
endfunction()

debug(-ex "break accumulate.c:10" -ex run
      -ex "print i" -ex "print total" -ex "print n" -ex "info locals"
      -ex continue
      -ex "print i" -ex "print total + 100"
      -ex next -ex next)
expect_in_order(
  "Breakpoint 1, accumulate_resume [^\n]* at [^\n]*accumulate.c:10\n"
  "= 1\n[^\n]*= 0\n[^\n]*= 3\n"
  "n = 3\ntotal = 0\ni = 1\n"
  "Breakpoint 1, accumulate_resume [^\n]* at [^\n]*accumulate.c:10\n"
  "= 2\n[^\n]*= 101\n"
  "11[ \t]+YIELD\\(total\\)"
  # stepping over the YIELD suspends the generator: gcc stops on the body's
  # closing brace first, clang returns to the caller (gdb's skip keeps a
  # step out of entering yieldc.h, not out of returning through it)
  "(13[ \t]+}|yieldc_(next|send) \\(|main \\()")
if(out MATCHES "info locals[^\n]*\nself = ")
  message(FATAL_ERROR "info locals shows the generated code's variables:\n${out}")
endif()

debug(-ex "break main" -ex run -ex step -ex "info locals")
expect_in_order(
  "17[ \t]+FOREACH"
  "accumulate_resume [^\n]* at [^\n]*accumulate.c:7\n7[ \t]+int total = 0"
  "n = 3\n")

debug(-ex "break accumulate" -ex run -ex "print n" -ex continue -ex "print total")
expect_in_order(
  "stops in the body of generator accumulate"
  "accumulate_resume [^\n]* at [^\n]*accumulate.c:7\n"
  "= 3\n"
  # where it resumes after its YIELD: gcc gives the loop's step, clang the YIELD
  "accumulate_resume [^\n]* at [^\n]*accumulate.c:(9|11)\n"
  "= 1\n")
message(STATUS "gdb loaded the helper from the program, stopped on each resume, printed the frame's "
               "locals by name, stepped from FOREACH into the body and broke on the generator in its body")
