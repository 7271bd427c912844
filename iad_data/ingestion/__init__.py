"""Stage 1, benchmark -> samples: read a benchmark release into ``WORKSPACE/samples.parquet``.

``build`` runs ``iad_data.ingest``; ``sources/`` holds one reader per benchmark layout;
``generators/`` writes small trees in the same layouts (the demo and the tests);
``integrity`` compares counts with the releases.
"""
