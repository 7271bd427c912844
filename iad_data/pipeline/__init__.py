"""The whole flow: recipes, the stage registry that runs them in order, the demo, info and the
HTML report. The only layer that knows every stage; the CLI sits above it.
"""
