# cmake -DGDB=gdb -DPROGRAM=exe -DHELPER=yieldc_gdb.py -P check.cmake
#
# Debugs the transpiled accumulate.c in gdb (batch mode): a breakpoint on a
# line of the generator's body stops there on each resume with the right
# values, locals print by their original names, and `next` steps over a
# YIELD to the end of the generator's body or back to its caller.
execute_process(COMMAND "${GDB}" -batch -nx -x "${HELPER}"
    -ex "break accumulate.c:10" -ex run
    -ex "yieldc-print i" -ex "yieldc-print total" -ex "yieldc-print n"
    -ex continue
    -ex "yieldc-print i" -ex "yieldc-print total"
    -ex next -ex next
    "${PROGRAM}"
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
set(expected
  "Breakpoint 1, accumulate_resume [^\n]* at [^\n]*accumulate.c:10\n"
  "i = 1\ntotal = 0\nn = 3\n"
  "Breakpoint 1, accumulate_resume [^\n]* at [^\n]*accumulate.c:10\n"
  "i = 2\ntotal = 1\n"
  "11[ \t]+YIELD\\(total\\);[^\n]*\n"
  # stepping over the YIELD suspends the generator: gcc stops on the body's
  # closing brace first, clang goes straight back to the caller
  "(13[ \t]+}|yieldc_(next|send) \\(|main \\()")
foreach(piece IN LISTS expected)
  if(NOT out MATCHES "${piece}")
    message(FATAL_ERROR "gdb output lacks /${piece}/:\n${out}\n${err}")
  endif()
  # consume up to the match so the pieces must come in order
  string(REGEX MATCH "${piece}" matched "${out}")
  string(FIND "${out}" "${matched}" at)
  string(LENGTH "${matched}" len)
  math(EXPR at "${at} + ${len}")
  string(SUBSTRING "${out}" ${at} -1 out)
endforeach()
message(STATUS "gdb stopped on each resume, printed locals by name and stepped over the YIELD")
