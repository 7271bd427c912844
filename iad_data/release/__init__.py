"""Stage 4, records -> splits -> a published version: splits, the leakage guard, the published
repository's layout, the dataset card, publish (folder or Hub) and exports for training stacks.
"""
