#!/usr/bin/env python3
"""Which QGIS names the plugin uses exist in QGIS 4's Python API, as QGIS's own source declares it.

QGIS 4 is built with PyQt6, where every enum is scoped. QGIS generates, per header, a Python file of
additions (python/PyQt6/{core,gui,analysis}/auto_additions/*.py) that declares what Python sees beyond
the bindings: each enum member with its docstring (`Qgis.WkbType.MultiPolygon.__doc__ = ...`), the old
class-level spellings kept for compatibility (`QgsWkbTypes.MultiPolygon = Qgis.WkbType.MultiPolygon`,
flagged `is_monkey_patched`), and class-enum shortcuts (`QgsFieldConstraints.ConstraintNotNull =
QgsFieldConstraints.Constraint.ConstraintNotNull`). The .sip.in files next to them declare the rest
(classes, nested classes, constants, enums without docstrings).

This script reads those files from a QGIS source tree (a checkout, or a git directory and a ref, e.g.
a tag final-4_2_x), takes the QGIS names the plugin uses (tests/qt6_names.py finds them), and writes
tests/data/qgis4_names.txt: the names that QGIS 4 declares as canonical (not only as a monkey-patched
alias). tests/test_qt6_names.py then fails on any QGIS name of the plugin missing from that file.

    python3 scripts/qgis4_names.py --git-dir /path/to/QGIS.git --ref final-4_2_0
    python3 scripts/qgis4_names.py --source /path/to/QGIS

Only the QGIS source is read; nothing of QGIS is imported or built.
"""
import argparse
import datetime
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "tests" / "data" / "qgis4_names.txt"
MODULES = ("core", "gui", "analysis")
# Attributes the additions set on a name that are not names of the API themselves.
META = {"__doc__", "is_monkey_patched", "baseClass", "__attribute_docs__", "__annotations__", "__group__",
        "__overridden_methods__", "__virtual_methods__", "__abstract_methods__", "__signal_arguments__",
        "__bool__", "__eq__", "__and__", "__or__"}
DOTTED = r"[A-Z][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+"
ASSIGNMENT = re.compile(rf"^\s*({DOTTED})\s*=\s*(.*)$")


class Source:
    """Files of a QGIS source tree: a checkout, or a git directory at a ref (read with git show)."""

    def __init__(self, source=None, git_dir=None, ref=None):
        self.source, self.git_dir, self.ref = source, git_dir, ref

    def _git(self, *arguments):
        return subprocess.run(["git", "--git-dir", str(self.git_dir), *arguments], check=True,
                              capture_output=True, text=True).stdout

    def describe(self):
        if self.git_dir:
            commit = self._git("rev-parse", f"{self.ref}^{{commit}}").strip()
            return f"qgis/QGIS at {self.ref} (commit {commit})"
        return f"QGIS source tree {self.source}"

    def files(self, folder, suffix):
        if self.git_dir:
            listing = self._git("ls-tree", "-r", "--name-only", self.ref, folder)
            return [path for path in listing.splitlines() if path.endswith(suffix)]
        base = pathlib.Path(self.source)
        return sorted(str(p.relative_to(base)) for p in (base / folder).rglob(f"*{suffix}"))

    def read(self, path):
        if self.git_dir:
            return self._git("show", f"{self.ref}:{path}")
        return (pathlib.Path(self.source) / path).read_text(encoding="utf-8")


def _strip_meta(name):
    parts = name.split(".")
    while parts and parts[-1] in META:
        parts.pop()
    return ".".join(parts)


def declared_in_additions(text):
    """(canonical names, monkey-patched aliases, enum aliases {old enum: new enum}) of one additions file."""
    canonical, aliases, enum_aliases = set(), set(), {}
    for line in text.splitlines():
        match = ASSIGNMENT.match(line)
        if not match:
            continue
        target, value = match.group(1), match.group(2).strip()
        if target.endswith(".is_monkey_patched"):
            aliases.add(_strip_meta(target))
            continue
        name = _strip_meta(target)
        if name != target:  # Qgis.WkbType.MultiPolygon.__doc__ = ... declares Qgis.WkbType.MultiPolygon
            canonical.add(name)
            continue
        if re.fullmatch(DOTTED, value):
            canonical.add(value)  # the right-hand side is the real name
            if value.count(".") == 1 and name.count(".") == 1 and value.startswith("Qgis."):
                enum_aliases[name] = value  # QgsWkbTypes.Type = Qgis.WkbType
            else:
                aliases.add(name)  # QgsFieldConstraints.ConstraintNotNull = ...Constraint.ConstraintNotNull
    return canonical, aliases, enum_aliases


def declared_in_sip(text):
    """Names a .sip.in declares: classes (nested too), enums and their members, static constants."""
    names, scope, depth_of = set(), [], []
    depth = 0
    enum = None
    for raw in text.splitlines():
        line = re.sub(r"/\*.*?\*/|//.*$", "", raw).strip()
        if line.startswith("%"):
            continue
        cls = re.match(r"^(?:class|struct)\s+([A-Za-z_][A-Za-z0-9_]*)\b[^;]*$", line)
        found_enum = re.match(r"^enum\s+(?:class\s+)?([A-Za-z_][A-Za-z0-9_]*)", line)
        if cls:
            scope.append(cls.group(1))
            depth_of.append(depth)
            names.add(".".join(scope))
        elif found_enum and scope:
            enum = ".".join(scope + [found_enum.group(1)])
            names.add(enum)
        elif enum and re.match(r"^[A-Za-z_][A-Za-z0-9_]*\s*(=.*)?,?$", line):
            member = re.match(r"^([A-Za-z_][A-Za-z0-9_]*)", line).group(1)
            names.add(f"{enum}.{member}")
        else:
            constant = re.match(r"^static\s+const\s+[\w:<>\s\*&]+?\b([A-Za-z_][A-Za-z0-9_]*)\s*;", line)
            if constant and scope:
                names.add(".".join(scope + [constant.group(1)]))
        depth += line.count("{") - line.count("}")
        if enum and "}" in line:
            enum = None
        while depth_of and depth <= depth_of[-1] and "}" in line:
            scope.pop()
            depth_of.pop()
    return names


def qgis4_names(source):
    """(canonical names, monkey-patched aliases) that QGIS 4's Python API declares."""
    canonical, aliases, enum_aliases = set(), set(), {}
    for module in MODULES:
        for path in source.files(f"python/PyQt6/{module}/auto_additions", ".py"):
            more = declared_in_additions(source.read(path))
            canonical |= more[0]
            aliases |= more[1]
            enum_aliases.update(more[2])
        for path in source.files(f"python/PyQt6/{module}/auto_generated", ".sip.in"):
            canonical |= declared_in_sip(source.read(path))
    # QgsWkbTypes.Type = Qgis.WkbType makes QgsWkbTypes.Type.MultiPolygon reachable, but only as an alias.
    for old, new in enum_aliases.items():
        aliases |= {old + name[len(new):] for name in canonical if name.startswith(new + ".")}
    return canonical - aliases, aliases


def plugin_names():
    """The QGIS names the plugin uses, found as tests/test_qt6_names.py finds them."""
    sys.path.insert(0, str(ROOT / "tests"))
    from qt6_names import qgis_uses, scan_files  # noqa: E402 (the test's own scanner)

    uses, _ = scan_files(sorted((ROOT / "pot_seguimiento").rglob("*.py")), ROOT)
    return sorted({use.chain for use in qgis_uses(uses)})


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--source", help="a QGIS checkout")
    where.add_argument("--git-dir", help="a QGIS git directory (bare is fine); needs --ref")
    parser.add_argument("--ref", help="tag or commit of QGIS 4, e.g. final-4_2_0")
    parser.add_argument("--output", default=str(OUTPUT))
    arguments = parser.parse_args()
    if arguments.git_dir and not arguments.ref:
        parser.error("--git-dir needs --ref")
    source = Source(arguments.source, arguments.git_dir, arguments.ref)
    canonical, aliases = qgis4_names(source)
    used = plugin_names()
    found = [name for name in used if name in canonical]
    lines = [f"# QGIS names the plugin uses that QGIS 4's Python API declares (canonical, not an alias).",
             f"# Extracted by scripts/qgis4_names.py from {source.describe()}",
             f"# on {datetime.date.today().isoformat()}: python/PyQt6/{{core,gui,analysis}}/auto_additions/*.py",
             "# and auto_generated/**/*.sip.in. One name per line."]
    pathlib.Path(arguments.output).write_text("\n".join(lines + found) + "\n", encoding="utf-8")
    for name in used:
        if name not in canonical:
            kind = "only a monkey-patched alias" if name in aliases else "not declared"
            print(f"{name}: {kind} in QGIS 4", file=sys.stderr)
    print(f"{len(found)} of {len(used)} names written to {arguments.output}")
    return 0 if len(found) == len(used) else 1


if __name__ == "__main__":
    sys.exit(main())
