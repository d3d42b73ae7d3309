"""GDAL used the same way on every version the plugin supports.

GDAL 3.9+ warns when a program has chosen neither exceptions nor error codes, and 3.11 renamed
the in-memory vector driver. Exceptions are switched on only around our own calls, because
the global setting belongs to QGIS and the other plugins in the same Python.
"""
import contextlib


@contextlib.contextmanager
def gdal_exceptions():
    """A context in which GDAL, OGR and OSR raise RuntimeError on errors (GDAL >= 3.7, each module
    has its own switch); a no-op on older GDAL, whose error codes our callers check."""
    from osgeo import gdal, ogr, osr

    with contextlib.ExitStack() as stack:
        for module in (gdal, ogr, osr):
            if hasattr(module, "ExceptionMgr"):
                stack.enter_context(module.ExceptionMgr(useExceptions=True))
        yield


def memory_vector_driver():
    from osgeo import ogr

    return ogr.GetDriverByName("MEM") or ogr.GetDriverByName("Memory")
