"""Functional core of POT Seguimiento: plain data in, plain data out.

Nothing in this package imports qgis, so it runs (and is tested) anywhere.
"""
