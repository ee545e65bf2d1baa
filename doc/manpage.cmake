# cmake -DYIELDC=exe -DVERSION=x.y.z -DOUT=yieldc.1 -P manpage.cmake
#
# Writes the man page from `yieldc --help`, so that the page and the help
# cannot disagree: the usage lines become the synopsis, the paragraph after
# them the description, each option line (two spaces, then '-') a tagged
# paragraph whose text goes on in the lines indented under it, and the exit
# status lines the EXIT STATUS section.
execute_process(COMMAND "${YIELDC}" --help OUTPUT_VARIABLE help RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "yieldc --help failed")
endif()

# roff: a backslash is \e, a leading '.' or '\'' would start a request, '-' is \-
function(roff text var)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REPLACE "-" "\\-" text "${text}")
  string(REGEX REPLACE "^([.'])" "\\\\&\\1" text "${text}")
  set(${var} "${text}" PARENT_SCOPE)
endfunction()

string(REPLACE ";" "\\;" help "${help}")
string(REPLACE "\n" ";" lines "${help}")
set(section synopsis)
set(page ".TH YIELDC 1 \"\" \"yieldc ${VERSION}\" \"User Commands\"\n.SH NAME\n"
         "yieldc, yieldc\\-cc \\- Python\\-style generators for C: a source\\-to\\-source transpiler\n"
         ".SH SYNOPSIS\n")
foreach(line IN LISTS lines)
  if(line STREQUAL "")
    if(section STREQUAL "synopsis")
      set(section description)
      string(APPEND page ".SH DESCRIPTION\n")
    endif()
    continue()
  endif()
  if(line STREQUAL "options:")
    set(section options)
    string(APPEND page ".SH OPTIONS\n")
    continue()
  elseif(line STREQUAL "exit status:")
    set(section status)
    string(APPEND page ".SH EXIT STATUS\n")
    continue()
  endif()
  if(section STREQUAL "synopsis")
    string(REGEX REPLACE "^(usage:)? +" "" line "${line}")
    roff("${line}" line)
    string(APPEND page "${line}\n.br\n")
  elseif(section STREQUAL "description")
    roff("${line}" line)
    string(APPEND page "${line}\n")
  elseif(line MATCHES "^  ([^ ].*[^ ]|[^ ])   +(.*)$")
    # a tagged line: the option (or status) and the start of its text
    roff("${CMAKE_MATCH_1}" tag)
    roff("${CMAKE_MATCH_2}" text)
    string(APPEND page ".TP\n.B ${tag}\n${text}\n")
  else()
    string(STRIP "${line}" line)
    roff("${line}" line)
    string(APPEND page "${line}\n")
  endif()
endforeach()
string(APPEND page ".SH SEE ALSO\n\\fByieldc\\-cc\\fR is described in docs/build.md of yieldc's sources; docs/reference.md lists every diagnostic, docs/guide.md teaches the pseudo\\-keywords, and \\fByieldc.h\\fR documents the iterator ABI.\n")
file(WRITE "${OUT}" "${page}")
