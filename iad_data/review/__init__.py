"""Stage 4a, records -> human decisions: the review app and the decisions log that publish
honours (rejected records left out, edits published, flagged samples held back)."""
