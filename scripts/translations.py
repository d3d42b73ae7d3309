"""Keep i18n/pot_seguimiento_es.ts in step with the tr("...") strings of the code.

    python3 scripts/translations.py          # add new strings (unfinished), drop vanished ones
    python3 scripts/translations.py --check  # exit 1 listing strings without a Spanish translation

Every user-facing string is an English literal inside tr(...), in one context;
the .ts file is the Spanish dictionary, compiled to .qm by `make translations`.
"""
import ast
import pathlib
import sys
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCES = ROOT / "pot_seguimiento"
TS_FILE = ROOT / "i18n" / "pot_seguimiento_es.ts"
CONTEXT = "pot_seguimiento"


def extract_strings():
    """Every literal passed as first argument to a function or method named tr, in source order."""
    found = {}
    for path in sorted(SOURCES.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
            if name == "tr" and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                found.setdefault(node.args[0].value, str(path.relative_to(ROOT)))
    return found


def read_translations():
    if not TS_FILE.exists():
        return {}
    translations = {}
    for message in ET.parse(TS_FILE).getroot().iter("message"):
        translation = message.find("translation")
        done = translation is not None and translation.get("type") != "unfinished" and translation.text
        translations[message.find("source").text] = translation.text if done else None
    return translations


def write_ts(strings, translations):
    root = ET.Element("TS", version="2.1", language="es_CO", sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source, location in strings.items():
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "location", filename=location)
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if translations.get(source):
            translation.text = translations[source]
        else:
            translation.set("type", "unfinished")
    ET.indent(root)
    TS_FILE.parent.mkdir(exist_ok=True)
    with open(TS_FILE, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(ET.tostring(root, encoding="utf-8"))
        f.write(b"\n")


def untranslated():
    translations = read_translations()
    return [s for s in extract_strings() if not translations.get(s)]


if __name__ == "__main__":
    if "--check" in sys.argv:
        missing = untranslated()
        for source in missing:
            print(f"untranslated: {source!r}")
        sys.exit(1 if missing else 0)
    write_ts(extract_strings(), read_translations())
    print(f"{TS_FILE}: {len(untranslated())} strings still to translate")
