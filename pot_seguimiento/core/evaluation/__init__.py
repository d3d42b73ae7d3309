"""The evaluation half of the expediente, as plain data: sufficiency of the plan's contents against the
law, the ends–means articulation and its gaps, and the rating of each objective. No QGIS here."""
