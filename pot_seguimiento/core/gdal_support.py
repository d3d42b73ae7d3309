"""GDAL used the same way on every version the plugin supports.

GDAL 3.9+ warns when a program has chosen neither exceptions nor error codes, and 3.11 renamed
the in-memory vector driver. Exceptions are switched on only around our own calls, because
the global setting belongs to QGIS and the other plugins in the same Python.
"""
import contextlib


def gdal_exceptions():
    """A context in which GDAL, OGR and OSR raise RuntimeError on errors (GDAL >= 3.7);
    a no-op on older GDAL, whose error codes our callers check."""
    from osgeo import gdal

    manager = getattr(gdal, "ExceptionMgr", None)
    return manager(useExceptions=True) if manager else contextlib.nullcontext()


def memory_vector_driver():
    from osgeo import ogr

    return ogr.GetDriverByName("MEM") or ogr.GetDriverByName("Memory")
