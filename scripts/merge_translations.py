"""Merge a dict ES = {english: spanish} from a Python file into the .ts (a translator's helper).

    python3 scripts/merge_translations.py nuevas.py
"""
import runpy
import sys

import translations

if __name__ == "__main__":
    new = runpy.run_path(sys.argv[1])["ES"]
    merged = {**{k: v for k, v in translations.read_translations().items() if v}, **new}
    translations.write_ts(translations.extract_strings(), merged)
    print(f"{len(translations.untranslated())} strings still to translate")
