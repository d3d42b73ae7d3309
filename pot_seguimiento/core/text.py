"""Text clean-up for imported data and file names."""
import re
import unicodedata

# Bytes of UTF-8 read as Windows-1252 start with these characters ("NARIÃ‘O").
_MOJIBAKE_MARKERS = ("Ã", "Â", "â€")


def repair_double_encoding(text):
    """Undo UTF-8 text that was decoded as Windows-1252/Latin-1 ("Ã‘" -> "Ñ").

    Returns the text unchanged when it is not mojibake, so it is safe to apply
    to every value.
    """
    if not isinstance(text, str) or not any(marker in text for marker in _MOJIBAKE_MARKERS):
        return text
    for codec in ("cp1252", "latin-1"):
        try:
            return text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return text


def safe_name(text):
    """'Secretaría de Movilidad' -> 'secretaria_de_movilidad': a file name on any system."""
    return re.sub(r"[^a-z0-9]+", "_", normalise_code(text)).strip("_") or "sin_nombre"


def normalise_code(text):
    """'Remoción en Masa ' -> 'remocion_en_masa', to match domain codes and labels."""
    decomposed = unicodedata.normalize("NFKD", str(text).strip().lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "_".join(plain.replace("-", " ").split())
