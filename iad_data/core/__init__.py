"""The leaf layer every stage shares: the sample model, the workspace and its files, images,
mask regions, defect types, prompt templates, the rule engine and the parallel map.

Nothing here imports a stage package (ingest, teach, knowledge, tasks, release, pipeline).
"""
