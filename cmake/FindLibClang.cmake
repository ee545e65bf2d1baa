# FindLibClang.cmake - the one place that locates libclang's C API.
#
# Looks for clang-c/Index.h and libclang from any LLVM 14 or newer: first
# where LIBCLANG_ROOT or llvm-config points, then Debian's /usr/lib/llvm-N.
# Defines the imported target LibClang::LibClang.

set(_yieldc_llvm_hints "")
if(LIBCLANG_ROOT)
  list(APPEND _yieldc_llvm_hints "${LIBCLANG_ROOT}")
endif()
find_program(LLVM_CONFIG_EXECUTABLE
  NAMES llvm-config llvm-config-20 llvm-config-19 llvm-config-18 llvm-config-17
        llvm-config-16 llvm-config-15 llvm-config-14)
if(LLVM_CONFIG_EXECUTABLE)
  execute_process(COMMAND "${LLVM_CONFIG_EXECUTABLE}" --prefix
                  OUTPUT_VARIABLE _yieldc_llvm_prefix OUTPUT_STRIP_TRAILING_WHITESPACE)
  list(APPEND _yieldc_llvm_hints "${_yieldc_llvm_prefix}")
endif()
foreach(_v 20 19 18 17 16 15 14)
  list(APPEND _yieldc_llvm_hints "/usr/lib/llvm-${_v}")
endforeach()

find_path(LibClang_INCLUDE_DIR clang-c/Index.h HINTS ${_yieldc_llvm_hints} PATH_SUFFIXES include)
find_library(LibClang_LIBRARY NAMES clang libclang HINTS ${_yieldc_llvm_hints} PATH_SUFFIXES lib)

if(LibClang_INCLUDE_DIR AND EXISTS "${LibClang_INCLUDE_DIR}/clang-c/Index.h")
  file(STRINGS "${LibClang_INCLUDE_DIR}/clang-c/Index.h" _yieldc_minor
       REGEX "^#define CINDEX_VERSION_MINOR [0-9]+")
  string(REGEX REPLACE ".* ([0-9]+)$" "\\1" LibClang_CINDEX_MINOR "${_yieldc_minor}")
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(LibClang
  REQUIRED_VARS LibClang_LIBRARY LibClang_INCLUDE_DIR
  REASON_FAILURE_MESSAGE "install it with: apt-get install libclang-dev")

# CINDEX 0.62 is LLVM 14; older headers lack calls yieldc makes.
if(LibClang_FOUND AND LibClang_CINDEX_MINOR LESS 62)
  message(FATAL_ERROR "libclang at ${LibClang_INCLUDE_DIR} is older than LLVM 14 "
                      "(CINDEX_VERSION_MINOR ${LibClang_CINDEX_MINOR})")
endif()

if(LibClang_FOUND AND NOT TARGET LibClang::LibClang)
  add_library(LibClang::LibClang UNKNOWN IMPORTED)
  set_target_properties(LibClang::LibClang PROPERTIES
    IMPORTED_LOCATION "${LibClang_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${LibClang_INCLUDE_DIR}")
endif()
mark_as_advanced(LibClang_INCLUDE_DIR LibClang_LIBRARY LLVM_CONFIG_EXECUTABLE)
