# cmake -DSCRIPT=yieldc_gdb.py -DOUT=yieldc_gdb.h -P gdb_script_header.cmake
#
# Writes the header that puts the gdb helper into every program built with
# yieldc.h: the script's text in a .debug_gdb_scripts section (an inline
# Python script, kind 4), which gdb runs when it loads the program. The
# section is one mergeable string, so the linker keeps one copy however many
# objects carry it. Each character of the script is escaped twice: for the
# assembler's string, then for the C string that holds the directive.
file(READ "${SCRIPT}" text)
string(REPLACE "\\" "\\\\\\\\" text "${text}")
string(REPLACE "\"" "\\\\\\\"" text "${text}")
string(REPLACE "\n" "\\\\n\"\n    \"" text "${text}")
file(WRITE "${OUT}.tmp"
"/* Generated from yieldc_gdb.py when yieldc is built: gdb's helper for yieldc,
 * loaded by gdb from the program (see yieldc.h). The section needs one
 * string, longer than ISO C asks compilers to take. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored \"-Woverlength-strings\"
__asm__(\".pushsection .debug_gdb_scripts, \\\"MS\\\",@progbits,1\\n\"
    \".byte 4\\n\"
    \".ascii \\\"gdb.inlined-script.yieldc\\\\n\"
    \"${text}\\\"\\n\"
    \".byte 0\\n\"
    \".popsection\\n\");
#pragma GCC diagnostic pop
")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUT}.tmp")
