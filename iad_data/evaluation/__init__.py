"""Stage 5, a published version -> measured models: ``iad-data eval`` asks a model under test
IAD-R1's or MMAD's questions through the teacher engine and scores it as those papers do."""
