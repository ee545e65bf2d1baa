# yieldc_gdb.py - gdb commands for programs built through yieldc.
#
#   (gdb) source /usr/local/share/yieldc/yieldc_gdb.py
#   (gdb) yieldc-print total        a generator's local or parameter by its name
#   (gdb) yieldc-locals             every variable the generator's frame holds
#
# Inside a generator's resume function, a local that lives across a YIELD is
# a member of the frame, reached through the resume function's frame
# pointer (`self->total`); the others are ordinary locals. These commands
# look in both places, so the original names work.
import gdb


def _frame_pointer(frame):
    """The resume function's pointer to its generator frame, or None."""
    try:
        block = frame.block()
    except RuntimeError:
        return None
    while block is not None and block.function is None:
        block = block.superblock
    if block is None:
        return None
    for sym in block:
        if not sym.is_variable and not sym.is_argument:
            continue
        t = sym.type.strip_typedefs()
        if t.code == gdb.TYPE_CODE_PTR:
            target = t.target().strip_typedefs()
            if target.code == gdb.TYPE_CODE_STRUCT and (target.tag or "").endswith("_frame"):
                return sym.value(frame)
    return None


class YieldcPrint(gdb.Command):
    """Print a generator's local or parameter by its original name."""

    def __init__(self):
        super().__init__("yieldc-print", gdb.COMMAND_DATA, gdb.COMPLETE_SYMBOL)

    def invoke(self, arg, from_tty):
        name = arg.strip()
        frame = gdb.selected_frame()
        try:
            value = frame.read_var(name)
        except ValueError:
            self_ = _frame_pointer(frame)
            if self_ is None:
                raise gdb.GdbError("no local '%s' and no generator frame here" % name)
            try:
                value = self_.dereference()[name]
            except gdb.error:
                raise gdb.GdbError("generator frame has no '%s'" % name)
        gdb.write("%s = %s\n" % (name, value))


class YieldcLocals(gdb.Command):
    """Print every variable the current generator's frame holds."""

    def __init__(self):
        super().__init__("yieldc-locals", gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        self_ = _frame_pointer(gdb.selected_frame())
        if self_ is None:
            raise gdb.GdbError("not in a generator's resume function")
        frame = self_.dereference()
        for field in frame.type.strip_typedefs().fields():
            if field.name != "it":
                gdb.write("%s = %s\n" % (field.name, frame[field.name]))


YieldcPrint()
YieldcLocals()
