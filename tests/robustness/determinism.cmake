# cmake -DYIELDC=exe -DRUNTIME=dir -DCASES="a.c;b.c" -P determinism.cmake
# yieldc must write the same bytes every time for the same input and flags.
foreach(case IN LISTS CASES)
  foreach(run 1 2)
    execute_process(COMMAND "${YIELDC}" "${case}" -o - -- -I${RUNTIME}
      OUTPUT_VARIABLE out${run} RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
      message(FATAL_ERROR "yieldc failed on ${case}")
    endif()
  endforeach()
  if(NOT out1 STREQUAL out2)
    message(FATAL_ERROR "two runs on ${case} gave different output")
  endif()
endforeach()
list(LENGTH CASES n)
message(STATUS "${n} files transpiled twice, same bytes each time")
