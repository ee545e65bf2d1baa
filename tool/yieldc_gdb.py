# yieldc_gdb.py - gdb support for programs built through yieldc.
#
# gdb loads it by itself from the program (yieldc.h puts it in the
# .debug_gdb_scripts section, as libstdc++ and Rust do) once the program's
# directory is trusted: `add-auto-load-safe-path DIR` in ~/.gdbinit. It can
# also be loaded by hand: (gdb) source /usr/local/share/yieldc/yieldc_gdb.py
#
#   (gdb) print total           a generator's local by its name, in the frame or not
#   (gdb) info locals           a generator's variables, the frame's included
#   (gdb) step                  on a FOREACH: into the generator's body
#   (gdb) break countdown       stops in the generator's body each time it resumes
#   (gdb) yieldc-print total    (the same as print, for expressions print refuses)
#   (gdb) yieldc-locals         every variable the generator's frame holds
#
# Inside a generator's resume function, a local that lives across a YIELD
# is a member of the frame, reached through the resume function's frame
# pointer (`self->total`); the others are ordinary locals. yieldc.h's inline
# functions (yieldc_next, yieldc_send, ...) and the generators' constructors
# are skipped when stepping; a step that enters a generator from them stops
# where its body resumes: the first line of the body, or the YIELD it was
# suspended at.
import re

import gdb
from gdb.FrameDecorator import FrameDecorator


def _frame_pointer_symbol(frame):
    """The resume function's pointer to its generator frame, as a symbol, or None."""
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
                return sym
    return None


def _frame_pointer(frame):
    """The resume function's pointer to its generator frame, or None."""
    sym = _frame_pointer_symbol(frame)
    return sym.value(frame) if sym is not None else None


def _frame_members(frame):
    """(name, value) of each variable the generator's frame holds, or []."""
    self_ = _frame_pointer(frame)
    if self_ is None:
        return []
    try:
        record = self_.dereference()
        fields = record.type.strip_typedefs().fields()
    except gdb.error:
        return []
    return [(f.name, record[f.name]) for f in fields if f.name and f.name != "it" and not f.name.startswith("yieldc_")]


def _with_frame_members(expression, frame):
    """`expression` with each name of a frame member that gdb cannot find as
    a variable here written as a member of the frame (total -> self->total)."""
    sym = _frame_pointer_symbol(frame)
    if sym is None:
        return expression
    members = set(name for name, _ in _frame_members(frame))

    def replace(match):
        name = match.group(1)
        if name not in members:
            return name
        try:
            frame.read_var(name)
            return name
        except ValueError:
            return "%s->%s" % (sym.name, name)

    # print's /FMT and options stay; names after '.' or '->' are members already
    head = re.match(r"^\s*((/\w+|-\S+)\s+)*", expression).group(0)
    body = re.sub(r"(?<![.\w])(?<!->)(?<!-> )([A-Za-z_]\w*)", replace, expression[len(head):])
    return head + body


class YieldcPrint(gdb.Command):
    """Print an expression that may name a generator's locals by their original names."""

    def __init__(self, name="yieldc-print"):
        super(YieldcPrint, self).__init__(name, gdb.COMMAND_DATA, gdb.COMPLETE_EXPRESSION)

    def invoke(self, arg, from_tty):
        # `call` is print under another name (formats, options, history)
        try:
            gdb.execute("call " + arg, from_tty)
        except gdb.error as e:
            if "No symbol" not in str(e):
                raise
            rewritten = _with_frame_members(arg, gdb.selected_frame())
            if rewritten == arg:
                raise
            gdb.execute("call " + rewritten, from_tty)


class YieldcLocals(gdb.Command):
    """Print every variable the current generator's frame holds."""

    def __init__(self):
        super(YieldcLocals, self).__init__("yieldc-locals", gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        frame = gdb.selected_frame()
        if _frame_pointer(frame) is None:
            raise gdb.GdbError("not in a generator's resume function")
        for name, value in _frame_members(frame):
            gdb.write("%s = %s\n" % (name, value))


class InfoLocals(gdb.Command):
    """Local variables of the selected frame; in a generator, its frame's variables too."""

    def __init__(self):
        super(InfoLocals, self).__init__("info locals", gdb.COMMAND_STATUS)

    def invoke(self, arg, from_tty):
        frame = gdb.selected_frame()
        shown = set()
        try:
            block = frame.block()
        except RuntimeError:
            raise gdb.GdbError("No symbol table info available.")
        pointer = _frame_pointer_symbol(frame)
        generated = pointer.symtab.fullname() if pointer is not None else None
        while block is not None:
            for sym in block:
                # in a resume function, the variables of the generated code are not the user's
                if generated and sym.symtab is not None and sym.symtab.fullname() == generated:
                    continue
                if sym.is_variable and not sym.is_argument and sym.name not in shown:
                    shown.add(sym.name)
                    gdb.write("%s = %s\n" % (sym.name, sym.value(frame)))
            if block.function is not None:
                break
            block = block.superblock
        for name, value in _frame_members(frame):
            if name not in shown:
                gdb.write("%s = %s\n" % (name, value))
        if not shown and _frame_pointer(frame) is None:
            gdb.write("No locals.\n")


class _FrameMember(object):
    """A variable of the generator's frame, shown as a local by its name."""

    def __init__(self, name, value):
        self._name, self._value = name, value

    def symbol(self):
        return self._name

    def value(self):
        return self._value


class _GeneratorFrame(FrameDecorator):
    """A resume function's frame whose locals include the generator frame's
    variables: what `bt full` and front ends (MI -stack-list-locals) show."""

    def frame_locals(self):
        own = list(super(_GeneratorFrame, self).frame_locals() or [])
        names = set(str(v.symbol()) for v in own)
        return own + [_FrameMember(n, v) for n, v in _frame_members(self.inferior_frame()) if n not in names]


class _GeneratorFrames(object):
    """The frame filter that decorates the frames of resume functions."""

    def __init__(self):
        self.name, self.priority, self.enabled = "yieldc", 100, True
        gdb.frame_filters[self.name] = self

    def filter(self, frames):
        return (_GeneratorFrame(f) if _frame_pointer(f.inferior_frame()) is not None else f for f in frames)


# ---- stepping into generators and breaking in their bodies -------------

def _generators():
    """The names of the program's generators: each has a static NAME_resume."""
    out = gdb.execute("info functions -q -n _resume$", to_string=True)
    return sorted(set(re.findall(r"\b([A-Za-z_]\w*)_resume\(", out)))


class _BodyEntry(gdb.Breakpoint):
    """Where generator `name`'s body resumes: its first line, or a YIELD's
    resume label. It stops a `step` that entered the generator from the
    consumer, and every resume when the user broke on the generator."""

    def __init__(self, spec, name):
        super(_BodyEntry, self).__init__(spec, internal=True)
        self.generator = name

    def stop(self):
        if self.generator in _state["break_on"]:
            return True
        origin = _state["stepping_from"]
        if origin is None:
            return False
        frame = gdb.selected_frame().older()
        while frame is not None:
            if frame == origin:
                return True
            frame = frame.older()
        return False


_state = {"entries": {}, "break_on": set(), "stepping_from": None, "skips": False}


def _first_body_line(name):
    """FILE:LINE of the first line of generator `name`'s body, or None: the
    first line of its resume function that is not generated code."""
    try:
        fn = gdb.lookup_static_symbol(name + "_resume") or gdb.lookup_global_symbol(name + "_resume")
        block = gdb.block_for_pc(int(fn.value().address))
    except (gdb.error, AttributeError, RuntimeError):
        return None
    generated = fn.symtab.fullname()
    pc = block.start
    while pc < block.end:
        sal = gdb.find_pc_line(pc)
        if sal.symtab is not None and sal.line and sal.symtab.fullname() != generated:
            return "%s:%d" % (sal.symtab.fullname(), sal.line)
        pc = max(pc + 1, (sal.last or pc) + 1)
    return None


def _body_entries(name):
    """The breakpoints where generator `name`'s body resumes, made once."""
    if name in _state["entries"]:
        return
    entries = []
    first = _first_body_line(name)
    if first:
        entries.append(_BodyEntry(first, name))
    k = 1
    while k < 10000:
        spec = "%s_resume:yieldc_resume_%d" % (name, k)
        try:
            gdb.decode_line(spec)
        except gdb.error:
            break
        entries.append(_BodyEntry(spec, name))
        k += 1
    _state["entries"][name] = entries


def _skip_runtime_and_constructors():
    """yieldc.h's functions and the constructors run no user code of note."""
    if _state["skips"]:
        return
    _state["skips"] = True
    gdb.execute("skip -gfile */yieldc.h", to_string=True)
    for name in _generators():
        gdb.execute("skip function %s" % name, to_string=True)


def _before_step():
    """hook-step: from here, a step may enter a generator through yieldc.h."""
    _skip_runtime_and_constructors()
    for name in _generators():
        _body_entries(name)
    _state["stepping_from"] = gdb.selected_frame()


def _on_stop(event):
    _state["stepping_from"] = None


def _on_breakpoint_created(bp):
    """`break NAME` of a generator: stop in its body whenever it resumes."""
    spec = (bp.location or "").strip() if bp.type == gdb.BP_BREAKPOINT and bp.visible else ""
    if spec and re.match(r"^[A-Za-z_]\w*$", spec) and spec in _generators():
        _body_entries(spec)
        _state["break_on"].add(spec)
        bp.condition = "0"      # the constructor runs no body: the body's entries stop instead
        gdb.write("yieldc: breakpoint %d stops in the body of generator %s, where it resumes\n"
                  % (bp.number, spec))


def _on_breakpoint_deleted(bp):
    spec = (bp.location or "").strip() if bp.type == gdb.BP_BREAKPOINT and bp.visible else ""
    _state["break_on"].discard(spec)


class _HookStep(gdb.Command):
    """Called by gdb before each `step` (hook-step)."""

    def __init__(self):
        super(_HookStep, self).__init__("yieldc-before-step", gdb.COMMAND_RUNNING)

    def invoke(self, arg, from_tty):
        try:
            _before_step()
        except gdb.error:
            pass


if not getattr(gdb, "_yieldc_commands", False):
    gdb._yieldc_commands = True
    YieldcPrint()
    YieldcPrint("print")
    YieldcLocals()
    InfoLocals()
    _GeneratorFrames()
    _HookStep()
    gdb.execute("define hook-step\nyieldc-before-step\nend")
    gdb.events.stop.connect(_on_stop)
    gdb.events.breakpoint_created.connect(_on_breakpoint_created)
    gdb.events.breakpoint_deleted.connect(_on_breakpoint_deleted)
