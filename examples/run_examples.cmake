# Runs each example program and prints its output under a heading.
separate_arguments(EXAMPLES)
foreach(name IN LISTS EXAMPLES)
  message("== ${name}")
  execute_process(COMMAND "${DIR}/example_${name}" RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "example ${name} failed (${rc})")
  endif()
endforeach()
